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
 *       window re-check does, with and without publication dates;</li>
 *   <li>graded, when every report has a story ({@link #rating}): Pearson and Spearman of the similarity with ratings
 *       from 4 (same event and angle) to 0 (unrelated), same-language against cross-language, and the similar (3-4)
 *       and dissimilar (0-1) pairs the clustering joins, as the unseen multilingual measure counts them.</li>
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
    public record Report(String id, String event, String story, String kind, String angle, String language, String published,
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
                             Map<Family, Similarity> byFamily, int[] windowClusters, String[] onlineEvents,
                             double[][] similarities, Map<Family, double[][]> familySimilarities) {

        /** Graded figures (see {@link #rating}) of the window similarity, pairs joined by the window clustering. */
        public GradedSimilarity graded(List<Report> reports) {
            return CrossLanguageEvaluation.graded(reports, similarities,
                    java.util.Arrays.stream(windowClusters).mapToObj(Integer::toString).toArray(String[]::new));
        }

        /** The same, pairs joined by the online assignment in publication order. */
        public GradedSimilarity gradedOnline(List<Report> reports) {
            return CrossLanguageEvaluation.graded(reports, similarities, onlineEvents);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads {@code {"id","event","story","kind","angle","language","published","title","text"}} lines, gzipped or not. */
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
            reports.add(new Report(o.path("id").asText(), o.path("event").asText(), o.path("story").asText(""), o.path("kind").asText(""),
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
                crossPairs == 0 ? 0 : (double) crossJoined / crossPairs, byFamily, clusters, onlineEvents, similarity, families);
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
        return new ArticleFeatures(f.id(), null, f.label(), f.counts(), f.surfaces(), f.language());
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

    /**
     * Agreement of a similarity with graded ratings over some pairs, as the unseen measure counts it: Pearson and
     * Spearman of score with rating, and how many of the similar pairs (rated 3 or 4: one event) and of the dissimilar
     * ones (rated 0 or 1: other stories) the clustering put in one event.
     */
    public record Graded(int pairs, double pearson, double spearman, int similar, int similarJoined, int dissimilar,
                         int dissimilarJoined) {
        public double similarJoinedShare() {
            return similar == 0 ? Double.NaN : (double) similarJoined / similar;
        }

        public double dissimilarJoinedShare() {
            return dissimilar == 0 ? Double.NaN : (double) dissimilarJoined / dissimilar;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "Pearson %.3f  Spearman %.3f  (%d pairs)", pearson, spearman, pairs)
                    + (similarJoined < 0 ? "" : String.format(Locale.ROOT, "; joined: %d of %d similar, %d of %d dissimilar",
                    similarJoined, similar, dissimilarJoined, dissimilar));
        }
    }

    /**
     * Graded figures of one way of comparing articles.
     *
     * @param sameLanguage  pairs of reports in one language
     * @param crossLanguage pairs of reports in two languages
     * @param crossUnpivoted cross-language pairs where a report's language has no dictionary (Italian, Polish): only
     *                       news' key terms pivot there
     */
    public record GradedSimilarity(Graded sameLanguage, Graded crossLanguage, Graded crossUnpivoted) {
    }

    /** Whether the reports carry the labels graded ratings are read from (a story per report). */
    public static boolean graded(List<Report> reports) {
        return !reports.isEmpty() && reports.stream().noneMatch(r -> r.story().isEmpty());
    }

    /**
     * The rating of a pair, from the reports' labels: 4 same event and angle, 3 same event, 2 same story (another
     * event), 1 same kind of happening (another story), 0 unrelated.
     */
    public static int rating(Report a, Report b) {
        if (a.event().equals(b.event())) return !a.angle().isEmpty() && a.angle().equals(b.angle()) ? 4 : 3;
        if (!a.story().isEmpty() && a.story().equals(b.story())) return 2;
        if (!a.kind().isEmpty() && a.kind().equals(b.kind())) return 1;
        return 0;
    }

    /**
     * Graded figures of {@code similarity} (upper triangle read); {@code events} (each report's event as clustered,
     * null when there is no clustering) gives the pairs joined.
     */
    public static GradedSimilarity graded(List<Report> reports, double[][] similarity, String[] events) {
        List<double[]> same = new ArrayList<>(), cross = new ArrayList<>(), unpivoted = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            for (int j = i + 1; j < reports.size(); j++) {
                Report a = reports.get(i), b = reports.get(j);
                double joined = events == null ? -1 : events[i].equals(events[j]) ? 1 : 0;
                double[] pair = {similarity[i][j], rating(a, b), joined};
                if (a.language().equals(b.language())) same.add(pair);
                else {
                    cross.add(pair);
                    if (!BilingualLexicon.LANGUAGES.contains(a.language()) && !"en".equals(a.language())
                            || !BilingualLexicon.LANGUAGES.contains(b.language()) && !"en".equals(b.language())) unpivoted.add(pair);
                }
            }
        }
        return new GradedSimilarity(gradedAgreement(same), gradedAgreement(cross), gradedAgreement(unpivoted));
    }

    private static Graded gradedAgreement(List<double[]> pairs) {
        int similar = 0, similarJoined = 0, dissimilar = 0, dissimilarJoined = 0;
        boolean clustered = true;
        for (double[] p : pairs) {
            if (p[2] < 0) clustered = false;
            if (p[1] >= 3) {
                similar++;
                if (p[2] == 1) similarJoined++;
            } else if (p[1] <= 1) {
                dissimilar++;
                if (p[2] == 1) dissimilarJoined++;
            }
        }
        double[] scores = pairs.stream().mapToDouble(p -> p[0]).toArray(), ratings = pairs.stream().mapToDouble(p -> p[1]).toArray();
        return new Graded(pairs.size(), correlation(scores, ratings), correlation(ranks(scores), ranks(ratings)),
                similar, clustered ? similarJoined : -1, dissimilar, clustered ? dissimilarJoined : -1);
    }

    /** Ranks from 1, ties given their mean rank (for Spearman's correlation). */
    static double[] ranks(double[] values) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        java.util.Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        double[] ranks = new double[values.length];
        for (int start = 0; start < order.length; ) {
            int end = start;
            while (end + 1 < order.length && values[order[end + 1]] == values[order[start]]) end++;
            for (int k = start; k <= end; k++) ranks[order[k]] = (start + end) / 2.0 + 1;
            start = end + 1;
        }
        return ranks;
    }

    static double correlation(double[] x, double[] y) {
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < x.length; i++) pairs.add(new double[]{x[i], y[i]});
        return pearson(pairs);
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
        if (graded(reports)) {
            out.println("graded ratings (4 same event and angle, 3 same event, 2 same story, 1 same kind, 0 unrelated); "
                    + "joined: pairs rated 3-4 (similar) and 0-1 (dissimilar) in one event");
            printGraded(out, "ours, joined by the window clustering", withLexicon.graded(reports));
            printGraded(out, "ours, joined online in publication order", withLexicon.gradedOnline(reports));
            printGraded(out, "without the lexicon, window clustering", withoutLexicon.graded(reports));
            printGraded(out, "peer: TF-IDF cosine of word stems", graded(reports, tfIdfCosine(reports, new TermAnalyzer()), null));
            if (verbose) hardestPairs(out, reports, withLexicon);
        }
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

    /** The similar pairs scored lowest and the dissimilar ones scored highest, with each family's cosine. */
    private static void hardestPairs(PrintWriter out, List<Report> reports, Clustering c) {
        List<int[]> similar = new ArrayList<>(), dissimilar = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            for (int j = i + 1; j < reports.size(); j++) {
                int rating = rating(reports.get(i), reports.get(j));
                if (rating >= 3) similar.add(new int[]{i, j});
                else if (rating <= 1) dissimilar.add(new int[]{i, j});
            }
        }
        Comparator<int[]> byScore = Comparator.comparingDouble(p -> c.similarities()[p[0]][p[1]]);
        similar.sort(byScore);
        dissimilar.sort(byScore.reversed());
        out.println("  similar pairs scored lowest:");
        similar.stream().limit(20).forEach(p -> pair(out, reports, c, p));
        out.println("  dissimilar pairs scored highest:");
        dissimilar.stream().limit(10).forEach(p -> pair(out, reports, c, p));
    }

    private static void pair(PrintWriter out, List<Report> reports, Clustering c, int[] p) {
        StringBuilder families = new StringBuilder();
        c.familySimilarities().forEach((f, s) -> families.append(String.format(Locale.ROOT, " %s %.2f", f.name().toLowerCase(Locale.ROOT), s[p[0]][p[1]])));
        out.printf(Locale.ROOT, "    %.3f  %s ~ %s (rated %d):%s%n", c.similarities()[p[0]][p[1]], reports.get(p[0]).id(),
                reports.get(p[1]).id(), rating(reports.get(p[0]), reports.get(p[1])), families);
    }

    private static void printGraded(PrintWriter out, String name, GradedSimilarity g) {
        out.printf(Locale.ROOT, "%-50s same-language %s%n", name, g.sameLanguage());
        out.printf(Locale.ROOT, "%-50s cross-language %s%n", "", g.crossLanguage());
        out.printf(Locale.ROOT, "%-50s cross, a language without a dictionary %s%n", "", g.crossUnpivoted());
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
