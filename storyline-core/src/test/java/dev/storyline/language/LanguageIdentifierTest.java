package dev.storyline.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.internal.Ngram;
import com.github.pemistahl.lingua.internal.TestDataLanguageModel;
import dev.storyline.extract.Article;
import dev.storyline.extract.ArticleExtractor;
import dev.storyline.ingest.InputReader;
import dev.storyline.ingest.RawPage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguageIdentifierTest {

    private final LanguageIdentifier languages = new LanguageIdentifier();

    @Test
    void identifiesTheSupportedNewsLanguages() {
        assertEquals("fr", languages.identify("Le Kremlin confirme", "Le président russe a discuté jeudi de la situation avec ses homologues."));
        assertEquals("en", languages.identify(null, "The Russian president discussed the situation with his counterparts on Thursday."));
        assertEquals("de", languages.identify(null, "Der russische Präsident hat am Donnerstag mit seinen Amtskollegen über die Lage gesprochen."));
        assertEquals("es", languages.identify(null, "El presidente ruso habló el jueves con sus homólogos sobre la situación."));
        assertEquals("ru", languages.identify(null, "Президент России обсудил в четверг ситуацию в Казахстане с коллегами."));
    }

    @Test
    void saysNothingForEmptyText() {
        assertNull(languages.identify(null, ""));
        assertNull(languages.identify("", "   "));
    }

    /** Short texts take Lingua's five n-gram lengths and unigram counts, long ones trigrams alone; rules decide some. */
    @Test
    void answersAsLinguasOwnDetectorOnShortLongMixedAndScriptDecidedTexts() {
        LanguageDetector lingua = LanguageIdentifier.linguaDetector();
        List<String> texts = List.of("a", "ok", "Paris", "Merci", "Danke schön", "Obrigado", "grazie mille", "123 !!",
                "Berlin Paris Roma", "The Kremlin", "Le Kremlin", "Der Kremlin", "Brexit", "Bundestag", "Ayuntamiento",
                "Президент", "Президент України", "Привіт", "الرئيس", "İstanbul'da", "Zażółć gęślą jaźń", "Het kabinet",
                "Le président russe a discuté jeudi de la situation avec ses homologues, a indiqué le Kremlin dans un communiqué.",
                "The Russian president discussed the situation with his counterparts on Thursday, the Kremlin said.",
                "Der russische Präsident hat am Donnerstag mit seinen Amtskollegen über die Lage gesprochen, teilte der Kreml mit.",
                "Live: Ukraine-Krieg – Selenskyj trifft Macron in Paris; Kyiv says Russia launched 40 drones overnight.",
                "Il presidente ha parlato giovedì con i suoi omologhi; o presidente falou na quinta-feira com os seus homólogos.");
        for (String text : texts) assertEquals(lingua.detectLanguageOf(text), languages.detectLanguageOf(text), text);
    }

    /** The n-grams are Lingua's, in the same order (sums of floats depend on it), letters outside the BMP included. */
    @Test
    void takesTheSameNgramsAsLinguaInTheSameOrder() {
        List<String> texts = List.of("a", "ab", "Le président russe, 40 drones", "İstanbul'da Zażółć",
                "𝐀𝐁𝐂 math letters", "emoji 😀ab😀 c", "lone \uD835 surrogate \uDC00 x", "Президент України الرئيس");
        for (String text : texts) {
            for (int n = 1; n <= 5; n++) {
                List<String> lingua = TestDataLanguageModel.Companion.fromText(text, n).getNgrams().stream().map(Ngram::getValue).toList();
                assertEquals(lingua, List.copyOf(LanguageIdentifier.ngramsOf(text, n)), n + "-grams of " + text);
            }
        }
    }

    /** Every page's sums of n-gram log-probabilities, every supported language, n from 2 to 5: Lingua's floats exactly. */
    @Test
    void sumsTheSameProbabilitiesAsLinguaOnEveryTrafilaturaPage() {
        Path pages = Path.of(System.getProperty("storyline.shared", "../shared"), "data/extraction/trafilatura-eval/html");
        Assumptions.assumeTrue(Files.isDirectory(pages), "trafilatura pages absent (" + pages + "): skipped");
        LanguageDetector lingua = LanguageIdentifier.linguaDetector();
        Set<Language> all = new LinkedHashSet<>(LanguageIdentifier.SUPPORTED);
        ArticleExtractor extractor = new ArticleExtractor(LocalDate.of(2024, 1, 1));
        int compared = 0;
        try (var items = new InputReader().read(List.of(pages))) {
            for (RawPage page : items.filter(RawPage.class::isInstance).map(RawPage.class::cast).toList()) {
                Article article = extractor.extract(page);
                String cleaned = lingua.cleanUpInputText$lingua(LanguageIdentifier.sample(article.title(), article.text()));
                for (int n = 2; n <= 5 && n <= cleaned.length(); n++) {
                    assertEquals(lingua.computeLanguageProbabilities$lingua(TestDataLanguageModel.Companion.fromText(cleaned, n), all),
                            languages.ngramProbabilities(cleaned, n, all), page.id() + ", " + n + "-grams");
                }
                compared++;
            }
        }
        assertTrue(compared > 900, "pages compared: " + compared);
    }

    /** Every page of the trafilatura evaluation set (989 pages in 20-odd languages), as the pipeline samples it. */
    @Test
    void answersAsLinguasOwnDetectorOnEveryTrafilaturaPage() {
        Path pages = Path.of(System.getProperty("storyline.shared", "../shared"), "data/extraction/trafilatura-eval/html");
        Assumptions.assumeTrue(Files.isDirectory(pages), "trafilatura pages absent (" + pages + "): skipped");
        LanguageDetector lingua = LanguageIdentifier.linguaDetector();
        ArticleExtractor extractor = new ArticleExtractor(LocalDate.of(2024, 1, 1));
        List<String> differences = new ArrayList<>();
        int compared = 0;
        try (var items = new InputReader().read(List.of(pages))) {
            for (RawPage page : items.filter(RawPage.class::isInstance).map(RawPage.class::cast).toList()) {
                Article article = extractor.extract(page);
                String sample = LanguageIdentifier.sample(article.title(), article.text());
                if (sample.isBlank()) continue;
                Language expected = lingua.detectLanguageOf(sample), actual = languages.detectLanguageOf(sample);
                if (expected != actual) differences.add(page.id() + ": Lingua " + expected + ", here " + actual);
                compared++;
            }
        }
        assertTrue(compared > 900, "pages compared: " + compared);
        assertEquals(List.of(), differences);
    }
}
