package dev.storyline.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.storyline.AnalyzedArticle;
import dev.storyline.BatchAnalysis;
import dev.storyline.entities.EntityRegistry;
import dev.storyline.Pipeline;
import dev.storyline.ingest.IngestFailure;
import dev.storyline.ingest.Ingested;
import dev.storyline.ingest.InputReader;
import dev.storyline.store.ArticleIdentity;
import dev.storyline.store.ArticleStore;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

/**
 * Articles posted to the API: parsed as a JSON Lines record, analysed (concurrently: the pipeline is thread-safe),
 * then added and committed under the server's one writer lock, so that the answer is given only once the article
 * is durable, as {@code storyline ingest} promises.
 */
final class ArticleIntake {

    /** What became of a posted article. */
    record Receipt(String id, String key, boolean added) {
    }

    private final BatchAnalysis analysis;
    private final ArticleStore store;
    private final EntityRegistry registry;
    private final Object writerLock;
    private final BiConsumer<String, AnalyzedArticle> onAdded;
    private final AtomicLong received = new AtomicLong();

    ArticleIntake(Pipeline pipeline, ArticleStore store, EntityRegistry registry, Object writerLock,
                  BiConsumer<String, AnalyzedArticle> onAdded) {
        this.analysis = new BatchAnalysis(pipeline, 1);
        this.store = store;
        this.registry = registry;
        this.writerLock = writerLock;
        this.onAdded = onAdded;
    }

    Receipt submit(String body) throws IOException {
        JsonNode record;
        try {
            record = RestApi.JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("malformed JSON: " + e.getOriginalMessage());
        }
        if (record == null) throw ApiError.badRequest("empty body: expected one JSON object");
        Ingested page = InputReader.page(record, "api-" + received.incrementAndGet(), "POST /api/articles");
        if (page instanceof IngestFailure failure) throw ApiError.badRequest(failure.reason());
        BatchAnalysis.Outcome outcome = analysis.analyze(page);
        if (outcome instanceof BatchAnalysis.Failed failed) throw ApiError.unprocessable(failed.failure().reason());
        AnalyzedArticle analyzed = ((BatchAnalysis.Analyzed) outcome).result();
        String key = ArticleIdentity.of(analyzed.article()).key();
        synchronized (writerLock) {
            boolean added = store.add(analyzed) == ArticleStore.Added.ADDED;
            store.commit();
            // After the article, as Ingestion does: the registry may lag the store after a crash, never lead it.
            registry.flush();
            if (added) onAdded.accept(key, analyzed);
            return new Receipt(analyzed.article().id(), key, added);
        }
    }
}
