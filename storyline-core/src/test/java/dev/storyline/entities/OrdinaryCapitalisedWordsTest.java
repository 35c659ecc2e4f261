package dev.storyline.entities;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which capitalised words the CRF's own labels teach to be ordinary (German nouns, headline words). */
class OrdinaryCapitalisedWordsTest {

    @Test
    void aWordSeenOutsideNamesOftenEnoughIsOrdinary() {
        OrdinaryCapitalisedWords words = new OrdinaryCapitalisedWords(1000, 3);
        words.observe("Regierung", false);
        words.observe("Regierung", false);
        assertFalse(words.isOrdinary("Regierung"), "two sightings are not enough");
        words.observe("Regierung", false);
        assertTrue(words.isOrdinary("Regierung"));
    }

    @Test
    void aWordSometimesInsideNamesStaysACandidate() {
        OrdinaryCapitalisedWords words = new OrdinaryCapitalisedWords(1000, 3);
        for (int i = 0; i < 5; i++) words.observe("Deutsche", false);
        words.observe("Deutsche", true); // "Deutsche Bahn"
        assertFalse(words.isOrdinary("Deutsche"));
    }

    @Test
    void anUnseenCompoundIsOrdinaryWhenWordsEndingAlikeNeverAreNames() {
        OrdinaryCapitalisedWords words = new OrdinaryCapitalisedWords(1000, 3);
        String[] nouns = {"Regierung", "Forderung", "Erklärung", "Steuerung", "Förderung", "Lieferung"};
        for (int i = 0; i < 30; i++) words.observe(nouns[i % nouns.length], false);
        assertTrue(words.isOrdinary("Gesetzesänderung"), "a compound never seen, ending in -rung");
        assertFalse(words.isOrdinary("Hamburg"), "a word ending otherwise");
    }

    @Test
    void aSuffixNeedsTenSightingsToMakeAnUnseenWordOrdinary() {
        OrdinaryCapitalisedWords words = new OrdinaryCapitalisedWords(1000, 2);
        String[] nouns = {"Regierung", "Forderung", "Erklärung", "Steuerung", "Förderung", "Lieferung", "Sicherung",
                "Ernährung", "Erfahrung", "Bewährung"};
        for (int i = 0; i < 9; i++) words.observe(nouns[i], false);
        assertFalse(words.isOrdinary("Gesetzesänderung"), "nine sightings of -rung");
        words.observe(nouns[9], false);
        assertTrue(words.isOrdinary("Gesetzesänderung"), "ten sightings of -rung");
    }

    @Test
    void aSuffixThatNamesShareStaysUninformative() {
        OrdinaryCapitalisedWords words = new OrdinaryCapitalisedWords(1000, 3);
        for (int i = 0; i < 30; i++) words.observe("Wochenanfang", false);
        for (int i = 0; i < 5; i++) words.observe("Ronnefang", true);
        assertFalse(words.isOrdinary("Neuanfang"), "one in seven words ending -fang is in a name");
    }

    @Test
    void anOverlayCountsApartUntilMergedButSeesTheSharedCountsPlusItsOwn() {
        OrdinaryCapitalisedWords shared = new OrdinaryCapitalisedWords(1000, 3);
        shared.observe("Regierung", false);
        shared.observe("Regierung", false);
        OrdinaryCapitalisedWords document = shared.overlay();
        document.observe("Regierung", false);
        assertTrue(document.isOrdinary("Regierung"), "two shared sightings and one of its own");
        assertFalse(shared.isOrdinary("Regierung"), "the document's sighting is not shared yet");
        shared.addAll(document);
        assertTrue(shared.isOrdinary("Regierung"));
    }

    @Test
    void anOverlayAnswersForWordsNeitherItNorTheSharedCountsHaveSeen() {
        OrdinaryCapitalisedWords document = new OrdinaryCapitalisedWords(1000, 2).overlay();
        document.observe("Regierung", false);
        assertFalse(document.isOrdinary("Hamburg"));
        assertFalse(document.isOrdinary("Regierung"), "once is not enough");
    }
}
