package dev.storyline.extract;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextDatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static DateMention only(String text) {
        var all = TextDates.findAll(text);
        assertEquals(1, all.size(), () -> text + " → " + all);
        return all.get(0);
    }

    private static void assertDate(String text, int year, int month, int day) {
        DateMention d = only(text);
        assertEquals(year, d.year(), text);
        assertEquals(month, d.month(), text);
        assertEquals(day, d.day(), text);
    }

    @Test
    void numericDatesAreDayFirstUnlessThatIsImpossible() {
        assertDate("Elena Teslova | 13.01.2022", 2022, 1, 13);
        assertDate("publié le 13/01/2022", 2022, 1, 13);
        assertDate("2022-01-13T10:00", 2022, 1, 13);
        assertDate("07/01/2022", 2022, 1, 7);
        assertDate("01/13/2022", 2022, 1, 13);
    }

    @Test
    void spelledOutDatesInSevenLanguages() {
        assertDate("Paris, 7 janvier", 0, 1, 7);
        assertDate("le 1er janvier 2022", 2022, 1, 1);
        assertDate("January 7, 2022", 2022, 1, 7);
        assertDate("MOSCOW, Jan. 7 (Reuters)", 0, 1, 7);
        assertDate("7. Januar 2022, 14:35 Uhr", 2022, 1, 7);
        assertDate("el 7 de enero de 2022", 2022, 1, 7);
        assertDate("MADRID, 7 ene (EFE)", 0, 1, 7);
        assertDate("il 7 gennaio 2022", 2022, 1, 7);
        assertDate("em 7 de janeiro de 2022", 2022, 1, 7);
        assertDate("7 января 2022 года", 2022, 1, 7);
        assertDate("3 sept. 2021", 2021, 9, 3);
    }

    @Test
    void wordsThatMerelyLookLikeMonthsAreNotDates() {
        assertTrue(TextDates.findAll("seven out of 10 voters and 3 out of 4 cities").isEmpty());
        assertTrue(TextDates.findAll("31 février").isEmpty(), "no such day");
    }

    @Test
    void weekdaysInAnyLanguageAndRussianInflections() {
        assertEquals(Optional.of(DayOfWeek.FRIDAY), TextDates.firstWeekday("Vendredi, le président russe"));
        assertEquals(Optional.of(DayOfWeek.FRIDAY), TextDates.firstWeekday("Путин в пятницу провел"));
        assertEquals(Optional.of(DayOfWeek.WEDNESDAY), TextDates.firstWeekday("в среду вечером"));
        assertEquals(Optional.of(DayOfWeek.FRIDAY), TextDates.firstWeekday("è successo venerdì"));
        assertEquals(Optional.of(DayOfWeek.FRIDAY), TextDates.firstWeekday("na sexta-feira"));
        assertEquals(Optional.empty(), TextDates.firstWeekday("Le Monde a publié"), "Monde is not Monday");
    }

    @Test
    void yearFromTheWeekdayIsTheLatestPastYearWithThatWeekday() {
        DateMention jan7 = only("7 janvier");
        assertEquals(LocalDate.of(2022, 1, 7), TextDates.resolve(jan7, DayOfWeek.FRIDAY, null, TODAY));
        assertEquals(LocalDate.of(2026, 1, 7), TextDates.resolve(jan7, DayOfWeek.WEDNESDAY, null, TODAY));
    }

    @Test
    void yearFromTheUrlWhenThereIsNoWeekday() {
        DateMention jan7 = only("7 janvier");
        assertEquals(LocalDate.of(2019, 1, 7), TextDates.resolve(jan7, null, "https://x.fr/2019/politique/kz", TODAY));
    }

    @Test
    void aUrlCarryingTheSameDayBeatsTheWeekday() {
        DateMention jan7 = only("7 janvier");
        assertEquals(LocalDate.of(2021, 1, 7),
                TextDates.resolve(jan7, DayOfWeek.FRIDAY, "https://x.fr/2021/01/07/kz.html", TODAY));
    }

    @Test
    void yearFallsBackToTheLatestDayNotAfterToday() {
        assertEquals(LocalDate.of(2026, 1, 7), TextDates.resolve(only("7 janvier"), null, null, TODAY));
        assertEquals(LocalDate.of(2025, 12, 24), TextDates.resolve(only("24 décembre"), null, null, TODAY));
        assertEquals(LocalDate.of(2024, 2, 29), TextDates.resolve(only("29 février"), null, null, TODAY));
    }

    @Test
    void datesInUrls() {
        assertEquals(Optional.of(LocalDate.of(2022, 1, 7)), TextDates.dateInUrl("https://x.com/2022/01/07/story"));
        assertEquals(Optional.of(LocalDate.of(2022, 1, 7)), TextDates.dateInUrl("https://x.com/news/story-20220107.html"));
        assertEquals(Optional.of(2022), TextDates.yearInUrl("https://x.com/2022/world/story"));
        assertEquals(Optional.empty(), TextDates.dateInUrl("https://x.com/article/123456789"));
    }
}
