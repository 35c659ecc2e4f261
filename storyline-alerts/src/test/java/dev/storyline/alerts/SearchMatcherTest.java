package dev.storyline.alerts;

import dev.storyline.AnalyzedArticle;
import dev.storyline.extract.Article;
import dev.storyline.store.ArticleFields;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchMatcherTest {

    private static final Analyzer ANALYZER = ArticleFields.analyzer();

    private static SearchMatcher matcher(List<SavedSearch> searches) {
        List<SearchMatcher.Entry> entries = new ArrayList<>();
        for (int i = 0; i < searches.size(); i++) entries.add(new SearchMatcher.Entry("q" + i, searches.get(i)));
        return SearchMatcher.of(entries, ANALYZER);
    }

    private static ArticleUnderTest article(String language, String title, String text) {
        return new ArticleUnderTest(new dev.storyline.AnalyzedArticle(new Article("a", null, "wire", title, "2022-01-13",
                List.of(), null, language, text), List.of(), List.of()), ANALYZER);
    }

    @Test
    void theRarestPartOfAConjunctionIsEnoughToIndex() {
        List<String> terms = SearchMatcher.presearchTerms("the earthquake", ANALYZER);
        assertTrue(terms.stream().allMatch(t -> t.contains("earthquak")), terms.toString());
    }

    @Test
    void aDisjunctionIsIndexedByAllItsTerms() {
        List<String> terms = SearchMatcher.presearchTerms("earthquake OR tsunami", ANALYZER);
        assertTrue(terms.stream().anyMatch(t -> t.contains("earthquak")) && terms.stream().anyMatch(t -> t.contains("tsunami")), terms.toString());
    }

    @Test
    void exclusionsAndOptionalClausesAreNotIndexed() {
        List<String> terms = SearchMatcher.presearchTerms("+earthquake tsunami -turkey", ANALYZER);
        assertTrue(terms.stream().allMatch(t -> t.contains("earthquak")), terms.toString());
    }

    @Test
    void pureNegationsAndWildcardsAreRunAlways() {
        assertNull(SearchMatcher.presearchTerms("-turkey", ANALYZER));
        assertNull(SearchMatcher.presearchTerms("ea?th", ANALYZER));
        assertNull(SearchMatcher.presearchTerms("ea?th OR quake", ANALYZER));
    }

    @Test
    void aPrefixIsIndexedAsAPrefix() {
        List<String> terms = SearchMatcher.presearchTerms("earth*", ANALYZER);
        assertTrue(terms.contains("text_en" + QueryTerms.PREFIX + ":earth"), terms.toString());
        ArticleUnderTest a = article("en", "Quake", "An earthquake struck.");
        assertEquals(List.of("q0"), matcher(List.of(new SavedSearch("earth*", null, null, null, null, null),
                new SavedSearch("eartx*", null, null, null, null, null))).match(a));
    }

    @Test
    void aQueryCutToTheArticlesFieldsFindsTheSame() {
        SearchMatcher m = matcher(List.of(new SavedSearch("séisme OR earthquake", null, null, null, null, null),
                new SavedSearch("+séisme -earthquake", null, null, null, null, null),
                new SavedSearch("\"strong earthquake\"^0", null, null, null, null, null)));
        for (ArticleUnderTest a : List.of(article("fr", "Séisme", "Un séisme."), article("en", "Quake", "A strong earthquake."),
                article(null, "Séisme", "Un séisme, earthquake."))) {
            assertEquals(m.matchEvery(a), m.match(a));
        }
    }

    @Test
    void aSearchMatchesByItsWordsInTheArticlesLanguageAndItsFilters() {
        SearchMatcher m = matcher(List.of(
                new SavedSearch("séisme Turquie", null, null, null, null, null),
                new SavedSearch("séismes", "fr", "wire", null, LocalDate.parse("2022-01-01"), LocalDate.parse("2022-01-31")),
                new SavedSearch("séisme", "de", null, null, null, null),
                new SavedSearch("séisme", null, null, null, LocalDate.parse("2022-02-01"), null),
                new SavedSearch("\"séisme en Turquie\"", null, null, null, null, null),
                new SavedSearch("séisme -Turquie", null, null, null, null, null)));
        ArticleUnderTest a = article("fr", "Un séisme frappe", "Un fort séisme en Turquie a fait des dégâts.");

        assertEquals(List.of("q0", "q1", "q4"), m.match(a));
    }

    @Test
    void presearchFindsWhatRunningEverySearchFindsOnRealArticles() throws Exception {
        List<AnalyzedArticle> articles = EcbArticles.read(100);
        List<SavedSearch> searches = new SearchGenerator(articles, 7).generate(1200);
        SearchMatcher m = matcher(searches);
        int matches = 0, candidates = 0;
        for (AnalyzedArticle analyzed : articles) {
            ArticleUnderTest a = new ArticleUnderTest(analyzed, ANALYZER);
            List<String> every = m.matchEvery(a);
            assertEquals(every, m.match(a), analyzed.article().id());
            matches += every.size();
            candidates += m.candidateCount(a);
        }
        assertTrue(matches > articles.size(), "the generated searches match something: " + matches);
        assertTrue(candidates < articles.size() * searches.size() / 5, "presearch runs a fraction: " + candidates);
    }
}
