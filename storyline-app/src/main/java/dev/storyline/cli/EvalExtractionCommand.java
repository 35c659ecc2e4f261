package dev.storyline.cli;

import dev.storyline.extract.ExpectedTextEvaluation;
import dev.storyline.extract.ExtractionEvaluation;
import dev.storyline.extract.ExtractionEvaluation.PageResult;
import dev.storyline.extract.ExtractionEvaluation.Score;
import dev.storyline.extract.PeerExtractors;
import dev.storyline.extract.ScrapedTextExtractor;
import dev.storyline.extract.TextBrowser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;

@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = {"Main-text extraction against an evaluation set, for ours and for readability4j and boilerpipe.",
                "A trafilatura-style set (evaldata.json + html/*.gz) is scored by snippets found and leaked.",
                "A set of pages with whole expected texts (Mozilla Readability's test/test-pages, newspaper's "
                        + "tests/data) is scored by shingles of 4 words.",
                "With --as-text, each page is first flattened by a text browser (lynx, w3m or html2text, which "
                        + "must be installed) and extracted as scraped text."})
final class EvalExtractionCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "The evaluation set's folder.")
    Path dir;

    @Option(names = "--verbose", description = "Print, for our extractor, each page's missed and leaked snippets "
            + "(snippet sets) or the pages with the most shingles kept wrongly and missed (expected-text sets).")
    boolean verbose;

    @Option(names = "--no-peers", description = "Measure only our extractor.")
    boolean noPeers;

    @Option(names = "--as-text", paramLabel = "BROWSER", description = "Flatten each page with this text browser "
            + "(lynx, w3m, html2text) and evaluate scraped-text extraction on what it prints.")
    String asText;

    @Option(names = "--width", paramLabel = "COLS", description = "With --as-text, have the browser wrap lines at "
            + "this many columns (80 is the browsers' default) instead of printing each block on one line.")
    int width;

    @Option(names = "--scraped-body", paramLabel = "HOW", description = "With --as-text, how the article's lines "
            + "are chosen: RULES (the densest run and its edge rules), MODEL (learnt line weights decoded by "
            + "Viterbi) or SPANS (the rules' lines and a second model's long blocks above them). "
            + "Default: ${DEFAULT-VALUE}.")
    ScrapedTextExtractor.BodySelection scrapedBody = ScrapedTextExtractor.BodySelection.DEFAULT;

    @Override
    public Integer call() throws IOException {
        // readability4j logs a stack trace for every page whose URL it cannot resolve; its text is still returned
        System.setProperty("org.slf4j.simpleLogger.log.net.dankito.readability4j", "off");
        TextBrowser browser;
        try {
            browser = asText == null ? null : TextBrowser.named(asText);
        } catch (IllegalArgumentException e) {
            System.err.println("eval extraction: " + e.getMessage());
            return 2;
        }
        if (width < 0 || width > 0 && browser == null) {
            System.err.println("eval extraction: --width needs --as-text and a positive number of columns");
            return 2;
        }
        if (browser != null && !browser.available()) {
            System.err.println("eval extraction: " + browser.program() + " is not installed (apt-get install "
                    + browser.program() + ")");
            return 2;
        }
        if (Files.isRegularFile(dir.resolve("evaldata.json"))) return snippets(browser);
        if (ExpectedTextEvaluation.recognises(dir)) return expectedTexts(browser);
        System.err.println("eval extraction: " + dir + " holds neither evaldata.json and html/, nor pages with "
                + "expected texts (CASE/source.html + CASE/expected.html, or html/NAME.html + text/NAME.txt)");
        return 2;
    }

    /** What is measured: ours and the peers on HTML, or ours and a line-length baseline on rendered text. */
    private Map<String, BiFunction<String, String, String>> systems(TextBrowser browser) {
        Map<String, BiFunction<String, String, String>> systems = new LinkedHashMap<>();
        if (browser == null) {
            systems.put("storyline", PeerExtractors.storyline());
            if (!noPeers) {
                systems.put("readability4j", PeerExtractors.readability4j());
                systems.put("boilerpipe", PeerExtractors.boilerpipe());
            }
        } else {
            ScrapedTextExtractor scraped = new ScrapedTextExtractor(LocalDate.now(java.time.ZoneOffset.UTC), scrapedBody)
                    .withWidestLine(browser.widestLine(width));
            systems.put("storyline", (url, text) -> scraped.extract(url, url, text).text());
            if (!noPeers) systems.put("lines-15-words", EvalExtractionCommand::longLines);
        }
        return systems;
    }

    /** The baseline of the issue: every line of at least 15 words. */
    private static String longLines(String url, String text) {
        StringBuilder out = new StringBuilder();
        for (String line : (Iterable<String>) text.lines()::iterator) {
            if (line.strip().split("\\s+").length >= 15) out.append(line.strip()).append('\n');
        }
        return out.toString();
    }

    private int snippets(TextBrowser browser) throws IOException {
        List<ExtractionEvaluation.Page> pages = ExtractionEvaluation.load(dir);
        if (browser != null) {
            List<ExtractionEvaluation.Page> rendered = new ArrayList<>();
            for (ExtractionEvaluation.Page p : pages) {
                rendered.add(new ExtractionEvaluation.Page(p.url(), p.file(), render(browser, width, p.file(), p.html()),
                        p.with(), p.without()));
            }
            pages = rendered;
        }
        System.out.printf("%d pages from %s%s%n", pages.size(), dir, printedAs(browser));
        List<Score> scores = new ArrayList<>();
        for (var e : systems(browser).entrySet()) {
            scores.add(ExtractionEvaluation.score(e.getKey(), pages, e.getValue()));
            if (verbose && scores.size() == 1) printFailures(scores.get(0));
        }
        System.out.printf("%-14s %9s %9s %9s %9s %6s %6s %6s %6s%n",
                "extractor", "precision", "recall", "F1", "accuracy", "TP", "FN", "FP", "errors");
        for (Score s : scores) {
            System.out.printf(Locale.ROOT, "%-14s %9.3f %9.3f %9.3f %9.3f %6d %6d %6d %6d%n", s.extractor(),
                    s.precision(), s.recall(), s.f1(), s.accuracy(), s.truePositives(), s.falseNegatives(),
                    s.falsePositives(), s.errors());
        }
        return 0;
    }

    private int expectedTexts(TextBrowser browser) throws IOException {
        List<ExpectedTextEvaluation.Page> pages = ExpectedTextEvaluation.load(dir);
        if (browser != null) {
            List<ExpectedTextEvaluation.Page> rendered = new ArrayList<>();
            for (ExpectedTextEvaluation.Page p : pages) {
                rendered.add(new ExpectedTextEvaluation.Page(p.name(), p.url(), render(browser, width, p.name(), p.html()),
                        p.expected()));
            }
            pages = rendered;
        }
        System.out.printf("%d pages with expected texts from %s%s; shingles of %d words%n", pages.size(), dir,
                printedAs(browser), 4);
        List<ExpectedTextEvaluation.Score> scores = new ArrayList<>();
        for (var e : systems(browser).entrySet()) {
            scores.add(ExpectedTextEvaluation.score(e.getKey(), pages, e.getValue()));
            if (verbose && scores.size() == 1) printWorst(scores.get(0), e.getValue());
        }
        System.out.printf("%-14s %9s %9s %9s %9s %9s %9s %6s%n",
                "extractor", "precision", "recall", "F1", "TP", "FP", "FN", "errors");
        for (ExpectedTextEvaluation.Score s : scores) {
            System.out.printf(Locale.ROOT, "%-14s %9.3f %9.3f %9.3f %9d %9d %9d %6d%n", s.extractor(),
                    s.precision(), s.recall(), s.f1(), s.truePositives(), s.falsePositives(), s.falseNegatives(),
                    s.errors());
        }
        return 0;
    }

    private String printedAs(TextBrowser browser) {
        if (browser == null) return "";
        return ", as " + browser + " prints them" + (width > 0 ? " at " + width + " columns" : "");
    }

    /** A page the browser fails on is evaluated as an empty rendering, named on stderr. */
    private static String render(TextBrowser browser, int width, String name, String html) {
        try {
            return browser.render(html, width);
        } catch (IOException e) {
            System.err.println("eval extraction: " + browser + " could not render " + name + ": " + e.getMessage());
            return "";
        }
    }

    private static void printFailures(Score score) {
        for (PageResult r : score.pages()) {
            if (r.missed().isEmpty() && r.leaked().isEmpty()) continue;
            System.out.printf("%s  %s%n", r.page().file(), r.page().url());
            r.missed().forEach(s -> System.out.println("  missed: " + s));
            r.leaked().forEach(s -> System.out.println("  leaked: " + s));
        }
    }

    /** The pages that cost most, each with the lines kept that the expected text lacks. */
    private static void printWorst(ExpectedTextEvaluation.Score score, BiFunction<String, String, String> extractor) {
        System.out.println("pages by shingles kept wrongly (FP) and missed (FN), with the lines kept wrongly:");
        score.pages().stream()
                .sorted(Comparator.comparingLong(r -> -(r.falsePositives() + r.falseNegatives())))
                .limit(60)
                .forEach(r -> {
                    System.out.printf(Locale.ROOT, "  %-40s FP %6d  FN %6d  P %.3f R %.3f%n",
                            r.page().name(), r.falsePositives(), r.falseNegatives(), r.precision(), r.recall());
                    String text;
                    try {
                        text = extractor.apply(r.page().url(), r.page().html());
                    } catch (RuntimeException e) {
                        text = "";
                    }
                    ExpectedTextEvaluation.unexpectedLines(r.page(), text).stream().limit(25)
                            .forEach(l -> System.out.println("    + " + (l.length() > 160 ? l.substring(0, 160) + "…" : l)));
                });
    }
}
