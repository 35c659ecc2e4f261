package dev.storyline.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A house of entertainment named by a hyphenated compound of capitalised words, one of them a word of the stage or
 * the screen: "Folies-Bergère", "Opéra-Comique", "Gaîté-Lyrique", "Gaumont-Palace", "Comédie-Française", "Carl-Theater".
 * The house is a body (ORG), as the Europeana gold tags theatres, casinos and circuses; the finder takes most of
 * these for places. Paris papers name their theatres so in every programme; German ones their "-Theater" and "-Kino".
 * A compound inside a longer name with a lower-case word before it is left to that name ("rue de l'Opéra-Comique",
 * "place du Théâtre-Français": a street), and so is one inside a longer organisation.
 */
final class Venues {

    /** Words of the stage or the screen, folded, by language; German ones also with the genitive's "s". */
    private static final Map<String, Set<String>> WORDS = Map.of(
            "fr", Set.of("theatre", "cinema", "palace", "cirque", "lyrique", "comique", "folies", "bouffes",
                    "comedie", "opera"),
            "de", Set.of("theater", "theaters", "kino", "kinos", "zirkus", "variete", "varietes"));
    /** Two or more capitalised words joined by hyphens, not inside a longer word or compound. */
    private static final Pattern COMPOUND = Pattern.compile(
            "(?<![\\p{L}\\p{M}\\p{N}-])\\p{Lu}[\\p{L}\\p{M}]*(?:-\\p{Lu}[\\p{L}\\p{M}]*)+(?![\\p{L}\\p{M}\\p{N}-])");
    private static final Pattern LOWER_CASE_WORD = Pattern.compile("(?<![\\p{L}\\p{M}])\\p{Ll}[\\p{L}\\p{M}]*");
    /**
     * A house named by one capitalised word of the stage, by language: French "l'Opéra" is the house and its company
     * ("la direction de l'Opéra", "Opéra, 8 h."); in lower case it is the art. Not in a compound or a longer name.
     */
    private static final Map<String, Pattern> ONE_WORD = Map.of(
            "fr", Pattern.compile("(?<![\\p{L}\\p{M}\\p{N}-])Op[ée]ra(?![\\p{L}\\p{M}\\p{N}-])"));
    /** A complement after a one-word house: a longer name's ("Opéra de Marseille"). */
    private static final Pattern COMPLEMENT_AFTER = Pattern.compile("\\s+(?:de\\s+|d['’]\\s*)\\p{Lu}");
    /** A lower-case word after a one-word house: at a sentence's start, the art ("Opéra en trois actes"). */
    private static final Pattern LOWER_CASE_AFTER = Pattern.compile("\\s+\\p{Ll}");

    private Venues() {
    }

    /** The names with each house of entertainment the text names as one ORG, in text order. */
    static List<NameSpan> typed(List<NameSpan> names, String text, String language) {
        Set<String> words = WORDS.get(language);
        if (words == null) return names;
        List<NameSpan> out = null;
        for (int[] compound : compounds(text)) {
            if (!hasStageWord(text.substring(compound[0], compound[1]), words)) continue;
            List<NameSpan> current = out == null ? names : out;
            List<NameSpan> next = withVenue(current, text, compound[0], compound[1]);
            if (next != current) out = next;
        }
        Pattern oneWord = ONE_WORD.get(language);
        if (oneWord != null && text.indexOf("Op") >= 0) {
            Matcher m = oneWord.matcher(text);
            while (m.find()) {
                List<NameSpan> current = out == null ? names : out;
                List<NameSpan> next = withOneWordHouse(current, text, m.start(), m.end());
                if (next != current) out = next;
            }
        }
        if (out == null) return names;
        out.sort(Comparator.comparingInt(NameSpan::start));
        return List.copyOf(out);
    }

