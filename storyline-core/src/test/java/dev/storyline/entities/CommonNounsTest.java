package dev.storyline.entities;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which capitalised German words send no window to the CRF. Loads the German CRF. */
class CommonNounsTest {

    private static final NerModels MODELS = new NerModels();
    private static final CommonNouns GERMAN = MODELS.crf("de").orElseThrow().nouns();

    @Test
    void germanNounsTheCrfReadsOutsideNamesAreCommon() {
        for (String word : new String[]{"Regierung", "Bundesregierung", "Kanzlerin", "Polizei", "Donnerstag", "Menschen"}) {
            assertTrue(GERMAN.contains(word), word);
        }
    }

    @Test
    void properNamesInTheDictionaryAreNot() {
        for (String word : new String[]{"Merkel", "Berlin", "Deutschland", "Siemens", "Rhein"}) {
            assertFalse(GERMAN.contains(word), word);
        }
    }

    @Test
    void nounsTheCrfKnowsAsNamesAreNot() {
        // The dictionary calls them nouns; the CRF's training saw them as an organisation or a place.
        for (String word : new String[]{"Bundestag", "Union", "Kreml", "München"}) {
            assertFalse(GERMAN.contains(word), word);
        }
    }

    @Test
    void acronymsAndUnknownWordsAreNot() {
        for (String word : new String[]{"SPD", "CDU", "Tokayev", "Zhanaozen"}) {
            assertFalse(GERMAN.contains(word), word);
        }
    }

    @Test
    void onlyGermanHasAList() {
        assertNull(MODELS.crf("fr").orElseThrow().nouns());
    }
}
