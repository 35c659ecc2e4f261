package dev.storyline.summaries;

import java.io.IOException;
import java.util.Optional;

/**
 * The events' summaries as last computed, with how many articles each was computed from, and the ingestion sequence
 * the summaries are up to date with. State that grows with the events: an interface, with an embedded implementation
 * ({@link EmbeddedSummaryStore}).
 */
public interface SummaryStore {

    /** A summary as kept: computed from {@code articles} of the event's articles. */
    record Kept(EventSummary summary, int articles) {
    }

    Optional<Kept> get(String eventId) throws IOException;

    /** Keeps the event's summary durably (replacing the former one). */
    void put(String eventId, Kept kept) throws IOException;

    /** The ingestion sequence of the last article whose event's summary is kept. */
    long cursor();

    /** Moves the cursor durably, after the summaries it covers are kept. */
    void cursor(long sequence) throws IOException;
}