    /**
     * The names with the one-word house between the offsets as ORG, or the names themselves: where a longer name the
     * finder found holds it ("place de l'Opéra", "Opéra de Marseille"), where "de" and a name follow it, or where it
     * opens a sentence and a lower-case word follows (the art: "Opéra en trois actes").
     */
    private static List<NameSpan> withOneWordHouse(List<NameSpan> names, String text, int start, int end) {
        if (COMPLEMENT_AFTER.matcher(text).region(end, text.length()).lookingAt()) return names;
        if (LOWER_CASE_AFTER.matcher(text).region(end, text.length()).lookingAt()) {
            int before = start;
            while (before > 0 && Character.isWhitespace(text.charAt(before - 1))) before--;
            if (before == 0 || ".!?:;»\n".indexOf(text.charAt(before - 1)) >= 0) return names;
        }
        List<NameSpan> out = new ArrayList<>(names.size() + 1);
        for (NameSpan n : names) {
            if (n.end() <= start || n.start() >= end) out.add(n);
            else if (n.start() != start || n.end() != end) return names; // a longer or crossing name: left as found
        }
        out.add(new NameSpan(text.substring(start, end), "ORG", start, end));
        return out;
    }

    /**
     * Where {@link #COMPOUND} finds a compound in the text, in text order. A compound holds a hyphen between a letter
     * and a capital: only the stretch between spaces around such a hyphen is searched (a compound holds no space), the
     * pattern seeing the text around it. Most hyphens are no such ("in-depth", "2023-24", " - "), and searching the
     * whole text cost every text with a hyphen.
     */
    static List<int[]> compounds(String text) {
        List<int[]> out = null;
        Matcher m = null;
        for (int h = text.indexOf('-'); h >= 0; h = text.indexOf('-', h + 1)) {
            if (!joinsCapitalised(text, h)) continue;
            int from = h;
            while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) from--;
            int to = h + 1;
            while (to < text.length() && !Character.isWhitespace(text.charAt(to))) to++;
            if (m == null) m = COMPOUND.matcher(text).useTransparentBounds(true);
            m.region(from, to);
            while (m.find()) {
                if (out == null) out = new ArrayList<>();
                out.add(new int[] {m.start(), m.end()});
            }
            h = to;
        }
        return out == null ? List.of() : out;
    }

    /** Whether the hyphen at {@code h} follows a letter or a mark and comes before a capital, as in a compound. */
    private static boolean joinsCapitalised(String text, int h) {
        if (h == 0 || h + 1 >= text.length()) return false;
        int before = Character.getType(text.codePointBefore(h));
        return Character.getType(text.codePointAt(h + 1)) == Character.UPPERCASE_LETTER
                && (Character.isLetter(text.codePointBefore(h)) || before == Character.NON_SPACING_MARK
                || before == Character.ENCLOSING_MARK || before == Character.COMBINING_SPACING_MARK);
    }

    private static boolean hasStageWord(String compound, Set<String> words) {
        for (String part : compound.split("-")) if (words.contains(OrganisationNames.fold(part))) return true;
        return false;
    }

    /** The names with the house between the offsets, or the names themselves when a name there keeps it. */
    private static List<NameSpan> withVenue(List<NameSpan> names, String text, int start, int end) {
        List<NameSpan> out = new ArrayList<>(names.size() + 2);
        for (NameSpan n : names) {
            if (n.end() <= start || n.start() >= end) {
                out.add(n);
                continue;
            }
            if (n.start() >= start && n.end() <= end) continue; // a part of it the finder found alone: "Opéra"
            if (n.start() > start || n.end() < end) return names; // a name across its bounds: left as found
            if (n.type().equals("ORG") || LOWER_CASE_WORD.matcher(text.substring(n.start(), start)).find()) return names;
            // "JANVIER Comédie-Française" found as one place: the capitals around the house stay what they were (three
            // letters at least: OCR leaves "Il" for a quote).
            addPart(out, n, text, n.start(), start);
            addPart(out, n, text, end, n.end());
        }
        out.add(new NameSpan(text.substring(start, end), "ORG", start, end));
        return out;
    }

    private static void addPart(List<NameSpan> out, NameSpan n, String text, int from, int to) {
        while (from < to && !Character.isLetter(text.charAt(from))) from++;
        while (to > from && !Character.isLetterOrDigit(text.charAt(to - 1))) to--;
        if (to - from >= 3 && Character.isUpperCase(text.charAt(from))) out.add(new NameSpan(text.substring(from, to), n.type(), from, to));
    }
}
