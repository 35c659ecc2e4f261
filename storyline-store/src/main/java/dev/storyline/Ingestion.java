package dev.storyline;

import dev.storyline.entities.EntityRegistry;
import dev.storyline.ingest.IngestFailure;
import dev.storyline.ingest.Ingested;
import dev.storyline.store.ArticleIdentity;
import dev.storyline.store.ArticleStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Analyses inputs, adds them to a store and assigns each new article its event and story, acknowledging each input
 * only once it is durable (article, then its event, then the entity registry). Used by {@code storyline ingest},
 * {@code watch} and {@code run}, so that all of them keep the same promise.
 */
public final class Ingestion {

    /** Acknowledge in batches: a commit per article would bound ingest speed by the disk's fsync rate. */
    private static final int COMMIT_EVERY = 500;
    private static final long COMMIT_AFTER_NANOS = 1_000_000_000L;

    /**
     * {@code SKIPPED}: analysed, then not stored because a filter ({@code --language}) dropped it. {@code QUEUED}: not
     * analysed here but held by a cluster's pages topic, for its job to analyse and store ({@code follow --cluster}).
     */
    public enum Status { ADDED, DUPLICATE, FAILED, SKIPPED, QUEUED }

    /**
     * What became of one input; {@code key} is null for a failure, a skip or a page queued, {@code error} is the failure's
     * reason (or why the page was skipped), null otherwise.
     */
    public record Acknowledgement(String id, String input, String key, Status status, String error) {
    }

    /** Totals of one run, with failures grouped by reason. */
    public record Summary(int added, int duplicates, int failed, Map<String, Integer> failuresByReason, int skipped) {
        public Summary {
            failuresByReason = Map.copyOf(failuresByReason);
        }

        public Summary(int added, int duplicates, int failed, Map<String, Integer> failuresByReason) {
            this(added, duplicates, failed, failuresByReason, 0);
        }
    }

    private final BatchAnalysis analysis;
    private final ArticleStore store;
    private final StoredEvents events;
    private final EntityRegistry registry;
    private final CommitListener listener;
    private final Function<AnalyzedArticle, String> drop;
    private final Object writerLock;

    /**
     * @param events   the events kept beside {@code store}, committed right after it
     * @param registry the entity registry {@code pipeline} learns into, saved at every commit of the store
     */
    public Ingestion(Pipeline pipeline, ArticleStore store, StoredEvents events, EntityRegistry registry, int threads) {
        this(pipeline, store, events, registry, threads, CommitListener.NONE);
    }

    /** @param listener hears of every commit, after the articles, their events and the registry are durable */
    public Ingestion(Pipeline pipeline, ArticleStore store, StoredEvents events, EntityRegistry registry, int threads,
                     CommitListener listener) {
        this(pipeline, store, events, registry, threads, listener, new Object());
    }

    /**
     * @param writerLock held while an article is added and assigned, and while the store, the events and the registry
     *                   commit: the lock of whatever else writes to the same store in this process (the server's, when
     *                   {@code run} follows sources while it serves), so that sequence numbers and events stay in step
     */
    public Ingestion(Pipeline pipeline, ArticleStore store, StoredEvents events, EntityRegistry registry, int threads,
                     CommitListener listener, Object writerLock) {
        this(new BatchAnalysis(pipeline, threads), store, events, registry, listener, analyzed -> null, writerLock);
    }

    private Ingestion(BatchAnalysis analysis, ArticleStore store, StoredEvents events, EntityRegistry registry,
                      CommitListener listener, Function<AnalyzedArticle, String> drop, Object writerLock) {
        this.analysis = analysis;
        this.writerLock = writerLock;
        this.store = store;
        this.events = events;
        this.registry = registry;
        this.listener = listener;
        this.drop = drop;
    }

    /**
     * This ingestion, but analysed pages for which {@code drop} gives a reason (say, another language than asked)
     * are acknowledged as {@link Status#SKIPPED} with that reason and not stored.
     */
    public Ingestion dropping(Function<AnalyzedArticle, String> drop) {
        return new Ingestion(analysis, store, events, registry, listener, drop, writerLock);
    }

    /** Ingests every item; {@code acknowledged} hears of each, in input order, after it is committed. */
    public Summary ingest(Stream<Ingested> items, Consumer<Acknowledgement> acknowledged) throws IOException {
        // New articles are assigned after every stored one: first those the events have not seen, if any.
        synchronized (writerLock) {
            events.catchUp(store, done -> { });
        }
        List<Acknowledgement> pending = new ArrayList<>();
        Map<String, Integer> failuresByReason = new LinkedHashMap<>();
        int[] counts = new int[Status.values().length];
        long[] lastCommit = {0};
        try {
            analysis.run(items, outcome -> {
                try {
                    if (lastCommit[0] == 0) lastCommit[0] = System.nanoTime();
                    Acknowledgement ack = store(outcome);
                    counts[ack.status().ordinal()]++;
                    if (ack.status() == Status.FAILED) failuresByReason.merge(ack.error(), 1, Integer::sum);
                    pending.add(ack);
                    if (pending.size() >= COMMIT_EVERY || System.nanoTime() - lastCommit[0] > COMMIT_AFTER_NANOS) {
                        commit(pending, acknowledged);
                        lastCommit[0] = System.nanoTime();
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        commit(pending, acknowledged);
        return new Summary(counts[Status.ADDED.ordinal()], counts[Status.DUPLICATE.ordinal()],
                counts[Status.FAILED.ordinal()], failuresByReason, counts[Status.SKIPPED.ordinal()]);
    }

    private Acknowledgement store(BatchAnalysis.Outcome outcome) throws IOException {
        if (outcome instanceof BatchAnalysis.Analyzed analyzed) {
            String dropped = drop.apply(analyzed.result());
            if (dropped != null) {
                return new Acknowledgement(analyzed.page().id(), analyzed.page().input(), null, Status.SKIPPED, dropped);
            }
            ArticleStore.Added added;
            String key = ArticleIdentity.of(analyzed.result().article()).key();
            synchronized (writerLock) {
                added = store.add(analyzed.result());
                if (added == ArticleStore.Added.ADDED) events.assign(key, store.lastSequence(), analyzed.result());
            }
            return new Acknowledgement(analyzed.page().id(), analyzed.page().input(), key,
                    added == ArticleStore.Added.ADDED ? Status.ADDED : Status.DUPLICATE, null);
        }
        IngestFailure failure = ((BatchAnalysis.Failed) outcome).failure();
        return new Acknowledgement(failure.id(), failure.input(), null, Status.FAILED, failure.reason());
    }

    private void commit(List<Acknowledgement> pending, Consumer<Acknowledgement> acknowledged) throws IOException {
        synchronized (writerLock) {
            store.commit();
            // After the articles: a crash in between leaves the events and the registry a little behind the store,
            // never ahead (the events catch up at the next start).
            events.commit();
            registry.flush();
        }
        pending.forEach(acknowledged);
        pending.clear();
        listener.committed();
    }
}
