package dev.storyline.alerts;

import dev.storyline.StoredEvents;
import dev.storyline.store.LuceneArticleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.storyline.alerts.AlertFixtures.TOKAYEV;
import static dev.storyline.alerts.AlertFixtures.floods;
import static dev.storyline.alerts.AlertFixtures.ingest;
import static dev.storyline.alerts.AlertFixtures.key;
import static dev.storyline.alerts.AlertFixtures.tokayevDe;
import static dev.storyline.alerts.AlertFixtures.tokayevFr;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Alerts evaluated as articles become durable, over a real store and its events in a temporary folder. */
class AlertEvaluatorTest {

    @TempDir
    Path data;

    private static List<String> keysOf(MatchLog log, Alert alert) throws Exception {
        return log.ofAlert(alert.id(), 100).stream().map(p -> p.match().articleKey()).toList();
    }

    @Test
    void aSavedSearchMatchesArticlesArrivingAfterItNotTheBacklog() throws Exception {
        try (LuceneArticleStore store = LuceneArticleStore.open(data); StoredEvents events = StoredEvents.open(data, store);
             AlertEvaluator evaluator = AlertEvaluator.open(data, store, events, BreakingDetector.NO_FACTORY)) {
            ingest(store, events, tokayevFr("old", "lemonde.fr"));
            evaluator.committed();
            Alert alert = evaluator.registry().add(Alert.search("csto", new SavedSearch("Tokayev OTSC", null, null, null, null, null),
                    Delivery.feedOnly(), Instant.now()));
            ingest(store, events, tokayevFr("new", "lemonde.fr"), floods("f1"));
            evaluator.committed();

            assertEquals(List.of(key(tokayevFr("new", "lemonde.fr"))), keysOf(evaluator.log(), alert));
            assertEquals(List.of(key(tokayevFr("old", "lemonde.fr")), key(tokayevFr("new", "lemonde.fr"))),
                    AlertEvaluator.dryRun(store, events, alert, 1000, BreakingDetector.NO_FACTORY).stream().map(Match::articleKey).toList(),
                    "a dry run shows what it would have matched, backlog included");
        }
    }

    @Test
    void anEntityAlertMatchesEveryArticleNamingItInAnyLanguage() throws Exception {
        try (LuceneArticleStore store = LuceneArticleStore.open(data); StoredEvents events = StoredEvents.open(data, store);
             AlertEvaluator evaluator = AlertEvaluator.open(data, store, events, BreakingDetector.NO_FACTORY)) {
            Alert alert = evaluator.registry().add(Alert.entity("tokayev", TOKAYEV, EntityMode.EVERY_ARTICLE, Delivery.feedOnly(), Instant.now()));
            ingest(store, events, tokayevFr("a", "lemonde.fr"), floods("f1"), tokayevDe("b", "faz.net"));
            evaluator.committed();

            assertEquals(List.of(key(tokayevFr("a", "lemonde.fr")), key(tokayevDe("b", "faz.net"))), keysOf(evaluator.log(), alert));
        }
    }

    @Test
    void aFirstMentionAlertMatchesOnlyANewLanguageOrOutletAndRemembersAcrossRestarts() throws Exception {
        Alert alert;
        try (LuceneArticleStore store = LuceneArticleStore.open(data); StoredEvents events = StoredEvents.open(data, store);
             AlertEvaluator evaluator = AlertEvaluator.open(data, store, events, BreakingDetector.NO_FACTORY)) {
            ingest(store, events, tokayevFr("before", "lemonde.fr"));
            evaluator.committed();
            alert = evaluator.registry().add(Alert.entity("tokayev firsts", TOKAYEV, EntityMode.NEW_LANGUAGE_OR_OUTLET,
                    Delivery.feedOnly(), Instant.now()));
            ingest(store, events, tokayevFr("same outlet", "lemonde.fr"), tokayevDe("german", "faz.net"), tokayevDe("german again", "faz.net"));
            evaluator.committed();
        }
        try (LuceneArticleStore store = LuceneArticleStore.open(data); StoredEvents events = StoredEvents.open(data, store);
             AlertEvaluator evaluator = AlertEvaluator.open(data, store, events, BreakingDetector.NO_FACTORY)) {
            ingest(store, events, tokayevDe("german elsewhere", "spiegel.de"), tokayevFr("french again", "lemonde.fr"));
            evaluator.committed();

            assertEquals(List.of(key(tokayevDe("german", "faz.net")), key(tokayevDe("german elsewhere", "spiegel.de"))),
                    keysOf(evaluator.log(), alert));
            assertTrue(evaluator.log().ofAlert(alert.id(), 1).get(0).match().why().contains("outlet spiegel.de"));
        }
    }

