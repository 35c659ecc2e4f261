package dev.storyline.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.AnalyzedArticle;
import dev.storyline.extract.Article;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.GZIPInputStream;

/**
 * Measures event assignment on a corpus of documents labelled with their gold event (ECB+: {@code subtopic}),
 * fed as clean English articles in file order, without publication dates. Prints BCubed of our clusterer, of the
 * Event Registry baseline at its published threshold and at its best threshold here, the spread over shuffled
 * orders, and the speed.
 */
public final class ClusteringEvaluation {

    /** One labelled document. */
    public record Document(String id, String topic, String event, String text) {
    }

    /** Figures of one run. */
    public record Result(BCubed events, BCubed storiesAgainstTopics, int eventCount, int storyCount) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The baseline's threshold as Event Registry published it. */
    public static final double BASELINE_THRESHOLD = 0.4;
    public static final long[] SHUFFLE_SEEDS = {1, 2, 3, 4, 5};

    private final FeatureExtractor extractor = FeatureExtractor.standard();
    private final TermAnalyzer terms = new TermAnalyzer();

    /** Reads {@code {"id","topic","subtopic","text"}} records, gzipped or not. */
    public static List<Document> read(Path file) throws IOException {
        List<Document> docs = new ArrayList<>();
        var in = Files.newInputStream(file);
        var stream = file.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank()) continue;
                JsonNode o = JSON.readTree(line);
                docs.add(new Document(o.path("id").asText(), o.path("topic").asText(), o.path("subtopic").asText(),
                        o.path("text").asText()));
            }
        }
        return docs;
    }

    static AnalyzedArticle article(Document d) {
        return new AnalyzedArticle(new Article(d.id(), null, null, null, null, List.of(), null, "en", d.text()),
                List.of(), List.of());
    }

    public List<ArticleFeatures> features(List<Document> docs) {
        return docs.stream().map(d -> extractor.features(article(d))).toList();
    }

    /** Clusters the documents in the given order and scores events against gold events, stories against topics. */
    public static Result cluster(List<Document> docs, List<ArticleFeatures> features, ClusteringConfig config) {
        // Features are extracted once, outside, so that runs over shuffled orders share them.
        EventClusterer clusterer = new EventClusterer(FeatureExtractor.standard(), config, new InMemoryEventStore());
        List<String> events = new ArrayList<>(), stories = new ArrayList<>();
        List<String> goldEvents = new ArrayList<>(), topics = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            Assignment a = clusterer.assign(features.get(i));
            events.add(a.eventId());
            stories.add(a.storyId());
            goldEvents.add(docs.get(i).event());
            topics.add(docs.get(i).topic());
        }
        return new Result(BCubed.score(events, goldEvents), BCubed.score(stories, topics),
                (int) events.stream().distinct().count(), (int) stories.stream().distinct().count());
    }

    /** Event F1 over the documents shuffled with each of {@link #SHUFFLE_SEEDS}: how much arrival order matters. */
    public static double[] shuffledF1(List<Document> docs, List<ArticleFeatures> features, ClusteringConfig config) {
        double[] f1 = new double[SHUFFLE_SEEDS.length];
        for (int s = 0; s < SHUFFLE_SEEDS.length; s++) {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) order.add(i);
            Collections.shuffle(order, new Random(SHUFFLE_SEEDS[s]));
            f1[s] = cluster(order.stream().map(docs::get).toList(), order.stream().map(features::get).toList(), config).events().f1();
        }
        return f1;
    }

    public BCubed baseline(List<Document> docs, double threshold) {
        CentroidBaseline baseline = new CentroidBaseline(terms, threshold);
        List<String> predicted = new ArrayList<>();
        for (Document d : docs) predicted.add(Integer.toString(baseline.assign(d.text(), "en")));
        return BCubed.score(predicted, docs.stream().map(Document::event).toList());
    }

    /**
     * Tuning aid: F1 (file order, and mean over shuffles) over a grid of event thresholds and family weights, best last.
     */
    public void sweep(List<Document> docs, ClusteringConfig base, PrintWriter out) {
        List<ArticleFeatures> features = features(docs);
        List<Integer> shuffled = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) shuffled.add(i);
        Collections.shuffle(shuffled, new Random(1));
        List<Document> shuffledDocs = shuffled.stream().map(docs::get).toList();
        List<ArticleFeatures> shuffledFeatures = shuffled.stream().map(features::get).toList();
        String bestLine = null;
        double bestScore = -1;
        for (double entity : new double[]{0.5, 1.0, 2.0, 3.0}) {
            for (double number : new double[]{0.5, 1.0}) {
                for (int step = 3; step <= 8; step++) {
                    ClusteringConfig c = base.withWeight(Family.ENTITY, entity).withWeight(Family.NUMBER, number).withEventThreshold(step * 0.04);
                    double f1 = cluster(docs, features, c).events().f1();
                    double f1Shuffled = cluster(shuffledDocs, shuffledFeatures, c).events().f1();
                    String line = String.format(Locale.ROOT, "entities %.1f, numbers %.1f, threshold %.2f: F1 %.4f, shuffled %.4f",
                            entity, number, c.eventThreshold(), f1, f1Shuffled);
                    out.println(line);
                    out.flush();
                    if (f1 + f1Shuffled > bestScore) {
                        bestScore = f1 + f1Shuffled;
                        bestLine = line;
                    }
                }
            }
        }
        out.println("best: " + bestLine);
        out.flush();
    }

    /** The figures, printed; returns the F1 of our clusterer in file order. */
    public double run(List<Document> docs, ClusteringConfig config, PrintWriter out) {
        long gold = docs.stream().map(Document::event).distinct().count();
        out.printf(Locale.ROOT, "%d documents, %d gold events, %d topics%n", docs.size(), gold,
                docs.stream().map(Document::topic).distinct().count());

        long start = System.nanoTime();
        List<ArticleFeatures> features = features(docs);
        long featured = System.nanoTime();
        Result ours = cluster(docs, features, config);
        long done = System.nanoTime();
        out.printf(Locale.ROOT, "events (ours, threshold %.2f): %s  (%d events)%n", config.eventThreshold(), ours.events(), ours.eventCount());
        out.printf(Locale.ROOT, "stories against topics (for information): %s  (%d stories)%n", ours.storiesAgainstTopics(), ours.storyCount());
        out.printf(Locale.ROOT, "speed: %.0f articles/s (features %.2f ms/article, assignment %.2f ms/article)%n",
                docs.size() / ((done - start) / 1e9), (featured - start) / 1e6 / docs.size(), (done - featured) / 1e6 / docs.size());

        double[] shuffled = shuffledF1(docs, features, config);
        out.printf(Locale.ROOT, "shuffled orders (%d seeds): mean F1 %.4f, min F1 %.4f%n", SHUFFLE_SEEDS.length,
                java.util.Arrays.stream(shuffled).average().orElse(0), java.util.Arrays.stream(shuffled).min().orElse(0));

        out.printf(Locale.ROOT, "baseline (TF-IDF centroid cosine, threshold %.2f): %s%n", BASELINE_THRESHOLD, baseline(docs, BASELINE_THRESHOLD));
        double bestThreshold = 0;
        BCubed best = null;
        for (int step = 5; step <= 40; step++) {
            double t = step * 0.02;
            BCubed b = baseline(docs, t);
            if (best == null || b.f1() > best.f1()) {
                best = b;
                bestThreshold = t;
            }
        }
        out.printf(Locale.ROOT, "baseline, best threshold %.2f (swept 0.10..0.80 by 0.02): %s%n", bestThreshold, best);
        out.flush();
        return ours.events().f1();
    }
}
