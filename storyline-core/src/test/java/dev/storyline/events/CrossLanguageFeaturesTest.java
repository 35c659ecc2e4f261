package dev.storyline.events;

import dev.storyline.AnalyzedArticle;
import dev.storyline.entities.EntityMention;
import dev.storyline.extract.Article;
import dev.storyline.time.TimeExpression;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What reports in different languages share once their features are made: words through the lexicon, names, numbers. */
class CrossLanguageFeaturesTest {

    private static final FeatureExtractor FEATURES = FeatureExtractor.standard();

    private static AnalyzedArticle article(String language, String text, EntityMention... entities) {
        return new AnalyzedArticle(new Article(language + "-1", null, null, null, "2023-09-09", List.of(), null, language, text),
                List.of(entities), List.of());
    }

    private static Map<String, Integer> counts(String language, String text, EntityMention... entities) {
        return FEATURES.features(article(language, text, entities)).counts();
    }

    @Test
    void theWordForAnEarthquakeIsOneFeatureInFrenchGermanSpanishAndEnglish() {
        for (Map.Entry<String, String> report : Map.of("fr", "Un violent séisme.", "de", "Ein schweres Erdbeben.",
                "es", "Un fuerte terremoto.", "en", "A strong earthquake.").entrySet()) {
            assertTrue(counts(report.getKey(), report.getValue()).containsKey("t:earthquak"), report.toString());
        }
    }

    @Test
    void italianAndPolishWhichHaveNoDictionaryShareTheirKeyTermsWithEnglish() {
        for (Map.Entry<String, String> report : Map.of("it", "L'alluvione ha colpito la città.", "pl", "Powódź zalała miasto.",
                "en", "The flood hit the town.").entrySet()) {
            assertTrue(counts(report.getKey(), report.getValue()).containsKey("t:flood"), report.toString());
        }
    }

    @Test
    void aPolishKeyTermInACaseTheKeyTermsDoNotListIsStillItsKeyTerm() {
        // Written for this test: "trzęsienie ziemi" (earthquake) and "powódź" (flood) in the instrumental and the
        // locative, forms news-terms.tsv does not list; Morfologik's dictionary reads them as their lemmas.
        assertTrue(counts("pl", "Po trzęsieniu ziemi ratownicy szukają ocalałych.").containsKey("t:earthquak"),
                counts("pl", "Po trzęsieniu ziemi ratownicy szukają ocalałych.").toString());
        assertTrue(counts("pl", "Mówiono o powodziach w całym regionie.").containsKey("t:flood"),
                counts("pl", "Mówiono o powodziach w całym regionie.").toString());
    }

    @Test
    void polishWordsInTwoCasesAreOneStem() {
        // "w Polsce" (locative) and "Polska" (nominative); "papieża" (genitive) and "papież": one lemma each.
        TermAnalyzer terms = new TermAnalyzer();
        assertEquals(terms.stems("Polska", "pl").keySet(), terms.stems("w Polsce", "pl").keySet());
        assertEquals(terms.stems("papież", "pl").keySet(), terms.stems("śmierć papieża", "pl").keySet().stream()
                .filter(s -> !terms.stems("śmierć", "pl").containsKey(s)).collect(java.util.stream.Collectors.toSet()));
        assertTrue(terms.stems("w i na", "pl").isEmpty(), "Polish function words are stop words");
    }

    @Test
    void italianWordsBeyondTheKeyTermsPivotThroughItsDictionary() {
        // "stazione" is no key term: FreeDict's ita-eng gives "station" (before Italian joined the lexicon it stayed "stazion").
        assertTrue(counts("it", "La stazione è rimasta chiusa.").containsKey("t:station"));
        assertTrue(counts("en", "The station stayed closed.").containsKey("t:station"));
    }

    @Test
    void aSpanishWordOnlyTheSpanishGermanDictionaryHasPivotsThroughGerman() {
        // spa-eng and eng-spa lack "barrera"; spa-deu gives "Barriere", which deu-eng gives as "barrier".
        Map<String, Integer> english = counts("en", "The barrier.");
        String barrier = english.keySet().stream().filter(k -> k.startsWith("t:")).findFirst().orElseThrow();
        assertTrue(counts("es", "La barrera.").containsKey(barrier), counts("es", "La barrera.").toString());
    }

