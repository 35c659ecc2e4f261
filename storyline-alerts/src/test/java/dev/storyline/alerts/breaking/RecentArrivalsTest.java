package dev.storyline.alerts.breaking;

import dev.storyline.AnalyzedArticle;
import dev.storyline.events.AssignedArticle;
import dev.storyline.events.Assignment;
import dev.storyline.events.Explanation;
import dev.storyline.extract.Article;
import dev.storyline.store.ArticleIdentity;
import dev.storyline.store.ArticleStore;
import dev.storyline.store.LuceneArticleStore;
import dev.storyline.store.LuceneEventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecentArrivalsTest {

    @TempDir
    Path data;

    private static final Explanation NONE = new Explanation(null, 0, Map.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    /** Adds an article and records its (given) event and story, as ingestion does; returns its key. */
    private static String ingest(LuceneArticleStore articles, LuceneEventStore events, int i, String story) throws IOException {
        Article a = new Article("doc" + i, "https://example.org/" + i, "outlet-" + i % 4, "Title " + i, "2024-03-01",
                List.of(), null, "en", "Report number " + i + " about " + story + ", with words enough to be an article.");
        assertEquals(ArticleStore.Added.ADDED, articles.add(new AnalyzedArticle(a, List.of(), List.of())));
        String key = ArticleIdentity.of(a).key();
        events.recordAssignment(new AssignedArticle(key, articles.lastSequence(), a.title(), a.source(), a.published(), "en",
                new Assignment(key, story + "/e", story, false, false, NONE)));
        return key;
    }

    @Test
    void readsTheArticlesIngestedSinceATimeWithTheirEventsInIngestionOrder() throws Exception {
        try (LuceneArticleStore articles = LuceneArticleStore.open(data); LuceneEventStore events = LuceneEventStore.open(data)) {
            for (int i = 0; i < 5; i++) ingest(articles, events, i, "old");
            articles.commit();
            Thread.sleep(30);
            Instant since = Instant.now();
            Thread.sleep(30);
            List<String> recent = new java.util.ArrayList<>();
            for (int i = 5; i < 12; i++) recent.add(ingest(articles, events, i, "new"));
            articles.commit();
            events.commit(articles.lastSequence());

            List<ArticleArrival> arrivals = RecentArrivals.since(articles, events, since);

            assertEquals(recent, arrivals.stream().map(ArticleArrival::articleKey).toList());
            assertTrue(arrivals.stream().allMatch(a -> a.storyId().equals("new") && a.eventId().equals("new/e")));
            assertEquals("outlet-1", arrivals.get(4).source(), "doc9's outlet");
            assertTrue(arrivals.stream().allMatch(a -> !a.arrivedAt().isBefore(since)), "arrival is the ingestion time");
            assertEquals(recent.subList(0, 3), RecentArrivals.since(articles, events, since, 8).stream()
                    .map(ArticleArrival::articleKey).toList(), "and up to a sequence number: articles 6 to 8");
        }
    }

    @Test
    void aBurstSignalledBeforeARestartIsNotSignalledAgainAfterIt() throws Exception {
        BreakingConfig config = BreakingConfig.defaults().withWarmUp(java.time.Duration.ZERO);
        try (LuceneArticleStore articles = LuceneArticleStore.open(data); LuceneEventStore events = LuceneEventStore.open(data)) {
            BreakingStories live = new BreakingStories(config);
            int signalled = 0;
            for (int i = 0; i < 12; i++) {
                String key = ingest(articles, events, i, "flood");
                articles.commit();
                events.commit(articles.lastSequence());
                signalled += live.observe(RecentArrivals.arrival(articles.get(key).orElseThrow(), events.assignment(key).orElseThrow())).size();
            }
            assertEquals(1, signalled, "the burst was signalled before the restart");

            BreakingStories rebuilt = RecentArrivals.rebuild(config, articles, events, articles.lastSequence());
            BreakingStories forgetful = new BreakingStories(config);
            int again = 0, forgetfulAgain = 0;
            for (int i = 12; i < 24; i++) {
                String key = ingest(articles, events, i, "flood");
                articles.commit();
                events.commit(articles.lastSequence());
                ArticleArrival a = RecentArrivals.arrival(articles.get(key).orElseThrow(), events.assignment(key).orElseThrow());
                again += rebuilt.observe(a).size();
                forgetfulAgain += forgetful.observe(a).size();
            }
            assertEquals(0, again, "the rebuilt detector knows the burst is going on");
            assertEquals(1, forgetfulAgain, "a detector started empty would have signalled it a second time");
        }
    }
}
