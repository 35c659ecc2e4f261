package dev.storyline.time;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The markup of the hand-written gold sets. */
class TimeGoldSetTest {

    @Test
    void markupBecomesTextAndGoldSpans() {
        List<TimeEvaluation.GoldDocument> docs = TimeGoldSet.parse("t", List.of(
                "# provenance", "@ 2022-01-14", "Il est venu [jeudi|DATE|2022-01-13] et [ce matin|TIME|2022-01-14TMO].",
                "@ 2021-11-02", "Rien."));
        assertEquals(2, docs.size());
        TimeEvaluation.GoldDocument first = docs.get(0);
        assertEquals(LocalDate.of(2022, 1, 14), first.creationTime());
        assertEquals("Il est venu jeudi et ce matin.", first.text());
        assertEquals(List.of(new TimeExpression("jeudi", 12, 17, "DATE", "2022-01-13"),
                new TimeExpression("ce matin", 21, 29, "TIME", "2022-01-14TMO")), first.gold());
        assertTrue(docs.get(1).gold().isEmpty());
    }

    @Test
    void malformedMarkupIsRefusedWithItsLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TimeGoldSet.parse("t", List.of("@ 2022-01-14", "Il est venu [jeudi|DAY|2022-01-13].")));
        assertTrue(e.getMessage().contains("t line 2"), e.getMessage());
    }

    @Test
    void everyLanguageHasABundledGoldSet() {
        for (String language : TimeTagger.LANGUAGES) {
            assertTrue(TimeGoldSet.bundled(language).size() >= 5, language);
        }
    }
}
