package dev.storyline.events;

import dev.storyline.events.BilingualLexicon.WordClass;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Reading a word as a noun or not from its context only (sentences written for this test). */
class CrossLanguageWordClassesTest {

    private static WordClass at(String text, String word, String language) {
        return WordClasses.of(text, text.indexOf(word), language);
    }

    @Test
    void aCapitalisedGermanWordInsideASentenceIsANounALowercaseOneIsNot() {
        String text = "Die Stadt plant den Abbau der Brücke. Abbau beginnt morgen, sie wollen die Brücke abbauen.";
        assertEquals(WordClass.NOUN, WordClasses.of(text, text.indexOf("Abbau"), "de"));
        assertEquals(WordClass.OTHER, at(text, "abbauen", "de"));
        // A sentence's first word is capitalised whatever it is.
        assertNull(WordClasses.of(text, text.indexOf("Abbau beginnt"), "de"));
    }

    @Test
    void aFrenchWordAfterAnArticleIsANounAfterASubjectPronounAVerb() {
        assertEquals(WordClass.NOUN, at("Ils ont repris la marche vers la ville.", "marche", "fr"));
        assertEquals(WordClass.OTHER, at("Depuis hier, il marche vers la ville.", "marche", "fr"));
        assertEquals(WordClass.NOUN, at("Après l'attente, les secours sont arrivés.", "l'attente", "fr"));
        assertNull(at("Vers midi, marche lente des secours.", "marche", "fr"));
    }

    @Test
    void languagesWhoseDictionariesTagNoClassAreNotRead() {
        assertNull(at("La marcha siguió por la ciudad.", "marcha", "es"));
        assertNull(at("The march went on.", "march", "en"));
    }
}
