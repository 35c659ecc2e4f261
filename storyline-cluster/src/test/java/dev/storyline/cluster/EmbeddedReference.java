package dev.storyline.cluster;

import dev.storyline.AnalysisJson;
import dev.storyline.BatchAnalysis;
import dev.storyline.Pipeline;
import dev.storyline.entities.EmbeddedEntityRegistry;
import dev.storyline.entities.RegisteredEntity;
import dev.storyline.events.Assignment;
import dev.storyline.events.ClusteringConfig;
import dev.storyline.events.EventClusterer;
import dev.storyline.events.FeatureExtractor;
import dev.storyline.events.InMemoryEventStore;
import dev.storyline.ingest.RawPage;
import dev.storyline.store.ArticleIdentity;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code storyline ingest} does with the same pages, on one machine: one analysis thread (the entity registry
 * learns page after page, as in the job's order), duplicates by text or URL stored once, each new article assigned as
 * it is added, with the embedded store's clustering settings ({@code StoredEvents}: no re-check). The app's
 * {@code Ingestion} is this loop plus the Lucene store, which this module cannot depend on (the app depends on it).
 */
record EmbeddedReference(Map<String, Result> byKey, List<String> failures, Map<String, RegisteredEntity> entities) {

    /** One stored article: its JSON line as {@code analyze} prints it, and where it went. */
    record Result(String id, String article, String event, String story) {
    }

    static EmbeddedReference of(List<RawPage> pages, LocalDate today) {
        EmbeddedEntityRegistry registry = EmbeddedEntityRegistry.inMemory();
        Pipeline pipeline = Pipeline.standard(today, registry, Pipeline.Models.load());
        BatchAnalysis analysis = new BatchAnalysis(pipeline, 1);
        EventClusterer clusterer = new EventClusterer(FeatureExtractor.standard(),
                ClusteringConfig.defaults().withoutRecheck(), new InMemoryEventStore());
        Map<String, Result> byKey = new LinkedHashMap<>();
        List<String> failures = new java.util.ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (RawPage page : pages) {
            BatchAnalysis.Outcome outcome = analysis.analyze(page);
            if (!(outcome instanceof BatchAnalysis.Analyzed done)) {
                failures.add(((BatchAnalysis.Failed) outcome).failure().id());
                continue;
            }
            ArticleIdentity identity = ArticleIdentity.of(done.result().article());
            boolean duplicate = (identity.contentKey() != null && seen.contains("text:" + identity.contentKey()))
                    || (identity.urlKey() != null && seen.contains("url:" + identity.urlKey()));
            if (duplicate) continue;
            if (identity.contentKey() != null) seen.add("text:" + identity.contentKey());
            if (identity.urlKey() != null) seen.add("url:" + identity.urlKey());
            Assignment a = clusterer.assign(done.result());
            byKey.put(identity.key(), new Result(page.id(), AnalysisJson.line(AnalysisJson.of(done.result())),
                    a.eventId(), a.storyId()));
        }
        Map<String, RegisteredEntity> entities = new java.util.TreeMap<>();
        for (RegisteredEntity e : registry.entities()) entities.put(e.canonical(), e);
        return new EmbeddedReference(byKey, failures, entities);
    }
}
