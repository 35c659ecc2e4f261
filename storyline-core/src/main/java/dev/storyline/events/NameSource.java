package dev.storyline.events;

import dev.storyline.AnalyzedArticle;

import java.util.List;

/**
 * Where the names an article is compared by come from: the entity stage's canonical keys when it has run,
 * otherwise a stand-in. Implementations are thread-safe.
 */
public interface NameSource {

    /**
     * A name found in an article.
     *
     * @param key     what makes two mentions the same name ("PER:vladimir-putin", or "vladimir putin")
     * @param surface as written, for people
     * @param place   whether it names a place
     */
    record Name(String key, String surface, boolean place) {
    }

    List<Name> names(AnalyzedArticle article);

    /** The names {@code primary} finds, or {@code fallback}'s when it finds none (the entity stage has not run). */
    static NameSource preferring(NameSource primary, NameSource fallback) {
        return article -> {
            List<Name> names = primary.names(article);
            return names.isEmpty() ? fallback.names(article) : names;
        };
    }

    /** Canonical entities from the entity stage when present, capitalised names from the text otherwise. */
    static NameSource standard(TermAnalyzer terms) {
        return preferring(new CanonicalEntities(), new CapitalisedNames(terms));
    }
}
