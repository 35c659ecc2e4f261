package dev.storyline.time;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static dev.storyline.time.Expressions.FRIDAY;
import static dev.storyline.time.Expressions.found;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What holds across languages: offsets, unknown languages, no publication date. */
class TimeTaggerTest {

    private final TimeTagger tagger = new TimeTagger();

    @Test
    void offsetsAreStringIndices() {
        String text = "Réunion jeudi à Paris.";
        TimeExpression e = tagger.find(text, "fr", FRIDAY).get(0);
        assertEquals("jeudi", text.substring(e.start(), e.end()));
        assertEquals(new TimeExpression("jeudi", 8, 13, "DATE", "2022-01-13"), e);
    }

    @Test
    void regionalLanguageTagsUseTheirLanguage() {
        assertEquals(1, tagger.find("Hier.", "fr-FR", FRIDAY).size());
    }

    @Test
    void languagesWithoutRulesGiveNothing() {
        assertTrue(tagger.find("Вчера, 13.01.2022", "ru", FRIDAY).isEmpty());
        assertTrue(tagger.find("hier", null, FRIDAY).isEmpty());
    }

    @Test
    void withoutPublicationDateRelativeExpressionsKeepOnlyTheirGranularity() {
        assertEquals(List.of("hier=DATE XXXX-XX-XX", "la semaine dernière=DATE XXXX-WXX", "le mois dernier=DATE XXXX-XX",
                        "le 2 janvier=DATE XXXX-01-02", "le 3 mars 2021=DATE 2021-03-03", "trois jours=DURATION P3D"),
                found("fr", null, "hier, la semaine dernière, le mois dernier, le 2 janvier, le 3 mars 2021, trois jours"));
    }

    @Test
    void aWeekdayBesideADateFixesItsYear() {
        // 29 May fell on a Saturday in 1999, not in 2000.
        assertEquals(List.of("samedi 29 mai=DATE 1999-05-29"),
                found("fr", java.time.LocalDate.of(2000, 1, 10), "samedi 29 mai"));
    }

    // dates28 (hand-written; here, not in the German test file, which dates27 extends in the same session): what is
    // wanted, planned or promised lies ahead, even after a verb in the past; "stiegen" alone still says how long
    @Test
    void germanInALengthAfterAVerbOfIntentIsADateAhead() {
        LocalDate monday = LocalDate.of(2026, 12, 7);
        assertEquals(List.of("in zwei Jahren=DATE 2028"), Expressions.found("de", monday,
                "Die Stadt wollte die Brücke in zwei Jahren fertigstellen."));
        assertEquals(List.of("in drei Jahren=DATE 2029"), Expressions.found("de", monday,
                "Die Firma plante den Bau in drei Jahren."));
        assertEquals(List.of("in zwei Jahren=DURATION P2Y"), Expressions.found("de", monday,
                "Die Preise stiegen in zwei Jahren um 5 Prozent."));
    }
}
