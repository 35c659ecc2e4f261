package dev.storyline.summaries;

import dev.storyline.AnalyzedArticle;
import dev.storyline.events.ClusteringEvaluation;
import dev.storyline.events.TermAnalyzer;
import dev.storyline.extract.Article;
import dev.storyline.store.StoredArticle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Measures the summaries over gold events (ECB+: the documents of one subtopic are one event), without clustering:
 * the documents arrive in file order and each arrival summarises its event again, as the {@link SummaryUpdater} does
 * (its articles bounded the same way, each article read once), which times the upkeep per article; at the end, how
 * often an event's summary draws from several of its articles and how much its sentences repeat each other.
 */
public final class SummaryEvaluation {

    /**
     * Figures of one run.
     *
     * @param events              gold events
     * @param multiArticleEvents  events with two articles or more
     * @param fromSeveralArticles share of those whose summary draws from two articles or more
     * @param redundancy          mean cosine (stems and numbers) between two sentences of one summary
     * @param meanSentences       mean sentences per summary
     * @param updateMillisPerArticle time to bring the summaries up to date per arriving article, one update per article
     *                            (reading it, adding it to its event's state, choosing again if needed, encoding the
     *                            state as the store writes it, without the disk), median of the runs
     * @param updateCpuMillisPerArticle the same in CPU time of the thread (holds up on a busy machine)
     * @param batchedMillisPerArticle the same when articles arrive in commits of {@link #COMMIT} (in a fixed shuffled
     *                            order, so that a commit mixes events): one update per event of each commit, as the
     *                            updater runs
     * @param batchedCpuMillisPerArticle the same in CPU time
     * @param updateCpuRuns       each timed run's CPU time per article, one update per article, in run order (the spread
     *                            behind the median)
     * @param batchedCpuRuns      the same, batched
     */
    public record Result(int articles, int events, int multiArticleEvents, double fromSeveralArticles, double redundancy,
                         double meanSentences, double updateMillisPerArticle, double updateCpuMillisPerArticle,
                         double batchedMillisPerArticle, double batchedCpuMillisPerArticle, Map<String, EventSummary> summaries,
                         List<Double> updateCpuRuns, List<Double> batchedCpuRuns) {
    }

    /** Articles per commit in the batched measure (ingestion commits every 500; a smaller batch is the harder case). */
    public static final int COMMIT = 100;

    private final EventSummariser summariser;

    public SummaryEvaluation(TermAnalyzer terms) {
        this.summariser = new EventSummariser(terms);
    }

    /**
     * @param analyzed the documents' analysis, in their order, or null to read them as the stand-in path does (English
     *                 text, no entities)
     * @param runs     times the upkeep is timed after {@link #WARMUP_RUNS} untimed runs (the figures are the same each
     *                 run; the time is the median)
     */
    public Result run(List<ClusteringEvaluation.Document> docs, List<AnalyzedArticle> analyzed, int runs) {
        return run(docs, analyzed, WARMUP_RUNS, runs);
    }

    /**
     * Untimed runs before the timed ones. One run over ECB+ dev takes a few hundred milliseconds: without them the
     * timed runs time the interpreter and the first compiler's code (after the analysis, the optimising compiler's
     * queue is long: the upkeep sat at 0.37 ms an article for 12 runs, then fell to 0.10 by run 32), and the median
     * of five swung by three between runs of the command.
     */
    public static final int WARMUP_RUNS = 40;

