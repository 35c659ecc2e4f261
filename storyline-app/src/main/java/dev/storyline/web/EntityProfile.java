package dev.storyline.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the store knows of one entity, from the mentions in the articles that name it.
 *
 * @param canonical      the entity's key
 * @param name           the name to show: the most frequent spelling
 * @param type           PER, ORG, LOC or MISC (the most frequent type of its mentions)
 * @param mentions       mentions counted
 * @param totalArticles  articles in the store that mention it
 * @param scannedArticles articles the profile was computed from: the latest ones, when there are very many
 * @param variants       every spelling seen, most frequent first
 * @param languages      language → mentions, most frequent first
 * @param timeline       publication day → mentions that day (articles without a date are left out)
 * @param cooccurring    other entities named in the same articles, with the number of shared articles, most first
 * @param articles       the latest articles that mention it
 * @param said           what this entity said: quotes attributed to it in those articles, newest first
 */
record EntityProfile(String canonical, String name, String type, long mentions, long totalArticles,
                     int scannedArticles, List<Variant> variants, Map<String, Integer> languages,
                     SortedMap<LocalDate, Integer> timeline, List<Cooccurrence> cooccurring,
                     List<ArticleSummary> articles, List<QuoteSeen> said, Map<String, String> displayNames) {

    EntityProfile {
        variants = List.copyOf(variants);
        languages = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(languages));
        timeline = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(timeline));
        cooccurring = List.copyOf(cooccurring);
        articles = List.copyOf(articles);
        said = List.copyOf(said);
        displayNames = java.util.Collections.unmodifiableMap(new TreeMap<>(displayNames));
    }

    /**
     * This profile under the name for a reader of {@code readerLanguages} (most wanted first): the entity's name in
     * the first of them it has one in, else its display name.
     */
    EntityProfile forReader(List<String> readerLanguages) {
        for (String language : readerLanguages) {
            String n = displayNames.get(language);
            if (n != null) {
                return n.equals(name) ? this : new EntityProfile(canonical, n, type, mentions, totalArticles,
                        scannedArticles, variants, languages, timeline, cooccurring, articles, said, displayNames);
            }
        }
        return this;
    }

    /**
     * One spelling, with its mentions, the languages of the articles it was seen in, and the rule that joined it to
     * the entity (from the registry; null when the profile comes from stored mentions only).
     */
    record Variant(String text, long count, List<String> languages, String rule) {
        Variant {
            languages = List.copyOf(languages);
        }
    }

    record Cooccurrence(String canonical, String name, int articles) {
    }
}
