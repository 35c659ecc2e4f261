package dev.storyline.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.AnalyzedArticle;
import dev.storyline.BatchAnalysis;
import dev.storyline.Pipeline;
import dev.storyline.entities.EmbeddedEntityRegistry;
import dev.storyline.ingest.Ingested;
import dev.storyline.ingest.RawPage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Events across languages, measured on reports of the same happenings in several languages (gold: the happening):
 * <ul>
 *   <li>pairwise: the article-to-article similarity the window re-check clusters by ({@link WindowReclustering},
 *       publication dates left out so that only what the texts share counts) against gold same/different event, as
 *       ROC AUC and Pearson (point-biserial), over same-language pairs and cross-language pairs apart: the gap
 *       between the two is the figure;</li>
 *   <li>clustering: BCubed of the events, online in publication order and after clustering the whole set as the
 *       window re-check does, with and without publication dates.</li>
 * </ul>
 * Each figure is given for the features as {@link FeatureExtractor#standard()} makes them (words pivoted to English
 * through the {@link BilingualLexicon}), beside the same features without the lexicon, and beside a TF-IDF cosine
 * of word stems (the peer the issue measured).
 */
public final class CrossLanguageEvaluation {

    /**
     * One report: its gold event, the kind of happening (two events of each kind make it hard), its angle (reports of
     * one angle were written from the same facts, so across languages they are near-parallel texts, which the wild
     * rarely gives), language, date.
     */
    public record Report(String id, String event, String kind, String angle, String language, String published,
                         String title, String text) {
    }

