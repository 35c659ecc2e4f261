package dev.storyline.events;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The embedded {@link EventStore}: hash maps in memory. Not thread-safe (single writer: its clusterer). */
public final class InMemoryEventStore implements EventStore {

    private final Map<String, Long> documentFrequencies = new HashMap<>();
    private long documents;
    private long sequence;
    private final Map<String, EventState> events = new LinkedHashMap<>();
    private final Map<String, Set<String>> eventIndex = new HashMap<>();
    private final Map<String, StoryState> stories = new LinkedHashMap<>();
    private final Map<String, Set<String>> storyIndex = new HashMap<>();

    @Override
    public long documentCount() {
        return documents;
    }

    @Override
    public long documentFrequency(String key) {
        return documentFrequencies.getOrDefault(key, 0L);
    }

    @Override
    public void countDocument(Collection<String> keys) {
        documents++;
        for (String key : keys) documentFrequencies.merge(key, 1L, Long::sum);
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
        reindex(eventIndex, event.id(), old == null ? Set.of() : old.centroid().keySet(), event.centroid().keySet());
    }

    @Override
    public Collection<String> eventsWith(String key) {
        return eventIndex.getOrDefault(key, Set.of());
    }

    @Override
    public StoryState story(String id) {
        return stories.get(id);
    }

    @Override
    public void putStory(StoryState story) {
        StoryState old = stories.put(story.id(), story);
        reindex(storyIndex, story.id(), old == null ? Set.of() : old.profile().keySet(), story.profile().keySet());
    }

    @Override
    public Collection<String> storiesWith(String key) {
        return storyIndex.getOrDefault(key, Set.of());
    }

    @Override
    public List<EventState> events() {
        return new ArrayList<>(events.values());
    }

    @Override
    public List<StoryState> stories() {
        return new ArrayList<>(stories.values());
    }

    private static void reindex(Map<String, Set<String>> index, String id, Set<String> before, Set<String> after) {
        for (String key : before) {
            if (after.contains(key)) continue;
            Set<String> ids = index.get(key);
            if (ids != null && ids.remove(id) && ids.isEmpty()) index.remove(key);
        }
        for (String key : after) {
            if (!before.contains(key)) index.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(id);
        }
    }
}
