package dev.storyline.events;

import dev.storyline.AnalyzedArticle;
import dev.storyline.entities.EntityMention;
import dev.storyline.extract.Article;
import dev.storyline.time.TimeExpression;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.storyline.events.EarthquakeReports.CHILE;
import static dev.storyline.events.EarthquakeReports.TURKEY_PAPER;
import static dev.storyline.events.EarthquakeReports.TURKEY_WIRE;
import static dev.storyline.events.EarthquakeReports.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Event assignment on small hand-written reports (invented for these tests, loosely modelled on wire copy). */
class EventClustererTest {

    @Test
    void twoReportsOfOneEarthquakeJoinOneEvent() {
        EventClusterer clusterer = EventClusterer.inMemory();
        Assignment first = clusterer.assign(TURKEY_WIRE);
        Assignment second = clusterer.assign(TURKEY_PAPER);
        assertTrue(first.newEvent());
        assertFalse(second.newEvent());
        assertEquals(first.eventId(), second.eventId());
        assertEquals(first.storyId(), second.storyId());
    }

    @Test
    void anotherEarthquakeElsewhereOnAnotherDayIsAnotherEvent() {
        EventClusterer clusterer = EventClusterer.inMemory();
        Assignment turkey = clusterer.assign(TURKEY_WIRE);
        clusterer.assign(TURKEY_PAPER);
        Assignment chile = clusterer.assign(CHILE);
        assertTrue(chile.newEvent());
        assertNotEquals(turkey.eventId(), chile.eventId());
        assertEquals(2, clusterer.events().size());
    }

    @Test
    void explanationListsTheSharedNamesNumbersAndTerms() {
        EventClusterer clusterer = EventClusterer.inMemory();
        clusterer.assign(TURKEY_WIRE);
        Explanation why = clusterer.assign(TURKEY_PAPER).why();
        assertTrue(why.entities().containsAll(List.of("Gaziantep", "Erdogan", "Kahramanmaras")), why.entities().toString());
        assertTrue(why.numbers().containsAll(List.of("7.8", "1500")), why.numbers().toString());
        // Words as the article wrote them, not their stems ("magnitud", "mourn").
        assertTrue(why.terms().containsAll(List.of("magnitude", "mourning")), why.terms().toString());
        assertTrue(why.similarity() >= ClusteringConfig.defaults().eventThreshold());
    }

    @Test
    void canonicalEntitiesAndResolvedDatesJoinReportsAcrossLanguages() {
        AnalyzedArticle english = new AnalyzedArticle(new Article("en", null, null, "Putin sends troops to Kazakhstan",
                "2022-01-06", List.of(), null, "en", "Putin sent troops to Kazakhstan on Thursday after riots in Almaty."),
                List.of(new EntityMention("Putin", "PER", 0, 5, "PER:vladimir-putin"),
                        new EntityMention("Kazakhstan", "LOC", 21, 31, "LOC:KZ"),
                        new EntityMention("Almaty", "LOC", 60, 66, "LOC:almaty")),
                List.of(new TimeExpression("Thursday", 35, 43, "DATE", "2022-01-06")));
        AnalyzedArticle french = new AnalyzedArticle(new Article("fr", null, null, "Poutine envoie des troupes au Kazakhstan",
                "2022-01-06", List.of(), null, "fr", "Poutine a envoyé jeudi des soldats au Kazakhstan après les émeutes d'Almaty."),
                List.of(new EntityMention("Poutine", "PER", 0, 7, "PER:vladimir-putin"),
                        new EntityMention("Kazakhstan", "LOC", 38, 48, "LOC:KZ"),
                        new EntityMention("Almaty", "LOC", 69, 75, "LOC:almaty")),
                List.of(new TimeExpression("jeudi", 17, 22, "DATE", "2022-01-06")));
        EventClusterer clusterer = EventClusterer.inMemory();
        Assignment first = clusterer.assign(english);
        Assignment second = clusterer.assign(french);
        assertEquals(first.eventId(), second.eventId());
        assertEquals(List.of("Putin"), second.why().entities());
        assertTrue(second.why().places().containsAll(List.of("Kazakhstan", "Almaty")), second.why().places().toString());
        assertEquals(List.of("2022-01-06"), second.why().dates());
    }

    @Test
    void assignmentIsDeterministic() {
        List<String> runA = run(EventClusterer.inMemory());
        List<String> runB = run(EventClusterer.inMemory());
        assertEquals(runA, runB);
    }

    private static List<String> run(EventClusterer clusterer) {
        return List.of(TURKEY_WIRE, CHILE, TURKEY_PAPER).stream()
                .map(a -> clusterer.assign(a)).map(a -> a.eventId() + "/" + a.storyId()).toList();
    }
}