    @Test
    void aKeyTermTakesTheSenseNewsUsesNotTheDictionarysFirst() {
        // FreeDict's first senses: "Regierung" administration, "incendie" conflagration.
        assertTrue(counts("de", "Die Regierung ist zerbrochen.").containsKey("t:govern"));
        assertTrue(counts("fr", "Un incendie ravage la cathédrale.").containsKey("t:fire"));
    }

    @Test
    void aGermanCompoundTheLexiconLacksIsReadAsItsParts() {
        BilingualLexicon lexicon = new BilingualLexicon(new TermAnalyzer());
        assertTrue(lexicon.english("containerschiff", "de").contains("ship"), lexicon.english("containerschiff", "de").toString());
    }

    @Test
    void aTimeOfDayOnANamedDaySharesThatDayWithADateInAnotherLanguage() {
        // "el lunes por la mañana" is a TIME in TimeML, "Ostermontag" a DATE: both place the death on 2025-04-21.
        Map<String, Integer> es = FEATURES.features(new AnalyzedArticle(new Article("es-1", null, null, null, "2025-04-21",
                List.of(), null, "es", "Murió el lunes por la mañana."), List.of(),
                List.of(new TimeExpression("el lunes por la mañana", 6, 28, "TIME", "2025-04-21TMO")))).counts();
        Map<String, Integer> de = FEATURES.features(new AnalyzedArticle(new Article("de-1", null, null, null, "2025-04-22",
                List.of(), null, "de", "Er starb am Ostermontag."), List.of(),
                List.of(new TimeExpression("Ostermontag", 12, 23, "DATE", "2025-04-21")))).counts();
        for (Map<String, Integer> c : List.of(es, de)) {
            assertTrue(c.containsKey("d:2025-04-21") && c.containsKey("d:2025-04") && c.containsKey("d:2025"), c.toString());
        }
    }

    @Test
    void aTimeOfDayWithoutItsDayGivesNoDate() {
        Map<String, Integer> c = FEATURES.features(new AnalyzedArticle(new Article("en-1", null, null, null, "2025-04-21",
                List.of(), null, "en", "Every morning."), List.of(),
                List.of(new TimeExpression("morning", 6, 13, "TIME", "XXXX-XX-XXTMO")))).counts();
        assertFalse(c.keySet().stream().anyMatch(k -> k.startsWith("d:")), c.toString());
    }

    @Test
    void wordsTheLexiconDoesNotKnowKeepTheirOwnStem() {
        assertTrue(counts("fr", "Zindajan est détruit.").containsKey("t:zindajan"));
    }

    @Test
    void englishKeepsItsOwnStemsUntouched() {
        TermAnalyzer terms = new TermAnalyzer();
        Map<String, Integer> plain = new FeatureExtractor(terms, NameSource.standard(terms)).features(
                article("en", "The bridge collapsed after the ship struck it.")).counts();
        assertEquals(plain, counts("en", "The bridge collapsed after the ship struck it."));
    }

    @Test
    void numbersWithSpacedThousandsSeparatorsOrDecimalCommasMeetTheirEnglishForms() {
        Map<String, Integer> fr = counts("fr", "Le bilan s'élève à 2 012 morts, après un séisme de magnitude 6,8.");
        Map<String, Integer> de = counts("de", "Das Innenministerium meldete 2.012 Tote nach dem Beben der Stärke 6,8.");
        Map<String, Integer> en = counts("en", "The toll rose to 2,012 after the magnitude 6.8 quake.");
        for (Map<String, Integer> c : List.of(fr, de, en)) {
            assertTrue(c.containsKey("n:2012") && c.containsKey("n:6.8"), c.toString());
        }
        assertFalse(fr.containsKey("n:012"), fr.toString());
    }

