package dev.storyline.events;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Document frequencies over the active window, in weekly buckets. */
class DocumentFrequenciesTest {

    private static final LocalDate MONDAY = LocalDate.of(2024, 3, 4);

    @Test
    void weeksWhollyBeforeTheCutoffLeaveTheCounts() {
        DocumentFrequencies df = new DocumentFrequencies();
        df.count(MONDAY, List.of("t:quake", "e:ankara"));
        df.count(MONDAY.plusDays(14), List.of("t:quake", "e:lima"));
        df.count(MONDAY.plusDays(15), List.of("e:lima"));
        assertEquals(3, df.documents());
        assertEquals(2, df.frequency("t:quake"));

        df.dropBefore(MONDAY.plusDays(10));
        assertEquals(2, df.documents(), "the first article's week is gone");
        assertEquals(1, df.frequency("t:quake"));
        assertEquals(0, df.frequency("e:ankara"));
        assertEquals(2, df.frequency("e:lima"));
        assertEquals(2, df.keys());
        assertEquals(Set.of(DocumentFrequencies.week(MONDAY)), df.takeDropped());
    }

    @Test
    void theCutoffsOwnWeekStays() {
        DocumentFrequencies df = new DocumentFrequencies();
        df.count(MONDAY, List.of("t:quake"));
        df.dropBefore(MONDAY);
        assertEquals(1, df.frequency("t:quake"));
        df.dropBefore(MONDAY.plusDays(7));
        assertEquals(0, df.frequency("t:quake"));
        assertEquals(0, df.documents());
    }

    @Test
    void anArticleWithoutADayCountsInTheNewestWeekAndALateOneInTheOldestLiveWeek() {
        DocumentFrequencies df = new DocumentFrequencies();
        df.count(MONDAY.plusDays(30), List.of("t:a"));
        df.count(null, List.of("t:b"));
        assertEquals(DocumentFrequencies.week(MONDAY.plusDays(30)), df.weekOf(null));
        df.dropBefore(MONDAY.plusDays(21));
        df.count(MONDAY, List.of("t:late"));
        assertEquals(1, df.frequency("t:late"));
        assertEquals(DocumentFrequencies.week(MONDAY.plusDays(21)), df.weekOf(MONDAY), "not a week already dropped");
        assertEquals(3, df.documents());
    }

    @Test
    void withoutAnyDayEverythingStaysInOneTimelessBucket() {
        DocumentFrequencies df = new DocumentFrequencies();
        for (int i = 0; i < 50; i++) df.count(null, List.of("t:x" + (i % 5)));
        assertEquals(50, df.documents());
        assertEquals(10, df.frequency("t:x3"));
        assertEquals(Set.of(DocumentFrequencies.TIMELESS), df.buckets().keySet());
    }

    @Test
    void restoredBucketsGiveTheSameFrequencies() {
        DocumentFrequencies df = new DocumentFrequencies();
        df.count(MONDAY, List.of("t:quake", "e:ankara"));
        df.count(MONDAY.plusDays(8), List.of("t:quake"));
        DocumentFrequencies copy = new DocumentFrequencies();
        df.buckets().forEach((week, bucket) -> copy.restore(week, bucket.documents(), bucket.keys()));
        copy.restoreWindow(df.newest(), df.firstLiveWeek());
        assertEquals(df.documents(), copy.documents());
        assertEquals(2, copy.frequency("t:quake"));
        assertEquals(1, copy.frequency("e:ankara"));
        assertTrue(copy.newest().equals(MONDAY.plusDays(8)));
    }
}
