package dev.storyline.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A heading in capitals taken for an organisation ("FEU DE CHEMINÉE", "LE PARDON", "OL DE LARD"): old papers head
 * each item of their local news with its topic in capitals, and the finder makes a body of it. When the text writes
 * every word of the heading in lower case elsewhere ("un feu de cheminée"), the heading names a topic, not a body; a
 * word the text never writes in lower case (a place, a name: "FACULTÉ DES LETTRES DE RENNES") keeps it, and so do an
 * institution's head word ("TRIBUNAL MARITIME": the institution rules decide it) and a newspaper's title
 * ("OUEST-ÉCLAIR"), and so does a body the shipped list knows ("UNITED NATIONS" in a text that speaks of a "united
 * front" of "nations").
 * Modern text writes few such headings, and its acronyms ("ONU", "SNCF") are no lower-case words.
 */
final class Headings {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    /** A web address, also as tokenised text spaces it out ("http : / / site . co . za"). */
    private static final Pattern LINK = Pattern.compile("(?i)(?:https?|ftp)\\s?:\\s?/\\s?/|(?<![\\p{L}\\p{N}])www\\s?\\.\\s?[\\p{L}\\p{N}]");
    /** A word this short in a heading is an article, a preposition or OCR's leftovers ("DE", "LA", "D'"). */
    private static final int LINKING_WORD = 2;
    /** A one-word heading needs this many letters: shorter capitals are acronyms ("ELLE", "PS") as often as words. */
    private static final int ONE_WORD_HEADING = 6;

    private Headings() {
    }

    /** The names without the organisations that are only a heading of common words, in text order. */
    static List<NameSpan> withoutTopics(List<NameSpan> names, String text, List<NameSpan> papers, Predicate<String> isHead,
                                        Predicate<String> isListed) {
        // The text's lower-case words are made once, and only when a heading's words are asked about: a one-word
        // heading too short to be a topic ("SPD", "ONU") never asks.
        LowerCaseWords lowerCase = new LowerCaseWords(text);
        List<NameSpan> kept = new ArrayList<>(names.size());
        for (NameSpan n : names) {
            if (n.type().equals("ORG") && inCapitals(n.text()) && !overlapsAny(n, papers) && !hasHead(n.text(), isHead)
                    && !isListed.test(n.text()) && isTopic(n.text(), lowerCase)) {
                continue;
            }
            kept.add(n);
        }
        return kept.size() == names.size() ? names : List.copyOf(kept);
    }

    /** Whether the text writes a word in lower case ({@link #lowerCaseWords}), the set made on the first question. */
    private static final class LowerCaseWords implements Predicate<String> {
        private final String text;
        private Set<String> words;

        LowerCaseWords(String text) {
            this.text = text;
        }

        @Override
        public boolean test(String word) {
            if (words == null) words = lowerCaseWords(text);
            return words.contains(OrganisationNames.fold(word));
        }
    }

    /**
     * Whether a word of the heading is an institution's head ("TRIBUNAL MARITIME", "PARTI SOCIALISTE"): such a heading
     * names the body its item is about as often as not, and the institution rules have decided it already.
     */
    private static boolean hasHead(String heading, Predicate<String> isHead) {
        Matcher m = WORD.matcher(heading);
        while (m.find()) if (isHead.test(OrganisationNames.fold(m.group()))) return true;
        return false;
    }

    /** Letters, all of them capitals. */
    static boolean inCapitals(String name) {
        boolean letter = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLowerCase(c)) return false;
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    /** Every word a linking word or one the text writes in lower case, at least one of them a full word. */
    static boolean isTopic(String heading, Set<String> lowerCase) {
        return isTopic(heading, w -> lowerCase.contains(OrganisationNames.fold(w)));
    }

    /** As {@link #isTopic(String, Set)}, with what the reader knows of lower-case words (given a word in capitals). */
    static boolean isTopic(String heading, Predicate<String> writtenInLowerCase) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(heading);
        while (m.find()) words.add(m.group());
        if (words.isEmpty() || words.size() == 1 && words.get(0).length() < ONE_WORD_HEADING) return false;
        boolean full = false;
        for (String w : words) {
            if (w.length() <= LINKING_WORD) continue;
            if (!writtenInLowerCase.test(w)) return false;
            full = true;
        }
        return full;
    }

    /**
     * The words the text writes in lower case, folded (no accents: headings in capitals often lose them); a line with a
     * link in it does not count, since a link writes every word in lower case ("…/14642-seacom-cable-problems.html"
     * under "SEACOM cable problems").
     */
    static Set<String> lowerCaseWords(String text) {
        Set<String> out = new HashSet<>();
        for (String line : text.split("\n")) {
            if (mayHoldLink(line) && LINK.matcher(line).find()) continue;
            // The words of {@link #WORD}, split by hand: a regex over every line was most of this step's cost.
            int i = 0;
            while (i < line.length()) {
                int c = line.codePointAt(i);
                if (!isLetterOrMark(c)) {
                    i += Character.charCount(c);
                    continue;
                }
                int start = i;
                while (i < line.length() && isLetterOrMark(c = line.codePointAt(i))) i += Character.charCount(c);
                if (i - start > LINKING_WORD) {
                    String w = line.substring(start, i);
                    if (w.equals(w.toLowerCase(Locale.ROOT))) out.add(OrganisationNames.fold(w));
                }
            }
        }
        return out;
    }

    /** Whether {@link #LINK} may match: a colon with a slash one or two characters on, or a "www" (most lines have neither). */
    private static boolean mayHoldLink(String line) {
        for (int i = line.indexOf(':'); i >= 0; i = line.indexOf(':', i + 1)) {
            if (i + 1 < line.length() && line.charAt(i + 1) == '/' || i + 2 < line.length() && line.charAt(i + 2) == '/') return true;
        }
        for (int i = 0; i + 3 <= line.length(); i++) {
            if ((line.charAt(i) | 0x20) == 'w' && line.regionMatches(true, i, "www", 0, 3)) return true;
        }
        return false;
    }

    private static boolean isLetterOrMark(int c) {
        if (Character.isLetter(c)) return true;
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean overlapsAny(NameSpan n, List<NameSpan> others) {
        for (NameSpan o : others) if (o.start() < n.end() && n.start() < o.end()) return true;
        return false;
    }
}
