package dev.storyline.summaries;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Summaries held for the life of the process: for a server opened without a data folder of its own (tests, embedding). */
public final class InMemorySummaryStore implements SummaryStore {

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    private volatile long cursor;

    @Override
    public Optional<Kept> get(String eventId) {
        return Optional.ofNullable(kept.get(eventId));
    }

    @Override
    public void put(String eventId, Kept summary) {
        kept.put(eventId, summary);
    }

    @Override
    public long cursor() {
        return cursor;
    }

    @Override
    public void cursor(long sequence) {
        cursor = sequence;
    }
}
