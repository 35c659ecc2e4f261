package dev.storyline.entities;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GenericNamesTest {

    private final GenericNames generic = GenericNames.load();

    @Test
    void titlesAndGenericWordsAloneAreNoNames() {
        for (String s : List.of("Premier ministre", "Président", "chef de l'État", "Etats", "the Government",
                "Bundeskanzlerin", "Herr Präsident", "el Rey", "Secrétaire général", "Prime Minister")) {
            assertTrue(generic.onlyGenericWords(s), s);
        }
    }

    @Test
    void namesThatCarryTitleWordsStayNames() {
        for (String s : List.of("Premier ministre Nikol Pashinyan", "Premier League", "General Motors", "Vladimir Poutine",
                "Banque mondiale", "Kremlin", "Président Macron")) {
            assertFalse(generic.onlyGenericWords(s), s);
        }
    }

    @Test
    void functionWordsSingleLettersAndRomanNumeralsAloneAreNoNames() {
        for (String s : List.of("Mais", "NI", "Elle", "Sont", "A", "V.", "II", "XIV", "UN SUICIDE", "UNE REPONSE")) {
            assertTrue(generic.isNoise(s), s);
        }
        for (String s : List.of("CICV", "DC", "Est", "Mai", "Como", "LA BRETAGNE", "Le Havre", "UNESCO")) {
            assertFalse(generic.isNoise(s), s);
        }
    }

    @Test
    void oldFormsOfAddressAndALinkingWordBeforeATitleLeaveTheName() {
        for (String[] c : List.of(new String[]{"Mgr Labouré", "Labouré"}, new String[]{"MM. Lamboul", "Lamboul"},
                new String[]{"De M. Alphonse Humbert", "Alphonse Humbert"}, new String[]{"Le Pen", "Le Pen"},
                new String[]{"De Gaulle", "De Gaulle"})) {
            assertEquals(c[1], generic.withoutLeadingTitle(new NameSpan(c[0], "PER", 0, c[0].length())).text(), c[0]);
        }
    }

    @Test
    void aFormOfAddressMakesAPersonOfAnOrganisation() {
        String text = "M. Renault a parlé.";
        assertEquals(List.of(new NameSpan("Renault", "PER", 3, 10)), generic.keepNames(List.of(new NameSpan("M. Renault", "ORG", 0, 10)), text));
    }

    @Test
    void anAcronymDefinedByCommonWordsIsNoName() {
        String text = "contre une hausse des prix du gaz de pétrole liquéfié (GPL) dans la ville. Le GPL coûte plus. "
                + "Growth of gross domestic product (G.D.P.) slowed.";
        assertEquals(Set.of("GPL", "GDP"), GenericNames.commonNounAcronyms(text));
        List<NameSpan> spans = List.of(new NameSpan("GPL", "MISC", 56, 59), new NameSpan("GPL", "ORG", 84, 87));
        assertEquals(List.of(), generic.keepNames(spans, text));
    }

    @Test
    void anAcronymDefinedByANameStaysAName() {
        assertEquals(Set.of(), GenericNames.commonNounAcronyms(
                "l'assistance de l'Organisation du traité de sécurité collective (OTSC) et du Fonds monétaire international (FMI)."));
        assertEquals(Set.of(), GenericNames.commonNounAcronyms("selon l'agence (AFP), les chiffres"),
                "letters that do not spell the words before are no definition");
    }

    @Test
    void aPersonsNameLosesTheTitleTheFinderTookWithIt() {
        for (String[] c : new String[][]{{"Premier ministre arménien Nikol Pashinyan", "Nikol Pashinyan"},
                {"M. Milosevic", "Milosevic"}, {"Sa Majesté le roi Charles", "Charles"}, {"Herr Scholz", "Scholz"},
                {"Président Macron", "Macron"}, {"Le Pen", "Le Pen"}, {"Vladimir Poutine", "Vladimir Poutine"}}) {
            NameSpan span = new NameSpan(c[0], "PER", 10, 10 + c[0].length());
            NameSpan name = generic.withoutLeadingTitle(span);
            assertEquals(c[1], name.text(), c[0]);
            assertEquals(span.end() - c[1].length(), name.start(), c[0]);
        }
    }

    @Test
    void organisationsKeepTheirTitleWords() {
        List<NameSpan> spans = List.of(new NameSpan("General Motors", "ORG", 0, 14));
        assertEquals(spans, generic.keepNames(spans, "General Motors a annoncé"));
    }
}
