package dev.storyline.cli;

import dev.storyline.StoredEvents;
import dev.storyline.alerts.AlertEvaluator;
import dev.storyline.summaries.SummaryUpdater;
import dev.storyline.alerts.BreakingStoriesDetector;
import dev.storyline.entities.EmbeddedEntityRegistry;
import dev.storyline.store.ArticleStore;
import dev.storyline.store.StoreSwap;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/** The {@code --data} option of every command that uses the store. */
final class DataOption {

    @Option(names = "--data", paramLabel = "DIR",
            description = "The store's folder (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("storyline-data");

    private EmbeddedEntityRegistry registry;

    /**
     * The entity registry that lives beside the store, opened once per command: the pipeline resolves into it, and the
     * events and alerts read keys through it (its aliases).
     */
    EmbeddedEntityRegistry openRegistry() throws IOException {
        if (registry != null) return registry;
        StoreSwap.finishInterrupted(data); // before reading entities.jsonl, which a reanalyze swaps with the articles
        registry = EmbeddedEntityRegistry.open(data.resolve("entities.jsonl"));
        return registry;
    }

    /** The alerts' folder ({@code <data>/alerts}: registry, match log, evaluator's cursor). */
    Path alertsFolder() {
        return data.resolve("alerts");
    }

    /**
     * The alerts of this store, caught up with its committed articles: pass it as the {@code CommitListener} of
     * whatever adds articles (ingest, watch, run, serve, follow) and close it after them. Open it after the events
     * have caught up (an article is evaluated once its event is durable).
     */
    AlertEvaluator openAlerts(ArticleStore store, StoredEvents events) throws IOException {
        return openAlerts(store, events, openRegistry());
    }

    /** The alerts, as {@link #openAlerts(ArticleStore, StoredEvents)}, reading entity keys through {@code registry}. */
    AlertEvaluator openAlerts(ArticleStore store, StoredEvents events, dev.storyline.entities.EntityRegistry registry)
            throws IOException {
        return AlertEvaluator.open(data, store, events, BreakingStoriesDetector.factory(store, events), registry);
    }

    /**
     * The events' summaries under {@code <data>/summaries}, caught up with the committed articles: pass it (with the
     * alerts, {@link dev.storyline.CommitListener#all}) as the listener of whatever adds articles.
     */
    SummaryUpdater openSummaries(ArticleStore store, StoredEvents events) throws IOException {
        return SummaryUpdater.open(data, store, events);
    }

    /** The events kept beside the store. */
    StoredEvents openEvents(ArticleStore store) throws IOException {
        return StoredEvents.open(data, store).comparingEntitiesBy(openRegistry());
    }

    /**
     * Opens the events and assigns the stored articles they have not seen (a store written before events were
     * kept is migrated so, once), saying so on {@code err}.
     */
    StoredEvents openEventsCaughtUp(ArticleStore store, PrintWriter err) throws IOException {
        return caughtUp(openEvents(store), store, err);
    }

    /** Assigns the stored articles that {@code events} have not seen, saying so on {@code err}; closes them on failure. */
    static StoredEvents caughtUp(StoredEvents events, ArticleStore store, PrintWriter err) throws IOException {
        try {
            long behind = events.behind(store);
            if (behind > 0) {
                err.printf("storyline: assigning events and stories to %,d stored articles that have none yet%n", behind);
                err.flush();
                long started = System.nanoTime();
                long done = events.catchUp(store, n -> { });
                err.printf("storyline: %,d articles assigned in %.1f s%n", done, (System.nanoTime() - started) / 1e9);
            }
            return events;
        } catch (IOException | RuntimeException e) {
            events.close();
            throw e;
        }
    }
}
