package dev.storyline.extract;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The learnt body selection: the decoder over line labels, and the weights file. Scores and pages made up here. */
class ScrapedBodyModelTest {

    @Test
    void theDecoderKeepsTheLinesThatScoreAndPaysForEachChangeOfLabel() {
        double[] scores = {-2, 3, 2, -0.4, 4, -3};
        // free changes: every line that scores is kept, the weak one between them is not
        assertEquals(List.of(1, 2, 4), ScrapedBodyModel.decode(scores, 0));
        // a change costs more than the weak line loses: the span runs through it
        assertEquals(List.of(1, 2, 3, 4), ScrapedBodyModel.decode(scores, 1));
        // a change costs more than anything gains: nothing is kept
        assertEquals(List.of(), ScrapedBodyModel.decode(new double[]{-1, 1.5, -1}, 1));
    }

    @Test
    void aSpanAtThePagesEndsIsKept() {
        assertEquals(List.of(0, 1), ScrapedBodyModel.decode(new double[]{2, 2, -5}, 1));
        assertEquals(List.of(1, 2), ScrapedBodyModel.decode(new double[]{-5, 2, 2}, 1));
    }

    @Test
    void weightsAreReadWithTheSwitchCostAndABadLineIsNamed() throws IOException {
        ScrapedBodyModel model = ScrapedBodyModel.read(new ByteArrayInputStream(
                "# comment\nswitch\t0.5\nk=PROSE\t2.5\nbias\t-1\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(1.5, model.lineScore(List.of("bias", "k=PROSE", "unknown feature")), 1e-9);
        IOException e = assertThrows(IOException.class, () -> ScrapedBodyModel.read(new ByteArrayInputStream(
                "k=PROSE 2.5\n".getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    }

    @Test
    void theShippedWeightsAreRead() {
        assertAParagraphOutscoresAMenu(ScrapedBodyModel.standard());
    }

    /** A long prose line inside the body scores above zero and above a short menu line far above it. */
    private static void assertAParagraphOutscoresAMenu(ScrapedBodyModel model) {
        double paragraph = model.lineScore(List.of("bias", "k=PROSE", "kw=PROSE26-60", "ke=PROSEtrue", "old=in"));
        double menu = model.lineScore(List.of("bias", "k=NAVIGATION", "kw=NAVIGATION1-3", "old=above31+"));
        assertTrue(paragraph > 0 && menu < paragraph, paragraph + " " + menu);
    }

    /** A page in the shape w3m prints (one line per block), written for this test: menu, article, footer. */
    @Test
    void theLearntSelectionKeepsTheArticleAndLeavesTheFurniture() {
        ScrapedTextExtractor extractor = new ScrapedTextExtractor(java.time.LocalDate.of(2024, 3, 5),
                ScrapedTextExtractor.BodySelection.MODEL);
        String text = extractor.extract("p", "https://courier.example/news/bridge", """
                Home
                News
                Sport
                Harbour bridge reopens after repairs
                By Anna Berg
                4 March 2024
                The harbour bridge in Lakeside reopened to traffic on Monday after eight months of repairs to its steel deck, the town council said in a statement.
                Engineers replaced forty tonnes of corroded plates and repainted the whole span, which carries about twelve thousand vehicles a day between the old town and the ferry terminal.
                Night closures will continue until Friday while the last lamps are installed, the council added, and buses will keep their detour until then.
                Share on Facebook
                Share on Twitter
                Sign up for our newsletter
                © 2024 Lakeside Courier. All rights reserved.
                """).text();
        assertTrue(text.startsWith("The harbour bridge in Lakeside reopened"), text);
        assertTrue(text.contains("Night closures will continue until Friday"), text);
        assertFalse(text.contains("Share on"), text);
        assertFalse(text.contains("All rights reserved"), text);
        assertFalse(text.contains("Sport"), text);
    }

    @Test
    void linesOfAPageGetFeaturesOfTheirKindAndPlace() {
        ScrapedTextExtractor rules = new ScrapedTextExtractor(java.time.LocalDate.of(2024, 3, 5),
                BoilerplateLexicon.standard(), DatelineParser.standard(), null);
        var layout = rules.layout("""
                Home | News | Sport
                Harbour bridge reopens after repairs
                The harbour bridge in Lakeside reopened to traffic on Monday after eight months of repairs to its steel deck.
                Engineers replaced forty tonnes of corroded plates and repainted the whole span of the bridge.
                """);
        List<List<String>> features = ScrapedTextExtractor.features(layout);
        assertTrue(features.get(0).contains("links"), features.get(0).toString());
        assertTrue(features.get(1).contains("title=is"), features.get(1).toString());
        assertTrue(features.get(2).contains("old=in") && features.get(2).contains("k=PROSE"), features.get(2).toString());
        assertTrue(features.get(2).contains("title=after1"), features.get(2).toString());
    }

    @Test
    void linesNoSnippetNamesAreLabelledFromTheHtmlExtractorsText() {
        // a made-up page as a text browser prints it: a menu, a heading, the article's two paragraphs, a footer
        String rendering = """
                Home | World | Sport
                Latest news

                The council voted on Tuesday to close the old bridge to lorries from March.

                Residents had asked for the change after two accidents near the school last year.

                Share this story
                """;
        String htmlText = "The council voted on Tuesday to close the old bridge to lorries from March.\n\n"
                + "Residents had asked for the change after two accidents near the school last year.";
        var page = new ExtractionEvaluation.Page("https://example.org/a", "a.html", rendering,
                List.of("close the old bridge"), List.of("Share this story"));
        var rules = new ScrapedTextExtractor(java.time.LocalDate.of(2026, 12, 5));
        double saved = ScrapedBodyModelTrainer.SILVER_WEIGHT;
        try {
            ScrapedBodyModelTrainer.SILVER_WEIGHT = 0.5;
            var labelled = ScrapedBodyModelTrainer.label(0, page, htmlText, rules);
            // every line with words is labelled: the snippets' with weight 1, the others from the HTML text
            assertEquals(5, labelled.size());
            assertEquals(List.of(false, false, true, true, false),
                    labelled.stream().map(ScrapedBodyModelTrainer.Labelled::body).toList());
            assertEquals(List.of(0.5, 0.5, 1.0, 0.5, 1.0),
                    labelled.stream().map(ScrapedBodyModelTrainer.Labelled::weight).toList());
            // without the HTML text only the snippets' lines and the weak negatives outside the article are used
            ScrapedBodyModelTrainer.SILVER_WEIGHT = 0;
            assertTrue(ScrapedBodyModelTrainer.label(0, page, null, rules).stream()
                    .noneMatch(l -> l.body() && l.weight() < 1));
        } finally {
            ScrapedBodyModelTrainer.SILVER_WEIGHT = saved;
        }
        assertEquals("home world sport", ScrapedBodyModelTrainer.words("Home | World | Sport"));
    }

    @Test
    void everyLineWithWordsIsLabelledFromAWholeExpectedText() {
        // a made-up page as a text browser prints it (written for Storyline): a menu, the article's headline and two
        // paragraphs, a teaser and a footer; the expected text keeps the headline and the paragraphs
        String rendering = """
                News | Weather | Local
                Ferry timetable changes from May

                The island ferry will leave an hour earlier on weekdays from the first of May.

                The operator said the change lets commuters reach the mainland before nine.

                Also read: Harbour car park to close for repairs
                Terms | Privacy
                """;
        String expected = "Ferry timetable changes from May\n\nThe island ferry will leave an hour earlier on "
                + "weekdays from the first of May. The operator said the change lets commuters reach the mainland "
                + "before nine.";
        var rules = new ScrapedTextExtractor(java.time.LocalDate.of(2026, 12, 6));
        var labelled = ScrapedBodyWholeTextTrainer.label(3, rules.layout(rendering), expected);
        assertEquals(List.of(false, true, true, true, false, false),
                labelled.stream().map(ScrapedBodyModelTrainer.Labelled::body).toList());
        assertTrue(labelled.stream().allMatch(l -> l.page() == 3 && l.weight() == 1));
    }

    @Test
    void aLongBlockOfTheModelsOutsideTheRulesSpanJoinsTheTextAndAShortOneDoesNot() {
        // a made-up page (written for Storyline): the article's first part, a gallery and menu run, its second part,
        // then a short teaser; the model's lines are given by hand, as a learnt model could choose them
        String part = "The museum reopened its east wing on Saturday after two years of work on the roof and walls.";
        String rendering = part + "\n\n" + part.replace("Saturday", "Sunday") + "\n\nGallery\nPhoto 1 of 12\n"
                + "Home | Arts | Events\nShare\nMore\n"
                + "Visitors queued from early morning, and the first guided tours were full within the hour, staff said.\n\n"
                + "The wing holds the collection of maps and the old printing press that the town bought in 1921.\n\n"
                + "Entry stays free for children under twelve, and the café on the ground floor opens next month.\n\n"
                + "Tickets can be booked online or at the door, and groups of more than ten are asked to call ahead.\n\n"
                + "Read next\nNew bus line to the harbour\n";
        var rules = new ScrapedTextExtractor(java.time.LocalDate.of(2026, 12, 6));
        var layout = rules.layout(rendering);
        List<Integer> rulesLines = List.of(0, 1);
        List<Integer> secondPart = List.of(7, 8, 9, 10);
        assertEquals(List.of(0, 1, 7, 8, 9, 10), ScrapedTextExtractor.withBlocks(layout, rulesLines, secondPart, 60));
        // the teaser alone is too short to join; the rules' own lines stay whatever the model says
        assertEquals(List.of(0, 1), ScrapedTextExtractor.withBlocks(layout, rulesLines, List.of(12), 60));
        assertEquals(List.of(0, 1), ScrapedTextExtractor.withBlocks(layout, rulesLines, List.of(), 60));
    }

    @Test
    void theWholeTextWeightsAreReadAndSpansKeepTheRulesText() {
        assertAParagraphOutscoresAMenu(ScrapedBodyModel.wholeText());
        // a made-up page (written for Storyline): SPANS only adds to the rules' lines, never takes one away
        String page = """
                Menu | Local | Weather
                Library extends opening hours
                The town library will stay open until eight on weekday evenings from next month, the council said.
                Share
                Advertisement
                Students had asked for longer hours during the exam season, and the council found the money in its spring budget.
                The new hours will be reviewed after a year, when the library counts its evening visitors.
                Comments (3)
                """;
        var date = java.time.LocalDate.of(2026, 12, 6);
        String rules = new ScrapedTextExtractor(date).extract("p", "https://example.org/a", page).text();
        String spans = new ScrapedTextExtractor(date, ScrapedTextExtractor.BodySelection.SPANS)
                .extract("p", "https://example.org/a", page).text();
        for (String line : rules.split("\n")) assertTrue(spans.contains(line), spans);
        assertFalse(spans.contains("Comments"), spans);
    }
}
