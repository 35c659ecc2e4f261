package dev.storyline.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ExpectedTextEvaluationTest {

    @Test
    void countsShinglesOfFourWordsIgnoringCaseAndPunctuation() {
        var page = new ExpectedTextEvaluation.Page("p", "u", "<html/>", "One two three four five.");
        // extracted: "one two three four" matches, "two three four five" matches, then 2 shingles with "menu"
        var r = ExpectedTextEvaluation.compare(page, "ONE, two; three four five\nMenu home");
        assertEquals(2, r.truePositives());
        assertEquals(2, r.falsePositives());
        assertEquals(0, r.falseNegatives());
    }

    @Test
    void repeatedShinglesCountAsOftenAsTheyOccur() {
        var page = new ExpectedTextEvaluation.Page("p", "u", "<html/>", "a b c d");
        var r = ExpectedTextEvaluation.compare(page, "a b c d a b c d");
        assertEquals(1, r.truePositives());
        assertEquals(4, r.falsePositives());
    }

    @Test
    void readsReadabilityAndNewspaperLayoutsAndSkipsNotesInCapitals(@TempDir Path dir) throws IOException {
        Path readability = dir.resolve("r");
        Files.createDirectories(readability.resolve("case-1"));
        Files.writeString(readability.resolve("case-1/source.html"), "<p>Source text here.</p>");
        Files.writeString(readability.resolve("case-1/expected.html"), "<div><p>Source text here now.</p></div>");
        assertEquals("Source text here now.", ExpectedTextEvaluation.load(readability).get(0).expected());

        Path paired = dir.resolve("n");
        Files.createDirectories(paired.resolve("html"));
        Files.createDirectories(paired.resolve("text"));
        Files.writeString(paired.resolve("html/site.com1.html"), "<p>x</p>");
        Files.writeString(paired.resolve("text/site.com1.txt"), "The expected article text.");
        Files.writeString(paired.resolve("html/site.com2.html"), "<p>x</p>");
        Files.writeString(paired.resolve("text/site.com2.txt"), "MISSES THE LAST PARAGRAPH");
        List<ExpectedTextEvaluation.Page> pages = ExpectedTextEvaluation.load(paired);
        assertEquals(1, pages.size());
        assertEquals("https://site.com/article.html", pages.get(0).url());
    }

    /** Floors a little under what was measured on Mozilla Readability's test pages (Apache-2.0), when present. */
    @Test
    void mainTextOnReadabilityTestPages() throws IOException {
        Path dir = Path.of(System.getProperty("storyline.readability.pages", "/tmp/extraction-dev/readability"));
        assumeTrue(Files.isDirectory(dir) && ExpectedTextEvaluation.recognises(dir),
                "skipped: no readability test pages at " + dir.toAbsolutePath()
                        + " (set -Dstoryline.readability.pages=DIR; the README, Article extraction, says how to rebuild them)");
        var score = ExpectedTextEvaluation.score("storyline", ExpectedTextEvaluation.load(dir),
                PeerExtractors.storyline());
        System.out.printf(Locale.ROOT, "readability test pages: P %.3f R %.3f F1 %.3f%n", score.precision(),
                score.recall(), score.f1());
        // measured P 0.948, F1 0.924 (0.9235 since comment threads are cut: Readability's expected text keeps them)
        assertTrue(score.precision() >= 0.945 && score.f1() >= 0.92, () -> "P " + score.precision() + " F1 " + score.f1());
    }

    /** Floors a little under what was measured on newspaper's test pages (MIT), when present. */
    @Test
    void mainTextOnNewspaperTestPages() throws IOException {
        Path dir = Path.of(System.getProperty("storyline.newspaper.pages", "/tmp/extraction-dev/newspaper"));
        assumeTrue(Files.isDirectory(dir) && ExpectedTextEvaluation.recognises(dir),
                "skipped: no newspaper test pages at " + dir.toAbsolutePath()
                        + " (set -Dstoryline.newspaper.pages=DIR; the README, Article extraction, says how to rebuild them)");
        var score = ExpectedTextEvaluation.score("storyline", ExpectedTextEvaluation.load(dir),
                PeerExtractors.storyline());
        System.out.printf(Locale.ROOT, "newspaper test pages: P %.3f R %.3f F1 %.3f%n", score.precision(),
                score.recall(), score.f1());
        // measured P 0.956, F1 0.962
        assertTrue(score.precision() >= 0.953 && score.f1() >= 0.960, () -> "P " + score.precision() + " F1 " + score.f1());
    }

    /**
     * Floors a little under what was measured on the L3S-GN1 news pages (Google News, 2008; gold: the text annotated
     * as the article's, class {@code x-nc-sel2}), when present in newspaper's layout; notes/extract.md says how to
     * lay them out. Research-use licence: never in the repository.
     */
    @Test
    void mainTextOnL3sGn1NewsPages() throws IOException {
        var score = scoreIfPresent("storyline.l3s.pages", "/tmp/extraction-dev/l3s-gn1");
        // measured P 0.953, F1 0.970 (issue 13: titles with a garbled end tag, link-led and inline teaser lists, the
        // article's column rather than a frame of columns, boxes of blurbs under labels not taken for its prose, the
        // column under the article's title heading)
        assertTrue(score.precision() >= 0.950 && score.f1() >= 0.967, () -> "P " + score.precision() + " F1 " + score.f1());
    }

    /** Floors a little under what was measured on dragnet's pages (news and blogs, 2012; AGPL-3.0), when present. */
    @Test
    void mainTextOnDragnetPages() throws IOException {
        var score = scoreIfPresent("storyline.dragnet.pages", "/tmp/extraction-dev/dragnet");
        // measured P 0.931, F1 0.878 (a check set: never tuned on)
        assertTrue(score.precision() >= 0.928 && score.f1() >= 0.874, () -> "P " + score.precision() + " F1 " + score.f1());
    }

    private static ExpectedTextEvaluation.Score scoreIfPresent(String property, String fallback) throws IOException {
        Path dir = Path.of(System.getProperty(property, fallback));
        assumeTrue(Files.isDirectory(dir) && ExpectedTextEvaluation.recognises(dir),
                "skipped: no pages at " + dir.toAbsolutePath() + " (set -D" + property
                        + "=DIR; notes/extract.md says how to lay them out)");
        var score = ExpectedTextEvaluation.score("storyline", ExpectedTextEvaluation.load(dir),
                PeerExtractors.storyline());
        System.out.printf(Locale.ROOT, "%s: P %.3f R %.3f F1 %.3f%n", dir.getFileName(), score.precision(),
                score.recall(), score.f1());
        return score;
    }
}
