package dev.storyline.events;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The clusterer's state kept durably beside an article store (the embedded Lucene index, or OpenSearch), with where
 * each stored article went, and the reads the desk, export and the alerts make of what is committed. The active
 * window is the clusterer's working set; what changed is written at {@link #commit}, after the articles' own commit,
 * so that the events never get ahead of the articles. Single writer; reads may run concurrently.
 */
public interface DurableEventStore extends EventStore, AutoCloseable {

    /** Reads the active window now rather than at the first assignment. */
    void loadWindow();

    /** Records where a stored article went; durable at the next {@link #commit}. */
    void recordAssignment(AssignedArticle assigned) throws IOException;

    /** The sequence number of the last stored article whose assignment is committed: later ones are to be replayed. */
    long articlesThrough();

    /** Writes what changed since the last commit and commits it, every article through {@code articlesThrough} assigned. */
    void commit(long articlesThrough) throws IOException;

    /** Where the article with this store key went, if its assignment is committed. */
    Optional<AssignedArticle> assignment(String articleKey);

    /** The articles of an event, in ingestion order. */
    List<AssignedArticle> members(String eventId);

    Optional<EventState> storedEvent(String id);

    /** These events, in creation order (unknown ids are left out). */
    List<EventState> storedEvents(Collection<String> ids);

    Optional<StoryState> storedStory(String id);

    /** Stories, the latest (by their last article's day, then creation) first. */
    List<StoryState> latestStories(int offset, int limit);

    int storyCount();

    /** The distinct sources and languages of a story's articles. */
    record Spread(Set<String> sources, Set<String> languages) {
    }

    Spread spread(String storyId);

    /** Closes without committing: what was not committed is replayed from the articles at the next open. */
    @Override
    void close() throws IOException;

    /** Opens a store's events as they are, or emptied (the events of another store's articles are rebuilt). */
    interface Opener {
        DurableEventStore open() throws IOException;

        DurableEventStore openEmpty() throws IOException;
    }
}
