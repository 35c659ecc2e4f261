package dev.storyline.quotes;

import dev.storyline.entities.EntityMention;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuoteFinderTest {

    private final QuoteFinder finder = new QuoteFinder();

    /** Every occurrence of each name as a mention of the given type and key. */
    private static List<EntityMention> mentions(String text, String... typeNameKey) {
        List<EntityMention> all = new ArrayList<>();
        for (int i = 0; i < typeNameKey.length; i += 3) {
            for (int at = text.indexOf(typeNameKey[i + 1]); at >= 0; at = text.indexOf(typeNameKey[i + 1], at + 1)) {
                all.add(new EntityMention(typeNameKey[i + 1], typeNameKey[i], at, at + typeNameKey[i + 1].length(), typeNameKey[i + 2]));
            }
        }
        return all;
    }

    @Test
    void frenchGuillemetsWithVerbThenSubjectAfterward() {
        String text = "« Nous ne céderons pas aux menaces », a déclaré Tokayev jeudi.";
        List<Quote> quotes = finder.find(text, "fr", mentions(text, "PER", "Tokayev", "tokayev"));
        assertEquals(1, quotes.size());
        Quote q = quotes.get(0);
        assertEquals("Nous ne céderons pas aux menaces", q.text());
        assertEquals(text.substring(q.start(), q.end()), q.text());
        assertEquals("tokayev", q.speaker());
        assertEquals("Tokayev", q.speakerText());
    }

    @Test
    void englishSubjectThenVerbAfterTheQuote() {
        String text = "\"We will not negotiate with terrorists,\" Peskov said on Friday.";
        Quote q = finder.find(text, "en", mentions(text, "PER", "Peskov", "peskov")).get(0);
        assertEquals("We will not negotiate with terrorists", q.text());
        assertEquals("peskov", q.speaker());
    }

    @Test
    void germanLowAndHighQuotesWithSagte() {
        String text = "„Wir stehen fest an der Seite unserer Partner“, sagte Scholz am Montag in Berlin.";
        Quote q = finder.find(text, "de", mentions(text, "PER", "Scholz", "olaf scholz")).get(0);
        assertEquals("Wir stehen fest an der Seite unserer Partner", q.text());
        assertEquals("olaf scholz", q.speaker());
    }

    @Test
    void speakerBeforeTheQuoteWithAColon() {
        String text = "Tokayev a déclaré : « L'ordre constitutionnel est pleinement rétabli. »";
        Quote q = finder.find(text, "fr", mentions(text, "PER", "Tokayev", "tokayev")).get(0);
        assertEquals("L'ordre constitutionnel est pleinement rétabli.", q.text());
        assertEquals("tokayev", q.speaker());
    }

    @Test
    void aPronounResolvesToThePersonNamedBefore() {
        String text = "Emmanuel Macron a reçu Olaf Scholz à Paris.\nLe chancelier allemand a quitté l'Élysée en fin d'après-midi.\n"
                + "« La paix n'est pas négociable », a-t-il ajouté.";
        Quote q = finder.find(text, "fr", mentions(text, "PER", "Olaf Scholz", "olaf scholz", "PER", "Emmanuel Macron", "emmanuel macron")).get(0);
        assertEquals("il", q.speakerText());
        assertEquals("olaf scholz", q.speaker());
    }

    @Test
    void aTitleResolvesToThePersonNamedWithThatTitle() {
        String text = "Le président russe Vladimir Poutine a appelé le président kazakh Kassym-Jomart Tokayev.\n"
                + "« Nous avons rétabli l'ordre », a affirmé le président kazakh.";
        Quote q = finder.find(text, "fr", mentions(text, "PER", "Vladimir Poutine", "poutine", "PER", "Kassym-Jomart Tokayev", "tokayev")).get(0);
        assertEquals("le président kazakh", q.speakerText());
        assertEquals("tokayev", q.speaker());
    }

    @Test
    void aSubjectThatNamesNoEntityLeavesTheSpeakerEmpty() {
        String text = "« Les dirigeants ont examiné la situation », a déclaré la présidence russe.";
        Quote q = finder.find(text, "fr", List.of()).get(0);
        assertNull(q.speaker());
        assertEquals("la présidence russe", q.speakerText());
    }

    @Test
    void aQuotationInsideAQuotationIsPartOfTheOuterOne() {
        String text = "“He told me ‘never again’ and left the room,” said Ms. Brown.";
        List<Quote> quotes = finder.find(text, "en", List.of());
        assertEquals(1, quotes.size());
        assertEquals("He told me ‘never again’ and left the room", quotes.get(0).text());
    }

    @Test
    void aQuoteSplitByAnInciseGivesTwoQuotesOfTheSameSpeaker() {
        String text = "« Nous sommes prêts, a affirmé Peskov, à discuter de tout. »";
        List<Quote> quotes = finder.find(text, "fr", mentions(text, "PER", "Peskov", "peskov"));
        assertEquals(List.of("Nous sommes prêts", "à discuter de tout."), quotes.stream().map(Quote::text).toList());
        assertTrue(quotes.stream().allMatch(q -> "peskov".equals(q.speaker())));
    }

    @Test
    void anInvertedInciseWithAPronoun() {
        String text = "Peskov a parlé.\n« Nous sommes prêts, a-t-il dit, à discuter de tout. »";
        List<Quote> quotes = finder.find(text, "fr", mentions(text, "PER", "Peskov", "peskov"));
        assertEquals(2, quotes.size());
        assertEquals("peskov", quotes.get(1).speaker());
    }

    @Test
    void englishQuoteResumedAfterSaidKeepsItsSpeaker() {
        String text = "\"This is a start,\" Sánchez said, \"but we need much more.\"";
        List<Quote> quotes = finder.find(text, "en", mentions(text, "PER", "Sánchez", "pedro sánchez"));
        assertEquals(2, quotes.size());
        assertEquals("pedro sánchez", quotes.get(0).speaker());
        assertEquals("pedro sánchez", quotes.get(1).speaker());
    }

    @Test
    void aShortUnattributedTermIsAScareQuoteAndSkipped() {
        String text = "Le gouvernement a visé les « terroristes » impliqués dans les manifestations.";
        assertTrue(finder.find(text, "fr", List.of()).isEmpty());
    }

    @Test
    void aShortTermIsKeptWhenASpeechVerbAttributesIt() {
        String text = "Tokayev a parlé jeudi.\nAinsi, il a qualifié de « stupides » les appels de l'étranger.";
        List<Quote> quotes = finder.find(text, "fr", mentions(text, "PER", "Tokayev", "tokayev"));
        assertEquals(1, quotes.size());
        assertEquals("stupides", quotes.get(0).text());
        assertEquals("tokayev", quotes.get(0).speaker());
    }

    @Test
    void spanishSegunIntroducesTheSource() {
        String text = "«El Gobierno no va a dar marcha atrás», según la ministra Calviño.";
        Quote q = finder.find(text, "es", mentions(text, "PER", "Calviño", "nadia calviño")).get(0);
        assertEquals("nadia calviño", q.speaker());
    }

    @Test
    void anUnclosedMarkDoesNotSwallowTheNextParagraph() {
        String text = "He called it \"a disgrace.\nAnother paragraph \"with a full quoted sentence in it,\" she said.";
        List<Quote> quotes = finder.find(text, "en", List.of());
        assertEquals(List.of("with a full quoted sentence in it"), quotes.stream().map(Quote::text).toList());
    }

    @Test
    void apostrophesInsideSingleQuotesDoNotCloseThem() {
        String text = "‘We don’t accept this and we won’t,’ the minister said.";
        assertEquals("We don’t accept this and we won’t", finder.find(text, "en", List.of()).get(0).text());
    }

    @Test
    void germanReversedGuillemets() {
        String text = "»Wir haben keine andere Wahl«, sagte Klaus Wendt.";
        Quote q = finder.find(text, "de", mentions(text, "PER", "Klaus Wendt", "klaus wendt")).get(0);
        assertEquals("Wir haben keine andere Wahl", q.text());
        assertEquals("klaus wendt", q.speaker());
    }

    @Test
    void aTitleFollowedByTheNameInAppositionIsThatPerson() {
        String text = "“La situación es crítica pero estable”, señaló el director del hospital, Javier Ortega.";
        Quote q = finder.find(text, "es", mentions(text, "PER", "Javier Ortega", "javier ortega")).get(0);
        assertEquals("javier ortega", q.speaker());
        assertEquals("el director del hospital, Javier Ortega", q.speakerText());
    }
}
