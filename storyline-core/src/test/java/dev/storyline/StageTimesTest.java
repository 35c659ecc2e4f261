package dev.storyline;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Stage times add up per stage and per language, and over all languages. */
class StageTimesTest {

    private static void busy(long nanos) {
        long end = System.nanoTime() + nanos;
        while (System.nanoTime() < end) Thread.onSpinWait();
    }

    @Test
    void eachLapIsChargedToItsStageAndEachArticleToItsLanguage() {
        StageTimes times = new StageTimes();
        for (String language : new String[]{"de", "de", "fr"}) {
            StageTimes.Clock clock = times.start();
            busy(2_000_000);
            clock.lap(StageTimes.Stage.EXTRACTION);
            clock.lap(StageTimes.Stage.LANGUAGE);
            busy(1_000_000);
            clock.lap(StageTimes.Stage.NAMES);
            clock.done(language);
        }
        StageTimes.Breakdown de = times.byLanguage().get("de");
        assertEquals(2, de.articles());
        assertTrue(de.wallMsPerArticle(StageTimes.Stage.EXTRACTION) >= 2.0, "extraction " + de.wallMsPerArticle(StageTimes.Stage.EXTRACTION));
        assertTrue(de.wallMsPerArticle(StageTimes.Stage.NAMES) >= 1.0);
        assertEquals(0, de.wallNanos()[StageTimes.Stage.DATES.ordinal()]);
        assertEquals(3, times.total().articles());
        assertEquals(de.wallNanos()[0] + times.byLanguage().get("fr").wallNanos()[0], times.total().wallNanos()[0]);
    }

    @Test
    void bytesAllocatedAreChargedToTheStageThatAllocatedThem() {
        StageTimes times = new StageTimes();
        StageTimes.Clock clock = times.start();
        clock.lap(StageTimes.Stage.EXTRACTION);
        long[][] kept = new long[8][];
        for (int i = 0; i < kept.length; i++) kept[i] = new long[125_000]; // 8 x 1 MB
        clock.lap(StageTimes.Stage.NAMES);
        clock.done("en");
        StageTimes.Breakdown en = times.total();
        assertTrue(kept[7].length > 0);
        assertTrue(en.allocatedKbPerArticle(StageTimes.Stage.NAMES) >= 8_000, "names " + en.allocatedKbPerArticle(StageTimes.Stage.NAMES));
        assertTrue(en.allocatedKbPerArticle(StageTimes.Stage.EXTRACTION) < 1_000, "extraction " + en.allocatedKbPerArticle(StageTimes.Stage.EXTRACTION));
    }

    @Test
    void anArticleOfNoLanguageIsCountedUnderTheEmptyCode() {
        StageTimes times = new StageTimes();
        times.start().done(null);
        assertEquals(1, times.byLanguage().get("").articles());
    }
}