    /** Pairwise agreement of a similarity with gold same/different event over some pairs. */
    public record Pairwise(int pairs, int positives, double auc, double pearson) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "AUC %.4f  Pearson %.4f  (%d pairs, %d same-event)", auc, pearson, pairs, positives);
        }
    }

    /**
     * Figures of one way of comparing articles. Pairs of one angle in two languages (near-parallel texts) are left
     * out of {@code crossLanguage} and {@code crossHard}, so that cross-language pairs differ in angle as much as
     * same-language pairs do (in the shipped set, each language has one report of each angle per event).
     *
     * @param sameLanguage  pairs of reports in one language
     * @param crossLanguage pairs of reports in two languages and of two angles
     * @param sameHard      same-language pairs of one kind of happening (the same-event ones, and the other event of their kind)
     * @param crossHard     cross-language pairs of one kind of happening
     * @param crossParallel pairs in two languages of one angle (for information: near-parallel, the easy case)
     */
    public record Similarity(Pairwise sameLanguage, Pairwise crossLanguage, Pairwise sameHard, Pairwise crossHard,
                             Pairwise crossParallel) {
    }

    /**
     * Figures of the clusterer on one set of features.
     *
     * @param similarity      pairwise figures of its window similarity
     * @param window          BCubed of the whole set clustered as the window re-check does (dates left out)
     * @param online          BCubed of online assignment in publication order, dated
     * @param onlineUndated   BCubed of online assignment, dates left out
     * @param crossJoined     share of cross-language same-event pairs the window clustering puts in one event
     */
    public record Clustering(Similarity similarity, BCubed window, BCubed online, BCubed onlineUndated, double crossJoined,
                             Map<Family, Similarity> byFamily, int[] windowClusters, String[] onlineEvents) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads {@code {"id","event","kind","language","published","title","text"}} lines, gzipped or not. */
    public static List<Report> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.toString().endsWith(".gz") ? new GZIPInputStream(in) : in, file.toString());
        }
    }

    /** Reads reports from a stream; {@code name} names it in errors. */
    public static List<Report> read(InputStream in, String name) throws IOException {
        List<Report> reports = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int number = 0;
        for (String line; (line = r.readLine()) != null; ) {
            number++;
            if (line.isBlank()) continue;
            JsonNode o;
            try {
                o = JSON.readTree(line);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IOException(name + ":" + number + ": not a JSON object: " + e.getOriginalMessage(), e);
            }
            for (String field : new String[]{"id", "event", "language", "text"}) {
                if (!o.hasNonNull(field)) throw new IOException(name + ":" + number + ": no \"" + field + "\"");
            }
            reports.add(new Report(o.path("id").asText(), o.path("event").asText(), o.path("kind").asText(""),
                    o.path("angle").asText(""), o.path("language").asText(), o.hasNonNull("published") ? o.path("published").asText() : null,
                    o.hasNonNull("title") ? o.path("title").asText() : null, o.path("text").asText()));
        }
        return reports;
    }

    /**
     * The reports through the real analysis, one thread (the in-memory entity registry learns from report to report:
     * one thread keeps the keys, hence the figures, repeatable), cached in {@code cache} (JSON) when given.
     */
    public static List<AnalyzedArticle> analyze(List<Report> reports, Path cache) throws IOException {
        if (cache != null && Files.exists(cache)) {
            List<AnalyzedArticle> cached = JSON.readValue(cache.toFile(), new com.fasterxml.jackson.core.type.TypeReference<>() {
            });
            if (cached.size() == reports.size()) return cached;
        }
        Pipeline pipeline = Pipeline.standard(LocalDate.of(2025, 1, 1), EmbeddedEntityRegistry.inMemory(), Pipeline.Models.load());
        List<AnalyzedArticle> analyzed = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        java.util.stream.Stream<Ingested> pages = reports.stream().map(d -> new RawPage(d.id(), "crosslang:" + d.id(), null,
                d.title(), d.published(), null, RawPage.Kind.CLEAN_TEXT, d.text(), d.language(), List.of(), null));
        new BatchAnalysis(pipeline, 1).run(pages, outcome -> {
            if (outcome instanceof BatchAnalysis.Analyzed a) analyzed.add(a.result());
            else failures.add(outcome.toString());
        });
        if (!failures.isEmpty()) throw new IOException("the analysis failed on reports: " + failures);
        if (cache != null) JSON.writeValue(cache.toFile(), analyzed);
        return analyzed;
    }

    /** The clusterer's figures on {@code features} (one per report, in the same order). */
    public static Clustering clustering(List<Report> reports, List<ArticleFeatures> features, ClusteringConfig config) {
        List<ArticleFeatures> undated = features.stream().map(CrossLanguageEvaluation::undated).toList();
        Map<String, Long> frequencies = new HashMap<>();
        for (ArticleFeatures f : undated) for (String key : f.counts().keySet()) frequencies.merge(key, 1L, Long::sum);
        WindowReclustering window = new WindowReclustering(config, key -> frequencies.getOrDefault(key, 0L), undated.size());
        List<WindowReclustering.Vector> vectors = undated.stream().map(window::vector).toList();
        double[][] similarity = new double[reports.size()][reports.size()];
        Map<Family, double[][]> families = new java.util.EnumMap<>(Family.class);
        for (Family f : Family.values()) families.put(f, new double[reports.size()][reports.size()]);
        for (int i = 0; i < reports.size(); i++) {
            for (int j = i + 1; j < reports.size(); j++) {
                Map<Family, Double> byFamily = new java.util.EnumMap<>(Family.class);
                similarity[i][j] = window.similarity(vectors.get(i), vectors.get(j), byFamily);
                for (Map.Entry<Family, Double> e : byFamily.entrySet()) families.get(e.getKey())[i][j] = e.getValue();
            }
        }
        Map<Family, Similarity> byFamily = new java.util.EnumMap<>(Family.class);
        families.forEach((f, s) -> byFamily.put(f, pairwise(reports, s)));
        int[] clusters = window.cluster(vectors);
        List<String> gold = reports.stream().map(Report::event).toList();
        List<String> windowEvents = java.util.Arrays.stream(clusters).mapToObj(Integer::toString).toList();
        int crossPairs = 0, crossJoined = 0;
        for (int i = 0; i < reports.size(); i++) {
            for (int j = i + 1; j < reports.size(); j++) {
                Report a = reports.get(i), b = reports.get(j);
                if (!gold.get(i).equals(gold.get(j)) || a.language().equals(b.language())) continue;
                if (!a.angle().isEmpty() && a.angle().equals(b.angle())) continue;
                crossPairs++;
                if (clusters[i] == clusters[j]) crossJoined++;
            }
        }
        String[] onlineEvents = onlineEvents(reports, features, config);
        return new Clustering(pairwise(reports, similarity), BCubed.score(windowEvents, gold),
                BCubed.score(List.of(onlineEvents), gold), BCubed.score(List.of(onlineEvents(reports, undated, config)), gold),
                crossPairs == 0 ? 0 : (double) crossJoined / crossPairs, byFamily, clusters, onlineEvents);
    }

    /** Online assignment in order of publication (then id): each report's event as assigned. */
    static String[] onlineEvents(List<Report> reports, List<ArticleFeatures> features, ClusteringConfig config) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) order.add(i);
        order.sort(Comparator.comparing((Integer i) -> reports.get(i).published(), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(i -> reports.get(i).id()));
        EventClusterer clusterer = new EventClusterer(FeatureExtractor.standard(), config.withoutRecheck(), new InMemoryEventStore());
        String[] events = new String[reports.size()];
        for (int i : order) events[i] = clusterer.assign(features.get(i)).eventId();
        return events;
    }

    private static ArticleFeatures undated(ArticleFeatures f) {
        return new ArticleFeatures(f.id(), null, f.label(), f.counts(), f.surfaces());
    }

    /** TF-IDF cosine of word stems over the set (log tf, smoothed idf), each report in its own language's stems. */
    public static double[][] tfIdfCosine(List<Report> reports, TermAnalyzer terms) {
        List<Map<String, Integer>> counts = reports.stream()
                .map(r -> terms.stems(r.title() == null ? r.text() : r.title() + "\n" + r.text(), r.language())).toList();
        Map<String, Long> df = new HashMap<>();
        counts.forEach(c -> c.keySet().forEach(k -> df.merge(k, 1L, Long::sum)));
        List<Map<String, Double>> vectors = new ArrayList<>();
        for (Map<String, Integer> c : counts) {
            Map<String, Double> v = new HashMap<>();
            double norm = 0;
            for (Map.Entry<String, Integer> e : c.entrySet()) {
                double w = (1 + Math.log(e.getValue())) * (Math.log((reports.size() + 1.0) / (df.get(e.getKey()) + 1.0)) + 1.0);
                v.put(e.getKey(), w);
                norm += w * w;
            }
            double n = Math.sqrt(norm);
            v.replaceAll((k, w) -> w / n);
            vectors.add(v);
        }
        double[][] s = new double[reports.size()][reports.size()];
        for (int i = 0; i < reports.size(); i++) {
            for (int j = i + 1; j < reports.size(); j++) {
                double dot = 0;
                for (Map.Entry<String, Double> e : vectors.get(i).entrySet()) {
                    Double w = vectors.get(j).get(e.getKey());
                    if (w != null) dot += w * e.getValue();
                }
                s[i][j] = dot;
            }
        }
        return s;
    }

    /** Pairwise figures of {@code similarity} (upper triangle read) over same-language, cross-language and hard pairs. */
    public static Similarity pairwise(List<Report> reports, double[][] similarity) {
        List<double[]> same = new ArrayList<>(), cross = new ArrayList<>(), sameHard = new ArrayList<>(), hard = new ArrayList<>(),
                parallel = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            for (int j = i + 1; j < reports.size(); j++) {
                Report a = reports.get(i), b = reports.get(j);
                double[] pair = {similarity[i][j], a.event().equals(b.event()) ? 1 : 0};
                boolean sameKind = !a.kind().isEmpty() && a.kind().equals(b.kind());
                if (a.language().equals(b.language())) {
                    same.add(pair);
                    if (sameKind) sameHard.add(pair);
                } else if (!a.angle().isEmpty() && a.angle().equals(b.angle())) parallel.add(pair);
                else {
                    cross.add(pair);
                    if (sameKind) hard.add(pair);
                }
            }
        }
        return new Similarity(agreement(same), agreement(cross), agreement(sameHard), agreement(hard), agreement(parallel));
    }

    /** ROC AUC (ties count half) and Pearson correlation of score with a 0/1 gold. */
    static Pairwise agreement(List<double[]> pairs) {
        int positives = 0;
        for (double[] p : pairs) if (p[1] == 1) positives++;
        int negatives = pairs.size() - positives;
        double wins = 0;
        for (double[] p : pairs) {
            if (p[1] != 1) continue;
            for (double[] q : pairs) {
                if (q[1] == 1) continue;
                if (p[0] > q[0]) wins++;
                else if (p[0] == q[0]) wins += 0.5;
            }
        }
        double auc = positives == 0 || negatives == 0 ? Double.NaN : wins / ((double) positives * negatives);
        return new Pairwise(pairs.size(), positives, auc, pearson(pairs));
    }

    static double pearson(List<double[]> pairs) {
        int n = pairs.size();
        if (n < 2) return Double.NaN;
        double mx = 0, my = 0;
        for (double[] p : pairs) {
            mx += p[0];
            my += p[1];
        }
        mx /= n;
        my /= n;
        double sxy = 0, sxx = 0, syy = 0;
        for (double[] p : pairs) {
            sxy += (p[0] - mx) * (p[1] - my);
            sxx += (p[0] - mx) * (p[0] - mx);
            syy += (p[1] - my) * (p[1] - my);
        }
        return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }

    /** Features without the lexicon: each language's own stems (the clusterer before it pivoted words). */
    public static FeatureExtractor withoutLexicon() {
        TermAnalyzer terms = new TermAnalyzer();
        return new FeatureExtractor(terms, NameSource.standard(terms));
    }

    /** The figures, printed; returns ours. */
    public Clustering run(List<Report> reports, ClusteringConfig config, Path cache, boolean verbose, PrintWriter out)
            throws IOException {
        out.printf(Locale.ROOT, "%d reports, %d events, languages %s%n", reports.size(),
                reports.stream().map(Report::event).distinct().count(),
                reports.stream().map(Report::language).distinct().sorted().toList());
        out.flush();
        List<AnalyzedArticle> analyzed = analyze(reports, cache);
        FeatureExtractor standard = FeatureExtractor.standard(), plain = withoutLexicon();
        long start = System.nanoTime();
        List<ArticleFeatures> ours = analyzed.stream().map(standard::features).toList();
        double firstPass = (System.nanoTime() - start) / 1e6;
        List<ArticleFeatures> before = analyzed.stream().map(plain::features).toList();
        Clustering withLexicon = clustering(reports, ours, config);
        Clustering withoutLexicon = clustering(reports, before, config);
        Similarity tfIdf = pairwise(reports, tfIdfCosine(reports, new TermAnalyzer()));
        print(out, "ours (words pivoted to English by the lexicon)", withLexicon);
        if (verbose) {
            out.println("  window clustering:");
            clusters(out, reports, java.util.Arrays.stream(withLexicon.windowClusters()).mapToObj(Integer::toString).toArray(String[]::new));
            out.println("  online, dated:");
            clusters(out, reports, withLexicon.onlineEvents());
        }
        print(out, "without the lexicon (each language's stems)", withoutLexicon);
        out.printf(Locale.ROOT, "%-50s same-language %s%n%-50s cross-language %s%n%-50s same-language, same kind %s%n"
                        + "%-50s cross-language, same kind %s%n%-50s cross, near-parallel %s%n",
                "peer: TF-IDF cosine of word stems", tfIdf.sameLanguage(), "", tfIdf.crossLanguage(), "", tfIdf.sameHard(),
                "", tfIdf.crossHard(), "", tfIdf.crossParallel());
        out.printf(Locale.ROOT, "features: %.3f ms/report with the lexicon, %.3f without (medians of 5 passes); loading the "
                + "lexicon on first use: %.0f ms%n", medianMs(analyzed, standard), medianMs(analyzed, plain),
                firstPass - medianMs(analyzed, standard) * reports.size());
        out.flush();
        return withLexicon;
    }

    /** Each gold event's reports as the window clustering grouped them: "fr-1:3" is report fr-1 in cluster 3. */
    private static void clusters(PrintWriter out, List<Report> reports, String[] clusters) {
        Map<String, List<String>> byEvent = new java.util.LinkedHashMap<>();
        for (int i = 0; i < reports.size(); i++) {
            byEvent.computeIfAbsent(reports.get(i).event(), e -> new ArrayList<>()).add(reports.get(i).id() + ":" + clusters[i]);
        }
        byEvent.forEach((event, members) -> out.printf(Locale.ROOT, "  %s: %s%n", event, String.join(" ", members)));
    }

    /** Median over 5 passes of the features' cost per article, ms. */
    private static double medianMs(List<AnalyzedArticle> analyzed, FeatureExtractor extractor) {
        double[] ms = new double[5];
        for (int pass = 0; pass < ms.length; pass++) {
            long t = System.nanoTime();
            analyzed.forEach(extractor::features);
            ms[pass] = (System.nanoTime() - t) / 1e6 / analyzed.size();
        }
        java.util.Arrays.sort(ms);
        return ms[ms.length / 2];
    }

    private static void print(PrintWriter out, String name, Clustering c) {
        out.printf(Locale.ROOT, "%-50s same-language %s%n", name, c.similarity().sameLanguage());
        out.printf(Locale.ROOT, "%-50s cross-language %s%n", "", c.similarity().crossLanguage());
        out.printf(Locale.ROOT, "%-50s same-language, same kind %s%n", "", c.similarity().sameHard());
        out.printf(Locale.ROOT, "%-50s cross-language, same kind %s%n", "", c.similarity().crossHard());
        out.printf(Locale.ROOT, "%-50s cross, near-parallel %s%n", "", c.similarity().crossParallel());
        out.printf(Locale.ROOT, "%-50s events, window clustering (undated): %s; cross-language same-event pairs of two angles joined %.3f%n",
                "", c.window(), c.crossJoined());
        out.printf(Locale.ROOT, "%-50s events, online in publication order: %s dated, %s undated%n", "", c.online(), c.onlineUndated());
        c.byFamily().forEach((f, s) -> out.printf(Locale.ROOT, "%-50s %s cosine alone: AUC same-language %.4f, cross-language %.4f; same kind: %.4f, %.4f%n",
                "", f, s.sameLanguage().auc(), s.crossLanguage().auc(), s.sameHard().auc(), s.crossHard().auc()));
    }
}
