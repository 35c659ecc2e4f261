package dev.storyline.alerts;

import dev.storyline.AnalyzedArticle;
import dev.storyline.extract.Article;
import dev.storyline.store.ArticleFields;
import org.apache.lucene.analysis.Analyzer;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The cost of matching one new article against N saved searches ({@code storyline bench alerts}): for each size,
 * searches generated from the articles' own names, words and phrases in query-log shapes ({@link SearchGenerator}),
 * then every article indexed alone and matched through the presearcher, beside the brute-force peer (every search
 * run) where that is feasible. Reports median and p90 ms per article of the whole (indexing the article and
 * matching) and of matching alone, the candidates run per article, and checks the two agree.
 */
public final class MatchingBenchmark {

    private static final String[] OUTLETS = {"wire-a", "paper-b", "site-c", "tv-d", "radio-e", "blog-f", "agency-g"};

    private final List<AnalyzedArticle> articles;
    private final Analyzer analyzer = ArticleFields.analyzer();

    /** @param articles analysed articles; those without outlet or date get one (so that filters have something to test) */
    public MatchingBenchmark(List<AnalyzedArticle> articles) {
        List<AnalyzedArticle> filled = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            AnalyzedArticle a = articles.get(i);
            Article x = a.article();
            if (x.source() == null || x.published() == null) {
                x = new Article(x.id(), x.url(), x.source() == null ? OUTLETS[i % OUTLETS.length] : x.source(), x.title(),
                        x.published() == null ? LocalDate.of(2024, 1, 1).plusDays(i % 60).toString() : x.published(),
                        x.authors(), x.dateline(), x.language(), x.text());
                a = new AnalyzedArticle(x, a.entities(), a.dates(), a.quotes());
            }
            filled.add(a);
        }
        this.articles = List.copyOf(filled);
    }

    public void run(int[] sizes, int bruteForceMax, int runs, long seed, PrintWriter out) {
        // The statistics a store holding these articles would give (what the evaluator uses).
        java.util.function.ToDoubleFunction<org.apache.lucene.index.Term> frequencies = TermFrequencies.of(articles, analyzer);
        out.printf("%,d articles; searches generated from them (seed %d); %d timed passes over the articles after one warm-up; "
                + "brute force timed once on up to 200 of them%n", articles.size(), seed, runs);
        out.println("| searches | always run | compile s | candidates/article (median) | matches/article (mean) | "
                + "presearch ms/article median (p90) | of which matching | every search, cut to the article's fields | "
                + "every search, whole (brute force) | agree |");
        out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        out.flush();
        for (int size : sizes) {
            List<SavedSearch> searches = new SearchGenerator(articles, seed).generate(size);
            List<SearchMatcher.Entry> entries = new ArrayList<>(size);
            for (int i = 0; i < size; i++) entries.add(new SearchMatcher.Entry("q" + i, searches.get(i)));
            long compileStart = System.nanoTime();
            SearchMatcher matcher = SearchMatcher.of(entries, analyzer, frequencies);
            double compileSeconds = (System.nanoTime() - compileStart) / 1e9;

            boolean brute = size <= bruteForceMax;
            int n = articles.size();
            // The peer is slow: timed in the first pass, on at most 200 articles spread over the set.
            int bruteEvery = Math.max(1, n / 200);
            double[] total = new double[n * runs], matching = new double[n * runs];
            List<Double> bruteMs = new ArrayList<>(), cutMs = new ArrayList<>();
            int[] candidates = new int[n];
            long matched = 0;
            boolean agree = true;
            for (int pass = -1; pass < runs; pass++) {
                for (int i = 0; i < n; i++) {
                    long t0 = System.nanoTime();
                    ArticleUnderTest article = new ArticleUnderTest(articles.get(i), analyzer);
                    long t1 = System.nanoTime();
                    List<String> found = matcher.match(article);
                    long t2 = System.nanoTime();
                    if (pass < 0) {
                        candidates[i] = matcher.candidateCount(article);
                        matched += found.size();
                        continue;
                    }
                    total[pass * n + i] = (t2 - t0) / 1e6;
                    matching[pass * n + i] = (t2 - t1) / 1e6;
                    if (brute && pass == 0 && i % bruteEvery == 0) {
                        long b0 = System.nanoTime();
                        ArticleUnderTest again = new ArticleUnderTest(articles.get(i), analyzer);
                        List<String> every = matcher.matchEvery(again);
                        bruteMs.add((System.nanoTime() - b0) / 1e6);
                        if (!every.equals(found)) agree = false;
                        long c0 = System.nanoTime();
                        ArticleUnderTest cut = new ArticleUnderTest(articles.get(i), analyzer);
                        if (!matcher.matchEveryCut(cut).equals(found)) agree = false;
                        cutMs.add((System.nanoTime() - c0) / 1e6);
                    }
                }
            }
            int[] sortedCandidates = candidates.clone();
            Arrays.sort(sortedCandidates);
            out.printf("| %,d | %,d | %.1f | %,d | %.1f | %.3f (%.3f) | %.3f | %s | %s | %s |%n", size, matcher.alwaysRunCount(), compileSeconds,
                    sortedCandidates[n / 2], matched / (double) n, percentile(total, 0.5), percentile(total, 0.9),
                    percentile(matching, 0.5), brute ? medianP90(cutMs) : "not run",
                    brute ? medianP90(bruteMs) : "not run",
                    brute ? (agree ? "yes" : "NO") : "–");
            out.flush();
        }
    }

    private static String medianP90(List<Double> ms) {
        double[] values = ms.stream().mapToDouble(Double::doubleValue).toArray();
        return String.format("%.3f (%.3f)", percentile(values, 0.5), percentile(values, 0.9));
    }

    static double percentile(double[] values, double p) {
        if (values.length == 0) return Double.NaN;
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))];
    }
}
