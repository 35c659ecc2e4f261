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
import java.util.TreeMap;

/**
 * Learns {@link ScrapedBodyModel}'s weights from sets that ship whole expected texts (not a test: run by hand), so
 * that the shared trafilatura set, whose snippets the first trainer ({@link ScrapedBodyModelTrainer}) learnt from,
 * stays unseen and measures the model. Each training page, as a text browser printed it, is labelled line by line
 * from its expected text: a line whose words stand in a row in the expected text is the article's, any other line
 * with words is not. A logistic model is fitted as {@link ScrapedBodyModelTrainer#fit} does; the offset to its bias
 * and the decoder's switch cost are chosen by k-fold cross-validation over the training pages, on the mean over the
 * training sets of their shingle F1 (so that the largest set does not choose alone). The model refitted on all
 * training pages is then scored, beside the rules, on the snippet sets and the check sets given, and written.
 *
 * <p>Usage: {@code ScrapedBodyWholeTextTrainer OUT_FILE ROLE:SET_DIR:RENDERINGS_DIR...}, ROLE being {@code train}
 * (a whole-text set learnt from), {@code snippets} (a snippet set, measured only) or {@code check} (a whole-text set,
 * totals only); RENDERINGS_DIR holds the page numbered i (in the set's {@code load} order) as {@code i.txt}.
 * With {@code -Doffset=X -Dswitch=Y [-Dblocks=80,160]} it skips the cross-validation, fits once and prints, for every
 * set, the rules, the model alone, their union, and the rules joined by the model's blocks of at least so many words
 * outside the rules' span ({@link ScrapedTextExtractor#withBlocks}: all, only above it, only below it); nothing is
 * written then.
 */
public final class ScrapedBodyWholeTextTrainer {

