package dev.storyline.events;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The word a reader sees for a word feature whose key is a stem pivoted to English. */
class TermWordsTest {

    /** An event's surfaces as French, German and Spanish reports of one presidency leave them. */
    private static final Map<String, String> SURFACES = Map.of(
            "t:presid@fr", "président", "t:presid@de", "Präsident", "t:presid@es", "presidente",
            "t:earthquak@de", "Erdbeben", "e:tokayev", "Tokaïev");

    @Test
    void aReaderSeesTheWordOfTheirLanguage() {
        assertEquals("président", TermWords.shown("t:presid", SURFACES, List.of("fr", "en")));
        assertEquals("presidente", TermWords.shown("t:presid", SURFACES, List.of("es")));
    }

    @Test
    void aReaderWhoseLanguageWroteNoneSeesAnotherLanguagesWordRatherThanTheStem() {
        assertEquals("Erdbeben", TermWords.shown("t:earthquak", SURFACES, List.of("fr", "en")));
        assertEquals("Präsident", TermWords.shown("t:presid", SURFACES, List.of("it")), "the first by language code: de");
    }

    @Test
    void namesStayAsWrittenAndUnknownFeaturesShowTheirValue() {
        assertEquals("Tokaïev", TermWords.shown("e:tokayev", SURFACES, List.of("en")));
        assertEquals("flood", TermWords.shown("t:flood", SURFACES, List.of("en")));
    }

    @Test
    void theWordsOfAFeatureAreKeptWhileTheFeatureIs() {
        Map<String, String> surfaces = new HashMap<>(SURFACES);
        TermWords.retain(surfaces, Set.of("t:presid", "e:tokayev"));
        assertEquals(Set.of("t:presid@fr", "t:presid@de", "t:presid@es", "e:tokayev"), surfaces.keySet());
    }
}
