package dev.storyline.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

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

    /**
     * {@link Character#isAlphabetic} of every char, one bit each (8 KB): the edge test runs at every character of a
     * text, and news in accented or non-Latin scripts made most of them a call into Character's property tables.
     */
    private static final long[] ALPHABETIC = new long[(Character.MAX_VALUE + 1) >> 6];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) if (Character.isAlphabetic(c)) ALPHABETIC[c >> 6] |= 1L << c;
    }

    private final Node root;
    /** The root's children by character below 256 (where keywords start), for a look-up per start. */
    private final Node[] latinStarts = new Node[256];
    private final int size;

    private WholeWordMatcher(Node root, int size) {
        this.root = root;
        this.size = size;
        for (int k = 0; k < root.chars.length && root.chars[k] < 256; k++) latinStarts[root.chars[k]] = root.children[k];
    }

    private Node start(char c) {
        return c < 256 ? latinStarts[c] : root.child(c);
    }

    /** {@link Character#isAlphabetic}, the library's word edge, answered from a table. */
    static boolean alphabetic(char c) {
        return (ALPHABETIC[c >> 6] & 1L << c) != 0;
    }

    /** A matcher for {@code keywords} (keyword to payload; empty keywords are left out, as the library does). */
    static WholeWordMatcher of(Map<String, String> keywords) {
        String[] keys = keywords.keySet().stream().filter(k -> k != null && !k.isEmpty()).sorted().toArray(String[]::new);
        String[] payloads = new String[keys.length];
        for (int i = 0; i < keys.length; i++) payloads[i] = keywords.get(keys[i]);
        return new WholeWordMatcher(node(keys, payloads, 0, keys.length, 0), keys.length);
    }

    /**
     * The node for sorted keys {@code lo} to {@code hi} (exclusive), which share their first {@code depth}
     * characters: a key of that length (sorted first) ends here, the others go on by their next character.
     */
    private static Node node(String[] keys, String[] payloads, int lo, int hi, int depth) {
        boolean end = lo < hi && keys[lo].length() == depth;
        String payload = end ? payloads[lo] : null;
        int from = end ? lo + 1 : lo;
        int distinct = 0;
        for (int i = from; i < hi; i++) if (i == from || keys[i].charAt(depth) != keys[i - 1].charAt(depth)) distinct++;
        char[] chars = new char[distinct];
        Node[] children = new Node[distinct];
        int k = 0;
        for (int i = from; i < hi; ) {
            char c = keys[i].charAt(depth);
            int j = i + 1;
            while (j < hi && keys[j].charAt(depth) == c) j++;
            chars[k] = c;
            children[k++] = node(keys, payloads, i, j, depth + 1);
            i = j;
        }
        return new Node(chars, children, end, payload);
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
            if (start > 0 && alphabetic(text.charAt(start - 1))) continue;
            Node node = start(text.charAt(start));
            if (node == null) continue;
            for (int i = start; ; ) {
                if (node.end && (i + 1 == n || !alphabetic(text.charAt(i + 1)))) {
                    found.add(new Match(start, i + 1, node.payload));
                }
                if (++i == n || (node = node.child(text.charAt(i))) == null) break;
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
            if (chars.length <= 8) { // most nodes have a child or two: a scan beats halving
                for (int k = 0; k < chars.length; k++) if (chars[k] == c) return children[k];
                return null;
            }
            int k = Arrays.binarySearch(chars, c);
            return k < 0 ? null : children[k];
        }
    }
}
