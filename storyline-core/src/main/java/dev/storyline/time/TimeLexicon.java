package dev.storyline.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words of one language that time expressions are made of: month names, weekdays, numerals, units,
 * relative words... read from a resource file {@code lexicon/<language>.txt} beside this class.
 *
 * <p>File format, one entry a line: {@code category value: form | form | ...} (value optional), e.g.
 * {@code month 1: janvier | janv. | jan.}; {@code #} starts a comment. Forms are literal text: a space
 * matches any run of white space, a hyphen an optional hyphen or space, an apostrophe either apostrophe.
 * Immutable and thread-safe.
 */
final class TimeLexicon {

    private final Map<String, Map<String, String>> valuesByCategory;
    private final Map<String, List<String>> formsByCategory;
    private final Set<String> options;

    private TimeLexicon(Map<String, Map<String, String>> valuesByCategory, Map<String, List<String>> formsByCategory,
                        Set<String> options) {
        this.valuesByCategory = valuesByCategory;
        this.formsByCategory = formsByCategory;
        this.options = options;
    }

    static TimeLexicon load(String language) {
        String resource = "lexicon/" + language + ".txt";
        try (InputStream in = TimeLexicon.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalArgumentException("no time lexicon for language " + language);
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TimeLexicon parse(List<String> lines) {
        Map<String, Map<String, String>> values = new LinkedHashMap<>();
        Map<String, List<String>> forms = new LinkedHashMap<>();
        List<String> options = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            if (line.startsWith("option ")) {
                options.add(line.substring(7).strip());
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) throw new IllegalArgumentException("lexicon line without ':' — " + line);
            String[] head = line.substring(0, colon).strip().split("\\s+");
            String category = head[0];
            String value = head.length > 1 ? head[1] : "";
            for (String form : line.substring(colon + 1).split("\\|")) {
                String f = form.strip();
                if (f.isEmpty()) continue;
                values.computeIfAbsent(category, c -> new HashMap<>()).putIfAbsent(key(f), value);
                forms.computeIfAbsent(category, c -> new ArrayList<>()).add(f);
            }
        }
        Map<String, List<String>> frozenForms = new HashMap<>();
        forms.forEach((c, f) -> frozenForms.put(c, List.copyOf(f)));
        Map<String, Map<String, String>> frozenValues = new HashMap<>();
        values.forEach((c, v) -> frozenValues.put(c, Map.copyOf(v)));
        return new TimeLexicon(Map.copyOf(frozenValues), Map.copyOf(frozenForms), Set.copyOf(options));
    }

    boolean has(String category) {
        return formsByCategory.containsKey(category);
    }

    boolean option(String name) {
        return options.contains(name);
    }

    /** The value of a form as matched in a text ("Janv." → "1"), or null when it is not in the category. */
    String value(String category, String matched) {
        Map<String, String> values = valuesByCategory.get(category);
        return values == null ? null : values.get(key(matched));
    }

    /** A regular expression matching any form of the category, longest forms first. */
    String regex(String category) {
        List<String> forms = formsByCategory.get(category);
        if (forms == null) throw new IllegalArgumentException("no lexicon category " + category);
        return byFirstLetter(forms.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(TimeLexicon::formRegex)
                .distinct()
                .toList());
    }

    /**
     * The alternatives joined, those beginning with the same letter (in any case) put together: "ma(?:rch|y)|june",
     * and so on after that letter, down the words: "the\s+(?:n(?:ear\s+(?:future|term))|short\s+term)". Java tries
     * alternatives one after the other, so a text's word was compared with each of the forms in turn (a form of "ref"
     * at each "the" and "in"); now once. Alternatives of different first elements cannot match the same text, and
     * within one the order is kept, so the match is the same. An element is a letter or digit, an escaped mark
     * ("\.") or a space between words ("\s+", taken apart only when a letter or digit follows it in each
     * alternative, so that it can match in one way only). Left as it is where an alternative is empty or begins with
     * anything else (an optional hyphen, a quote mark).
     */
    private static String byFirstLetter(List<String> alternatives) {
        Map<String, List<String>> byElement = new LinkedHashMap<>();
        for (String a : alternatives) {
            String element = firstElement(a);
            if (element == null) return String.join("|", alternatives);
            // letters in the case Java's case-insensitive matching takes for one
            String key = element.length() == 1 ? String.valueOf(Character.toLowerCase(Character.toUpperCase(element.charAt(0))))
                    : element;
            byElement.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
        }
        List<String> groups = new ArrayList<>();
        for (List<String> group : byElement.values()) {
            String first = firstElement(group.get(0));
            List<String> rests = group.stream().map(a -> a.substring(first.length())).toList();
            boolean same = group.stream().allMatch(a -> a.startsWith(first));
            boolean oneWay = !first.equals("\\s+") || rests.stream().allMatch(r -> !r.isEmpty()
                    && Character.isLetterOrDigit(r.charAt(0)) && !Character.isSurrogate(r.charAt(0)));
            if (group.size() == 1) {
                groups.add(group.get(0));
            } else if (!same || !oneWay) {
                groups.add("(?:" + String.join("|", group) + ")");
            } else {
                groups.add(first + "(?:" + byFirstLetter(rests) + ")");
            }
        }
        return String.join("|", groups);
    }

    /**
     * The first element of a form's expression (see {@link #formRegex}) that matches in one way: a letter or digit, an
     * escaped mark not made optional, or "\s+"; null for anything else or an empty expression.
     */
    private static String firstElement(String regex) {
        if (regex.isEmpty()) return null;
        char c = regex.charAt(0);
        if (Character.isLetterOrDigit(c) && !Character.isSurrogate(c)) {
            return regex.length() > 1 && "?*+{".indexOf(regex.charAt(1)) >= 0 ? null : String.valueOf(c);
        }
        if (regex.startsWith("\\s+")) return regex.startsWith("\\s+?", 0) || regex.startsWith("\\s++") ? null : "\\s+";
        if (c == '\\' && regex.length() > 1 && !Character.isLetterOrDigit(regex.charAt(1))) {
            return regex.length() > 2 && "?*+{".indexOf(regex.charAt(2)) >= 0 ? null : regex.substring(0, 2);
        }
        return null;
    }

    /** The forms of the category as written ("1.", "Jan."). */
    List<String> forms(String category) {
        return formsByCategory.getOrDefault(category, List.of());
    }

    /** Every word (lower case) that forms of the category contain: what may trigger a rule using it. */
    List<String> words(String category) {
        List<String> forms = formsByCategory.getOrDefault(category, List.of());
        List<String> words = new ArrayList<>();
        for (String form : forms) words.addAll(wordsOf(form));
        return words;
    }

    /**
     * One word of each form of the category, the longest (lower case): a text holding a form holds that word, and
     * the longest is the least common ("jour de l'an" → "jour", not "de").
     */
    List<String> anchorWords(String category) {
        List<String> words = new ArrayList<>();
        for (String form : formsByCategory.getOrDefault(category, List.of())) {
            wordsOf(form).stream().max(Comparator.comparingInt(String::length)).ifPresent(words::add);
        }
        return words;
    }

    static List<String> wordsOf(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) words.add(w);
        }
        return words;
    }

    /** Matched text and lexicon form compare on letters and digits only, in lower case. */
    static String key(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) b.appendCodePoint(Character.toLowerCase(cp));
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    private static String formRegex(String form) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < form.length(); i++) {
            char c = form.charAt(i);
            if (Character.isWhitespace(c)) {
                while (i + 1 < form.length() && Character.isWhitespace(form.charAt(i + 1))) i++;
                b.append("\\s+");
            } else if (c == '\'' || c == '’') {
                b.append("['’]\\s*");
            } else if (c == '-') {
                b.append("[-‐\\s]?");
            } else if (Character.isLetterOrDigit(c)) {
                b.append(c);
            } else {
                b.append('\\').append(c);
            }
        }
        return b.toString();
    }
}
