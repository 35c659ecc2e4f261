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
     * @param updateMillisPerArticle time to bring the summaries up to date per arriving article (reading it and
     *                            summarising its event again), median of the runs
     */
    public record Result(int articles, int events, int multiArticleEvents, double fromSeveralArticles, double redundancy,
                         double meanSentences, double updateMillisPerArticle, Map<String, EventSummary> summaries) {
    }

    private final EventSummariser summariser;

    public SummaryEvaluation(TermAnalyzer terms) {
        this.summariser = new EventSummariser(terms);
    }

    /**
     * @param analyzed the documents' analysis, in their order, or null to read them as the stand-in path does (English
     *                 text, no entities)
     * @param runs     times the upkeep is timed (the figures are the same each run; the time is the median)
     */
    public Result run(List<ClusteringEvaluation.Document> docs, List<AnalyzedArticle> analyzed, int runs) {
        List<StoredArticle> articles = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            AnalyzedArticle a = analyzed == null ? standIn(docs.get(i)) : withTitle(analyzed.get(i), docs.get(i).id());
            articles.add(new StoredArticle(docs.get(i).id(), a, Instant.EPOCH.plusSeconds(i), i + 1));
        }
        Map<String, EventSummary> summaries = null;
        List<Double> times = new ArrayList<>();
        for (int run = 0; run < Math.max(1, runs); run++) {
            long started = System.nanoTime();
            summaries = upkeep(docs, articles);
            times.add((System.nanoTime() - started) / 1e6 / Math.max(1, docs.size()));
        }
        times.sort(Double::compare);
        return figures(docs, summaries, times.get(times.size() / 2));
    }

    /** The documents arriving one by one, each event summarised again from its bounded articles at each arrival. */
    private Map<String, EventSummary> upkeep(List<ClusteringEvaluation.Document> docs, List<StoredArticle> articles) {
        Map<String, List<EventSummariser.Prepared>> members = new LinkedHashMap<>();
        Map<String, EventSummary> summaries = new LinkedHashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            String event = docs.get(i).event();
            List<EventSummariser.Prepared> of = members.computeIfAbsent(event, e -> new ArrayList<>());
            of.add(summariser.prepare(articles.get(i)));
            summaries.put(event, summariser.summarisePrepared(SummaryUpdater.bounded(of), summaries.get(event)));
        }
        return summaries;
    }

    private Result figures(List<ClusteringEvaluation.Document> docs, Map<String, EventSummary> summaries, double millis) {
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
                pairs == 0 ? 0 : redundancy / pairs, summaries.isEmpty() ? 0 : (double) sentences / summaries.size(), millis, summaries);
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
