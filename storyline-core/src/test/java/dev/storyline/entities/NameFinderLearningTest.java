package dev.storyline.entities;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A document read by the name finder learns nothing until its lesson is merged, but sees what it teaches itself.
 * Italian text: names come from capitalisation and the common words learnt, so no NER model is loaded.
 */
class NameFinderLearningTest {

    private static final String LOWER_CASE_OGGI = "Piove anche oggi in città, dicono i giornali del mattino.";
    private static final String INITIAL_OGGI = "Oggi Mario Rossi parla ai giornalisti.";

    private static List<String> texts(List<NameSpan> names) {
        return names.stream().map(NameSpan::text).toList();
    }

    @Test
    void aReadLearnsNothingUntilItsLessonIsMerged() {
        NameFinder finder = new NameFinder(new NerModels());
        NameFinder.Found teaching = finder.read(LOWER_CASE_OGGI, "it");
        assertEquals(List.of("Oggi Mario Rossi"), texts(finder.read(INITIAL_OGGI, "it").names()),
                "\"oggi\" in lower case is not known yet: the initial \"Oggi\" runs into the name");
        finder.learn(teaching.lesson());
        assertEquals(List.of("Mario Rossi"), texts(finder.read(INITIAL_OGGI, "it").names()));
    }

    @Test
    void aDocumentSeesWhatItTeachesItself() {
        NameFinder finder = new NameFinder(new NerModels());
        List<String> names = texts(finder.read(INITIAL_OGGI + " " + LOWER_CASE_OGGI, "it").names());
        assertEquals("Mario Rossi", names.get(0), "\"oggi\" later in the same text keeps the initial \"Oggi\" out");
    }

    @Test
    void findReadsAndLearnsAtOnce() {
        NameFinder finder = new NameFinder(new NerModels());
        finder.find(LOWER_CASE_OGGI, "it");
        assertEquals(List.of("Mario Rossi"), texts(finder.find(INITIAL_OGGI, "it")));
    }
}
