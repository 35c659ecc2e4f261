package dev.storyline.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses the article's lines of a scraped page with learnt weights: each line gets a score from its features (its
 * kind, length, neighbours' kinds, where it stands from the title line and from the span the rules found, lexicon
 * hits, sentence shape), a logistic model's log-odds of being the article's; then the labels of all lines are chosen
 * together by dynamic programming, paying {@link #switchCost} each time the label changes, so that the article is one
 * or a few spans rather than scattered lines. Weights are read from a text resource made by the test-scope trainer
 * ({@code ScrapedBodyModelTrainer}); its header says what they were learnt from. Immutable, thread-safe.
 */
final class ScrapedBodyModel {

    static final String RESOURCE = "scraped-body-weights.txt";
    /** Weights learnt from whole expected texts of other sets than the shared one ({@link #wholeText()}). */
    static final String WHOLE_TEXT_RESOURCE = "scraped-body-whole-text-weights.txt";

    private final Map<String, Double> weights;
    private final double switchCost;

    ScrapedBodyModel(Map<String, Double> weights, double switchCost) {
        this.weights = Map.copyOf(weights);
        this.switchCost = switchCost;
    }

    /** The weights shipped with Storyline. */
    static ScrapedBodyModel standard() {
        return fromResource(RESOURCE);
    }

    /** The weights learnt from L3S-GN1's, newspaper's and Readability's pages and their whole expected texts. */
    static ScrapedBodyModel wholeText() {
        return fromResource(WHOLE_TEXT_RESOURCE);
    }

    private static ScrapedBodyModel fromResource(String resource) {
        try (InputStream in = ScrapedBodyModel.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("no " + resource + " beside " + ScrapedBodyModel.class.getName());
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + resource, e);
        }
    }

    /** Reads "name TAB weight" lines; "#" starts a comment; the name {@code switch} is the cost of a label change. */
    static ScrapedBodyModel read(InputStream in) throws IOException {
        Map<String, Double> w = new HashMap<>();
        double switchCost = 0;
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int n = 0;
        for (String line; (line = r.readLine()) != null; ) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            int tab = line.lastIndexOf('\t');
            if (tab < 0) throw new IOException(RESOURCE + " line " + n + ": expected 'feature<TAB>weight': " + line);
            double value = Double.parseDouble(line.substring(tab + 1).strip());
            String name = line.substring(0, tab);
            if (name.equals("switch")) switchCost = value;
            else w.put(name, value);
        }
        return new ScrapedBodyModel(w, switchCost);
    }

    double lineScore(List<String> features) {
        double s = 0;
        for (String f : features) {
            Double w = weights.get(f);
            if (w != null) s += w;
        }
        return s;
    }

    /** The lines labelled as the article's, in order: the best labelling by Viterbi over two labels. */
    List<Integer> select(List<ScrapedLine> lines, List<List<String>> features) {
        int n = lines.size();
        if (n == 0) return List.of();
        double[] score = new double[n];
        for (int i = 0; i < n; i++) score[i] = lineScore(features.get(i));
        return decode(score, switchCost);
    }

    /** The labelling that maximises the scores of the lines labelled in, less {@code switchCost} per change of label. */
    static List<Integer> decode(double[] score, double switchCost) {
        int n = score.length;
        // best[i][y]: best total for lines 0..i with line i labelled y (0 out, 1 in); the page starts "out"
        double[][] best = new double[n][2];
        boolean[][] fromSame = new boolean[n][2];
        for (int i = 0; i < n; i++) {
            double out0 = i == 0 ? 0 : best[i - 1][0], out1 = i == 0 ? -switchCost : best[i - 1][1] - switchCost;
            double in0 = i == 0 ? -switchCost : best[i - 1][0] - switchCost, in1 = i == 0 ? Double.NEGATIVE_INFINITY : best[i - 1][1];
            fromSame[i][0] = out0 >= out1;
            best[i][0] = Math.max(out0, out1);
            fromSame[i][1] = in1 >= in0;
            best[i][1] = Math.max(in0, in1) + score[i];
        }
        int y = best[n - 1][1] > best[n - 1][0] ? 1 : 0;
        boolean[] in = new boolean[n];
        for (int i = n - 1; i >= 0; i--) {
            in[i] = y == 1;
            if (!fromSame[i][y]) y = 1 - y;
        }
        List<Integer> chosen = new ArrayList<>();
        for (int i = 0; i < n; i++) if (in[i]) chosen.add(i);
        return chosen;
    }
}
