package dev.storyline.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Article-level completion of the names a tagger found: the rules that hold for news in any language.
 * <ul>
 *   <li>An acronym in parentheses after its capitalised expansion ("Organisation du traité de sécurité
 *       collective (OTSC)") makes both an organisation.</li>
 *   <li>A name found once is the same name wherever else it is written in the article, and so is the
 *       surname of a person named in full ("Vladimir Poutine" … "Poutine").</li>
 *   <li>Known names from earlier articles fill what is still uncovered.</li>
 * </ul>
 */
final class DocumentNames {

    static final Pattern ACRONYM_IN_PARENTHESES = Pattern.compile("\\(\\s*(\\p{Lu}[\\p{Lu}\\p{N}&.-]{1,9})\\s*\\)");
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}]");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

    private DocumentNames() {
    }

    /** The tagger's names, plus expansions/acronyms, plus repeated and known names; sorted, not overlapping. */
    static List<NameSpan> complete(String text, List<NameSpan> tagged, List<NameSpan> known) {
        List<NameSpan> acronyms = acronyms(text, tagged);
        Map<String, String> repeatable = new LinkedHashMap<>();
        for (NameSpan n : concat(acronyms, tagged)) {
            if (n.text().length() >= 2) repeatable.putIfAbsent(n.text(), n.type());
            if (n.type().equals("PER")) {
                String surname = lastWord(n.text());
                if (surname != null) repeatable.putIfAbsent(surname, "PER");
            }
        }
        List<NameSpan> repeated = matchAll(text, repeatable);
        // Priority: explicit expansions first, then what the tagger said, then repetitions, then known names.
        List<NameSpan> accepted = new ArrayList<>();
        BitSetSpans taken = new BitSetSpans(text.length());
        for (List<NameSpan> layer : List.of(acronyms, tagged, repeated, known)) {
            for (NameSpan n : layer) if (taken.claim(n)) accepted.add(n);
        }
        accepted.sort(Comparator.comparingInt(NameSpan::start));
        return List.copyOf(accepted);
    }

    /** The names worth remembering across articles: what the tagger found, plus acronym pairs. */
    static List<NameSpan> learnable(List<NameSpan> tagged, List<NameSpan> completed) {
        List<NameSpan> out = new ArrayList<>(tagged);
        for (NameSpan n : completed) if (n.type().equals("ORG") && !tagged.contains(n)) out.add(n);
        return out;
    }

    static List<NameSpan> acronyms(String text, List<NameSpan> tagged) {
        List<NameSpan> out = new ArrayList<>();
        for (MatchResult m : acronymsInParentheses(text)) {
            String acronym = m.group(1);
            String letters = NOT_A_LETTER.matcher(acronym).replaceAll("");
            if (letters.length() < 2) continue;
            int open = m.start();
            NameSpan expansion = expansion(text, open, letters);
            if (expansion == null) continue;
            out.add(expansion);
            out.add(new NameSpan(acronym, "ORG", m.start(1), m.end(1)));
        }
        return out;
    }

    /**
     * The matches of {@link #ACRONYM_IN_PARENTHESES} in {@code text}, as {@code Matcher.find} gives them. Every match
     * opens with "(": the pattern is tried at each parenthesis only, where find() would try it at every character (it
     * has no literal prefix to skip ahead by). The same matches: it reads nothing outside what it matches (no
     * look-around, no anchor), and the next is looked for from the end of the last.
     */
    static List<MatchResult> acronymsInParentheses(String text) {
        List<MatchResult> found = new ArrayList<>();
        Matcher m = ACRONYM_IN_PARENTHESES.matcher(text);
        int from = 0;
        for (int paren = text.indexOf('('); paren >= 0; paren = text.indexOf('(', from)) {
            m.region(paren, text.length());
            if (m.lookingAt()) {
                found.add(m.toMatchResult());
                from = m.end();
            } else {
                from = paren + 1;
            }
        }
        return found;
    }

    /**
     * The capitalised words before {@code open} whose initials spell {@code letters}, skipping at most two short
     * lower-case function words ("du", "de", "des"), or null.
     */
    private static NameSpan expansion(String text, int open, String letters) {
        int from = Math.max(0, open - 20 * letters.length() - 40);
        String before = text.substring(from, open);
        if (!before.isBlank() && !Character.isWhitespace(before.charAt(before.length() - 1))) return null;
        List<int[]> words = new ArrayList<>();
        Matcher w = WORD.matcher(before);
        while (w.find()) words.add(new int[]{from + w.start(), from + w.end()});
        int letter = letters.length() - 1, skips = 0, end = -1;
        for (int k = words.size() - 1; k >= 0 && letter >= 0; k--) {
            String word = text.substring(words.get(k)[0], words.get(k)[1]);
            if (end < 0) end = words.get(k)[1];
            if (Character.toUpperCase(word.charAt(0)) == Character.toUpperCase(letters.charAt(letter))) {
                letter--;
                if (letter < 0) {
                    if (!Character.isUpperCase(word.charAt(0))) return null;
                    int start = words.get(k)[0];
                    // Only blanks and letters may lie between expansion words, not sentence punctuation.
                    if (text.substring(start, end).matches(".*[.;:!?()\\[\\]«»\"].*")) return null;
                    return new NameSpan(text.substring(start, end), "ORG", start, end);
                }
            } else if (word.length() <= 3 && Character.isLowerCase(word.charAt(0)) && skips < 2) {
                skips++;
            } else {
                return null;
            }
        }
        return null;
    }

    private static String lastWord(String name) {
        int space = name.lastIndexOf(' ');
        if (space < 0) return null;
        String last = name.substring(space + 1);
        return last.length() >= 3 && Character.isUpperCase(last.charAt(0)) ? last : null;
    }

    private static List<NameSpan> matchAll(String text, Map<String, String> names) {
        if (names.isEmpty()) return List.of();
        List<NameSpan> out = new ArrayList<>();
        for (WholeWordMatcher.Match m : WholeWordMatcher.of(names).matches(text)) {
            out.add(new NameSpan(text.substring(m.start(), m.end()), m.payload(), m.start(), m.end()));
        }
        return out;
    }

    private static List<NameSpan> concat(List<NameSpan> a, List<NameSpan> b) {
        List<NameSpan> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** Character ranges already given to a name. */
    private static final class BitSetSpans {
        private final java.util.BitSet taken;

        BitSetSpans(int length) {
            taken = new java.util.BitSet(length);
        }

        boolean claim(NameSpan n) {
            int next = taken.nextSetBit(n.start());
            if (next >= 0 && next < n.end()) return false;
            taken.set(n.start(), n.end());
            return true;
        }
    }
}
