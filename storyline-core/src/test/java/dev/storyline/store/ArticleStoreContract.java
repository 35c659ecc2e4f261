package dev.storyline.store;

import dev.storyline.AnalyzedArticle;
import dev.storyline.entities.EntityMention;
import dev.storyline.extract.Article;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every {@link ArticleStore} does, whatever holds it: the embedded Lucene store and the OpenSearch one run these
 * same tests (each a subclass that says how to open its store). One idea per test.
 */
public abstract class ArticleStoreContract {

    /**
     * Opens the store under test: the same store each time within a test (a second call is a restart), a fresh
     * empty one for each test.
     */
    protected abstract ArticleStore open() throws IOException;

    protected static AnalyzedArticle article(String id, String url, String language, String source, String published,
                                           String title, String text, String... entities) {
        List<EntityMention> mentions = new ArrayList<>();
        for (String e : entities) mentions.add(new EntityMention(e, e.substring(0, 3), 0, 1, e));
        return new AnalyzedArticle(new Article(id, url, source, title, published, List.of(), null, language, text),
                mentions, List.of());
    }

    protected static final AnalyzedArticle AA = article("aa", "https://www.aa.com.tr/fr/monde/poutine/123", "fr", "AA",
            "2022-01-13", "Vladimir Poutine discute de la situation au Kazakhstan",
            "Le président russe a discuté jeudi des manifestations au Kazakhstan.", "PER:putin", "LOC:KZ");
    protected static final AnalyzedArticle REUTERS = article("r1", "https://reuters.com/world/kazakhstan", "en", "Reuters",
            "2022-01-07", "Putin holds calls with CSTO leaders",
            "Russian President Vladimir Putin held calls on Friday about the protests in Kazakhstan.", "PER:putin", "ORG:csto");

    @Test
    public void addingTheSameArticleTwiceStoresItOnceEvenAcrossRestarts() throws IOException {
        try (ArticleStore store = open()) {
            assertEquals(ArticleStore.Added.ADDED, store.add(AA));
            assertEquals(ArticleStore.Added.DUPLICATE, store.add(AA), "before a commit");
            store.commit();
            assertEquals(ArticleStore.Added.DUPLICATE, store.add(AA), "after a commit");
        }
        try (ArticleStore store = open()) {
            assertEquals(ArticleStore.Added.DUPLICATE, store.add(AA), "after a restart");
            assertEquals(1, store.count());
        }
    }

    @Test
    public void sameTextWithOtherWhitespaceAndCaseIsADuplicate() throws IOException {
        AnalyzedArticle copy = article("copy", null, "fr", "Other", null, "Autre titre",
                "  LE PRÉSIDENT russe a discuté jeudi\n des manifestations au Kazakhstan.  ");
        try (ArticleStore store = open()) {
            store.add(AA);
            assertEquals(ArticleStore.Added.DUPLICATE, store.add(copy));
        }
    }

    @Test
    public void sameUrlLessTrackingParametersIsADuplicate() throws IOException {
        AnalyzedArticle revised = article("aa2", "http://aa.com.tr/fr/monde/poutine/123/?utm_source=x#top", "fr", "AA",
                null, null, "Une version révisée du texte.");
        try (ArticleStore store = open()) {
            store.add(AA);
            store.commit();
            assertEquals(ArticleStore.Added.DUPLICATE, store.add(revised));
        }
    }

    @Test
    public void getReturnsTheAnalysisAsStored() throws IOException {
        try (ArticleStore store = open()) {
            store.add(AA);
            store.commit();
            StoredArticle stored = store.get(ArticleIdentity.of(AA.article()).key()).orElseThrow();
            assertEquals(AA, stored.analyzed());
        }
    }

    @Test
    public void searchIsLanguageAwareAndMatchesAcrossLanguagesOnNames() throws IOException {
        try (ArticleStore store = open()) {
            store.add(AA);
            store.add(REUTERS);
            store.commit();
            assertEquals(List.of("aa"), ids(store.search(SearchRequest.of("manifestation"))), "French stemming");
            assertEquals(List.of("r1"), ids(store.search(SearchRequest.of("protest"))), "English stemming");
            assertEquals(2, store.search(SearchRequest.of("kazakhstan")).total());
            assertEquals(List.of("aa"), ids(store.search(SearchRequest.of("poutine"))), "title and text");
        }
    }

