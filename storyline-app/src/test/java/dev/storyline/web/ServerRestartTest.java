package dev.storyline.web;

import dev.storyline.Pipeline;
import dev.storyline.StoredEvents;
import dev.storyline.entities.EmbeddedEntityRegistry;
import dev.storyline.store.ArticleIdentity;
import dev.storyline.store.LuceneArticleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A restarted server reads the stories it had instead of recomputing them. */
class ServerRestartTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path data;

    private static String get(StorylineServer server, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void aRestartedServerHasItsStoriesAtOnceTheSameAsBefore() throws Exception {
        EmbeddedEntityRegistry registry = EmbeddedEntityRegistry.inMemory();
        Pipeline pipeline = Pipeline.standard(LocalDate.of(2022, 1, 20), registry);
        String stories;
        String event;
        try (LuceneArticleStore store = LuceneArticleStore.open(data)) {
            StoredEvents events = StoredEvents.open(data, store);
            // Stored and assigned as ingestion does it: article, then its event, each committed.
            for (var a : java.util.List.of(Articles.french(), Articles.english())) {
                store.add(a);
                events.assign(ArticleIdentity.of(a.article()).key(), store.lastSequence(), a);
            }
            store.commit();
            events.commit();
            StorylineServer first = new StorylineServer(store, events, pipeline, registry).start("127.0.0.1", 0);
            assertTrue(first.storiesReady(), "nothing to catch up");
            stories = get(first, "/api/stories");
            event = get(first, "/api/events/e1");
            first.close();
            events.close();
        }
        try (LuceneArticleStore store = LuceneArticleStore.open(data); StoredEvents events = StoredEvents.open(data, store)) {
            StorylineServer again = new StorylineServer(store, events, pipeline, registry).start("127.0.0.1", 0);
            try {
                assertTrue(again.storiesReady(), "the stories are read, not rebuilt");
                assertEquals(stories, get(again, "/api/stories"));
                assertEquals(event, get(again, "/api/events/e1"));
                assertTrue(event.contains(ArticleIdentity.of(Articles.french().article()).key()), event);
            } finally {
                again.close();
            }
        }
    }
}
