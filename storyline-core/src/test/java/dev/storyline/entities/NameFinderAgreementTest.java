package dev.storyline.entities;

import dev.storyline.extract.Article;
import dev.storyline.extract.ArticleExtractor;
import dev.storyline.ingest.InputReader;
import dev.storyline.ingest.RawPage;
import dev.storyline.language.LanguageIdentifier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fast name finding against the CRF on every sentence, on the 100 longest of the trafilatura evaluation pages
 * (mostly German and English): where the fast path's savings bite, and the French gold's short documents cannot
 * tell. Prints its figures; takes a minute or two.
 */
class NameFinderAgreementTest {

    @Test
    void theFastDesignAgreesWithTheCrfOnLongArticles() {
        Path pages = Path.of(System.getProperty("storyline.shared", "../shared"), "data/extraction/trafilatura-eval/html");
        Assumptions.assumeTrue(Files.isDirectory(pages), "trafilatura pages absent (" + pages + "): skipped");
        ArticleExtractor extractor = new ArticleExtractor(LocalDate.of(2024, 1, 1));
        LanguageIdentifier languages = new LanguageIdentifier();
        List<NameFinderAgreement.Document> documents;
        try (var items = new InputReader().read(List.of(pages))) {
            documents = items.filter(RawPage.class::isInstance).map(RawPage.class::cast).map(page -> {
                Article a = extractor.extract(page);
                String language = languages.identify(a.title(), a.text());
                return new NameFinderAgreement.Document(page.id(), a.text() == null ? "" : a.text(), language == null ? "" : language);
            }).filter(d -> !d.text().isBlank()).toList();
        }
        NerModels models = new NerModels();
        var result = NameFinderAgreement.compare(new NameFinder(models), new NameFinder(models, NameFinder.Mode.CRF), documents, 100);
        System.out.println("== fast name finding against the CRF on every sentence\n" + result.report());
        // Reaches 0.924, labelling 25% of the CRF's tokens.
        assertTrue(result.scores().exact().get("ALL").f1() >= 0.90, "exact agreement F1 " + result.scores().exact().get("ALL").f1());
        assertTrue(result.candidateCrfTokens() * 10 < result.referenceCrfTokens() * 3, "the fast path labels under 30% of the tokens (25% today)");
    }
}
