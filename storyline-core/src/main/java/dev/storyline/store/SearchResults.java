package dev.storyline.store;

import java.util.List;
import java.util.Map;

/**
 * One page of search hits, with facet counts over all matching articles.
 *
 * @param total  how many articles match
 * @param hits   the requested page, best first
 * @param facets per facet (language, source, entity): value → count, most frequent first
 */
public record SearchResults(long total, List<StoredArticle> hits, Map<String, Map<String, Integer>> facets) {

    public SearchResults {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }
}
