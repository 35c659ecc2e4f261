package dev.storyline.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The embedded {@link EventStore}: hash maps in memory. By default it keeps evicted events (compacted) and stories
 * readable, for one-off runs over a folder; given an {@link Archive}, it hands them over and forgets them, so that
 * what it holds is bounded by the active window (a persistent store keeps the rest on disk). Not thread-safe
 * (single writer: its clusterer).
 * Serializable (with its frequencies and states), so that a stream processor can checkpoint it whole and restore
 * it to the same iteration orders.
 */
public final class InMemoryEventStore implements EventStore, java.io.Serializable {

    /** Where events and stories go when they leave the active window, for a store that does not keep them. */
    public interface Archive {
        void evicted(EventState compacted);

        void evicted(StoryState story);
    }

    /** What the store holds, for tests and benchmarks that check it stays bounded. */
    public record Footprint(int events, int stories, int eventPostings, int storyPostings, int frequencyKeys,
                            int frequencyWeeks) {
    }

    private static final long UNDATED = Long.MIN_VALUE;

    private final DocumentFrequencies frequencies;
    private final Archive archive;
    private long sequence;
    private final Map<String, EventState> events = new LinkedHashMap<>();
    // The candidate index, one per week of the events' latest article (UNDATED: none known): a lookup near a day
    // reads only the weeks that can hold candidates, so that a frequent key costs by the event window, not the active one.
    private final TreeMap<Long, Map<String, Object>> eventIndex = new TreeMap<>();
    private final Map<String, StoryState> stories = new LinkedHashMap<>();
    private final Map<String, Object> storyIndex = new HashMap<>();
    private final ActiveWindow activeEvents = new ActiveWindow();
    private final ActiveWindow activeStories = new ActiveWindow();

    /** A store that keeps everything, evicted events compacted. */
    public InMemoryEventStore() {
        this(0, new DocumentFrequencies(), null);
    }

    /**
     * A store resuming at {@code sequence} with these frequencies, handing what leaves the window to {@code archive}
     * (null: keep it).
     */
    public InMemoryEventStore(long sequence, DocumentFrequencies frequencies, Archive archive) {
        this.sequence = sequence;
        this.frequencies = frequencies;
        this.archive = archive;
    }

    public DocumentFrequencies frequencies() {
        return frequencies;
    }

    /** The last sequence number given out. */
    public long sequence() {
        return sequence;
    }

    public Footprint footprint() {
        int eventPostings = 0;
        for (Map<String, Object> week : eventIndex.values()) for (Object p : week.values()) eventPostings += size(p);
        int storyPostings = 0;
        for (Object p : storyIndex.values()) storyPostings += size(p);
        return new Footprint(events.size(), stories.size(), eventPostings, storyPostings, frequencies.keys(),
                frequencies.buckets().size());
    }

    @Override
    public long documentCount() {
        return frequencies.documents();
    }

    @Override
    public long documentFrequency(String key) {
        return frequencies.frequency(key);
    }

    @Override
    public void countDocument(LocalDate published, Collection<String> keys) {
        frequencies.count(published, keys);
    }

    @Override
    public LocalDate newestDay() {
        return frequencies.newest();
    }

    @Override
    public long nextSequence() {
        return ++sequence;
    }

    @Override
    public EventState event(String id) {
        return events.get(id);
    }

    @Override
    public void putEvent(EventState event) {
        EventState old = events.put(event.id(), event);
        long before = old == null ? 0 : week(old.last());
        long after = week(event.last());
        if (old != null && before != after) {
            unindex(before, event.id(), old.centroid().keySet());
            reindex(eventIndex.computeIfAbsent(after, w -> new HashMap<>()), event.id(), Set.of(), event.centroid().keySet());
        } else {
            reindex(eventIndex.computeIfAbsent(after, w -> new HashMap<>()), event.id(),
                    old == null ? Set.of() : old.centroid().keySet(), event.centroid().keySet());
        }
        activeEvents.track(event.id(), old == null ? null : old.last(), event.last(), frequencies.newest());
    }

    private static long week(LocalDate last) {
        return last == null ? UNDATED : DocumentFrequencies.week(last);
    }

    private void unindex(long week, String id, Set<String> keys) {
        Map<String, Object> index = eventIndex.get(week);
        if (index == null) return;
        reindex(index, id, keys, Set.of());
        if (index.isEmpty()) eventIndex.remove(week);
    }

    @Override
    public Collection<String> eventsWith(String key) {
        List<String> ids = new ArrayList<>();
        for (Map<String, Object> index : eventIndex.values()) addPostings(ids, index.get(key));
        return ids;
    }

    @Override
    public Collection<String> eventsNear(String key, LocalDate day, int days) {
        if (day == null) return eventsWith(key);
        Object undated = eventIndex.containsKey(UNDATED) ? eventIndex.get(UNDATED).get(key) : null;
        List<String> ids = null;
        Object only = undated;
        // Events whose latest article is more than `days` before `day` are out of its window.
        for (Map<String, Object> index : eventIndex.tailMap(DocumentFrequencies.week(day.minusDays(days)), true).values()) {
            Object p = index.get(key);
            if (p == null) continue;
            if (only == null && ids == null) {
                only = p;
                continue;
            }
            if (ids == null) {
                ids = new ArrayList<>();
                addPostings(ids, only);
            }
            addPostings(ids, p);
        }
        return ids != null ? ids : postings(only);
    }

