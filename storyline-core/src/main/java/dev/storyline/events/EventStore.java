package dev.storyline.events;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The clusterer's growing state: document frequencies, events, stories and the inverted indexes over their
 * features. Replaceable (an embedded database, a keyed state in a stream processor); implementations need not
 * be thread-safe: one {@link EventClusterer} is its single writer.
 */
public interface EventStore {

    /** Articles counted in the active window. */
    long documentCount();

    /** Number of articles counted in the active window that had {@code key}. */
    long documentFrequency(String key);

    /** Counts one more article, published on {@code published} (null when unknown), with these distinct feature keys. */
    void countDocument(LocalDate published, Collection<String> keys);

    /** The newest publication day counted so far, or null when no article had one. */
    LocalDate newestDay();

    long nextSequence();

    EventState event(String id);

    /** Stores the event and indexes it under the keys of its centroid (replacing its former version). */
    void putEvent(EventState event);

    /** Ids of the events in the candidate index whose centroid holds {@code key}. */
    Collection<String> eventsWith(String key);

    /**
     * Ids of the events in the candidate index whose centroid holds {@code key} and whose latest article may be
     * within {@code days} of {@code day} (all of them when {@code day} is null): a superset of those that pass the
     * clusterer's time window, so that a lookup reads the recent part of a frequent key's postings only.
     */
    default Collection<String> eventsNear(String key, LocalDate day, int days) {
        return eventsWith(key);
    }

    StoryState story(String id);

    /** Stores the story and indexes it under the keys of its profile. */
    void putStory(StoryState story);

    Collection<String> storiesWith(String key);

    /** Every event, in creation order. */
    List<EventState> events();

    /** Every story, in creation order. */
    List<StoryState> stories();

    /**
     * Moves the active window's start to {@code cutoff}: takes the events whose latest article is before it out of
     * the candidate index (and the stories likewise out of the story index, before {@code storyCutoff}), replacing
     * each event by {@code compact} of it, and drops the document frequencies of the weeks wholly before it, so
     * that memory and lookups stay bounded by the window. Evicted events stay readable by id.
     */
    void evictBefore(LocalDate cutoff, LocalDate storyCutoff, UnaryOperator<EventState> compact);
}
