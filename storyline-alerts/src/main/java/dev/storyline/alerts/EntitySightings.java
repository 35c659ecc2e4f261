package dev.storyline.alerts;

import java.util.Set;
import java.util.TreeSet;

/**
 * The languages and outlets that have named a watched entity so far (for an alert on first mentions in a new
 * language or outlet). Mutable, owned by the evaluator.
 */
final class EntitySightings {

    final Set<String> languages = new TreeSet<>();
    final Set<String> sources = new TreeSet<>();

    /** What is new about a mention in this language and outlet ("language de", "outlet x"), else null. */
    String novelty(String language, String source) {
        boolean newLanguage = language != null && !languages.contains(language);
        boolean newSource = source != null && !sources.contains(source);
        if (newLanguage && newSource) return "first mention in language " + language + " and in outlet " + source;
        if (newLanguage) return "first mention in language " + language;
        if (newSource) return "first mention in outlet " + source;
        return null;
    }

    void saw(String language, String source) {
        if (language != null) languages.add(language);
        if (source != null) sources.add(source);
    }
}
