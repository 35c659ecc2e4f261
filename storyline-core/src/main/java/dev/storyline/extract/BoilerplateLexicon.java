package dev.storyline.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The multilingual phrases that mark a scraped line as page furniture (share buttons, "Read also", agency
 * disclaimers…), read from {@code boilerplate-lines.txt}. Immutable once loaded, so thread-safe.
 */
final class BoilerplateLexicon {

    static final String DEFAULT_RESOURCE = "boilerplate-lines.txt";

    /** A prefix phrase may begin a line of at most this many words; a longer line is an article sentence. */
    private static final int MAX_WORDS_FOR_PREFIX = 40;
    /** A "contains" phrase only condemns lines up to this length; a disclaimer is never a whole article. */
    private static final int MAX_WORDS_FOR_CONTAINS = 90;
    private static final int MAX_BUTTON_WORDS = 14;


    /** Whole lines (lower-cased) to the first kind that lists them. */
    private final Map<String, ScrapedLineKind> wholeLines;
    /**
     * Prefix phrases by their first character (lower-cased): a line is compared only with the phrases that open
     * with its own first character, in the order of the kinds, then of the file (lookups are on the hot path of
     * HTML extraction, where every short line is looked up).
     */
    private final Map<Character, List<Prefix>> prefixesByFirstChar;
    private final Map<ScrapedLineKind, List<String>> fragments;
    private final Set<String> buttonWords;

    private record Prefix(String phrase, ScrapedLineKind kind) {
    }

    private BoilerplateLexicon(Map<ScrapedLineKind, Set<String>> wholeLines,
                               Map<ScrapedLineKind, List<String>> prefixes,
                               Map<ScrapedLineKind, List<String>> fragments, Set<String> buttonWords) {
        Map<String, ScrapedLineKind> whole = new java.util.HashMap<>();
        wholeLines.forEach((kind, lines) -> lines.forEach(l -> whole.putIfAbsent(l, kind)));
        this.wholeLines = Map.copyOf(whole);
        Map<Character, List<Prefix>> byFirst = new java.util.HashMap<>();
        prefixes.forEach((kind, phrases) -> phrases.forEach(p -> byFirst
                .computeIfAbsent(foldCase(p.charAt(0)), c -> new ArrayList<>()).add(new Prefix(p, kind))));
        byFirst.replaceAll((c, l) -> List.copyOf(l));
        this.prefixesByFirstChar = Map.copyOf(byFirst);
        this.fragments = fragments;
        this.buttonWords = buttonWords;
    }

