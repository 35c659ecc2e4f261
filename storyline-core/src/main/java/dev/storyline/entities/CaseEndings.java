package dev.storyline.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The nominatives an inflected name may come from, in languages that decline names: "Polsce" → "Polska", "Moskwie" →
 * "Moskwa", "Putina" → "Putin", "Praze" → "Praha", "Москве" → "Москва". Endings are data ({@code case-endings.tsv});
 * each capitalised word of the name is tried as written and with one ending replaced. The forms are guesses: the
 * resolver joins a name to one only when exactly one entity answers for it. Immutable and thread-safe.
 */
final class CaseEndings {

    static final String FILE = "case-endings.tsv";
    /** The stem left once an ending is cut keeps at least this many letters ("Du|dzie" → "Duda"), … */
    private static final int MIN_STEM = 2;
    /** … and the nominative made at least this many ("Duda", not "Ola" from "Oli"). */
    private static final int MIN_FORM = 4;
    /** Forms tried per name, at most (a name of many inflected words gives a product of forms). */
    private static final int MAX_FORMS = 32;

    private final Map<String, List<String[]>> endings;

    private CaseEndings(Map<String, List<String[]>> endings) {
        this.endings = endings;
    }

    /** The shipped endings. */
    static CaseEndings load() {
        Map<String, List<String[]>> endings = new HashMap<>();
        try (InputStream in = CaseEndings.class.getResourceAsStream(FILE)) {
            if (in == null) throw new IllegalStateException("missing resource " + FILE);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] row = line.split("\t");
                if (row.length != 3) throw new IllegalStateException(FILE + ": not language, ending, nominative: " + line);
                String nominative = row[2].equals("-") ? "" : row[2];
                endings.computeIfAbsent(row[0], k -> new ArrayList<>()).add(new String[]{row[1], nominative});
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
        endings.replaceAll((k, v) -> List.copyOf(v));
        return new CaseEndings(Map.copyOf(endings));
    }

    /** Whether names of this language are declined here. */
    boolean covers(String language) {
        return language != null && endings.containsKey(language);
    }

    /**
     * The name as written, then the forms it may have in the nominative ("Wołodymyrem Zełenskim" → "Wołodymyr
     * Zełenski", …); only the name as written for a language without endings.
     */
    List<String> nominatives(String name, String language) {
        List<String[]> rules = language == null ? null : endings.get(language);
        if (rules == null) return List.of(name);
        String[] words = name.strip().split("\\s+");
        List<String> forms = List.of("");
        for (int w = 0; w < words.length; w++) {
            List<String> options = wordForms(words[w], rules);
            List<String> next = new ArrayList<>();
            for (String prefix : forms) {
                for (String option : options) {
                    if (next.size() >= MAX_FORMS) break;
                    next.add(w == 0 ? option : prefix + " " + option);
                }
            }
            forms = next;
        }
        Set<String> out = new LinkedHashSet<>();
        out.add(name);
        out.addAll(forms);
        return List.copyOf(out);
    }

    private static List<String> wordForms(String word, List<String[]> rules) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(word);
        if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) return List.copyOf(forms);
        String lower = word.toLowerCase(Locale.ROOT);
        for (String[] rule : rules) {
            if (!lower.endsWith(rule[0])) continue;
            String stem = word.substring(0, word.length() - rule[0].length());
            if (stem.codePointCount(0, stem.length()) < MIN_STEM || !stem.codePoints().allMatch(Character::isLetter)) continue;
            boolean capitals = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
            String form = stem + (capitals ? rule[1].toUpperCase(Locale.ROOT) : rule[1]);
            if (form.codePointCount(0, form.length()) >= MIN_FORM) forms.add(form);
        }
        return List.copyOf(forms);
    }
}
