package dev.storyline.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where fixed strings (names) occur in a text as whole words, longest first and not overlapping: the matches of
 * ahocorasick's {@code PayloadTrie} built with {@code onlyWholeWords().ignoreOverlaps()}, found without its
 * automaton.
 * <p>
 * That library walks a map of boxed characters per character of the text, collects every occurrence (also those
 * inside words), drops those with a letter ({@link Character#isAlphabetic}) just before or after, then keeps the
 * longest (leftmost among equally long) and drops whatever overlaps one kept, through an interval tree. Here a
 * match can only start where no letter precedes, so the keywords are followed forward from those places only, in a
 * trie of sorted character arrays; the same longest-first choice is then made over the few occurrences found.
 * {@code WholeWordMatcherNamesTest} compares the two on texts and names of its own. Immutable and thread-safe.
 */
final class WholeWordMatcher {

    /** One occurrence: characters {@code start} to {@code end} (exclusive), and the keyword's payload. */
    record Match(int start, int end, String payload) {
    }

    private final Node root;
    private final int size;

    private WholeWordMatcher(Node root, int size) {
        this.root = root;
        this.size = size;
    }

    /** A matcher for {@code keywords} (keyword to payload; empty keywords are left out, as the library does). */
    static WholeWordMatcher of(Map<String, String> keywords) {
        Builder root = new Builder();
        int size = 0;
        for (Map.Entry<String, String> e : keywords.entrySet()) {
            String keyword = e.getKey();
            if (keyword == null || keyword.isEmpty()) continue;
            Builder b = root;
            for (int i = 0; i < keyword.length(); i++) b = b.children.computeIfAbsent(keyword.charAt(i), c -> new Builder());
            if (!b.end) size++;
            b.end = true;
            b.payload = e.getValue();
        }
        return new WholeWordMatcher(root.build(), size);
    }

    /** Keywords matched. */
    int size() {
        return size;
    }

    /** The whole-word occurrences, longest first without overlaps, in text order. */
    List<Match> matches(String text) {
        List<Match> found = new ArrayList<>();
        int n = text.length();
        for (int start = 0; start < n; start++) {
            if (start > 0 && Character.isAlphabetic(text.charAt(start - 1))) continue;
            Node node = root;
            for (int i = start; i < n; i++) {
                node = node.child(text.charAt(i));
                if (node == null) break;
                if (node.end && (i + 1 == n || !Character.isAlphabetic(text.charAt(i + 1)))) {
                    found.add(new Match(start, i + 1, node.payload));
                }
            }
        }
        return found.size() <= 1 ? found : longestWithoutOverlaps(found);
    }

    /**
     * The library's overlap removal: longest first (then leftmost), each kept unless it overlaps one kept before;
     * the kept ones in text order.
     */
    private static List<Match> longestWithoutOverlaps(List<Match> found) {
        List<Match> bySize = new ArrayList<>(found);
        bySize.sort((a, b) -> a.end() - a.start() != b.end() - b.start()
                ? (b.end() - b.start()) - (a.end() - a.start()) : a.start() - b.start());
        BitSet taken = new BitSet();
        List<Match> kept = new ArrayList<>();
        for (Match m : bySize) {
            int next = taken.nextSetBit(m.start());
            if (next >= 0 && next < m.end()) continue;
            taken.set(m.start(), m.end());
            kept.add(m);
        }
        kept.sort((a, b) -> a.start() - b.start());
        return kept;
    }

    /** A trie node: its children's characters, sorted, beside the children; whether a keyword ends here, its payload. */
    private static final class Node {
        private final char[] chars;
        private final Node[] children;
        private final boolean end;
        private final String payload;

        private Node(char[] chars, Node[] children, boolean end, String payload) {
            this.chars = chars;
            this.children = children;
            this.end = end;
            this.payload = payload;
        }

        Node child(char c) {
            int k = Arrays.binarySearch(chars, c);
            return k < 0 ? null : children[k];
        }
    }

    private static final class Builder {
        private final TreeMap<Character, Builder> children = new TreeMap<>();
        private boolean end;
        private String payload;

        Node build() {
            char[] chars = new char[children.size()];
            Node[] nodes = new Node[children.size()];
            int k = 0;
            for (Map.Entry<Character, Builder> e : children.entrySet()) {
                chars[k] = e.getKey();
                nodes[k++] = e.getValue().build();
            }
            return new Node(chars, nodes, end, payload);
        }
    }
}