    /**
     * @param warmupRuns untimed runs first (the code compiled before it is timed)
     * @param runs       timed runs; each figure is their median
     */
    public Result run(List<ClusteringEvaluation.Document> docs, List<AnalyzedArticle> analyzed, int warmupRuns, int runs) {
        List<StoredArticle> articles = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            AnalyzedArticle a = analyzed == null ? standIn(docs.get(i)) : withTitle(analyzed.get(i), docs.get(i).id());
            articles.add(new StoredArticle(docs.get(i).id(), a, Instant.EPOCH.plusSeconds(i), i + 1));
        }
        Map<String, EventSummary> summaries = null;
        List<Double> wall = new ArrayList<>(), cpu = new ArrayList<>(), batchedWall = new ArrayList<>(), batchedCpu = new ArrayList<>();
        int n = Math.max(1, docs.size());
        List<ClusteringEvaluation.Document> shuffledDocs = shuffled(docs);
        List<StoredArticle> shuffledArticles = shuffledArticles(docs, articles);
        for (int run = 0; run < warmupRuns; run++) {
            upkeep(docs, articles, 1);
            upkeep(shuffledDocs, shuffledArticles, COMMIT);
        }
        for (int run = 0; run < Math.max(1, runs); run++) {
            long started = System.nanoTime(), cpuStarted = cpuNanos();
            summaries = upkeep(docs, articles, 1);
            wall.add((System.nanoTime() - started) / 1e6 / n);
            cpu.add((cpuNanos() - cpuStarted) / 1e6 / n);
            started = System.nanoTime();
            cpuStarted = cpuNanos();
            upkeep(shuffledDocs, shuffledArticles, COMMIT);
            batchedWall.add((System.nanoTime() - started) / 1e6 / n);
            batchedCpu.add((cpuNanos() - cpuStarted) / 1e6 / n);
        }
        Result r = figures(docs, summaries, median(wall), median(cpu), median(batchedWall), median(batchedCpu));
        return new Result(r.articles(), r.events(), r.multiArticleEvents(), r.fromSeveralArticles(), r.redundancy(),
                r.meanSentences(), r.updateMillisPerArticle(), r.updateCpuMillisPerArticle(), r.batchedMillisPerArticle(),
                r.batchedCpuMillisPerArticle(), r.summaries(), List.copyOf(cpu), List.copyOf(batchedCpu));
    }

    /**
     * The batched measure's arrivals: a fixed shuffle of the documents, so that a commit holds articles of many events
     * (a few each), as a commit of the news does, rather than whole topics as the file's order would.
     */
    private static final long SHUFFLE_SEED = 12;

    private static List<ClusteringEvaluation.Document> shuffled(List<ClusteringEvaluation.Document> docs) {
        List<ClusteringEvaluation.Document> out = new ArrayList<>(docs);
        java.util.Collections.shuffle(out, new java.util.Random(SHUFFLE_SEED));
        return out;
    }

    private static List<StoredArticle> shuffledArticles(List<ClusteringEvaluation.Document> docs, List<StoredArticle> articles) {
        List<StoredArticle> shuffled = new ArrayList<>(articles);
        java.util.Collections.shuffle(shuffled, new java.util.Random(SHUFFLE_SEED));
        // Sequences follow the new order of arrival (a state skips an article at or below its last sequence).
        List<StoredArticle> out = new ArrayList<>();
        for (int i = 0; i < shuffled.size(); i++) {
            StoredArticle a = shuffled.get(i);
            out.add(new StoredArticle(a.key(), a.analyzed(), Instant.EPOCH.plusSeconds(i), i + 1));
        }
        return out;
    }

    private static double median(List<Double> xs) {
        List<Double> sorted = new ArrayList<>(xs);
        sorted.sort(Double::compare);
        return sorted.get(sorted.size() / 2);
    }

    /** CPU time of this thread (the upkeep runs on one). */
    public static long cpuNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /**
     * The documents arriving in commits of {@code commit}: each article read once when it arrives, then each event of
     * the commit brought up to date once from its state, which is encoded as the store writes it (without the disk).
     */
    private Map<String, EventSummary> upkeep(List<ClusteringEvaluation.Document> docs, List<StoredArticle> articles, int commit) {
        Map<String, SummaryState> states = new LinkedHashMap<>();
        Map<String, EventSummary> summaries = new LinkedHashMap<>();
        long written = 0;
        for (int from = 0; from < docs.size(); from += commit) {
            Map<String, List<EventSummariser.Prepared>> arrived = new LinkedHashMap<>();
            for (int i = from; i < Math.min(docs.size(), from + commit); i++) {
                arrived.computeIfAbsent(docs.get(i).event(), e -> new ArrayList<>()).add(summariser.prepare(articles.get(i)));
            }
            for (Map.Entry<String, List<EventSummariser.Prepared>> e : arrived.entrySet()) {
                SummaryState state = states.computeIfAbsent(e.getKey(), k -> SummaryState.empty());
                summaries.put(e.getKey(), summariser.add(state, e.getValue()));
                written += SummaryStateCodec.write(state).length;
            }
        }
        if (written < 0) throw new IllegalStateException("unreachable: keeps the writing from being optimised away");
        return summaries;
    }

    private Result figures(List<ClusteringEvaluation.Document> docs, Map<String, EventSummary> summaries, double millis,
                           double cpuMillis, double batchedMillis, double batchedCpuMillis) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (ClusteringEvaluation.Document d : docs) sizes.merge(d.event(), 1, Integer::sum);
        int multi = 0, several = 0, pairs = 0, sentences = 0;
        double redundancy = 0;
        for (Map.Entry<String, EventSummary> e : summaries.entrySet()) {
            List<SummarySentence> chosen = e.getValue().sentences();
            sentences += chosen.size();
            for (int i = 0; i < chosen.size(); i++) {
                for (int j = i + 1; j < chosen.size(); j++) {
                    redundancy += summariser.similarity(chosen.get(i).text(), chosen.get(i).language(), chosen.get(j).text(), chosen.get(j).language());
                    pairs++;
                }
            }
            if (sizes.get(e.getKey()) < 2) continue;
            multi++;
            Set<String> from = new HashSet<>();
            for (SummarySentence s : chosen) from.add(s.articleKey());
            if (from.size() >= 2) several++;
        }
        return new Result(docs.size(), summaries.size(), multi, multi == 0 ? 0 : (double) several / multi,
                pairs == 0 ? 0 : redundancy / pairs, summaries.isEmpty() ? 0 : (double) sentences / summaries.size(), millis,
                cpuMillis, batchedMillis, batchedCpuMillis, summaries, List.of(), List.of());
    }

    /** The document as the stand-in path reads it (English, no entities), with its heading line as its title. */
    public static AnalyzedArticle standIn(ClusteringEvaluation.Document d) {
        return withTitle(new AnalyzedArticle(new Article(d.id(), null, null, null, null, List.of(), null, "en", d.text()),
                List.of(), List.of()), d.id());
    }

    /**
     * ECB+ documents have no title field: an ECB+ document's first line after its URL is its headline (a line without
     * final punctuation, as headlines are written); ECB documents have none. The text is left as is (entity offsets
     * point into it); the summariser skips lines without final punctuation as sentences. The outlet is unknown: the
     * document's id stands for it.
     */
    static AnalyzedArticle withTitle(AnalyzedArticle analyzed, String id) {
        Article a = analyzed.article();
        String title = a.title();
        if (title == null || title.isBlank()) {
            for (String line : a.text().lines().toList()) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("http")) continue;
                if (!l.matches(".*[.!?'\"”]$") && l.split("\\s+").length <= 20 && l.split("\\s+").length >= 3) title = l;
                break;
            }
        }
        Article titled = new Article(a.id(), a.url(), a.source() == null ? id : a.source(), title, a.published(), a.authors(),
                a.dateline(), a.language() == null ? "en" : a.language(), a.text());
        return new AnalyzedArticle(titled, analyzed.entities(), analyzed.dates());
    }
}