    @Test
    public void filtersAndFacets() throws IOException {
        try (ArticleStore store = open()) {
            store.add(AA);
            store.add(REUTERS);
            store.commit();
            SearchResults all = store.search(SearchRequest.of(""));
            assertEquals(List.of("aa", "r1"), ids(all), "no query: latest first");
            assertEquals(2, all.facets().get("entity").get("PER:putin"));
            assertEquals(1, all.facets().get("language").get("fr"));
            assertEquals(1, all.facets().get("source").get("Reuters"));
            assertEquals(List.of("r1"), ids(store.search(new SearchRequest(null, "en", null, null, null, null, 0, 10))));
            assertEquals(List.of("r1"), ids(store.search(new SearchRequest(null, null, null, "ORG:csto", null, null, 0, 10))));
            assertEquals(List.of("aa"), ids(store.search(new SearchRequest(null, null, "AA", null, null, null, 0, 10))));
            assertEquals(List.of("aa"), ids(store.search(new SearchRequest("", null, null, null,
                    LocalDate.of(2022, 1, 10), LocalDate.of(2022, 1, 31), 0, 10))));
            assertEquals(List.of("r1"), ids(store.search(new SearchRequest("", null, null, null, null, null, 1, 10))), "paging");
        }
    }

    @Test
    public void theEntityFilterFindsArticlesStoredUnderAKeyTheEntityHadBefore() throws IOException {
        // "Poutine" was first keyed PER:poutine; the registry re-keyed him to PER:vladimir-poutine after aa was stored.
        dev.storyline.entities.EmbeddedEntityRegistry registry = dev.storyline.entities.EmbeddedEntityRegistry.inMemory();
        registry.observe(new dev.storyline.entities.Observation("PER:poutine", "PER", "Poutine", "poutine", "fr", "new",
                LocalDate.of(2022, 1, 13), List.of("poutine"), null));
        AnalyzedArticle before = article("before", null, "fr", "AA", "2022-01-13", "Poutine au téléphone",
                "Poutine a appelé Tokaïev.", "PER:poutine");
        registry.rekey("PER:poutine", "PER:vladimir-poutine");
        AnalyzedArticle after = article("after", null, "fr", "AA", "2022-01-14", "Vladimir Poutine au Kremlin",
                "Vladimir Poutine a reçu Tokaïev.", "PER:vladimir-poutine");
        try (ArticleStore store = open()) {
            store.add(before);
            store.add(after);
            store.add(REUTERS);
            store.commit();
            for (String asked : List.of("PER:vladimir-poutine", "PER:poutine")) {
                SearchRequest request = new SearchRequest(null, null, null, asked, null, null, 0, 10);
                assertEquals(List.of("after", "before"), ids(store.search(request.withEntityAliases(registry.keysOf(asked)))), asked);
            }
            assertEquals(List.of("after"), ids(store.search(new SearchRequest(null, null, null, "PER:vladimir-poutine", null, null, 0, 10))),
                    "without the aliases, only the current key");
        }
    }

    @Test
    public void invalidQueryIsAClearError() throws IOException {
        try (ArticleStore store = open()) {
            store.add(AA);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> store.search(SearchRequest.of("\"unclosed phrase")));
            assertTrue(e.getMessage().startsWith("invalid query"), e.getMessage());
        }
    }

    @Test
    public void forEachVisitsArticlesInIngestionOrder() throws IOException {
        try (ArticleStore store = open()) {
            store.add(REUTERS);
            store.commit();
        }
        try (ArticleStore store = open()) {
            store.add(AA);
            store.commit();
            List<String> seen = new ArrayList<>();
            store.forEach(a -> seen.add(a.analyzed().article().id()));
            assertEquals(List.of("r1", "aa"), seen);
        }
    }

    @Test
    public void emptyStoreSearchesAndCountsNothing() throws IOException {
        try (ArticleStore store = open()) {
            assertEquals(0, store.count());
            assertEquals(0, store.search(SearchRequest.of("anything")).total());
        }
    }

    protected static List<String> ids(SearchResults results) {
        return results.hits().stream().map(h -> h.analyzed().article().id()).toList();
    }
}
