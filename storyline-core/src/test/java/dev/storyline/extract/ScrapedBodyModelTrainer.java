package dev.storyline.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Learns {@link ScrapedBodyModel}'s weights (not a test: run by hand). The shared trafilatura set's pages, as a text
 * browser printed them, are labelled line by line from the set's snippets: a line holding a snippet that must be
 * found (or held whole in one) is the article's, a line holding a snippet that must not is not; other lines are not
 * used. A logistic model is fitted by AdaGrad with L2; the switch cost of the decoder and the regularisation are
 * chosen by k-fold cross-validation over pages, on the snippet F1 of the extracted text, and the model refitted on
 * all pages is written with its provenance.
 *
 * <p>Usage: {@code ScrapedBodyModelTrainer SHARED_SET_DIR RENDERINGS_DIR OUT_FILE [BROWSER_NAME]}, where
 * RENDERINGS_DIR holds the page numbered i (in {@link ExtractionEvaluation#load} order) as {@code i.txt}.
 */
public final class ScrapedBodyModelTrainer {

    private static final int FOLDS = 5, EPOCHS = 8;
    /** The decoder's costs per change of label tried ({@code -Dswitches=0,0.5} to try fewer). */
    private static final double[] SWITCH_COSTS = doubles(System.getProperty("switches", "0,0.25,0.5,1"));
    /** Added to every line's log-odds before decoding: the lines no snippet names make the fit cautious. */
    private static final double[] OFFSETS = doubles(System.getProperty("offsets", "-1,-0.5,0,0.5,1,1.5,2"));

    /**
     * What the offset and switch cost are chosen on, over the held-out pages of each fold: {@code silver} (the
     * default), the shingle F1 of the extracted text against HtmlArticleExtractor's text of the same page, scored as
     * the whole-text sets are; {@code snippets}, the set's snippet F1; {@code both}, their mean. The snippets name
     * few lines besides the article's, so choosing on them alone favoured keeping headings and menus.
     */
    static final String SELECT = System.getProperty("select", "silver");
    /** The L2 strengths tried ({@code -Dl2=1e-4,1e-3}); chosen with the offset and switch cost. */
    private static final double[] L2 = doubles(System.getProperty("l2", "1e-4"));

    record Labelled(int page, List<String> features, boolean body, double weight) {
    }

    /**
     * How much a line that no snippet names counts as "not the article's" when it stands outside the span from the
     * page's first line of the article to its last: the snippets name only a few lines, and without these the
     * model learnt nothing against headings, labels and menus around the article (the set's metric does not see
     * them; whole-text sets do).
     */
    static double OUTSIDE_WEIGHT = Double.parseDouble(System.getProperty("outsideWeight", "0.5"));

    /**
     * How much a line that no snippet names counts when it is labelled from the HTML extractor's main text of the
     * same page (the article's if its words stand there in a row, not if they do not): silver labels for the ~96%
     * of lines the snippets leave unnamed, so that headings, captions and menus near the article cost something in
     * training. 0: not used (then {@link #OUTSIDE_WEIGHT} applies).
     */
    static double SILVER_WEIGHT = Double.parseDouble(System.getProperty("silverWeight", "0"));

    public static void main(String[] args) throws IOException {
        Path set = Path.of(args[0]), renderings = Path.of(args[1]), out = Path.of(args[2]);
        String browser = args.length > 3 ? args[3] : "w3m";
        List<ExtractionEvaluation.Page> pages = new ArrayList<>();
        List<String> htmlTexts = new ArrayList<>();
        HtmlArticleExtractor html = new HtmlArticleExtractor();
        for (ExtractionEvaluation.Page p : ExtractionEvaluation.load(set)) {
            String text = Files.readString(renderings.resolve(pages.size() + ".txt"), StandardCharsets.UTF_8);
            htmlTexts.add(html.extract(p.url(), p.url(), p.html()).text());
            pages.add(new ExtractionEvaluation.Page(p.url(), p.file(), text, p.with(), p.without()));
        }
        LocalDate today = LocalDate.of(2026, 12, 5);
        ScrapedTextExtractor rules = new ScrapedTextExtractor(today, BoilerplateLexicon.standard(),
                DatelineParser.standard(), null);
        // each page's layout, found once: the extractors below differ only in the model (keyed by the rendering)
        Map<String, ScrapedTextExtractor.Layout> layouts = new IdentityHashMap<>();
        for (ExtractionEvaluation.Page p : pages) layouts.put(p.html(), rules.layout(p.html()));
        List<Labelled> data = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            data.addAll(label(p, pages.get(p), SILVER_WEIGHT > 0 ? htmlTexts.get(p) : null, rules));
        }
        long positives = data.stream().filter(Labelled::body).count();
        System.out.printf("%d pages, %d labelled lines (%d the article's)%n", pages.size(), data.size(), positives);

        var baseline = ExtractionEvaluation.score("rules", pages, (u, t) -> rules.extractFrom(u, u, layouts.get(t)).text());
        List<ExpectedTextEvaluation.Page> silverPages = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            silverPages.add(new ExpectedTextEvaluation.Page(pages.get(p).url(), pages.get(p).url(),
                    pages.get(p).html(), htmlTexts.get(p)));
        }
        var silverBaseline = ExpectedTextEvaluation.score("rules", silverPages,
                (u, t) -> rules.extractFrom(u, u, layouts.get(t)).text());
        System.out.printf(Locale.ROOT, "rules alone: snippets P %.4f R %.4f F1 %.4f; silver P %.4f R %.4f F1 %.4f%n",
                baseline.precision(), baseline.recall(), baseline.f1(), silverBaseline.precision(),
                silverBaseline.recall(), silverBaseline.f1());
        double bestChoice = -1, bestF1 = 0, bestSilver = 0, bestL2 = 0, bestSwitch = 0, bestOffset = 0;
        List<Map<String, Double>> foldWeights = new ArrayList<>();
        for (double l2 : L2) {
            foldWeights.clear();
            int configs = SWITCH_COSTS.length * OFFSETS.length;
            int[][] counts = new int[configs][3];
            long[][] silver = new long[configs][3];
            for (int fold = 0; fold < FOLDS; fold++) {
                int k = fold;
                Map<String, Double> w = fit(data.stream().filter(d -> d.page() % FOLDS != k).toList(), l2);
                foldWeights.add(w);
                List<ExtractionEvaluation.Page> heldOut = new ArrayList<>();
                List<ExpectedTextEvaluation.Page> heldOutSilver = new ArrayList<>();
                for (int p = 0; p < pages.size(); p++) {
                    if (p % FOLDS != k) continue;
                    heldOut.add(pages.get(p));
                    heldOutSilver.add(silverPages.get(p));
                }
                for (int s = 0; s < configs; s++) {
                    var x = new ScrapedTextExtractor(today, BoilerplateLexicon.standard(), DatelineParser.standard(),
                            new ScrapedBodyModel(offset(w, OFFSETS[s / SWITCH_COSTS.length]),
                                    SWITCH_COSTS[s % SWITCH_COSTS.length]));
                    var score = ExtractionEvaluation.score("model", heldOut,
                            (u, t) -> x.extractFrom(u, u, layouts.get(t)).text());
                    counts[s][0] += score.truePositives();
                    counts[s][1] += score.falseNegatives();
                    counts[s][2] += score.falsePositives();
                    var sv = ExpectedTextEvaluation.score("model", heldOutSilver,
                            (u, t) -> x.extractFrom(u, u, layouts.get(t)).text());
                    silver[s][0] += sv.truePositives();
                    silver[s][1] += sv.falseNegatives();
                    silver[s][2] += sv.falsePositives();
                }
            }
            for (int s = 0; s < configs; s++) {
                double f1 = f1(counts[s][0], counts[s][1], counts[s][2]);
                double sf1 = f1(silver[s][0], silver[s][1], silver[s][2]);
                double choice = switch (SELECT) {
                    case "snippets" -> f1;
                    case "both" -> (f1 + sf1) / 2;
                    default -> sf1;
                };
                System.out.printf(Locale.ROOT, "cross-validated, L2 %g, offset %.1f, switch %.2f: snippets P %.4f R %.4f "
                                + "F1 %.4f; held-back silver P %.4f R %.4f F1 %.4f%n", l2, OFFSETS[s / SWITCH_COSTS.length],
                        SWITCH_COSTS[s % SWITCH_COSTS.length], precision(counts[s][0], counts[s][2]),
                        precision(counts[s][0], counts[s][1]), f1, precision(silver[s][0], silver[s][2]),
                        precision(silver[s][0], silver[s][1]), sf1);
                if (choice > bestChoice) {
                    bestChoice = choice;
                    bestF1 = f1;
                    bestSilver = sf1;
                    bestL2 = l2;
                    bestSwitch = SWITCH_COSTS[s % SWITCH_COSTS.length];
                    bestOffset = OFFSETS[s / SWITCH_COSTS.length];
                }
            }
        }
        String dump = System.getProperty("dump");
        if (dump != null) dumpMisses(Path.of(dump), pages, layouts, foldWeights, bestOffset, bestSwitch, today);
        Map<String, Double> w = offset(fit(data, bestL2), bestOffset);
        StringBuilder b = new StringBuilder();
        b.append("# Weights of ScrapedBodyModel: a logistic model of \"this line is the article's\" over line features\n");
        b.append("# (ScrapedTextExtractor.features), decoded by Viterbi with a cost per change of label (\"switch\").\n");
        b.append("# Learnt by ScrapedBodyModelTrainer (storyline-core test scope) from the shared trafilatura set's ")
                .append(pages.size()).append(" pages\n# as ").append(browser)
                .append(" prints them, lines labelled from the set's snippets (")
                .append(SILVER_WEIGHT > 0 ? "the lines they leave unnamed from HtmlArticleExtractor's text of the same page, weight "
                        + SILVER_WEIGHT : "lines outside the article's first and last named one: not the article's, weight "
                        + OUTSIDE_WEIGHT).append("); L2 ").append(bestL2)
                .append(", the switch cost and an offset to the bias (").append(bestOffset).append(") chosen by ").append(FOLDS).append("-fold cross-validation over pages\n")
                .append(String.format(Locale.ROOT, "# on the held-out pages' %s (cross-validated snippet F1 %.4f, the "
                                + "rules alone %.4f;\n# held-out silver F1 %.4f, the rules alone %.4f).", SELECT.equals("snippets")
                                ? "snippet F1" : SELECT.equals("both") ? "mean of snippet and silver F1"
                                : "F1 against HtmlArticleExtractor's text (silver)", bestF1, baseline.f1(), bestSilver,
                        silverBaseline.f1()))
                .append(" Nothing learnt from L3S-GN1, dragnet, newspaper's or Readability's pages.\n");
        b.append("switch\t").append(bestSwitch).append('\n');
        for (var e : new TreeMap<>(w).entrySet()) {
            if (Math.abs(e.getValue()) >= 1e-3) b.append(e.getKey()).append('\t')
                    .append(String.format(Locale.ROOT, "%.4f", e.getValue())).append('\n');
        }
        Files.writeString(out, b.toString(), StandardCharsets.UTF_8);
        System.out.println("wrote " + out);
    }

    /**
     * The page's lines that the snippets label, with their features; with {@link #SILVER_WEIGHT} above 0, the
     * lines they leave unnamed too, from {@code htmlText} (the HTML extractor's text of the same page).
     */
    static List<Labelled> label(int p, ExtractionEvaluation.Page page, String htmlText, ScrapedTextExtractor rules) {
        ScrapedTextExtractor.Layout layout = rules.layout(page.html());
        List<List<String>> features = ScrapedTextExtractor.features(layout);
        List<String> with = page.with().stream().map(ExtractionEvaluation::normalise).toList();
        List<String> without = page.without().stream().map(ExtractionEvaluation::normalise).toList();
        List<Labelled> out = new ArrayList<>();
        int n = layout.lines.size();
        int[] label = new int[n]; // 1 the article's, -1 not, 0 not named
        int first = n, last = -1;
        for (int i = 0; i < n; i++) {
            String line = ExtractionEvaluation.normalise(layout.lines.get(i).text());
            boolean in = false, notIn = false;
            for (String s : with) {
                if (line.contains(s) || line.length() >= 20 && s.contains(line)) in = true;
            }
            for (String s : without) {
                if (line.contains(s) || line.length() >= 20 && s.contains(line)) notIn = true;
            }
            label[i] = in == notIn ? 0 : in ? 1 : -1;
            if (label[i] == 1) {
                first = Math.min(first, i);
                last = i;
            }
        }
        String htmlWords = htmlText == null ? null : " " + words(htmlText) + " ";
        for (int i = 0; i < n; i++) {
            if (label[i] != 0) out.add(new Labelled(p, features.get(i), label[i] == 1, 1));
            else if (htmlWords != null) {
                String line = words(layout.lines.get(i).text());
                if (!line.isEmpty()) {
                    out.add(new Labelled(p, features.get(i), htmlWords.contains(" " + line + " "), SILVER_WEIGHT));
                }
            } else if (last >= 0 && (i < first || i > last) && OUTSIDE_WEIGHT > 0) {
                out.add(new Labelled(p, features.get(i), false, OUTSIDE_WEIGHT));
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    /** The text's words, lower case, one space between them: how a rendered line and the HTML text are compared. */
    static String words(String text) {
        return NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /**
     * Writes the cross-validated misses of the chosen setting (each page scored by the fold's model that did not see
     * it, the last L2 tried), one a line: page, MISSED or LEAKED, the kind of the line holding the snippet, where it
     * stands from the rules' lines, its words, the model's score of it, and the snippet; for counting by cause.
     */
    private static void dumpMisses(Path out, List<ExtractionEvaluation.Page> pages,
                                   Map<String, ScrapedTextExtractor.Layout> layouts, List<Map<String, Double>> foldWeights,
                                   double offset, double switchCost, LocalDate today) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < FOLDS; k++) {
            ScrapedBodyModel model = new ScrapedBodyModel(offset(foldWeights.get(k), offset), switchCost);
            var x = new ScrapedTextExtractor(today, BoilerplateLexicon.standard(), DatelineParser.standard(), model);
            List<ExtractionEvaluation.Page> heldOut = new ArrayList<>();
            for (int p = 0; p < pages.size(); p++) if (p % FOLDS == k) heldOut.add(pages.get(p));
            var score = ExtractionEvaluation.score("model", heldOut, (u, t) -> x.extractFrom(u, u, layouts.get(t)).text());
            for (ExtractionEvaluation.PageResult r : score.pages()) {
                ScrapedTextExtractor.Layout layout = layouts.get(r.page().html());
                List<List<String>> features = ScrapedTextExtractor.features(layout);
                for (String[] miss : misses(r)) {
                    String snippet = ExtractionEvaluation.normalise(miss[1]);
                    int at = -1;
                    for (int i = 0; i < layout.lines.size() && at < 0; i++) {
                        if (ExtractionEvaluation.normalise(layout.lines.get(i).text()).contains(snippet)) at = i;
                    }
                    String where = at < 0 ? "-" : features.get(at).stream().filter(f -> f.startsWith("old="))
                            .findFirst().orElse("-");
                    b.append(r.page().file()).append('\t').append(miss[0]).append('\t')
                            .append(at < 0 ? "SPLIT" : layout.lines.get(at).kind()).append('\t').append(where)
                            .append('\t').append(at < 0 ? 0 : layout.lines.get(at).words()).append('\t')
                            .append(at < 0 ? "" : String.format(Locale.ROOT, "%.2f", model.lineScore(features.get(at))))
                            .append('\t').append(miss[1].replace('\n', ' ')).append('\n');
                }
            }
        }
        Files.writeString(out, b.toString(), StandardCharsets.UTF_8);
    }

    private static List<String[]> misses(ExtractionEvaluation.PageResult r) {
        List<String[]> out = new ArrayList<>();
        for (String m : r.missed()) out.add(new String[]{"MISSED", m});
        for (String l : r.leaked()) out.add(new String[]{"LEAKED", l});
        return out;
    }

    private static double[] doubles(String list) {
        return java.util.Arrays.stream(list.split(",")).mapToDouble(Double::parseDouble).toArray();
    }

    private static double precision(long tp, long wrong) {
        return tp + wrong == 0 ? 0 : tp / (double) (tp + wrong);
    }

    private static double f1(long tp, long fn, long fp) {
        double p = precision(tp, fp), r = precision(tp, fn);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static Map<String, Double> offset(Map<String, Double> w, double offset) {
        Map<String, Double> shifted = new HashMap<>(w);
        shifted.merge("bias", offset, Double::sum);
        return shifted;
    }

    static Map<String, Double> fit(List<Labelled> data, double l2) {
        Map<String, Integer> index = new HashMap<>();
        List<int[]> xs = new ArrayList<>();
        for (Labelled d : data) {
            int[] x = new int[d.features().size()];
            for (int j = 0; j < x.length; j++) x[j] = index.computeIfAbsent(d.features().get(j), f -> index.size());
            xs.add(x);
        }
        double[] w = new double[index.size()], g2 = new double[index.size()];
        Random random = new Random(13);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) order.add(i);
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            java.util.Collections.shuffle(order, random);
            for (int i : order) {
                int[] x = xs.get(i);
                double z = 0;
                for (int j : x) z += w[j];
                double p = 1 / (1 + Math.exp(-z));
                double err = (p - (data.get(i).body() ? 1 : 0)) * data.get(i).weight();
                for (int j : x) {
                    double g = err + l2 * w[j];
                    g2[j] += g * g;
                    w[j] -= 0.1 * g / Math.sqrt(g2[j] + 1e-8);
                }
            }
        }
        Map<String, Double> weights = new HashMap<>();
        index.forEach((f, j) -> weights.put(f, w[j]));
        return weights;
    }
}
