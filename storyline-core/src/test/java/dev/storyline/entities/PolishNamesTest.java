package dev.storyline.entities;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Names in Polish, which has no tagger: the Polish dictionary tells a sentence's capitalised first word that is only
 * a common word from a name, and titles are left out of the front of names. Sentences written for these tests.
 */
class PolishNamesTest {

    private static final PolishNameWords POLISH = new PolishNameWords();

    private static List<String> names(String text, PolishNameWords polish) {
        return CapitalisedNames.find(text, new CommonWords(), new LearnedNames(), polish).stream().map(NameSpan::text).toList();
    }

    @Test
    void aSentencesFirstWordKnownOnlyAsACommonWordIsNoName() {
        String text = "Gwałtowne burze przeszły nad Kłodzkiem. Liczba ofiar rośnie, a Ratownicy szukają ludzi.";
        List<String> names = names(text, POLISH);
        assertFalse(names.contains("Gwałtowne"), names.toString());
        assertFalse(names.contains("Liczba"), names.toString());
        assertTrue(names.contains("Kłodzkiem"), names.toString());
        // Without the dictionary (any other language), the first words are read as names.
        assertTrue(names(text, null).containsAll(List.of("Gwałtowne", "Liczba")), names(text, null).toString());
    }

    @Test
    void aSentencesFirstWordThatIsAProperNounStaysAName() {
        List<String> names = names("Polska wysłała pomoc. Walencja liczy straty.", POLISH);
        assertEquals(List.of("Polska", "Walencja"), names);
    }

    @Test
    void aTitleIsLeftOutOfTheFrontOfAName() {
        String text = "Premier Donald Tusk zwołał sztab. Papież Franciszek modlił się za ofiary, a Papież Leon milczał.";
        List<String> names = names(text, POLISH);
        assertTrue(names.containsAll(List.of("Donald Tusk", "Franciszek", "Leon")), names.toString());
        assertFalse(names.stream().anyMatch(n -> n.startsWith("Premier") || n.startsWith("Papież")), names.toString());
    }

    @Test
    void theDictionaryKnowsCommonWordsFromProperNouns() {
        assertTrue(POLISH.onlyCommon("Trzęsienie"));
        assertTrue(POLISH.onlyCommon("Premier"));
        assertFalse(POLISH.onlyCommon("Polsce"), "the country, in the locative");
        assertFalse(POLISH.onlyCommon("Paiporty"), "unknown to the dictionary: may be a name");
        assertFalse(POLISH.onlyCommon("trzęsienie"), "not capitalised");
    }

    @Test
    void aPolishNameInACaseHasTheProperNounItIsAFormOf() {
        assertEquals(List.of("Walencja"), POLISH.properLemmas("Walencji"));
        assertEquals("Kraków", POLISH.properLemmas("Krakowie").get(0), "the city before the surname's plural");
        assertEquals(List.of(), POLISH.properLemmas("Paiporty"), "a town the dictionary lacks");
    }
}
