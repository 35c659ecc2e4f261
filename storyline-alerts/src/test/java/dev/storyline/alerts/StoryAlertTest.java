package dev.storyline.alerts;

import dev.storyline.AnalyzedArticle;
import dev.storyline.events.AssignedArticle;
import dev.storyline.events.Assignment;
import dev.storyline.store.StoredArticle;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;

import static dev.storyline.alerts.AlertFixtures.floods;
import static dev.storyline.alerts.AlertFixtures.key;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A story alert reports each new event in its story: an article that starts one, and no other. */
class StoryAlertTest {

    private static final Instant CREATED = Instant.parse("2026-12-04T10:00:00Z");

    private static List<Match> evaluate(Alert alert, AnalyzedArticle a, String event, String story, boolean newEvent) throws Exception {
        AlertEvaluation evaluation = new AlertEvaluation(null, Clock.systemUTC(), new HashMap<>());
        evaluation.use(List.of(alert));
        StoredArticle stored = new StoredArticle(key(a), a, CREATED.plusSeconds(60), 7);
        AssignedArticle assigned = new AssignedArticle(key(a), 7, a.article().title(), a.article().source(),
                a.article().published(), a.article().language(), new Assignment(a.article().id(), event, story, newEvent, false, null));
        return evaluation.evaluate(stored, assigned, true, List.of());
    }

    @Test
    void anArticleStartingANewEventInTheStoryMatches() throws Exception {
        Alert alert = Alert.story("lima floods", "s4", Delivery.feedOnly(), CREATED);
        List<Match> found = evaluate(alert, floods("f1"), "e9", "s4", true);

        assertEquals(1, found.size());
        assertEquals("e9", found.get(0).eventId());
        assertEquals(alert.id() + ":" + key(floods("f1")), found.get(0).id());
    }

    @Test
    void anArticleJoiningAnEventAlreadyThereDoesNot() throws Exception {
        assertEquals(List.of(), evaluate(Alert.story("lima floods", "s4", Delivery.feedOnly(), CREATED), floods("f1"), "e9", "s4", false));
    }

    @Test
    void aNewEventInAnotherStoryDoesNot() throws Exception {
        assertEquals(List.of(), evaluate(Alert.story("lima floods", "s4", Delivery.feedOnly(), CREATED), floods("f1"), "e9", "s5", true));
    }
}
