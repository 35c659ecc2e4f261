package dev.storyline.time;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The calendar arithmetic behind the values. */
class TimexResolverTest {

    private static final LocalDate FRIDAY = LocalDate.of(2022, 1, 14);

    @Test
    void aWeekdayAloneIsTheClosestOne() {
        assertEquals(LocalDate.of(2022, 1, 13), TimexResolver.weekdayDate(FRIDAY, 4, 0, true)); // Thursday: yesterday
        assertEquals(LocalDate.of(2022, 1, 16), TimexResolver.weekdayDate(FRIDAY, 7, 0, true)); // Sunday: in two days
        assertEquals(FRIDAY, TimexResolver.weekdayDate(FRIDAY, 5, 0, true));
    }

    @Test
    void lastAndNextWeekdayNeverMeanTheSameDay() {
        assertEquals(LocalDate.of(2022, 1, 7), TimexResolver.weekdayDate(FRIDAY, 5, -1, false));
        assertEquals(LocalDate.of(2022, 1, 21), TimexResolver.weekdayDate(FRIDAY, 5, 1, false));
        assertEquals(LocalDate.of(2022, 1, 9), TimexResolver.weekdayDate(FRIDAY, 7, -1, false));
    }

    @Test
    void aDayAndMonthTakeTheYearClosestToPublication() {
        assertEquals(LocalDate.of(2021, 12, 28), TimexResolver.nearestYear(FRIDAY, 12, 28, null, null));
        assertEquals(LocalDate.of(2022, 3, 1), TimexResolver.nearestYear(FRIDAY, 3, 1, null, null));
        assertEquals(LocalDate.of(2021, 3, 1), TimexResolver.nearestYear(FRIDAY, 3, 1, null, -1)); // "1er mars dernier"
    }

    @Test
    void aWeekdayWrittenBesideTheDateChoosesTheYear() {
        // Saturday 29 May: 2021, not 2022 (a Sunday).
        assertEquals(LocalDate.of(2021, 5, 29), TimexResolver.nearestYear(FRIDAY, 5, 29, 6, null));
    }

    @Test
    void easterSundays() {
        assertEquals(LocalDate.of(1999, 4, 4), TimexResolver.easter(1999));
        assertEquals(LocalDate.of(2022, 4, 17), TimexResolver.easter(2022));
        assertEquals(LocalDate.of(2024, 3, 31), TimexResolver.easter(2024));
    }

    @Test
    void aSentenceEndChangesTheReferenceOnlyWhenADateOrYearIsNamed() {
        // dates21: nothing named, nothing to forget or count: the same reference, no new record per sentence
        TimexResolver.Reference none = TimexResolver.Reference.NONE;
        assertSame(none, none.withoutYear());
        // a day named (no year alone): its sentences are counted all the same
        TimexResolver.Reference day = none.after(new TimexResolver.Resolution("DATE", "2022-01-13", LocalDate.of(2022, 1, 13)));
        assertEquals(1, day.withoutYear().sentencesSinceDate());
        assertEquals(LocalDate.of(2022, 1, 13), day.withoutYear().day());
        // a date named: the year is forgotten and the sentences since it counted ("im Vorjahr" fades, dates20)
        TimexResolver.Reference year = none.after(new TimexResolver.Resolution("DATE", "2018", null));
        assertEquals(2018, year.year());
        TimexResolver.Reference next = year.withoutYear();
        assertEquals(null, next.year());
        assertEquals(1, next.sentencesSinceDate());
        assertEquals(2, next.withoutYear().sentencesSinceDate());
    }
}
