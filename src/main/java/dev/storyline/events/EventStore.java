package dev.storyline.events;

import java.util.Collection;
import java.util.List;

/**
 * The clusterer's growing state: document frequencies, events, stories and the inverted indexes over their
 * features. Replaceable (an embedded database, a keyed state in a stream processor); implementations need not
 * be thread-safe: one {@link EventClusterer} is its single writer.
 */
public interface EventStore {

    /** Articles counted so far. */
    long documentCount();

    /** Number of articles counted so far that had {@code key}. */
    long documentFrequency(String key);

    /** Counts one more article, with these distinct feature keys. */
    void countDocument(Collection<String> keys);

    long nextSequence();

    EventState event(String id);

    /** Stores the event and indexes it under the keys of its centroid (replacing its former version). */
    void putEvent(EventState event);

    /** Ids of the events whose centroid holds {@code key}. */
    Collection<String> eventsWith(String key);

    StoryState story(String id);

    /** Stores the story and indexes it under the keys of its profile. */
    void putStory(StoryState story);

    Collection<String> storiesWith(String key);

    /** Every event, in creation order. */
    List<EventState> events();

    /** Every story, in creation order. */
    List<StoryState> stories();
}