    @Override
    public StoryState story(String id) {
        return stories.get(id);
    }

    @Override
    public void putStory(StoryState story) {
        StoryState old = stories.put(story.id(), story);
        reindex(storyIndex, story.id(), old == null ? Set.of() : old.profile().keySet(), story.profile().keySet());
        activeStories.track(story.id(), old == null ? null : old.last(), story.last(), frequencies.newest());
    }

    @Override
    public Collection<String> storiesWith(String key) {
        return postings(storyIndex.get(key));
    }

    @Override
    public List<EventState> events() {
        return new ArrayList<>(events.values());
    }

    @Override
    public List<StoryState> stories() {
        return new ArrayList<>(stories.values());
    }

    @Override
    public void evictBefore(LocalDate cutoff, LocalDate storyCutoff, UnaryOperator<EventState> compact) {
        for (String id : activeEvents.takeBefore(cutoff)) {
            EventState event = events.get(id);
            unindex(week(event.last()), id, event.centroid().keySet());
            EventState compacted = compact.apply(event);
            if (archive == null) {
                events.put(id, compacted);
            } else {
                events.remove(id);
                archive.evicted(compacted);
            }
        }
        for (String id : activeStories.takeBefore(storyCutoff)) {
            StoryState story = stories.get(id);
            reindex(storyIndex, id, story.profile().keySet(), Set.of());
            if (archive != null) {
                stories.remove(id);
                archive.evicted(story);
            }
        }
        frequencies.dropBefore(cutoff);
    }

    /**
     * Ids in the window by the day of their latest article; one without a day is placed at the newest day known when
     * it came, so that undated events in a dated stream leave too.
     */
    private static final class ActiveWindow implements java.io.Serializable {
        private final TreeMap<LocalDate, Set<String>> byDay = new TreeMap<>();
        private final Map<String, LocalDate> undated = new HashMap<>();

        void track(String id, LocalDate oldLast, LocalDate newLast, LocalDate newest) {
            LocalDate before = oldLast != null ? oldLast : undated.get(id);
            LocalDate after;
            if (newLast != null) {
                after = newLast;
                undated.remove(id);
            } else {
                after = before != null ? before : newest;
                if (after != null) undated.put(id, after);
            }
            if (java.util.Objects.equals(before, after)) return;
            if (before != null) {
                Set<String> ids = byDay.get(before);
                if (ids != null && ids.remove(id) && ids.isEmpty()) byDay.remove(before);
            }
            if (after != null) byDay.computeIfAbsent(after, d -> new LinkedHashSet<>()).add(id);
        }

        /** Removes and returns the ids placed before {@code cutoff}, oldest day first. */
        List<String> takeBefore(LocalDate cutoff) {
            var old = byDay.headMap(cutoff);
            List<String> ids = new ArrayList<>();
            for (Set<String> day : old.values()) ids.addAll(day);
            old.clear();
            for (String id : ids) undated.remove(id);
            return ids;
        }
    }

    // Postings are a single id (most keys: one event) or a list of ids, to keep a large index small.

    private static void reindex(Map<String, Object> index, String id, Set<String> before, Set<String> after) {
        for (String key : before) {
            if (after.contains(key)) continue;
            Object p = withoutPosting(index.get(key), id);
            if (p == null) index.remove(key);
            else index.put(key, p);
        }
        for (String key : after) {
            if (!before.contains(key)) index.merge(key, id, InMemoryEventStore::withPosting);
        }
    }

    @SuppressWarnings("unchecked")
    private static Object withPosting(Object postings, Object id) {
        if (postings instanceof String single) {
            List<String> ids = new ArrayList<>(2);
            ids.add(single);
            ids.add((String) id);
            return ids;
        }
        ((List<String>) postings).add((String) id);
        return postings;
    }

    @SuppressWarnings("unchecked")
    private static Object withoutPosting(Object postings, String id) {
        if (postings == null) return null;
        if (postings instanceof String single) return single.equals(id) ? null : single;
        List<String> ids = (List<String>) postings;
        ids.remove(id);
        return ids.size() == 1 ? ids.get(0) : ids.isEmpty() ? null : ids;
    }

    @SuppressWarnings("unchecked")
    private static Collection<String> postings(Object postings) {
        if (postings == null) return List.of();
        if (postings instanceof String single) return List.of(single);
        return Collections.unmodifiableList((List<String>) postings);
    }

    @SuppressWarnings("unchecked")
    private static void addPostings(List<String> into, Object postings) {
        if (postings == null) return;
        if (postings instanceof String single) into.add(single);
        else into.addAll((List<String>) postings);
    }

    @SuppressWarnings("unchecked")
    private static int size(Object postings) {
        return postings == null ? 0 : postings instanceof String ? 1 : ((List<String>) postings).size();
    }
}
