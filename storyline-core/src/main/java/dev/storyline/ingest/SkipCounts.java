package dev.storyline.ingest;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What reading passed over without an error, by reason: WARC records that are not pages (requests, metadata,
 * non-HTML, non-200) and pages the filters dropped. Thread-safe.
 */
public final class SkipCounts {

    private final ConcurrentHashMap<String, LongAdder> counts = new ConcurrentHashMap<>();

    public void add(String reason) {
        counts.computeIfAbsent(reason, r -> new LongAdder()).increment();
    }

    public long total() {
        return counts.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** The counts by reason, in reason order. */
    public Map<String, Long> byReason() {
        Map<String, Long> snapshot = new TreeMap<>();
        counts.forEach((reason, n) -> snapshot.put(reason, n.sum()));
        return snapshot;
    }
}
