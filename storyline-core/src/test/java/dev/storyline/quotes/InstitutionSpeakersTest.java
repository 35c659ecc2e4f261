package dev.storyline.quotes;

import dev.storyline.entities.EntityMention;
import dev.storyline.entities.NameForms;
import dev.storyline.entities.ReferenceNames;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Speakers that are institutions described by their country ("la présidence russe") and speakers that are several
 * people. Sentences written for these tests in the style of news reports.
 */
class InstitutionSpeakersTest {

    private static final QuoteFinder FINDER = new QuoteFinder(Institutions.load(ReferenceNames.load(new NameForms())));

    private static Quote only(String text, String language, EntityMention... mentions) {
        List<Quote> quotes = FINDER.find(text, language, List.of(mentions));
        assertEquals(1, quotes.size(), quotes.toString());
        return quotes.get(0);
    }

    private static EntityMention mention(String text, String name, String type, String canonical) {
        int at = text.indexOf(name);
        return new EntityMention(name, type, at, at + name.length(), canonical);
    }

    @Test
    void theRussianPresidencyIsTheKremlinOfTheReferenceNames() {
        Quote q = only("« Les dirigeants ont examiné la situation au Kazakhstan », a déclaré la présidence russe.", "fr");
        assertEquals("ORG:kremlin", q.speaker());
        assertEquals("la présidence russe", q.speakerText());
    }

    @Test
    void theSeatsMentionInTheArticleGivesItsKeyAsTheEntityStageGaveIt() {
        String text = "Le Kremlin a publié un communiqué.\n« Nous suivons la situation de près », a indiqué la présidence russe.";
        Quote q = only(text, "fr", mention(text, "Kremlin", "LOC", "LOC:kremlin"));
        assertEquals("LOC:kremlin", q.speaker());
    }

    @Test
    void theFrenchForeignMinistryIsTheQuaiDOrsay() {
        Quote q = only("\"We call on all parties to show restraint,\" the French foreign ministry said.", "en");
        assertEquals("ORG:quaidorsay", q.speaker());
        assertEquals("the French foreign ministry", q.speakerText());
    }

    @Test
    void theSpanishGovernmentIsTheMoncloa() {
        Quote q = only("«Las puertas siguen abiertas al diálogo», dijo el Gobierno español.", "es");
        assertEquals("ORG:moncloa", q.speaker());
    }

    @Test
    void anInstitutionWithoutAKnownSeatKeepsItsWordsAndNoKey() {
        Quote de = only("„Wir verurteilen diesen Angriff aufs Schärfste“, sagte das russische Außenministerium.", "de");
        assertNull(de.speaker());
        assertEquals("das russische Außenministerium", de.speakerText());
        Quote fr = only("« Nous ne céderons pas à la pression », a déclaré le gouvernement allemand.", "fr");
        assertNull(fr.speaker());
        assertEquals("le gouvernement allemand", fr.speakerText());
    }

    @Test
    void anInstitutionIsNeverTakenForTheCountryItNames() {
        String text = "\"We call on all parties to show restraint,\" the French foreign ministry said.";
        Quote q = only(text, "en", mention(text, "French", "MISC", "LOC:FR"));
        assertEquals("ORG:quaidorsay", q.speaker());
        String de = "„Wir verurteilen diesen Angriff aufs Schärfste“, sagte das russische Außenministerium.";
        assertNull(only(de, "de", mention(de, "russische", "MISC", "LOC:RU")).speaker());
    }

    @Test
    void severalSpeakersLeaveTheKeyEmptyAndKeepTheirWords() {
        Quote q = only("« Nous avons trouvé un terrain d'entente », ont déclaré les deux dirigeants.", "fr");
        assertNull(q.speaker());
        assertEquals("les deux dirigeants", q.speakerText());
    }

    @Test
    void twoPeopleNamedTogetherAreNotOneSpeaker() {
        String text = "Poutine et Tokaïev ont déclaré : « Nous agirons ensemble contre le terrorisme. »";
        List<EntityMention> people = new ArrayList<>(List.of(mention(text, "Poutine", "PER", "PER:vladimir-poutine"),
                mention(text, "Tokaïev", "PER", "PER:kassym-jomart-tokayev")));
        Quote q = FINDER.find(text, "fr", people).get(0);
        assertNull(q.speaker());
        assertEquals("Poutine et Tokaïev", q.speakerText());
    }

    @Test
    void theSpokesmanOfTwoLeadersIsStillOneSpeaker() {
        String text = "Le porte-parole des deux dirigeants, Ivan Petrov, a déclaré : « Rien n'est décidé. »";
        Quote q = FINDER.find(text, "fr", List.of(mention(text, "Ivan Petrov", "PER", "PER:ivan-petrov"))).get(0);
        assertEquals("PER:ivan-petrov", q.speaker());
    }
}
