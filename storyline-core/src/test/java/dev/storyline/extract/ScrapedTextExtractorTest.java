package dev.storyline.extract;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scraped pages in several languages (fixtures we wrote, see src/test/resources/dev/storyline/extract/README.md). */
class ScrapedTextExtractorTest {

    private final ScrapedTextExtractor extractor = new ScrapedTextExtractor(LocalDate.of(2026, 11, 22));

    private static String fixture(String name) throws IOException {
        try (InputStream in = ScrapedTextExtractorTest.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void englishWireStory() throws IOException {
        Article a = extractor.extract("en", null, fixture("en-reuters-wire.txt"));
        assertAll(
                () -> assertEquals("Russia's Putin talks to Central Asian leaders as Kazakh unrest spreads", a.title()),
                () -> assertEquals("2022-01-07", a.published()),
                () -> assertEquals("Moscow", a.dateline()),
                () -> assertEquals("Reuters", a.source()),
                () -> assertEquals(List.of("Jane Porter", "Mark O'Neill"), a.authors()),
                () -> assertTrue(a.text().startsWith("Russian President Vladimir Putin held phone calls"), a.text()),
                () -> assertTrue(a.text().endsWith("It was not clear how long the troops would remain."), a.text()),
                () -> assertTrue(a.text().contains("\"We will not allow the situation to be rocked from outside,\""),
                        "quotes are part of the story"),
                () -> assertFalse(a.text().contains("Related")),
                () -> assertFalse(a.text().contains("Share")),
                () -> assertFalse(a.text().contains("Reporting by")));
    }

    @Test
    void germanAgencyReport() throws IOException {
        Article a = extractor.extract("de", null, fixture("de-dpa-meldung.txt"));
        assertAll(
                () -> assertEquals("Putin telefoniert mit Tokajew und weiteren Verbündeten", a.title()),
                () -> assertEquals("2022-01-07", a.published()),
                () -> assertEquals("Berlin", a.dateline()),
                () -> assertEquals("dpa", a.source()),
                () -> assertEquals(List.of("Anna Schmidt", "Karl Weber"), a.authors()),
                () -> assertTrue(a.text().startsWith("Kremlchef Wladimir Putin hat am Freitag"), a.text()),
                () -> assertTrue(a.text().endsWith("an einer Erhöhung der Gaspreise entzündet."), a.text()),
                () -> assertTrue(a.text().contains("\"Gewalt darf keine Antwort sein\""), a.text()),
                () -> assertFalse(a.text().contains("Lesen Sie auch")),
                () -> assertFalse(a.text().contains("Was hinter den Protesten"), "the linked headline goes with its marker"),
                () -> assertFalse(a.text().contains("Teilen")));
    }

    @Test
    void spanishAgencyNewsWithYearFromTheWeekday() throws IOException {
        Article a = extractor.extract("es", null, fixture("es-efe-noticia.txt"));
        assertAll(
                () -> assertEquals("Putin habla con los líderes de Kazajistán y Uzbekistán sobre la crisis", a.title()),
                () -> assertEquals("2022-01-07", a.published(), "7 January was last a Friday (viernes) in 2022"),
                () -> assertEquals("Madrid", a.dateline()),
                () -> assertEquals("EFE", a.source()),
                () -> assertEquals(List.of("María López Fernández"), a.authors()),
                () -> assertTrue(a.text().startsWith("El presidente ruso, Vladimir Putin, habló este viernes"), a.text()),
                () -> assertTrue(a.text().endsWith("por la subida del precio del gas licuado."), a.text()),
                () -> assertFalse(a.text().contains("Lee también")),
                () -> assertFalse(a.text().contains("Compartir")),
                () -> assertFalse(a.text().contains("redistribución")));
    }

    @Test
    void russianAgencyNewsWithYearFromAnInflectedWeekday() throws IOException {
        Article a = extractor.extract("ru", null, fixture("ru-tass-novost.txt"));
        assertAll(
                () -> assertEquals("Путин обсудил с Токаевым ситуацию в Казахстане", a.title()),
                () -> assertEquals("2022-01-07", a.published(), "\"в пятницу\": on a Friday"),
                () -> assertEquals("Москва", a.dateline()),
                () -> assertEquals("ТАСС", a.source()),
                () -> assertEquals(List.of(), a.authors()),
                () -> assertTrue(a.text().startsWith("Президент России Владимир Путин в пятницу"), a.text()),
                () -> assertTrue(a.text().endsWith("из-за роста цен на сжиженный газ."), a.text()),
                () -> assertFalse(a.text().contains("Читайте также")),
                () -> assertFalse(a.text().contains("Токаев заявил")),
                () -> assertFalse(a.text().contains("Теги")),
                () -> assertFalse(a.text().contains("ТАСС")));
    }

    @Test
    void yearComesFromTheUrlWhenTheTextNamesNoWeekday() {
        String page = """
                Kazakh leader thanks allies for help
                ASTANA, Jan 12 (Reuters) - Kazakhstan's president thanked the allies who sent troops to the country.
                The first units will leave within two days, he said in a televised address.
                """;
        Article a = extractor.extract("u", "https://example.com/world/2021/01/12/kazakh-leader/", page);
        assertEquals("2021-01-12", a.published());
    }

    @Test
    void yearFallsBackToTheLatestPastOccurrenceOfTheDay() {
        String page = """
                Kazakh leader thanks allies for help
                ASTANA, Dec 12 (Reuters) - Kazakhstan's president thanked the allies who sent troops to the country.
                The first units will leave within two days, he said in a televised address.
                """;
        Article a = extractor.extract("f", null, page);
        assertEquals("2025-12-12", a.published(), "12 December 2026 is after today, 22 November 2026");
    }

    @Test
    void fullDateInTheUrlIsThePublicationDayWhenThePageShowsNone() {
        String page = """
                The council approved the budget for next year after a long debate on Tuesday evening.
                Opposition members voted against it, saying it cut too deeply into school funding.
                """;
        Article a = extractor.extract("d", "https://example.org/news/2023-03-14-budget-approved", page);
        assertEquals("2023-03-14", a.published());
        assertEquals("example.org", a.source(), "without a dateline the site is the source");
    }

    @Test
    void truncatedBreadcrumbPointsAtTheTitleWithoutBeingIt() {
        String page = """
                Home News World Leaders agree to extend the ceasefire by...
                Leaders agree to extend the ceasefire by another month
                The leaders of both countries agreed on Monday to extend the ceasefire by another month, officials said.
                Talks on a permanent settlement are due to resume in Geneva next week.
                """;
        Article a = extractor.extract("b", null, page);
        assertEquals("Leaders agree to extend the ceasefire by another month", a.title());
        assertTrue(a.text().startsWith("The leaders of both countries"), a.text());
    }

    @Test
    void shortParagraphsAndQuotesInsideTheBodyStay() {
        String page = """
                Minister resigns
                The minister of finance resigned on Thursday after weeks of pressure over the budget figures.
                "I have no regrets."
                He will stay in office until a successor is appointed by the prime minister next week.
                """;
        Article a = extractor.extract("q", null, page);
        assertEquals(3, a.text().split("\n").length, a.text());
        assertTrue(a.text().contains("\"I have no regrets.\""));
    }

    @Test
    void pageWithoutProseGivesEmptyText() {
        Article a = extractor.extract("n", null, "Home\nWorld\n34\n0\nShare\nFacebook Twitter\n");
        assertEquals("", a.text());
        assertTrue(a.authors().isEmpty());
    }

    @Test
    void blankOrMissingInputGivesAnEmptyArticle() {
        assertEquals("", extractor.extract("e", null, "").text());
        assertEquals("", extractor.extract("e", null, "\n\n   \n\t\n").text());
        assertEquals("", extractor.extract("e", null, null).text());
        assertNull(extractor.extract("e", "not a url at all", "").source());
    }

    @Test
    void oneHugeLineIsTheWholeText() {
        String line = "The committee met again to discuss the proposal in detail. ".repeat(5000).strip();
        Article a = extractor.extract("h", null, line);
        assertEquals(line, a.text());
    }

    @Test
    void arbitraryInputNeverThrows() {
        Random random = new Random(42);
        String alphabet = "aZé 7.,:-–|/()«»\"\n\n\t\u00a0…©MOSCOW(Reuters)janvierJan1";
        for (int n = 0; n < 300; n++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(400);
            for (int i = 0; i < length; i++) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            assertNotNull(extractor.extract("r" + n, random.nextBoolean() ? null : "http://x/%zz/" + b, b.toString()));
        }
    }

    @Test
    void aListInsideTheArticleDoesNotCutItsBody() {
        String page = String.join("\n",
                "Home", "News", "Politics",
                "Customs publishes the new tobacco tax rules",
                "The federal gazette published the law modernising the tobacco tax on 17 August, the customs office said on Monday in a statement to importers.",
                "The law brings the following changes:",
                " 1. a new tariff for waterpipe tobacco and heated tobacco from January 2022,",
                " 2. a tariff for substitutes of tobacco products from July 2022,",
                " 3. yearly rises of the tariffs in four steps,",
                "  • for cigarettes and fine-cut tobacco from January 2022,",
                "  • for waterpipe tobacco and heated tobacco from January 2023",
                "Importers who meet the tobacco tax for the first time will find guidance in the customs office's pages on excise duties.",
                "  • Forms", "  • Contact", "Imprint");
        String text = extractor.extract("list", null, page).text();
        assertTrue(text.startsWith("The federal gazette published"), text);
        assertTrue(text.contains("2. a tariff for substitutes of tobacco products"), text);
        assertTrue(text.endsWith("pages on excise duties."), text);
    }

    @Test
    void aBodyMayEndOnAParagraphWhoseLastWordsWereCutOff() {
        // written for this test: a page that shows only the opening of its article before a paywall
        String page = """
                Home
                News
                Port handles record rail volumes
                4 February 2022
                The port moved 458,000 containers by rail last year, nine per cent more than the year before.
                The rise is due among other things to four new rail shuttles that link the port with inland terminals in the north of the country, the port company said. In addition
                Subscribe to read more
                Contact
                """;
        String text = extractor.extract("cut", null, page).text();
        assertTrue(text.endsWith("the port company said. In addition"), text);
        assertFalse(text.contains("Subscribe"), text);
    }
}
