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
import java.util.regex.Pattern;

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

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\h\\u200B\\uFEFF]+");
    private static final Pattern BUTTON_SEPARATORS = Pattern.compile("[\\s\\h|•·/,;]+");

    private final Map<ScrapedLineKind, Set<String>> wholeLines;
    private final Map<ScrapedLineKind, List<String>> prefixes;
    private final Map<ScrapedLineKind, List<String>> fragments;
    private final Set<String> buttonWords;

    private BoilerplateLexicon(Map<ScrapedLineKind, Set<String>> wholeLines,
                               Map<ScrapedLineKind, List<String>> prefixes,
                               Map<ScrapedLineKind, List<String>> fragments, Set<String> buttonWords) {
        this.wholeLines = wholeLines;
        this.prefixes = prefixes;
        this.fragments = fragments;
        this.buttonWords = buttonWords;
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
        String n = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        n = DIGITS.matcher(n).replaceAll("0");
        return SPACES.matcher(n).replaceAll(" ").strip();
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
        for (var e : wholeLines.entrySet()) {
            if (e.getValue().contains(lower)) return Optional.of(e.getKey());
        }
        if (words <= MAX_WORDS_FOR_PREFIX) {
            for (var e : prefixes.entrySet()) {
                for (String p : e.getValue()) {
                    if (startsWithPhrase(n, p)) return Optional.of(e.getKey());
                }
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

    private boolean isButtonRow(String lower) {
        String[] tokens = BUTTON_SEPARATORS.split(lower);
        if (tokens.length == 0 || tokens.length > MAX_BUTTON_WORDS) return false;
        boolean named = false;
        for (String t : tokens) {
            if (t.isEmpty()) continue;
            if (!buttonWords.contains(t)) return false;
            if (!t.equals("0")) named = true;
        }
        return named;
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