    @Test
    void aOneWordPlaceNameTranslatedToAnEnglishProperNounTakesTheEnglishKey() {
        Map<String, Integer> de = counts("de", "Balmoral in Schottland.", new EntityMention("Schottland", "LOC", 12, 22, "LOC:schottland"));
        Map<String, Integer> es = counts("es", "Balmoral, en Escocia.", new EntityMention("Escocia", "LOC", 13, 20, "LOC:escocia"));
        assertTrue(de.containsKey("p:scotland"), de.toString());
        assertTrue(es.containsKey("p:scotland"), es.toString());
    }

    @Test
    void aPlaceNameThatIsAlsoACommonWordKeepsItsKey() {
        Map<String, Integer> es = counts("es", "La Alhambra de Granada.", new EntityMention("Granada", "LOC", 16, 23, "LOC:granada"));
        assertTrue(es.containsKey("p:granada"), es.toString());
    }

    @Test
    void eachLanguageKeepsItsOwnWordBesideTheSharedKey() {
        Map<String, String> fr = FEATURES.features(article("fr", "Un violent séisme a frappé la ville.")).surfaces();
        Map<String, String> de = FEATURES.features(article("de", "Ein schweres Erdbeben traf die Stadt.")).surfaces();
        Map<String, String> en = FEATURES.features(article("en", "A strong earthquake struck the city.")).surfaces();
        assertEquals("séisme", fr.get(TermWords.key("t:earthquak", "fr")));
        assertEquals("Erdbeben", de.get(TermWords.key("t:earthquak", "de")));
        assertEquals("earthquake", en.get(TermWords.key("t:earthquak", "en")));
    }

    @Test
    void aWordThatIsItselfAHeadwordReadsAsItselfWhenItsStemIsSharedWithAnotherSense() {
        // Written for this test. Spanish "lunes" and "luna" are both "lun", "barro" and "barra" both "barr": the stem
        // kept the first headword's sense (moon, pole); the text's own words are Monday and mud. German "spät" and
        // "Spaten" (spade), "Fehler" and "fehlen" (absence) likewise.
        Map<String, Integer> spanish = counts("es", "El lunes el barro cubría las calles.");
        Map<String, Integer> english = counts("en", "On Monday mud covered the streets.");
        for (String word : new String[]{"monday", "mud"}) {
            String key = english.keySet().stream().filter(k -> k.startsWith("t:" + word.substring(0, 3))).findFirst().orElseThrow();
            assertTrue(spanish.containsKey(key), key + " " + spanish);
        }
        assertFalse(spanish.containsKey("t:moon"), spanish.toString());
        Map<String, Integer> german = counts("de", "Der Fehler wurde zu spät bemerkt.");
        assertTrue(german.containsKey("t:late"), german.toString());
        assertTrue(german.containsKey("t:mistak"), german.toString());
        assertFalse(german.containsKey("t:spade"), german.toString());
    }

    @Test
    void aHeadwordThatOnlyExtendsTheStemsFirstHeadwordKeepsTheStemsSense() {
        // Written for this test: "Tagen" is a plural of "Tag" (day) before it is the verb "tagen" (to meet), and
        // "Menschen" a plural of "Mensch" (human): an inflected noun that happens to be a headword stays the noun.
        Map<String, Integer> german = counts("de", "Nach zwei Tagen fanden die Helfer noch Menschen.");
        assertTrue(german.containsKey("t:day"), german.toString());
        assertFalse(german.containsKey("t:meet"), german.toString());
        assertTrue(german.containsKey("t:human"), german.toString());
    }

    @Test
    void germanFunctionWordsSnowballsListLacksAreStopWordsAsTheirEnglishOnesAre() {
        // Written for this test: "wurde", "dass", "darauf" and "bereits" are auxiliaries and function words English's
        // stop list has the like of ("was", "that", "already" stay out of English vectors); left in, they are shared
        // by every German report and by none in another language.
        Map<String, Integer> german = counts("de", "Es wurde bereits gesagt, dass der Damm darauf gehalten hat.");
        for (String word : new String[]{"wurd", "dass", "darauf", "bereit"}) {
            assertFalse(german.containsKey("t:" + word), word + " " + german);
        }
        assertTrue(german.keySet().stream().anyMatch(k -> k.startsWith("t:")), german.toString());
    }
}