    /** The case-insensitive form of a character, as {@link String#regionMatches(boolean, int, String, int, int)} compares. */
    private static char foldCase(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** The lexicon shipped with Storyline. */
    static BoilerplateLexicon standard() {
        return parse(resourceLines(DEFAULT_RESOURCE));
    }

    /** The lines of a UTF-8 word list shipped beside these classes. */
    static List<String> resourceLines(String name) {
        try (InputStream in = BoilerplateLexicon.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BoilerplateLexicon parse(List<String> lines) {
        Map<ScrapedLineKind, Set<String>> whole = new EnumMap<>(ScrapedLineKind.class);
        Map<ScrapedLineKind, List<String>> prefixes = new EnumMap<>(ScrapedLineKind.class);
        Map<ScrapedLineKind, List<String>> fragments = new EnumMap<>(ScrapedLineKind.class);
        Set<String> buttons = new HashSet<>();
        ScrapedLineKind kind = null;
        for (String line : lines) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) continue;
            if (l.startsWith("[") && l.endsWith("]")) {
                kind = ScrapedLineKind.valueOf(l.substring(1, l.length() - 1).replace('-', '_').toUpperCase(Locale.ROOT));
                continue;
            }
            if (kind == null || l.length() < 3 || l.charAt(1) != ' ') {
                throw new IllegalArgumentException("bad lexicon line: " + line);
            }
            String entry = l.substring(2).replace("#", "0");
            // Fragments keep their punctuation: "reuters/" is a photo credit, "reuters" is not.
            String phrase = l.charAt(0) == '~' ? normaliseLetters(entry) : normalise(entry);
            if (phrase.isEmpty()) continue;
            switch (l.charAt(0)) {
                case '=' -> whole.computeIfAbsent(kind, k -> new HashSet<>()).add(phrase.toLowerCase(Locale.ROOT));
                case '^' -> prefixes.computeIfAbsent(kind, k -> new ArrayList<>()).add(phrase);
                case '~' -> fragments.computeIfAbsent(kind, k -> new ArrayList<>()).add(phrase.toLowerCase(Locale.ROOT));
                case '*' -> buttons.add(phrase.toLowerCase(Locale.ROOT));
                default -> throw new IllegalArgumentException("bad lexicon line: " + line);
            }
        }
        whole.replaceAll((k, v) -> Set.copyOf(v));
        prefixes.replaceAll((k, v) -> List.copyOf(v));
        fragments.replaceAll((k, v) -> List.copyOf(v));
        // EnumMaps keep the kinds in declaration order, so that a phrase listed twice always gets the same kind.
        return new BoilerplateLexicon(Collections.unmodifiableMap(whole), Collections.unmodifiableMap(prefixes),
                Collections.unmodifiableMap(fragments), Set.copyOf(buttons));
    }

    /**
     * The form lines and phrases are compared in: no accents, digits as "0", single spaces, no punctuation
     * around it; case is kept because a capital after a prefix ("Article précédentLevante") is a boundary.
     */
    static String normalise(String s) {
        return withoutEdges(normaliseLetters(s));
    }

    /** A {@link #normaliseLetters} form less the punctuation around it. */
    private static String withoutEdges(String n) {
        int start = 0;
        int end = n.length();
        while (start < end && isEdge(n.charAt(start))) start++;
        while (end > start && isEdge(n.charAt(end - 1))) end--;
        return n.substring(start, end).strip();
    }

    /** Accents off, digits as "0", single spaces. */
    private static String normaliseLetters(String s) {
        // one pass by hand: this runs on every short line of every page (three regular expressions cost a sixth of
        // HTML extraction's time); only text with accents or other non-ASCII letters needs decomposing first
        String d = isLatin(s) ? s : Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        boolean space = false;
        boolean digit = false;
        for (int i = 0; i < d.length(); ) {
            int c = d.codePointAt(i);
            i += Character.charCount(c);
            if (isSpace(c)) {
                space = true;
                digit = false;
                continue;
            }
            if (c < LATIN_BASE.length && LATIN_BASE[c] != NO_BASE) c = LATIN_BASE[c];
            if (isMark(c)) continue;
            if (space && !b.isEmpty()) b.append(' ');
            space = false;
            if (c >= '0' && c <= '9') {
                if (!digit) b.append('0');
                digit = true;
                continue;
            }
            digit = false;
            b.appendCodePoint(c);
        }
        return b.toString().strip();
    }

    /** Whether every character is in {@link #LATIN_BASE}'s range, where the table stands in for decomposing. */
    private static boolean isLatin(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= LATIN_BASE.length || LATIN_BASE[c] == NO_BASE) return false;
        }
        return true;
    }

    /**
     * The base letter of each character of Latin-1 and Latin Extended-A/B ("é" → "e"), the first character of its
     * canonical decomposition; characters without one map to themselves. Decomposing a whole line allocates and
     * is slow; most European text needs only this table.
     */
    private static final char[] LATIN_BASE = latinBase();

    private static char[] latinBase() {
        char[] base = new char[0x250];
        for (char c = 0; c < base.length; c++) {
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            StringBuilder letters = new StringBuilder();
            d.codePoints().filter(p -> !isMark(p)).forEach(letters::appendCodePoint);
            base[c] = letters.length() == 1 ? letters.charAt(0) : NO_BASE;
        }
        return base;
    }

    /** In {@link #LATIN_BASE}: a character that decomposes into more than one letter, left to the normaliser. */
    private static final char NO_BASE = '\uffff';

    private static boolean isMark(int c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.COMBINING_SPACING_MARK;
    }

    /** What {@code [\\s\\h\\u200B\\uFEFF]} matches: ASCII and horizontal white space, zero-width space, byte-order mark. */
    private static boolean isSpace(int c) {
        return c == ' ' || c >= '\t' && c <= '\r' || c == 0xA0 || c == 0x1680 || c == 0x180E
                || c >= 0x2000 && c <= 0x200B || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
    }

    private static boolean isEdge(char c) {
        if (Character.isWhitespace(c)) return true;
        int t = Character.getType(c);
        return t == Character.CONNECTOR_PUNCTUATION || t == Character.DASH_PUNCTUATION
                || t == Character.START_PUNCTUATION || t == Character.END_PUNCTUATION
                || t == Character.INITIAL_QUOTE_PUNCTUATION || t == Character.FINAL_QUOTE_PUNCTUATION
                || t == Character.OTHER_PUNCTUATION || t == Character.MATH_SYMBOL;
    }

    /** The kind of furniture the line is, if the lexicon knows it. */
    Optional<ScrapedLineKind> match(String line, int words) {
        // one accent and digit pass serves both the whole-line form and the fragments' form
        String letters = normaliseLetters(line);
        String n = withoutEdges(letters);
        if (n.isEmpty()) return Optional.empty();
        String lower = n.toLowerCase(Locale.ROOT);
        ScrapedLineKind whole = wholeLines.get(lower);
        if (whole != null) return Optional.of(whole);
        if (words <= MAX_WORDS_FOR_PREFIX) {
            for (Prefix p : prefixesByFirstChar.getOrDefault(foldCase(n.charAt(0)), List.of())) {
                if (startsWithPhrase(n, p.phrase())) return Optional.of(p.kind());
            }
        }
        if (words <= MAX_WORDS_FOR_CONTAINS) {
            String inner = letters.toLowerCase(Locale.ROOT);
            for (var e : fragments.entrySet()) {
                for (String f : e.getValue()) {
                    if (inner.contains(f)) return Optional.of(e.getKey());
                }
            }
        }
        if (isButtonRow(lower)) return Optional.of(ScrapedLineKind.SHARE);
        return Optional.empty();
    }

    /**
     * Whether the line is made of button words only ("Facebook | Twitter | 0 | E-mail"), at most
     * {@value #MAX_BUTTON_WORDS} of them and one not a number. Split by hand: most lines fail on their first word.
     */
    private boolean isButtonRow(String lower) {
        int tokens = 0;
        boolean named = false;
        int i = 0;
        while (i < lower.length()) {
            while (i < lower.length() && isButtonSeparator(lower.charAt(i))) i++;
            if (i == lower.length()) break;
            int start = i;
            while (i < lower.length() && !isButtonSeparator(lower.charAt(i))) i++;
            String t = lower.substring(start, i);
            if (++tokens > MAX_BUTTON_WORDS || !buttonWords.contains(t)) return false;
            if (!t.equals("0")) named = true;
        }
        return named;
    }

    /** What {@code [\\s\\h|•·/,;]} matches. */
    private static boolean isButtonSeparator(char c) {
        return isSpace(c) && c != 0x200B && c != 0xFEFF || c == '|' || c == '•' || c == '·' || c == '/' || c == ','
                || c == ';';
    }

    /**
     * Whether {@code line} begins with {@code phrase} as a phrase of its own: what follows is the end, punctuation,
     * a digit, a capitalised word, or a capital glued to it; not a lower-case word, which would make it a sentence.
     */
    static boolean startsWithPhrase(String line, String phrase) {
        if (!line.regionMatches(true, 0, phrase, 0, phrase.length())) return false;
        int i = phrase.length();
        if (i == line.length() || !Character.isLetterOrDigit(phrase.charAt(i - 1))) return true;
        char next = line.charAt(i);
        if (Character.isLetter(next)) {
            return Character.isUpperCase(next) && Character.isLowerCase(line.charAt(i - 1));
        }
        if (next != ' ') return true;
        while (i < line.length() && line.charAt(i) == ' ') i++;
        return i == line.length() || !Character.isLowerCase(line.charAt(i));
    }
}
