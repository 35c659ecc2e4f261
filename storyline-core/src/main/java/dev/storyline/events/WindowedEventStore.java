package dev.storyline.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What every durable event store shares: the clusterer works on an active window held in memory (read back from the
 * store the first time it is needed), and remembers what changed since the last commit (events and stories changed
 * while active, and those evicted from the window) so that a commit writes each once. Subclasses say how the window
 * is read back, how a committed event or story is read, and how a commit is written.
 */
public abstract class WindowedEventStore implements DurableEventStore {

    // Changed since the last commit: ids of active events and stories, and evicted ones as they left.
    protected final Set<String> changedEvents = new LinkedHashSet<>();
    protected final Set<String> changedStories = new LinkedHashSet<>();
    protected final Map<String, EventState> evictedEvents = new LinkedHashMap<>();
    protected final Map<String, StoryState> evictedStories = new LinkedHashMap<>();
    private InMemoryEventStore active;
    private boolean windowLoaded;

    /**
     * Starts the (not yet loaded) window where the last commit left the numbering and the document frequencies; a
     * subclass calls it once, from its constructor.
     */
    protected final void startWindow(long sequence, DocumentFrequencies frequencies) {
        this.active = new InMemoryEventStore(sequence, frequencies, new InMemoryEventStore.Archive() {
            @Override
            public void evicted(EventState compacted) {
                changedEvents.remove(compacted.id());
                evictedEvents.put(compacted.id(), compacted);
            }

            @Override
            public void evicted(StoryState story) {
                changedStories.remove(story.id());
                evictedStories.put(story.id(), story);
            }
        });
    }

    /** Reads the committed active window into {@link #active()}: its frequencies, then its events and stories. */
    protected abstract void restoreActiveWindow(DocumentFrequencies frequencies) throws IOException;

    /** The window as it is, loaded or not (for writing a commit, which must not read the window back). */
    protected final InMemoryEventStore active() {
        return active;
    }

    /** The active window, read back from the store the first time it is needed. */
    protected final InMemoryEventStore window() {
        if (!windowLoaded) {
            try {
                restoreActiveWindow(active.frequencies());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            windowLoaded = true;
        }
        return active;
    }

    /** After a commit: nothing has changed since. */
    protected final void forgetChanges() {
        changedEvents.clear();
        evictedEvents.clear();
        changedStories.clear();
        evictedStories.clear();
    }

    /** The committed events given, with the window's and the evicted ones over them, in creation order. */
    protected final List<EventState> withUncommittedEvents(Collection<EventState> committed) {
        Map<String, EventState> all = new LinkedHashMap<>();
        for (EventState e : committed) all.put(e.id(), e);
        for (EventState e : window().events()) all.put(e.id(), e);
        all.putAll(evictedEvents);
        return all.values().stream().sorted(Comparator.comparingLong(EventState::sequence)).toList();
    }

    /** The committed stories given, with the window's and the evicted ones over them, in creation order. */
    protected final List<StoryState> withUncommittedStories(Collection<StoryState> committed) {
        Map<String, StoryState> all = new LinkedHashMap<>();
        for (StoryState s : committed) all.put(s.id(), s);
        for (StoryState s : window().stories()) all.put(s.id(), s);
        all.putAll(evictedStories);
        return all.values().stream().sorted(Comparator.comparingLong(StoryState::sequence)).toList();
    }

    @Override
    public void loadWindow() {
        window();
    }

    @Override
    public long documentCount() {
        return window().documentCount();
    }

    @Override
    public long documentFrequency(String key) {
        return window().documentFrequency(key);
    }

    @Override
    public void countDocument(LocalDate published, Collection<String> keys) {
        window().countDocument(published, keys);
    }

    @Override
    public LocalDate newestDay() {
        return window().newestDay();
    }

    @Override
    public long nextSequence() {
        return window().nextSequence();
    }

    @Override
    public EventState event(String id) {
        EventState e = window().event(id);
        if (e == null) e = evictedEvents.get(id);
        return e != null ? e : storedEvent(id).orElse(null);
    }

    @Override
    public void putEvent(EventState event) {
        window().putEvent(event);
        evictedEvents.remove(event.id());
        changedEvents.add(event.id());
    }

    @Override
    public Collection<String> eventsWith(String key) {
        return window().eventsWith(key);
    }

    @Override
    public Collection<String> eventsNear(String key, LocalDate day, int days) {
        return window().eventsNear(key, day, days);
    }

    @Override
    public StoryState story(String id) {
        StoryState s = window().story(id);
        if (s == null) s = evictedStories.get(id);
        return s != null ? s : storedStory(id).orElse(null);
    }

    @Override
    public void putStory(StoryState story) {
        window().putStory(story);
        evictedStories.remove(story.id());
        changedStories.add(story.id());
    }

    @Override
    public Collection<String> storiesWith(String key) {
        return window().storiesWith(key);
    }

    @Override
    public void evictBefore(LocalDate cutoff, LocalDate storyCutoff, UnaryOperator<EventState> compact) {
        window().evictBefore(cutoff, storyCutoff, compact);
    }
}
