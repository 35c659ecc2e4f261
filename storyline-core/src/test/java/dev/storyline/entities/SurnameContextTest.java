package dev.storyline.entities;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * A listed person's surname alone joins him only when its article says who it is: a title before it, his country, an
 * organisation of his country or his own, another listed person of his country or organisations, a listed person in
 * his sentence. Sentences written for this test by hand (no corpus, no outlet's text).
 */
class SurnameContextTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);
    private static NameForms forms;
    private static ReferenceNames known;

    @BeforeAll
    static void load() {
        forms = new NameForms();
        known = ReferenceNames.load(forms);
    }

    /** An article: its text, its language and its names as "TYPE:name" (each name's first occurrence). */
    private record Article(String text, String language, String... names) {
        List<NameSpan> spans() {
            List<NameSpan> spans = new ArrayList<>();
            for (String spec : names) {
                String type = spec.substring(0, spec.indexOf(':'));
                String name = spec.substring(spec.indexOf(':') + 1);
                int start = text.indexOf(name);
                spans.add(new NameSpan(name, type, start, start + name.length()));
            }
            return spans;
        }
    }

    /** The first name's key in each article, the articles read in the given order (re-keyed keys followed). */
    private static List<String> firstKeys(List<Article> articles, List<Integer> order) {
        EntityRegistry registry = EmbeddedEntityRegistry.inMemory();
        EntityResolver resolver = new EntityResolver(forms, known, MergeRules.none(), registry);
        String[] keys = new String[articles.size()];
        for (int i : order) {
            Article a = articles.get(i);
            keys[i] = resolver.resolve(a.spans(), a.text(), a.language(), DAY).get(0).canonical();
        }
        List<String> current = new ArrayList<>();
        for (String key : keys) current.add(resolver.currentKey(key));
        return current;
    }

    private static final List<List<Integer>> ORDERS = List.of(List.of(0, 1, 2), List.of(0, 2, 1), List.of(1, 0, 2),
            List.of(1, 2, 0), List.of(2, 0, 1), List.of(2, 1, 0));

    @Test
    void aSportsReportsSurnameJoinsNoPoliticianInAnyOrderButATitledOneDoes() {
        List<Article> articles = List.of(
                new Article("Boris Johnson resigned as party leader on Thursday.", "en", "PER:Boris Johnson"),
                new Article("Johnson scored twice as Leeds beat Everton on Saturday.", "en",
                        "PER:Johnson", "ORG:Leeds", "ORG:Everton"),
                new Article("Mr Johnson said he had no regrets.", "en", "PER:Johnson"));
        for (List<Integer> order : ORDERS) {
            List<String> keys = firstKeys(articles, order);
            assertEquals("PER:boris-johnson", keys.get(0), "order " + order);
            assertNotEquals(keys.get(0), keys.get(1), "the footballer, order " + order);
            assertEquals(keys.get(0), keys.get(2), "Mr Johnson, order " + order);
        }
    }

    @Test
    void anUnlistedPersonsSurnameJoinsHisFullNameAsBeforeInAnyOrder() {
        // A made-up senator, whom no list knows: only a listed person's surname needs its article to say who it is, so
        // the registry's own surname rules decide here as before (Polish and Czech reports name their politicians by
        // declined surnames alone, and most of them are not listed: requiring context of them cost the held-out
        // inflection set 10 of 87 pairs). Both the player and the senator join, in every order.
        List<Article> articles = List.of(
                new Article("Mike Carver spoke before the committee on Tuesday.", "en", "PER:Mike Carver"),
                new Article("Carver scored in the last minute of the game.", "en", "PER:Carver"),
                new Article("Senator Carver voted against the bill.", "en", "PER:Carver"));
        for (List<Integer> order : ORDERS) {
            List<String> keys = firstKeys(articles, order);
            assertEquals(keys.get(0), keys.get(1), "the player, order " + order);
            assertEquals(keys.get(0), keys.get(2), "the senator, order " + order);
        }
    }

    @Test
    void aListedPersonsSurnameJoinsHimWhereTheArticleNamesHisCountry() {
        List<Article> articles = List.of(
                new Article("La Russie a fermé sa frontière. Poutine a déclaré que la décision était prise.", "fr",
                        "PER:Poutine", "LOC:Russie"),
                new Article("Vladimir Poutine est arrivé à Pékin.", "fr", "PER:Vladimir Poutine", "LOC:Pékin"),
                new Article("Poutine a marqué deux buts samedi.", "fr", "PER:Poutine"));
        for (List<Integer> order : ORDERS) {
            List<String> keys = firstKeys(articles, order);
            assertEquals("PER:vladimir-putin", keys.get(0), "Russia named, order " + order);
            assertEquals("PER:vladimir-putin", keys.get(1), "order " + order);
            assertNotEquals("PER:vladimir-putin", keys.get(2), "nothing says who, order " + order);
        }
    }

    @Test
    void anotherListedPersonOrOrganisationOrATitleSaysWhoTheSurnameIs() {
        EntityResolver resolver = new EntityResolver(forms, known, MergeRules.none(), EmbeddedEntityRegistry.inMemory());
        Article nato = new Article("Stoltenberg a rencontré les ministres de l'OTAN.", "fr", "PER:Stoltenberg", "ORG:OTAN");
        assertEquals("PER:jens-stoltenberg", resolver.resolve(nato.spans(), nato.text(), "fr", DAY).get(0).canonical());
        Article two = new Article("Lawrow und Kuleba trafen sich nicht.", "de", "PER:Lawrow", "PER:Kuleba");
        List<EntityMention> both = resolver.resolve(two.spans(), two.text(), "de", DAY);
        assertEquals("PER:sergey-lavrov", both.get(0).canonical());
        assertEquals("PER:dmytro-kuleba", both.get(1).canonical());
        Article titled = new Article("Le Premier ministre britannique Starmer a répondu.", "fr", "PER:Starmer");
        assertEquals("PER:keir-starmer", resolver.resolve(titled.spans(), titled.text(), "fr", DAY).get(0).canonical());
    }

    @Test
    void aDeclinedTitleBeforeTheSurnameOrAPersonOfHisCountrySaysWhoItIsInCzechPolishAndRussian() {
        // Listed people's full names read in one article, a declined surname after a declined title in another
        // ("premiéra" of "premiér", "prezydentem" of "prezydent", "министром" of "министр") or beside another listed
        // person of his country, and the same surname in a match report with nothing before it: the titled one joins in every order,
        // the player does not.
        List<List<Article>> sets = List.of(
                List.of(new Article("Andrzej Duda přijel v pondělí do Brna.", "cs", "PER:Andrzej Duda"),
                        new Article("Podle prezidenta Dudy je smlouva hotová.", "cs", "PER:Dudy"),
                        new Article("Duda dal v sobotu dva góly.", "cs", "PER:Duda")),
                List.of(new Article("Andrzej Duda podpisał ustawę.", "pl", "PER:Andrzej Duda"),
                        new Article("Rozmowa z prezydentem Dudą trwała godzinę.", "pl", "PER:Dudą"),
                        new Article("Duda strzelił dwa gole w sobotę.", "pl", "PER:Duda")),
                List.of(new Article("Сергей Лавров прибыл в Казань.", "ru", "PER:Сергей Лавров"),
                        new Article("Встреча с министром Лавровым прошла в пятницу.", "ru", "PER:Лавровым"),
                        new Article("Лавров забил два гола в субботу.", "ru", "PER:Лавров")),
                // No title before the surname, but another listed person of his country in the article.
                List.of(new Article("Andrzej Duda podpisał ustawę.", "pl", "PER:Andrzej Duda"),
                        new Article("Premier Donald Tusk rozmawiał z Dudą o ustawie.", "pl", "PER:Dudą", "PER:Donald Tusk"),
                        new Article("Duda strzelił dwa gole w sobotę.", "pl", "PER:Duda")));
        for (List<Article> articles : sets) {
            for (List<Integer> order : ORDERS) {
                List<String> keys = firstKeys(articles, order);
                assertEquals(keys.get(0), keys.get(1), "the titled surname, order " + order + ": " + keys);
                assertNotEquals(keys.get(0), keys.get(2), "the player, order " + order + ": " + keys);
            }
        }
    }

    /** The first name's key in each of three articles, in every order of arrival. */
    private static void assertInEveryOrder(List<Article> articles, String person, boolean secondJoins, boolean thirdJoins) {
        for (List<Integer> order : ORDERS) {
            List<String> keys = firstKeys(articles, order);
            assertEquals(person, keys.get(0), "the full name, order " + order);
            if (secondJoins) assertEquals(person, keys.get(1), "order " + order + ": " + keys);
            else assertNotEquals(person, keys.get(1), "order " + order + ": " + keys);
            if (thirdJoins) assertEquals(person, keys.get(2), "order " + order + ": " + keys);
            else assertNotEquals(person, keys.get(2), "order " + order + ": " + keys);
        }
    }

    @Test
    void aForeignPresidentInTheStandsSaysNotWhoTheScorerIsButHisOwnCountrysSeatDoes() {
        // A match report names a listed French president, in a sentence of his own: nothing of it is about a British
        // Johnson. "Downing Street" is a seat of power of his country (seats-of-power.tsv's fourth column).
        assertInEveryOrder(List.of(
                new Article("Boris Johnson resigned as party leader on Thursday.", "en", "PER:Boris Johnson"),
                new Article("Johnson scored twice as Leeds beat Everton on Saturday. Emmanuel Macron watched the game from"
                        + " the stands.", "en", "PER:Johnson", "ORG:Leeds", "ORG:Everton", "PER:Emmanuel Macron"),
                new Article("Johnson left Downing Street on Friday evening.", "en", "PER:Johnson", "LOC:Downing Street")),
                "PER:boris-johnson", false, true);
    }

    @Test
    void natoNamedInPassingSaysNotWhoTheScorerIsButAPersonOfHisCountryDoes() {
        assertInEveryOrder(List.of(
                new Article("Boris Johnson resigned as party leader on Thursday.", "en", "PER:Boris Johnson"),
                new Article("Johnson scored twice as Leeds beat Everton, on the day NATO leaders met in Brussels.", "en",
                        "PER:Johnson", "ORG:Leeds", "ORG:Everton", "ORG:NATO", "LOC:Brussels"),
                new Article("Keir Starmer said that Johnson had misled the House.", "en", "PER:Johnson", "PER:Keir Starmer")),
                "PER:boris-johnson", false, true);
    }

    @Test
    void natoSaysWhoStoltenbergIsAndAListedPersonInHisSentenceWhoMacronIs() {
        assertInEveryOrder(List.of(
                new Article("Jens Stoltenberg opened the summit in Vilnius.", "en", "PER:Jens Stoltenberg", "LOC:Vilnius"),
                new Article("Stoltenberg warned the members of NATO on Tuesday.", "en", "PER:Stoltenberg", "ORG:NATO"),
                new Article("Stoltenberg scored in extra time for the visitors.", "en", "PER:Stoltenberg")),
                "PER:jens-stoltenberg", true, false);
        // Zelensky is no Frenchman, but he speaks with Macron in one sentence: a person Macron deals with.
        assertInEveryOrder(List.of(
                new Article("Emmanuel Macron empfing am Montag den Kanzler.", "de", "PER:Emmanuel Macron"),
                new Article("Selenskyj sprach am Telefon mit Macron.", "de", "PER:Macron", "PER:Selenskyj"),
                new Article("Selenskyj dankte den Partnern. Macron schoss zwei Tore.", "de", "PER:Macron", "PER:Selenskyj")),
                "PER:emmanuel-macron", true, false);
    }
}
