package dev.storyline.cluster;

import dev.storyline.AnalysisJson;
import dev.storyline.entities.RegisteredEntity;
import dev.storyline.events.AssignedArticle;
import dev.storyline.opensearch.OpenSearchArticleStore;
import dev.storyline.opensearch.OpenSearchClient;
import dev.storyline.opensearch.OpenSearchEntityRegistry;
import dev.storyline.opensearch.OpenSearchEventStore;
import dev.storyline.opensearch.OpenSearchLocation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the job wrote into the store on OpenSearch, read back through the store interfaces (as {@code storyline serve
 * --store opensearch://…} reads it), not from Kafka.
 *
 * @param articles   per key, the article's JSON as {@code analyze} prints it, in article-number order
 * @param sequences  the article numbers, in the order the store gives the articles
 * @param count      the documents of the articles index (the store's count)
 * @param placements per key, "event story" of its assignment as the events index holds it
 * @param eventOfId  per article id (the page's), its event
 * @param stories    how many stories the events index holds
 * @param entities   per canonical key, the entity as the entities index holds it
 */
record StoreContents(Map<String, String> articles, List<Long> sequences, long count, Map<String, String> placements,
                     Map<String, String> eventOfId, int stories, Map<String, RegisteredEntity> entities) {

    static StoreContents read(OpenSearchLocation location) throws IOException {
        Map<String, String> articles = new LinkedHashMap<>();
        List<Long> sequences = new ArrayList<>();
        Map<String, String> placements = new LinkedHashMap<>();
        Map<String, String> eventOfId = new LinkedHashMap<>();
        Map<String, RegisteredEntity> entities = new TreeMap<>();
        try (OpenSearchClient client = OpenSearchClient.connect(location);
             OpenSearchArticleStore store = OpenSearchArticleStore.open(client);
             OpenSearchEventStore events = OpenSearchEventStore.open(client)) {
            store.forEach(a -> {
                articles.put(a.key(), AnalysisJson.line(AnalysisJson.of(a.analyzed())));
                sequences.add(a.sequence());
            });
            for (String key : articles.keySet()) {
                AssignedArticle assigned = events.assignment(key)
                        .orElseThrow(() -> new AssertionError("article " + key + " has no assignment in the store"));
                placements.put(key, assigned.assignment().eventId() + " " + assigned.assignment().storyId());
                eventOfId.put(assigned.assignment().articleId(), assigned.assignment().eventId());
            }
            for (RegisteredEntity e : OpenSearchEntityRegistry.open(client).entities()) entities.put(e.canonical(), e);
            return new StoreContents(articles, sequences, store.count(), placements, eventOfId, events.storyCount(), entities);
        }
    }
}
