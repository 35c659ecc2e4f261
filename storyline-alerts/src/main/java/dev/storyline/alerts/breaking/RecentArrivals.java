package dev.storyline.alerts.breaking;

import dev.storyline.events.AssignedArticle;
import dev.storyline.store.ArticleStore;
import dev.storyline.events.DurableEventStore;
import dev.storyline.store.StoredArticle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The arrivals a breaking-story detector is rebuilt from after a restart, read from the store: each stored article
 * with its committed event and story. An article's arrival time is its ingestion time (the store's {@code ingested},
 * set when it was first added), not its publication date: a live monitor asks how fast a story grows now, publication
 * dates are often only days, and a page published yesterday but fetched now is news to the desk now. (A backlog
 * ingested at once therefore arrives at once; replays of archives give their own times through {@link ArticleArrival}.)
 */
public final class RecentArrivals {

    private RecentArrivals() {
    }

    /**
     * A detector in the state an uninterrupted one would be in after the store's articles up to ingestion sequence
     * {@code through} (those the caller has shown a detector already: an alert evaluator's cursor, so that the
     * articles after it, evaluated next, are observed once). It replays the arrivals of the
     * {@link BreakingConfig#rebuildLookback()} before that article's ingestion; no wall clock is read.
     */
    public static BreakingStories rebuild(BreakingConfig config, ArticleStore articles, DurableEventStore events, long through)
            throws IOException {
        Optional<StoredArticle> last = through <= 0 ? Optional.empty() : firstAfter(articles, through - 1);
        if (last.isEmpty()) return new BreakingStories(config);
        Instant since = last.get().ingested().minus(config.rebuildLookback());
        return BreakingStories.rebuild(config, since(articles, events, since, through));
    }

    /** The stored articles ingested at or after {@code since}, in ingestion order, with their committed events. */
    public static List<ArticleArrival> since(ArticleStore articles, DurableEventStore events, Instant since) throws IOException {
        return since(articles, events, since, Long.MAX_VALUE);
    }

    /**
     * The stored articles ingested at or after {@code since} and numbered at most {@code through}, in ingestion order,
     * those whose assignment is committed (the others are not in the events yet; they arrive when they are assigned).
     * Finds the first by bisecting the ingestion sequence (ingestion times grow with it), so it reads only the recent
     * articles.
     */
    public static List<ArticleArrival> since(ArticleStore articles, DurableEventStore events, Instant since, long through)
            throws IOException {
        long low = 0, high = articles.lastSequence(); // the first wanted is after low and at most high + 1
        while (low < high) {
            long mid = low + (high - low) / 2;
            Optional<StoredArticle> a = firstAfter(articles, mid);
            if (a.isEmpty() || !a.get().ingested().isBefore(since)) high = mid;
            else low = Math.min(high, Math.max(mid + 1, a.get().sequence()));
        }
        List<ArticleArrival> out = new ArrayList<>();
        try {
            articles.forEachAfter(low, stored -> {
                if (stored.sequence() > through) throw new Found();
                if (stored.ingested().isBefore(since)) return; // a clock stepped back: keep to what the time says
                events.assignment(stored.key()).ifPresent(assigned -> out.add(arrival(stored, assigned)));
            });
        } catch (Found past) {
            // past the last one wanted
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return out;
    }

    static ArticleArrival arrival(StoredArticle stored, AssignedArticle assigned) {
        return new ArticleArrival(stored.key(), assigned.assignment().eventId(), assigned.assignment().storyId(),
                assigned.source(), assigned.language(), stored.ingested());
    }

    /** The stored article right after sequence number {@code sequence}, if any. */
    private static Optional<StoredArticle> firstAfter(ArticleStore articles, long sequence) throws IOException {
        StoredArticle[] found = new StoredArticle[1];
        try {
            articles.forEachAfter(Math.max(0, sequence), stored -> {
                found[0] = stored;
                throw new Found();
            });
        } catch (Found stop) {
            // the first one is all we wanted
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return Optional.ofNullable(found[0]);
    }

    private static final class Found extends RuntimeException {
        Found() {
            super(null, null, false, false);
        }
    }
}
