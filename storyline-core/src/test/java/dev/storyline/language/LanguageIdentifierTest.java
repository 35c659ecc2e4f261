package dev.storyline.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
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
import java.util.List;

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
