package dev.storyline.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.storyline.AnalyzedArticle;
import dev.storyline.BatchAnalysis;
import dev.storyline.CommitListener;
import dev.storyline.StoredEvents;
import dev.storyline.entities.EntityRegistry;
import dev.storyline.Pipeline;
import dev.storyline.ingest.IngestFailure;
import dev.storyline.ingest.Ingested;
import dev.storyline.ingest.InputReader;
import dev.storyline.store.ArticleIdentity;
import dev.storyline.store.ArticleStore;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * Articles posted to the API: parsed as a JSON Lines record, analysed (concurrently: the pipeline is thread-safe),
 * then added, assigned its event and committed under the server's one writer lock, so that the answer is given only
 * once the article and its event are durable, as {@code storyline ingest} promises.
 */
final class ArticleIntake {

    /** What became of a posted article. */
    record Receipt(String id, String key, boolean added) {
    }

    private final BatchAnalysis analysis;
    private final ArticleStore store;
    private final StoredEvents events;
    private final EntityRegistry registry;
    private final Object writerLock;
    private final BooleanSupplier eventsCaughtUp;
    private final CommitListener listener;
    private final AtomicLong received = new AtomicLong();

    /**
     * @param eventsCaughtUp whether every stored article has its event (read under {@code writerLock}); until then
     *                       posted articles are only stored, and the catch-up assigns them in their turn
     */
    ArticleIntake(Pipeline pipeline, ArticleStore store, StoredEvents events, EntityRegistry registry,
                  Object writerLock, BooleanSupplier eventsCaughtUp, CommitListener listener) {
        this.analysis = new BatchAnalysis(pipeline, 1);
        this.store = store;
        this.events = events;
        this.registry = registry;
        this.writerLock = writerLock;
        this.eventsCaughtUp = eventsCaughtUp;
        this.listener = listener;
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
            boolean assign = added && eventsCaughtUp.getAsBoolean();
            if (assign) events.assign(key, store.lastSequence(), analyzed);
            store.commit();
            // After the article, as Ingestion does: the events and the registry may lag the store after a crash,
            // never lead it.
            if (assign) events.commit();
            registry.flush();
            if (assign) listener.committed();
            return new Receipt(analyzed.article().id(), key, added);
        }
    }
}
