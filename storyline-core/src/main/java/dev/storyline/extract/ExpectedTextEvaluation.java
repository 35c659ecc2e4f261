package dev.storyline.extract;

import dev.storyline.ingest.TextDecoder;
import org.jsoup.Jsoup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Main-text evaluation against whole expected texts, for test sets of other extractors that ship a page and the
 * text they expect from it. Two layouts are read:
 * <ul>
 *   <li>one folder per page holding {@code source.html} and {@code expected.html} (Mozilla Readability's
 *       {@code test/test-pages}; the expected text is the expected HTML's text);</li>
 *   <li>{@code html/NAME.html} beside {@code text/NAME.txt} (newspaper's {@code tests/data}).</li>
 * </ul>
 * Metric: shingles of 4 consecutive lower-cased word tokens (letters and digits), counted as multisets per page;
 * TP = shingles in both texts, FP = extracted but not expected, FN = expected but not extracted; precision, recall
 * and F1 from the sums over all pages (micro), the kind of score news-extraction benchmarks report. Whole-text
 * shingles weigh what a reader sees: a kept menu of 40 words costs as much as 40 lost words of the article.
 */
public final class ExpectedTextEvaluation {

    /** Words per shingle. */
    static final int SHINGLE = 4;
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");

    /** One page: a name, the URL handed to the extractor, the HTML and the text expected from it. */
    public record Page(String name, String url, String html, String expected) {
    }

    /** Shingle counts on one page. */
    public record PageResult(Page page, long truePositives, long falsePositives, long falseNegatives) {
        public double precision() {
            return ratio(truePositives, truePositives + falsePositives);
        }

        public double recall() {
            return ratio(truePositives, truePositives + falseNegatives);
        }
    }

    /** Totals over a set. */
    public record Score(String extractor, long truePositives, long falsePositives, long falseNegatives, int errors,
                        List<PageResult> pages) {
        public Score {
            pages = List.copyOf(pages);
        }

        public double precision() {
            return ratio(truePositives, truePositives + falsePositives);
        }

        public double recall() {
            return ratio(truePositives, truePositives + falseNegatives);
        }

        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private ExpectedTextEvaluation() {
    }

    /** Whether {@code dir} is laid out as one of the two layouts above. */
    public static boolean recognises(Path dir) {
        return Files.isDirectory(dir.resolve("html")) && Files.isDirectory(dir.resolve("text"))
                || !readabilityCases(dir).isEmpty();
    }

    /**
     * Reads every page of the set. A page whose expected text holds no shingle (an empty expectation) is skipped:
     * it cannot score either way.
     */
    public static List<Page> load(Path dir) throws IOException {
        List<Page> pages = new ArrayList<>();
        if (Files.isDirectory(dir.resolve("html")) && Files.isDirectory(dir.resolve("text"))) {
            try (Stream<Path> s = Files.list(dir.resolve("html"))) {
                for (Path html : (Iterable<Path>) s.sorted()::iterator) {
                    String file = html.getFileName().toString();
                    if (!file.endsWith(".html")) continue;
                    String name = file.substring(0, file.length() - ".html".length());
                    Path text = dir.resolve("text").resolve(name + ".txt");
                    if (!Files.isRegularFile(text)) continue;
                    add(pages, new Page(name, "https://" + pageHost(name) + "/article.html", read(html),
                            TextDecoder.decode(Files.readAllBytes(text), false)));
                }
            }
        } else {
            for (Path c : readabilityCases(dir)) {
                String expected = Jsoup.parse(read(c.resolve("expected.html"))).text();
                add(pages, new Page(c.getFileName().toString(), "http://fakehost/test/page.html",
                        read(c.resolve("source.html")), expected));
            }
        }
        return pages;
    }

    /**
     * Skips a page whose expected text cannot score: empty, or a tester's note in capitals instead of a text
     * (newspaper's "MISSES SECOND HALF OF ARTICLE").
     */
    private static void add(List<Page> pages, Page page) {
        if (shingles(page.expected()).isEmpty() || !page.expected().chars().anyMatch(Character::isLowerCase)) return;
        pages.add(page);
    }

    /** "bbc.com2" was the second page of bbc.com: the host a page came from, when its name says it. */
    private static String pageHost(String name) {
        String host = name.replaceAll("\\d+$", "").replaceAll("[^A-Za-z0-9.-]", "-");
        return host.contains(".") ? host : "example.org";
    }

    private static List<Path> readabilityCases(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(c -> Files.isRegularFile(c.resolve("source.html"))
                    && Files.isRegularFile(c.resolve("expected.html"))).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Scores an extractor (URL and HTML in, text out); one that throws on a page returned no text there. */
    public static Score score(String name, List<Page> pages, BiFunction<String, String, String> extractor) {
        long tp = 0, fp = 0, fn = 0;
        int errors = 0;
        List<PageResult> results = new ArrayList<>();
        for (Page page : pages) {
            String text;
            try {
                text = extractor.apply(page.url(), page.html());
            } catch (RuntimeException | StackOverflowError e) {
                errors++;
                text = "";
            }
            PageResult r = compare(page, text == null ? "" : text);
            tp += r.truePositives();
            fp += r.falsePositives();
            fn += r.falseNegatives();
            results.add(r);
        }
        return new Score(name, tp, fp, fn, errors, results);
    }

    /** The shingle counts of one extracted text against its page's expected text. */
    static PageResult compare(Page page, String extracted) {
        Map<String, Integer> expected = shingles(page.expected());
        Map<String, Integer> found = shingles(extracted);
        long tp = 0, fp = 0, fn = 0;
        for (Map.Entry<String, Integer> e : found.entrySet()) {
            int both = Math.min(e.getValue(), expected.getOrDefault(e.getKey(), 0));
            tp += both;
            fp += e.getValue() - both;
        }
        for (Map.Entry<String, Integer> e : expected.entrySet()) {
            fn += e.getValue() - Math.min(e.getValue(), found.getOrDefault(e.getKey(), 0));
        }
        return new PageResult(page, tp, fp, fn);
    }

    /**
     * The lines of an extracted text most of whose shingles the expected text lacks: what was kept wrongly, for
     * reading (the evaluation's verbose output).
     */
    public static List<String> unexpectedLines(Page page, String extracted) {
        Map<String, Integer> expected = shingles(page.expected());
        List<String> out = new ArrayList<>();
        for (String line : (Iterable<String>) extracted.lines()::iterator) {
            Map<String, Integer> own = shingles(line);
            if (own.isEmpty()) continue;
            long missing = own.keySet().stream().filter(k -> !expected.containsKey(k)).count();
            if (missing * 2 > own.size()) out.add(line.strip());
        }
        return out;
    }

    /** The multiset of shingles of a text; a text of fewer than {@link #SHINGLE} words is one shingle. */
    static Map<String, Integer> shingles(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) tokens.add(m.group());
        Map<String, Integer> out = new HashMap<>();
        if (tokens.isEmpty()) return out;
        if (tokens.size() < SHINGLE) {
            out.put(String.join(" ", tokens), 1);
            return out;
        }
        for (int i = 0; i + SHINGLE <= tokens.size(); i++) {
            out.merge(String.join(" ", tokens.subList(i, i + SHINGLE)), 1, Integer::sum);
        }
        return out;
    }

    private static String read(Path path) throws IOException {
        return TextDecoder.decode(Files.readAllBytes(path), true);
    }

    private static double ratio(long a, long b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
