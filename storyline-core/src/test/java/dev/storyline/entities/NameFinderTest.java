package dev.storyline.entities;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Behaviour of name finding on short texts written for these tests. Loads the French CRF once (~3 s). */
class NameFinderTest {

    private static final NerModels MODELS = new NerModels();

    private static List<String> named(List<NameSpan> spans) {
        return spans.stream().map(s -> s.text() + "/" + s.type()).toList();
    }

    @Test
    void findsPeoplePlacesAndOrganisationsInFrench() {
        String text = "Le président russe Vladimir Poutine a reçu jeudi à Moscou le chancelier allemand Olaf Scholz.";
        List<String> names = named(new NameFinder(MODELS).find(text, "fr"));
        assertTrue(names.containsAll(List.of("Vladimir Poutine/PER", "Moscou/LOC", "Olaf Scholz/PER")), names.toString());
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "Hier, à Almaty, la police a dispersé les manifestants.";
        for (NameSpan n : new NameFinder(MODELS).find(text, "fr")) assertEquals(n.text(), text.substring(n.start(), n.end()));
    }

    @Test
    void anAcronymAfterItsExpansionMakesBothOrganisations() {
        String text = "Le Fonds monétaire international (FMI) a prêté dix milliards. Le FMI attend des réformes.";
        List<String> names = named(new NameFinder(MODELS).find(text, "fr"));
        assertTrue(names.containsAll(List.of("Fonds monétaire international/ORG", "FMI/ORG")), names.toString());
        assertEquals(2, names.stream().filter(n -> n.equals("FMI/ORG")).count(), names.toString());
    }

    @Test
    void theSurnameOfAPersonNamedInFullIsThatPersonLaterOn() {
        String text = "Le président kazakh Kassym-Jomart Tokayev a parlé. Selon lui, Tokayev restera ferme.";
        List<String> names = named(new NameFinder(MODELS).find(text, "fr"));
        assertTrue(names.contains("Tokayev/PER"), names.toString());
    }

    @Test
    void theFastModeLearnsNamesAndMatchesThemWithoutTheCrf() {
        NameFinder finder = new NameFinder(MODELS, NameFinder.Mode.FAST, new LearnedNames(1000, 2), new CommonWords());
        for (int i = 0; i < 40; i++) finder.find("Le porte-parole du Kremlin, Dimitri Peskov, a parlé " + i + " fois.", "fr");
        assertTrue(finder.knownNames() > 0, "known names after a stream of articles");
        List<String> names = named(finder.find("Dimitri Peskov l'a répété.", "fr"));
        assertTrue(names.contains("Dimitri Peskov/PER"), names.toString());
    }

    @Test
    void theFastModeStopsCallingTheCrfOnWordsItKeepsLeavingOutsideNames() {
        NameFinder finder = new NameFinder(MODELS);
        finder.find("Le ministre a parlé. Selon Emmanuel Macron, rien ne change.", "fr");
        long before = finder.crfTokens();
        finder.find("Le ministre a parlé. Selon Emmanuel Macron, rien ne change.", "fr");
        long second = finder.crfTokens() - before;
        for (int i = 0; i < 3; i++) finder.find("Il a parlé " + i + " fois. Jeudi, Le Monde a publié un Communiqué.", "fr");
        before = finder.crfTokens();
        finder.find("Il a parlé. Jeudi, Le Monde a publié un Communiqué.", "fr");
        assertTrue(finder.crfTokens() - before < 6, "'Communiqué' seen thrice outside names: no window for it");
        assertTrue(second > 0, "an unseen name still gets its window");
    }

    @Test
    void theFastModeLabelsAtMostItsBudgetOfTokensPerArticle() {
        NameFinder finder = new NameFinder(MODELS, NameFinder.Mode.FAST, new LearnedNames(), new CommonWords(), 5);
        String text = "Selon Emmanuel Macron, rien ne change. Selon Olaf Scholz, rien non plus. Selon Giorgia Meloni, tout.";
        List<String> names = named(finder.find(text, "fr"));
        assertTrue(finder.crfTokens() <= 5 + 3, "the last window may widen past the budget: " + finder.crfTokens());
        assertTrue(names.contains("Emmanuel Macron/PER"), names.toString());
        assertTrue(!names.contains("Giorgia Meloni/PER"), "past the budget: " + names);
    }

    @Test
    void russianNamesAreTypedByMorphology() {
        String text = "Встреча прошла в Москве. Президент доволен Путиным и Лавровым.";
        List<String> names = named(new NameFinder(MODELS).find(text, "ru"));
        assertTrue(names.containsAll(List.of("Москве/LOC", "Путиным/PER", "Лавровым/PER")), names.toString());
    }

    @Test
    void otherLanguagesGetCapitalisedSequencesAndNeverFail() {
        NameFinder finder = new NameFinder(MODELS);
        // "Dün" starts a sentence and is also written "dün": an ordinary word, not a name.
        List<String> names = named(finder.find("Dün sabah Recep Tayyip Erdoğan konuştu. Erdoğan dün de konuştu.", "tr"));
        assertEquals(List.of("Recep Tayyip Erdoğan/MISC", "Erdoğan/MISC"), names);
        assertEquals(List.of(), finder.find("北京是中国的首都。", "zh"));
        assertEquals(List.of(), finder.find("", "fr"));
        assertEquals(List.of(), finder.find("   ", null));
    }
}
