package dev.storyline.entities;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The nominatives a declined name may come from (forms written for these tests from the grammars' tables). */
class CaseEndingsTest {

    private final CaseEndings endings = CaseEndings.load();

    @Test
    void aDeclinedNameGivesItsNominativeAmongItsForms() {
        for (String[] c : new String[][]{{"pl", "Polsce", "Polska"}, {"pl", "Moskwie", "Moskwa"}, {"pl", "Putina", "Putin"},
                {"pl", "Warszawie", "Warszawa"}, {"pl", "Krakowie", "Kraków"}, {"pl", "Dudzie", "Duda"},
                {"pl", "Wołodymyrem Zełenskim", "Wołodymyr Zełenski"}, {"cs", "Praze", "Praha"}, {"cs", "Petrem Pavlem", "Petr Pavel"},
                {"ru", "Москве", "Москва"}, {"ru", "Германии", "Германия"}, {"ru", "Путину", "Путин"}}) {
            assertTrue(endings.nominatives(c[1], c[0]).contains(c[2]), c[1] + " → " + c[2] + ": " + endings.nominatives(c[1], c[0]));
        }
    }

    @Test
    void theNameAsWrittenComesFirst() {
        assertEquals("Polsce", endings.nominatives("Polsce", "pl").get(0));
    }

    @Test
    void aGenderEndingIsNoCase() {
        assertFalse(endings.nominatives("Kaczyńska", "pl").contains("Kaczyński"));
        assertFalse(endings.nominatives("Nováková", "cs").contains("Novák"));
    }

    @Test
    void shortStemsLowerCaseWordsAndUndeclinedLanguagesAreLeftAsWritten() {
        assertEquals(List.of("Ola"), endings.nominatives("Ola", "pl"), "a nominative under 4 letters is no guess");
        assertFalse(endings.nominatives("Evropská unie", "cs").stream().anyMatch(f -> f.endsWith(" unia")),
                "a lower-case word is not a name's");
        assertEquals(List.of("Putina"), endings.nominatives("Putina", "en"));
        assertFalse(endings.covers("en"));
        assertTrue(endings.covers("pl"));
    }
}
