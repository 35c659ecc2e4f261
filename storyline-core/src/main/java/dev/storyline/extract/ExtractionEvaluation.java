package dev.storyline.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.ingest.TextDecoder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The main-text evaluation on a trafilatura-style set: {@code evaldata.json} maps each URL to its page
 * ({@code html/<file>.gz}) and to snippets that must ({@code with}) and must not ({@code without}) appear in the
 * extracted text. A snippet counts when its whitespace-normalised form is a substring of the whitespace-normalised
 * text: TP = {@code with} found, FN = {@code with} missing, FP = {@code without} found.
 */
public final class ExtractionEvaluation {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** One evaluated page: its URL, HTML and snippets. */
    public record Page(String url, String file, String html, List<String> with, List<String> without) {
        public Page {
            with = List.copyOf(with);
            without = List.copyOf(without);
        }
    }

    /** The outcome on one page: which snippets were missed and which boilerplate snippets leaked in. */
    public record PageResult(Page page, List<String> missed, List<String> leaked, int truePositives,
                             int falsePositives) {
        public PageResult {
            missed = List.copyOf(missed);
            leaked = List.copyOf(leaked);
        }
    }

    /** Totals over a set of pages. */
    public record Score(String extractor, int truePositives, int falseNegatives, int falsePositives,
                        int trueNegatives, int errors, List<PageResult> pages) {
        public Score {
            pages = List.copyOf(pages);
        }

        public double precision() {
            int d = truePositives + falsePositives;
            return d == 0 ? 0 : (double) truePositives / d;
        }

        public double recall() {
            int d = truePositives + falseNegatives;
            return d == 0 ? 0 : (double) truePositives / d;
        }

        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double accuracy() {
            int all = truePositives + falseNegatives + falsePositives + trueNegatives;
            return all == 0 ? 0 : (double) (truePositives + trueNegatives) / all;
        }
    }

    private ExtractionEvaluation() {
    }

    /** Reads every page of the set in {@code dir}; pages whose file is absent are skipped. */
    public static List<Page> load(Path dir) throws IOException {
        JsonNode root = new ObjectMapper().readTree(dir.resolve("evaldata.json").toFile());
        Map<String, Path> files = filesByNormalisedName(dir.resolve("html"));
        List<Page> pages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String file = e.getValue().path("file").asText();
            Path path = files.get(nfc(file + ".gz"));
            if (path == null) path = files.get(nfc(file));
            if (path == null) continue;
            pages.add(new Page(e.getKey(), file, read(path), strings(e.getValue().path("with")),
                    strings(e.getValue().path("without"))));
        }
        return pages;
    }

    /**
     * Scores an extractor (URL and HTML in, main text out) on the pages. An extractor that throws on a page
     * counts as having returned no text there.
     */
    public static Score score(String name, List<Page> pages, BiFunction<String, String, String> extractor) {
        int tp = 0, fn = 0, fp = 0, tn = 0, errors = 0;
        List<PageResult> results = new ArrayList<>();
        for (Page page : pages) {
            String text;
            try {
                text = extractor.apply(page.url(), page.html());
            } catch (RuntimeException | StackOverflowError e) {
                errors++;
                text = "";
            }
            String haystack = normalise(text == null ? "" : text);
            List<String> missed = new ArrayList<>();
            List<String> leaked = new ArrayList<>();
            int pageTp = 0;
            for (String s : page.with()) {
                if (haystack.contains(normalise(s))) {
                    tp++;
                    pageTp++;
                } else {
                    fn++;
                    missed.add(s);
                }
            }
            for (String s : page.without()) {
                if (haystack.contains(normalise(s))) {
                    fp++;
                    leaked.add(s);
                } else {
                    tn++;
                }
            }
            results.add(new PageResult(page, missed, leaked, pageTp, leaked.size()));
        }
        return new Score(name, tp, fn, fp, tn, errors, results);
    }

    /** Whitespace runs to one space, stripped: the form both texts and snippets are compared in. */
    static String normalise(String s) {
        return WHITESPACE.matcher(s).replaceAll(" ").strip();
    }

    private static Map<String, Path> filesByNormalisedName(Path htmlDir) throws IOException {
        // File names carry accents; compare them in one Unicode form whatever the file system stored.
        Map<String, Path> files = new HashMap<>();
        try (Stream<Path> s = Files.list(htmlDir)) {
            s.forEach(p -> files.put(nfc(p.getFileName().toString()), p));
        }
        return files;
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    private static String read(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] bytes = path.toString().endsWith(".gz") ? new GZIPInputStream(in).readAllBytes() : in.readAllBytes();
            return TextDecoder.decode(bytes, true);
        } catch (IOException e) {
            throw new UncheckedIOException(path.toString(), e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