    @Test
    void articlesCommittedWhileNoEvaluatorRanAreEvaluatedAtTheNextStartOnce() throws Exception {
        Alert alert;
        try (LuceneArticleStore store = LuceneArticleStore.open(data); StoredEvents events = StoredEvents.open(data, store);
             AlertEvaluator evaluator = AlertEvaluator.open(data, store, events, BreakingDetector.NO_FACTORY)) {
            alert = evaluator.registry().add(Alert.entity("tokayev", TOKAYEV, EntityMode.EVERY_ARTICLE, Delivery.feedOnly(), Instant.now()));
            ingest(store, events, tokayevFr("a", "lemonde.fr"));
            evaluator.committed();
        }
        // A crash after the matches were appended but before the cursor was saved: the cursor is behind.
        Path state = data.resolve("alerts/evaluator.json");
        Files.writeString(state, Files.readString(state, StandardCharsets.UTF_8).replaceFirst("\"cursor\":\\d+", "\"cursor\":0"));
        try (LuceneArticleStore store = LuceneArticleStore.open(data); StoredEvents events = StoredEvents.open(data, store)) {
            ingest(store, events, tokayevFr("b", "lemonde.fr")); // committed, and then the process died before evaluating
        }
        try (LuceneArticleStore store = LuceneArticleStore.open(data); StoredEvents events = StoredEvents.open(data, store);
             AlertEvaluator evaluator = AlertEvaluator.open(data, store, events, BreakingDetector.NO_FACTORY)) {
            assertEquals(List.of(key(tokayevFr("a", "lemonde.fr")), key(tokayevFr("b", "lemonde.fr"))), keysOf(evaluator.log(), alert));
            assertEquals(2, evaluator.log().lastPosition());
            assertEquals(store.lastSequence(), evaluator.cursor());
        }
    }

    /** A stand-in for the breaking branch's detector: a story breaks at its third article (one burst). */
    private static final class ThirdArticleBreaks implements BreakingDetector {
        private final Map<String, Integer> counts = new HashMap<>();

        @Override
        public List<Signal> observe(ArticleAssignment a) {
            int n = counts.merge(a.storyId(), 1, Integer::sum);
            return n == 3 ? List.of(new Signal(a.storyId(), a.eventId(), 1, "story " + a.storyId(), "3 articles")) : List.of();
        }
    }

    @Test
    void aBreakingAlertTurnsEachSignalIntoOneMatch() throws Exception {
        try (LuceneArticleStore store = LuceneArticleStore.open(data); StoredEvents events = StoredEvents.open(data, store);
             AlertEvaluator evaluator = AlertEvaluator.open(data, store, events, through -> new ThirdArticleBreaks())) {
            Alert alert = evaluator.registry().add(Alert.breaking("breaking", Delivery.feedOnly(), Instant.now()));
            List<dev.storyline.AnalyzedArticle> reports = new ArrayList<>();
            for (String outlet : List.of("a.example", "b.example", "c.example", "d.example")) reports.add(tokayevFr("r-" + outlet, outlet));
            ingest(store, events, reports.toArray(dev.storyline.AnalyzedArticle[]::new));
            evaluator.committed();

            List<MatchLog.Positioned> matches = evaluator.log().ofAlert(alert.id(), 10);
            assertEquals(1, matches.size());
            String story = events.store().assignment(key(reports.get(2))).orElseThrow().assignment().storyId();
            assertEquals(alert.id() + ":" + story + ":1", matches.get(0).match().id());
        }
    }
}
