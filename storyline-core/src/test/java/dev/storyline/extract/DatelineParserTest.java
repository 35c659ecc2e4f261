package dev.storyline.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatelineParserTest {

    private final DatelineParser parser = DatelineParser.standard();

    private void assertDateline(String line, String place, String source, String rest) {
        Dateline d = parser.parse(line).orElseThrow(() -> new AssertionError("no dateline in " + line));
        assertEquals(place, d.place(), line);
        assertEquals(source, d.source(), line);
        assertEquals(rest, d.rest(), line);
    }

    @Test
    void agencyInParentheses() {
        assertDateline("Paris :, 7 janvier (Cinktank.com) –", "Paris", "Cinktank.com", "");
        assertDateline("PARIS (Reuters) - Le gouvernement a annoncé", "Paris", "Reuters", "Le gouvernement a annoncé");
        assertDateline("MOSCOW, Jan 7 (Reuters) - Russia said", "Moscow", "Reuters", "Russia said");
        assertDateline("Berlin (dpa) - Die Regierung", "Berlin", "dpa", "Die Regierung");
        assertDateline("MADRID, 7 ene (EFE).- El Gobierno", "Madrid", "EFE", "El Gobierno");
        assertDateline("RIO DE JANEIRO, 7 jan (Lusa) - O governo", "Rio de Janeiro", "Lusa", "O governo");
    }

    @Test
    void otherAgencyStyles() {
        assertDateline("AA / Moscou", "Moscou", "AA", "");
        assertDateline("(ANSA) - ROMA, 7 GEN - Il presidente", "Roma", "ANSA", "Il presidente");
        assertDateline("МОСКВА, 7 января. /ТАСС/. Президент России", "Москва", "ТАСС", "Президент России");
        assertDateline("МОСКВА, 7 янв — РИА Новости. Президент России", "Москва", "РИА Новости", "Президент России");
        assertDateline("WASHINGTON — The president said", "Washington", null, "The president said");
    }

    @Test
    void theDateOfTheDatelineIsKept() {
        DateMention d = parser.parse("MOSCOW, Jan 7 (Reuters) - Russia said").orElseThrow().date();
        assertEquals(1, d.month());
        assertEquals(7, d.day());
        assertNull(parser.parse("Berlin (dpa) - Die Regierung").orElseThrow().date());
    }

    @Test
    void sentencesWithParenthesesOrDashesAreNotDatelines() {
        assertTrue(parser.parse("Vladimir Putin (left) - shakes hands with the president").isEmpty());
        assertTrue(parser.parse("Le président Vladimir Poutine (photo) - a parlé").isEmpty());
        assertTrue(parser.parse("BREAKING - Markets fall sharply").isEmpty());
        assertTrue(parser.parse("Home / World").isEmpty());
        assertTrue(parser.parse("L'Organisation du traité (OTSC), une alliance militaire").isEmpty());
    }
}
