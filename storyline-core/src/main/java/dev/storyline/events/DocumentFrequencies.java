package dev.storyline.events;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * Document frequencies over the active window: articles are counted in buckets of a publication week, and a week
 * leaves (its counts subtracted) once it is wholly behind the window's start, so that IDF follows the recent news
 * and memory stays bounded by the window, not by the whole history. An article without a day counts in the week of
 * the newest day seen; a stream without any day keeps one timeless bucket (then frequencies are over everything,
 * as before windows existed). Changed and dropped weeks are reported for whoever persists them. Not thread-safe.
 */
public final class DocumentFrequencies implements java.io.Serializable {

    /** The bucket of articles counted while no day was known. */
    public static final long TIMELESS = Long.MIN_VALUE;

    /** One week's articles: how many, and per key how many of them had it. */
    public static final class Bucket implements java.io.Serializable {
        private final KeyCounts keys;
        private int documents;

        private Bucket(KeyCounts keys, int documents) {
            this.keys = keys;
            this.documents = documents;
        }

        public KeyCounts keys() {
            return keys;
        }

        public int documents() {
            return documents;
        }
    }

    private final KeyCounts total = new KeyCounts(1 << 12);
    private final TreeMap<Long, Bucket> buckets = new TreeMap<>();
    private long documents;
    private LocalDate newest;
    // Weeks before this one have left the window: a late article is counted in the oldest live week instead.
    private long firstLiveWeek = TIMELESS;
    private final Set<Long> changed = new LinkedHashSet<>();
    private final Set<Long> dropped = new LinkedHashSet<>();

    /** Articles counted in the window. */
    public long documents() {
        return documents;
    }

    /** Articles counted in the window that had {@code key}. */
    public long frequency(String key) {
        return total.get(key);
    }

    /**
     * The window's instance of {@code key} (or the key itself): state read back from disk shares one String per
     * key with the frequencies, as state built live does.
     */
    public String sharedKey(String key) {
        return total.shared(key);
    }

    /** Distinct keys in the window. */
    public int keys() {
        return total.size();
    }

    /** The newest publication day counted, or null when none had a day. */
    public LocalDate newest() {
        return newest;
    }

    /** The week an article published on {@code day} (null: unknown) is counted in. */
    public long weekOf(LocalDate day) {
        if (day == null) day = newest;
        if (day == null) return TIMELESS;
        return Math.max(week(day), firstLiveWeek);
    }

    public static long week(LocalDate day) {
        return Math.floorDiv(day.toEpochDay(), 7);
    }

    /** Counts one article published on {@code published} (or null), with these distinct keys. */
    public void count(LocalDate published, Collection<String> keys) {
        if (published != null && (newest == null || published.isAfter(newest))) newest = published;
        long week = weekOf(published);
        Bucket bucket = buckets.computeIfAbsent(week, w -> new Bucket(new KeyCounts(256), 0));
        bucket.documents++;
        documents++;
        // The bucket holds the instance the window holds: one String per key, however many weeks have it.
        for (String key : keys) bucket.keys.increase(total.increase(key, 1), 1);
        changed.add(week);
    }

    /** Drops the weeks that lie wholly before {@code cutoff} (and the timeless bucket, once days are known). */
    public void dropBefore(LocalDate cutoff) {
        // Week w is epoch days [7w, 7w + 6]: every week before the cutoff's own ends before it.
        long firstKept = week(cutoff);
        NavigableMap<Long, Bucket> old = buckets.headMap(firstKept, false);
        for (var e : old.entrySet()) {
            Bucket b = e.getValue();
            b.keys.forEach((key, n) -> total.add(key, -n));
            documents -= b.documents;
            changed.remove(e.getKey());
            dropped.add(e.getKey());
        }
        old.clear();
        firstLiveWeek = Math.max(firstLiveWeek, firstKept);
    }

    /** The live buckets, by week (read-only). */
    public NavigableMap<Long, Bucket> buckets() {
        return Collections.unmodifiableNavigableMap(buckets);
    }

    /** Weeks counted in since the last call. */
    public Set<Long> takeChanged() {
        Set<Long> weeks = Set.copyOf(changed);
        changed.clear();
        return weeks;
    }

    /** Weeks dropped since the last call. */
    public Set<Long> takeDropped() {
        Set<Long> weeks = Set.copyOf(dropped);
        dropped.clear();
        return weeks;
    }

    /** Puts back a bucket as persisted (before any article is counted). */
    public void restore(long week, int bucketDocuments, KeyCounts keys) {
        KeyCounts shared = new KeyCounts(keys.size());
        keys.forEach((key, n) -> shared.increase(total.increase(key, n), n));
        Bucket previous = buckets.put(week, new Bucket(shared, bucketDocuments));
        if (previous != null) throw new IllegalStateException("week " + week + " restored twice");
        documents += bucketDocuments;
    }

    /** Puts back the newest day and the window's start as persisted. */
    public void restoreWindow(LocalDate newestDay, long firstLive) {
        this.newest = newestDay;
        this.firstLiveWeek = firstLive;
    }

    /** The first week still in the window ({@link #TIMELESS} until a week has been dropped). */
    public long firstLiveWeek() {
        return firstLiveWeek;
    }
}
