package dev.storyline.summaries;

import java.io.IOException;
import java.util.Optional;

/**
 * The events' summaries as last computed, with the state each is kept up to date from, and the ingestion sequence
 * the summaries are up to date with. State that grows with the events: an interface, with an embedded implementation
 * ({@link EmbeddedSummaryStore}).
 */
public interface SummaryStore {

    /** A summary as kept, with the state it is kept up to date from. */
    record Kept(SummaryState state) {

        public EventSummary summary() {
            return state.summary();
        }

        /** How many of the event's articles the summary accounts for. */
        public int articles() {
            return state.articles();
        }
    }

    Optional<Kept> get(String eventId) throws IOException;

    /** Keeps the event's summary durably (replacing the former one). */
    void put(String eventId, Kept kept) throws IOException;

    /** The ingestion sequence of the last article whose event's summary is kept. */
    long cursor();

    /** Moves the cursor durably, after the summaries it covers are kept. */
    void cursor(long sequence) throws IOException;
}