    private static final int FOLDS = 5;
    private static final double[] SWITCH_COSTS = doubles(System.getProperty("switches", "0,0.25,0.5,1,2"));
    private static final double[] OFFSETS = doubles(System.getProperty("offsets", "-1.5,-1,-0.5,0,0.5,1,1.5"));
    private static final double L2 = Double.parseDouble(System.getProperty("l2", "1e-4"));
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    record Set(String name, List<ExpectedTextEvaluation.Page> pages) {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        List<Set> train = new ArrayList<>(), check = new ArrayList<>();
        Map<String, List<ExtractionEvaluation.Page>> snippets = new TreeMap<>();
        for (int a = 1; a < args.length; a++) {
            String[] part = args[a].split(":", 3);
            Path dir = Path.of(part[1]), renderings = Path.of(part[2]);
            String name = dir.getFileName().toString();
            if (part[0].equals("snippets")) {
                List<ExtractionEvaluation.Page> pages = new ArrayList<>();
                for (ExtractionEvaluation.Page p : ExtractionEvaluation.load(dir)) {
                    pages.add(new ExtractionEvaluation.Page(p.url(), p.file(), rendering(renderings, pages.size()),
                            p.with(), p.without()));
                }
                snippets.put(renderings.getFileName().toString(), pages); // one set in several renderings
                continue;
            }
            List<ExpectedTextEvaluation.Page> pages = new ArrayList<>();
            for (ExpectedTextEvaluation.Page p : ExpectedTextEvaluation.load(dir)) {
                pages.add(new ExpectedTextEvaluation.Page(p.name(), p.url(), rendering(renderings, pages.size()),
                        p.expected()));
            }
            (part[0].equals("train") ? train : check).add(new Set(name, pages));
        }
        ScrapedTextExtractor rules = new ScrapedTextExtractor(TODAY, BoilerplateLexicon.standard(),
                DatelineParser.standard(), null);
        Map<String, ScrapedTextExtractor.Layout> layouts = new IdentityHashMap<>();
        List<ScrapedBodyModelTrainer.Labelled> data = new ArrayList<>();
        // pages are numbered across the training sets, so that each fold takes a fifth of every set
        List<int[]> numbers = new ArrayList<>();
        int page = 0;
        for (Set s : train) {
            int[] ids = new int[s.pages().size()];
            for (int i = 0; i < ids.length; i++) {
                ExpectedTextEvaluation.Page p = s.pages().get(i);
                ScrapedTextExtractor.Layout layout = rules.layout(p.html());
                layouts.put(p.html(), layout);
                ids[i] = page;
                data.addAll(label(page++, layout, p.expected()));
            }
            numbers.add(ids);
        }
        for (Set s : check) for (var p : s.pages()) layouts.put(p.html(), rules.layout(p.html()));
        for (var s : snippets.values()) for (var p : s) layouts.put(p.html(), rules.layout(p.html()));
        long positives = data.stream().filter(ScrapedBodyModelTrainer.Labelled::body).count();
        System.out.printf("%d training pages, %d labelled lines (%d the article's)%n", page, data.size(), positives);

        for (Set s : train) {
            var r = ExpectedTextEvaluation.score("rules", s.pages(), (u, t) -> rules.extractFrom(u, u, layouts.get(t)).text());
            System.out.printf(Locale.ROOT, "rules, %s: P %.4f R %.4f F1 %.4f%n", s.name(), r.precision(), r.recall(), r.f1());
        }
        if (System.getProperty("offset") != null) {
            compare(data, train, check, snippets, layouts, rules, Double.parseDouble(System.getProperty("offset")),
                    Double.parseDouble(System.getProperty("switch")));
            return;
        }
        int configs = SWITCH_COSTS.length * OFFSETS.length;
        long[][][] counts = new long[train.size()][configs][3];
        for (int fold = 0; fold < FOLDS; fold++) {
            int k = fold;
            Map<String, Double> w = ScrapedBodyModelTrainer.fit(data.stream().filter(d -> d.page() % FOLDS != k).toList(), L2);
            for (int s = 0; s < configs; s++) {
                ScrapedTextExtractor x = extractor(w, OFFSETS[s / SWITCH_COSTS.length], SWITCH_COSTS[s % SWITCH_COSTS.length]);
                for (int t = 0; t < train.size(); t++) {
                    List<ExpectedTextEvaluation.Page> heldOut = new ArrayList<>();
                    for (int i = 0; i < numbers.get(t).length; i++) {
                        if (numbers.get(t)[i] % FOLDS == k) heldOut.add(train.get(t).pages().get(i));
                    }
                    var r = ExpectedTextEvaluation.score("model", heldOut, (u, h) -> x.extractFrom(u, u, layouts.get(h)).text());
                    counts[t][s][0] += r.truePositives();
                    counts[t][s][1] += r.falseNegatives();
                    counts[t][s][2] += r.falsePositives();
                }
            }
        }
        double best = -1, bestOffset = 0, bestSwitch = 0;
        for (int s = 0; s < configs; s++) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "cross-validated, offset %.1f, switch %.2f:",
                    OFFSETS[s / SWITCH_COSTS.length], SWITCH_COSTS[s % SWITCH_COSTS.length]));
            double mean = 0;
            for (int t = 0; t < train.size(); t++) {
                double f1 = f1(counts[t][s][0], counts[t][s][1], counts[t][s][2]);
                mean += f1 / train.size();
                line.append(String.format(Locale.ROOT, " %s %.4f", train.get(t).name(), f1));
            }
            System.out.println(line.append(String.format(Locale.ROOT, "; mean %.4f", mean)));
            if (mean > best) {
                best = mean;
                bestOffset = OFFSETS[s / SWITCH_COSTS.length];
                bestSwitch = SWITCH_COSTS[s % SWITCH_COSTS.length];
            }
        }
        System.out.printf(Locale.ROOT, "chosen: offset %.1f, switch %.2f (cross-validated mean F1 %.4f)%n", bestOffset,
                bestSwitch, best);
        Map<String, Double> w = ScrapedBodyModelTrainer.fit(data, L2);
        ScrapedTextExtractor model = extractor(w, bestOffset, bestSwitch);
        StringBuilder measured = new StringBuilder();
        for (var e : snippets.entrySet()) {
            var r0 = ExtractionEvaluation.score("rules", e.getValue(), (u, t) -> rules.extractFrom(u, u, layouts.get(t)).text());
            var r1 = ExtractionEvaluation.score("model", e.getValue(), (u, t) -> model.extractFrom(u, u, layouts.get(t)).text());
            String m = String.format(Locale.ROOT, "%s (snippets, unseen): rules P %.4f R %.4f F1 %.4f; model P %.4f R %.4f F1 %.4f",
                    e.getKey(), r0.precision(), r0.recall(), r0.f1(), r1.precision(), r1.recall(), r1.f1());
            System.out.println(m);
            measured.append("# ").append(m).append('\n');
        }
        for (Set s : check) {
            var r0 = ExpectedTextEvaluation.score("rules", s.pages(), (u, t) -> rules.extractFrom(u, u, layouts.get(t)).text());
            var r1 = ExpectedTextEvaluation.score("model", s.pages(), (u, t) -> model.extractFrom(u, u, layouts.get(t)).text());
            String m = String.format(Locale.ROOT, "%s (check, totals): rules F1 %.4f; model F1 %.4f", s.name(), r0.f1(), r1.f1());
            System.out.println(m);
            measured.append("# ").append(m).append('\n');
        }
        StringBuilder b = new StringBuilder();
        b.append("# Weights of ScrapedBodyModel: a logistic model of \"this line is the article's\" over line features\n");
        b.append("# (ScrapedTextExtractor.features), decoded by Viterbi with a cost per change of label (\"switch\").\n");
        b.append("# Learnt by ScrapedBodyWholeTextTrainer (storyline-core test scope) from ").append(page)
                .append(" pages as w3m prints them, of ")
                .append(String.join(", ", train.stream().map(Set::name).toList()))
                .append(",\n# each line labelled from the page's expected text (the article's if its words stand there in a row);")
                .append(" L2 ").append(L2).append(",\n# the switch cost and an offset to the bias (").append(bestOffset)
                .append(") chosen by ").append(FOLDS).append("-fold cross-validation over those pages (mean F1 ")
                .append(String.format(Locale.ROOT, "%.4f", best)).append(").\n")
                .append("# Nothing learnt from the shared trafilatura set or dragnet's pages. Measured after fitting:\n")
                .append(measured);
        b.append("switch\t").append(bestSwitch).append('\n');
        Map<String, Double> shifted = new HashMap<>(w);
        shifted.merge("bias", bestOffset, Double::sum);
        for (var e : new TreeMap<>(shifted).entrySet()) {
            if (Math.abs(e.getValue()) >= 1e-3) b.append(e.getKey()).append('\t')
                    .append(String.format(Locale.ROOT, "%.4f", e.getValue())).append('\n');
        }
        Files.writeString(out, b.toString(), StandardCharsets.UTF_8);
        System.out.println("wrote " + out);
    }

    /** Scores ways of joining the model's lines (fitted on all training pages) to the rules', on every set. */
    private static void compare(List<ScrapedBodyModelTrainer.Labelled> data, List<Set> train, List<Set> check,
                                Map<String, List<ExtractionEvaluation.Page>> snippets,
                                Map<String, ScrapedTextExtractor.Layout> layouts, ScrapedTextExtractor rules,
                                double offset, double switchCost) {
        ScrapedTextExtractor model = extractor(ScrapedBodyModelTrainer.fit(data, L2), offset, switchCost);
        Map<String, java.util.function.Function<ScrapedTextExtractor.Layout, List<Integer>>> ways = new java.util.LinkedHashMap<>();
        ways.put("rules", l -> l.kept);
        ways.put("model", model::modelLines);
        ways.put("union", l -> {
            java.util.TreeSet<Integer> both = new java.util.TreeSet<>(l.kept);
            both.addAll(model.modelLines(l));
            return ScrapedTextExtractor.withBlocks(l, new ArrayList<>(both), List.of(), 0);
        });
        for (String w : System.getProperty("blocks", "20,40,80").split(",")) {
            int words = Integer.parseInt(w);
            ways.put("blocks" + w, l -> ScrapedTextExtractor.withBlocks(l, l.kept, model.modelLines(l), words));
            ways.put("above" + w, l -> ScrapedTextExtractor.withBlocks(l, l.kept, model.modelLines(l).stream()
                    .filter(i -> l.kept.isEmpty() || i < l.kept.get(0)).toList(), words));
            ways.put("below" + w, l -> ScrapedTextExtractor.withBlocks(l, l.kept, model.modelLines(l).stream()
                    .filter(i -> l.kept.isEmpty() || i > l.kept.get(l.kept.size() - 1)).toList(), words));
        }
        ways.put("spans", l -> l.kept); // the shipped option, run through its own extractor below
        ScrapedTextExtractor spans = new ScrapedTextExtractor(TODAY, ScrapedTextExtractor.BodySelection.SPANS);
        String only = System.getProperty("ways");
        if (only != null) ways.keySet().retainAll(List.of(only.split(",")));
        for (var way : ways.entrySet()) {
            StringBuilder line = new StringBuilder(way.getKey() + ":");
            java.util.function.BiFunction<String, String, String> x = (u, t) -> {
                var l = layouts.get(t);
                List<Integer> kept = way.getValue().apply(l);
                return (way.getKey().equals("rules") ? rules.extractFrom(u, u, l) : way.getKey().equals("spans")
                        ? spans.extractFrom(u, u, l) : rules.extractFrom(u, u, l, kept)).text();
            };
            for (var e : snippets.entrySet()) {
                var r = ExtractionEvaluation.score(way.getKey(), e.getValue(), x);
                line.append(String.format(Locale.ROOT, " %s %.4f/%.4f/%.4f", e.getKey(), r.precision(), r.recall(), r.f1()));
            }
            for (Set s : check) line.append(String.format(Locale.ROOT, " %s %.4f", s.name(), ExpectedTextEvaluation.score("", s.pages(), x).f1()));
            for (Set s : train) line.append(String.format(Locale.ROOT, " %s(in) %.4f", s.name(), ExpectedTextEvaluation.score("", s.pages(), x).f1()));
            System.out.println(line);
        }
    }

    /** A page's lines with words, each labelled from the expected text: the article's if its words stand there in a row. */
    static List<ScrapedBodyModelTrainer.Labelled> label(int page, ScrapedTextExtractor.Layout layout, String expected) {
        List<List<String>> features = ScrapedTextExtractor.features(layout);
        String expectedWords = " " + ScrapedBodyModelTrainer.words(expected) + " ";
        List<ScrapedBodyModelTrainer.Labelled> out = new ArrayList<>();
        for (int i = 0; i < layout.lines.size(); i++) {
            String line = ScrapedBodyModelTrainer.words(layout.lines.get(i).text());
            if (line.isEmpty()) continue;
            out.add(new ScrapedBodyModelTrainer.Labelled(page, features.get(i), expectedWords.contains(" " + line + " "), 1));
        }
        return out;
    }

    private static ScrapedTextExtractor extractor(Map<String, Double> w, double offset, double switchCost) {
        Map<String, Double> shifted = new HashMap<>(w);
        shifted.merge("bias", offset, Double::sum);
        return new ScrapedTextExtractor(TODAY, BoilerplateLexicon.standard(), DatelineParser.standard(),
                new ScrapedBodyModel(shifted, switchCost));
    }

    private static String rendering(Path dir, int i) throws IOException {
        return Files.readString(dir.resolve(i + ".txt"), StandardCharsets.UTF_8);
    }

    private static double[] doubles(String list) {
        return java.util.Arrays.stream(list.split(",")).mapToDouble(Double::parseDouble).toArray();
    }

    private static double f1(long tp, long fn, long fp) {
        double p = tp + fp == 0 ? 0 : tp / (double) (tp + fp), r = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
