package dev.storyline.events;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The words a reader sees for a word feature. A TERM feature's key is a stem, pivoted to English for French, German and
 * Spanish ("président", "Präsident", "presidente" → "t:presid"), which reads as English or as no word at all; so each
 * article also keeps, beside the key, the word it wrote, per language, in its surfaces under
 * {@code "t:presid@fr" → "président"}, and a page shows the reader's language's word. Stateless.
 */
public final class TermWords {

    /** The suffix of a language-tagged surface: a primary language subtag. */
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    private TermWords() {
    }

    /** Where the word {@code language} writes for {@code feature} is kept in a surfaces map. */
    public static String key(String feature, String language) {
        return feature + "@" + language;
    }

    /**
     * The word shown for {@code feature}: the first of the reader's languages that wrote one, else the name as written
     * (entities, places), else the word of any language that wrote one (the first by language code: a French word
     * reads better than a stem), else the feature's value.
     */
    public static String shown(String feature, Map<String, String> surfaces, List<String> readerLanguages) {
        for (String language : readerLanguages) {
            String word = surfaces.get(key(feature, language));
            if (word != null) return word;
        }
        String written = surfaces.get(feature);
        if (written != null) return written;
        TreeMap<String, String> byLanguage = new TreeMap<>();
        String prefix = feature + "@";
        surfaces.forEach((k, word) -> {
            if (k.startsWith(prefix) && LANGUAGE.matcher(k.substring(prefix.length())).matches()) byLanguage.put(k, word);
        });
        return byLanguage.isEmpty() ? Family.value(feature) : byLanguage.firstEntry().getValue();
    }

    /** The surfaces of the features kept: their names as written and their words per language. */
    public static void retain(Map<String, String> surfaces, Set<String> kept) {
        surfaces.keySet().removeIf(k -> !kept.contains(k) && !kept.contains(feature(k)));
    }

    /** The feature a surfaces key is about: itself, or, for a language-tagged word, the key before the tag. */
    static String feature(String surfacesKey) {
        int at = surfacesKey.lastIndexOf('@');
        if (at <= 0 || !LANGUAGE.matcher(surfacesKey.substring(at + 1)).matches()) return surfacesKey;
        return surfacesKey.substring(0, at);
    }
}
