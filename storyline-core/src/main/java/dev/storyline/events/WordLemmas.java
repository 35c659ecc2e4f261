package dev.storyline.events;

import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The dictionary forms of French, German and Spanish words ("beginnt" → "beginnen", "atteint" → "atteindre",
 * "anunció" → "anunciar", "campanas" → "campana"), so that the bilingual lexicon, whose headwords are dictionary
 * forms (verbs as infinitives), is looked up by lemma rather than by a stem that finds no infinitive or another
 * word's ("campanas" and "campaña" stem alike). The full-form dictionaries are LanguageTool's Morfologik ones, read
 * from their jars: German {@code de.danielnaber:german-pos-dict} (CC BY-SA 4.0, from Morphy), French
 * {@code org.languagetool:french-pos-dict} (CC BY-SA 4.0), Spanish {@code org.softcatala:spanish-pos-dict}
 * (LGPL-2.1). Each is read once per instance, on the first word of its language (no JVM-wide dictionary: stages run
 * in Flink operators); read-only afterwards and thread-safe, while a {@link Lookup} belongs to one thread.
 */
final class WordLemmas {

    /** Morfologik dictionaries (word form → lemma and tag) per language. */
    static final Map<String, String> RESOURCES = Map.of(
            "de", "/org/languagetool/resource/de/german.dict",
            "fr", "/org/languagetool/resource/fr/french.dict",
            "es", "/org/languagetool/resource/es/es-ES.dict");

    private final Map<String, Dictionary> dictionaries = new ConcurrentHashMap<>();

    /** Whether {@code language} has a dictionary here (decided without reading it). */
    static boolean covers(String language) {
        return language != null && RESOURCES.containsKey(language);
    }

    /** A lookup for one thread's use (Morfologik's lookups keep buffers); null when the language has no dictionary. */
    Lookup lookup(String language) {
        if (!covers(language)) return null;
        return new Lookup(new DictionaryLookup(dictionaries.computeIfAbsent(language, WordLemmas::read)));
    }

    private static Dictionary read(String language) {
        String resource = RESOURCES.get(language);
        URL url = WordLemmas.class.getResource(resource);
        if (url == null) throw new IllegalStateException("the " + language + " word-form dictionary " + resource + " is missing from the classpath");
        try {
            return Dictionary.read(url);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the " + language + " word-form dictionary " + resource, e);
        }
    }

    /** Lemmas of words of one language; not thread-safe. */
    static final class Lookup {
        private final DictionaryLookup lookup;

        Lookup(DictionaryLookup lookup) {
            this.lookup = lookup;
        }

        /**
         * The lowercased lemmas of {@code word}, distinct, in the dictionary's order; empty when it is not known. The
         * word is looked up as written first (German tells the noun "Wahlen" from a verb by its capital), then
         * lowercased (a sentence's first word).
         */
        List<String> lemmas(String word) {
            List<WordData> found = lookup.lookup(word);
            String lower = word.toLowerCase(Locale.ROOT);
            if (found.isEmpty() && !lower.equals(word)) found = lookup.lookup(lower);
            if (found.isEmpty()) return List.of();
            List<String> lemmas = new ArrayList<>(2);
            for (WordData w : found) {
                CharSequence stem = w.getStem();
                if (stem == null || stem.isEmpty()) continue;
                String lemma = stem.toString().toLowerCase(Locale.ROOT);
                if (!lemmas.contains(lemma)) lemmas.add(lemma);
            }
            return lemmas;
        }
    }
}
