package dev.storyline.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storyline.AnalyzedArticle;
import dev.storyline.BatchAnalysis;
import dev.storyline.Pipeline;
import dev.storyline.entities.EntityRegistry;
import dev.storyline.extract.Article;
import dev.storyline.ingest.Ingested;
import dev.storyline.ingest.InputReader;
import dev.storyline.ingest.RawPage;
import dev.storyline.store.ArticleStore;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Loads a store with many articles and measures the server over it. The articles are honest copies: the ECB+
 * documents and the French samples, each analysed once by the full pipeline, then copied with a new id, a
 * publication date shifted over two years, a synthetic outlet, and a last line naming the copy (so that the
 * store's content identity sees distinct articles; mention offsets stay valid).
 */
public final class ServeBenchmark {

    private static final LocalDate FIRST_DAY = LocalDate.of(2022, 1, 1);
    private static final int DAYS = 730;
    private static final int OUTLETS = 40;
    private static final int COMMIT_EVERY = 500;

    private final PrintWriter out;

    public ServeBenchmark(PrintWriter out) {
        this.out = out;
    }

    /** The base documents: ECB+ texts and the French samples, as clean-text or scraped pages. */
    public static List<RawPage> basePages(Path shared) throws IOException {
        List<RawPage> pages = new ArrayList<>();
        Path ecb = shared.resolve("data/clustering/ecbplus/ecbplus-dev.jsonl.gz");
        if (Files.exists(ecb)) {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(ecb)), StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    JsonNode o = RestApi.JSON.readTree(line);
                    // ECB+ text is tokenised (spaces before punctuation); it is analysed as it is.
                    pages.add(new RawPage(o.get("id").asText(), ecb + ":" + o.get("id").asText(), null, null, null, null,
                            RawPage.Kind.CLEAN_TEXT, o.get("text").asText()));
                }
            }
        }
        Path samples = shared.resolve("samples/fr");
        if (Files.isDirectory(samples)) {
            try (Stream<Ingested> read = new InputReader().read(List.of(samples))) {
                read.filter(i -> i instanceof RawPage).forEach(i -> pages.add((RawPage) i));
            }
        }
        return pages;
    }

    /** Analyses the base pages with the full pipeline; prints the rate. */
    public List<AnalyzedArticle> analyze(List<RawPage> pages, Pipeline pipeline, int threads) {
        List<AnalyzedArticle> analyzed = new ArrayList<>();
        long start = System.nanoTime();
        new BatchAnalysis(pipeline, threads).run(pages.stream().map(p -> (Ingested) p), outcome -> {
            if (outcome instanceof BatchAnalysis.Analyzed a) analyzed.add(a.result());
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf("analysis (full pipeline, %d threads): %,d pages in %.1f s = %.1f pages/s%n", threads, pages.size(),
                seconds, pages.size() / seconds);
        out.flush();
        return analyzed;
    }

    /** Adds {@code count} copies of {@code base} to the store, committing every 500 as ingestion does; prints the rate. */
    public void load(List<AnalyzedArticle> base, ArticleStore store, EntityRegistry registry, int count) throws IOException {
        long start = System.nanoTime();
        int added = 0;
        for (int i = 0; i < count; i++) {
            AnalyzedArticle original = base.get(i % base.size());
            int copy = i / base.size();
            if (store.add(copy(original, copy, i)) == ArticleStore.Added.ADDED) added++;
            if ((i + 1) % COMMIT_EVERY == 0) store.commit();
            if ((i + 1) % 20_000 == 0) {
                out.printf("  %,d stored (%.0f/s)%n", i + 1, (i + 1) / ((System.nanoTime() - start) / 1e9));
                out.flush();
            }
        }
        store.commit();
        registry.flush();
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf("store: %,d copies added in %.1f s = %,.0f articles/s (add + commit every %d); store holds %,d%n",
                added, seconds, added / seconds, COMMIT_EVERY, store.count());
        out.flush();
    }

    public static AnalyzedArticle copy(AnalyzedArticle original, int copy, int serial) {
        Article a = original.article();
        String text = a.text() + "\n[Synthetic copy " + copy + " of " + a.id() + ".]";
        LocalDate day = FIRST_DAY.plusDays(Math.floorMod(a.id().hashCode() + copy * 37L, DAYS));
        Article shifted = new Article(a.id() + "#" + copy, null, "Outlet " + (1 + Math.floorMod(serial * 7919, OUTLETS)),
                a.title(), day.toString(), a.authors(), a.dateline(), a.language(), text);
        return new AnalyzedArticle(shifted, original.entities(), original.dates(), original.quotes());
    }

    /** Latencies of requests to a running server, sequential, in milliseconds: p50 and p99 of each kind. */
    public void measureRequests(String baseUrl, ArticleStore store, int perKind, long seed) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        Random random = new Random(seed);
        List<String> words = List.of("president", "police", "earthquake", "said", "fire", "arrested", "Obama", "killed",
                "\"prime minister\"", "election", "court", "Kazakhstan", "hospital", "company", "Apple", "storm");
        var top = store.search(new dev.storyline.store.SearchRequest(null, null, null, null, null, null, 0, 200));
        List<String> keys = top.hits().stream().map(dev.storyline.store.StoredArticle::key).toList();
        List<String> entities = new ArrayList<>(top.facets().getOrDefault("entity", Map.of()).keySet());
        List<String> outlets = new ArrayList<>(top.facets().getOrDefault("source", Map.of()).keySet());
        Map<String, List<String>> kinds = new java.util.LinkedHashMap<>();
        kinds.put("GET /api/search?q=word", new ArrayList<>());
        kinds.put("GET /api/search?q=word&source&from&to", new ArrayList<>());
        kinds.put("GET /search?q=word (page)", new ArrayList<>());
        kinds.put("GET /articles/{key} (page)", new ArrayList<>());
        kinds.put("GET /entities/{canonical} (page)", new ArrayList<>());
        kinds.put("GET /stories (page)", new ArrayList<>());
        kinds.put("GET /api/stories", new ArrayList<>());
        for (int i = 0; i < perKind; i++) {
            String w = enc(words.get(random.nextInt(words.size())));
            kinds.get("GET /api/search?q=word").add("/api/search?q=" + w);
            LocalDate from = FIRST_DAY.plusDays(random.nextInt(DAYS - 60));
            kinds.get("GET /api/search?q=word&source&from&to").add("/api/search?q=" + w + "&source=" + enc(outlets.get(random.nextInt(outlets.size())))
                    + "&from=" + from + "&to=" + from.plusDays(60));
            kinds.get("GET /search?q=word (page)").add("/search?q=" + w);
            kinds.get("GET /articles/{key} (page)").add("/articles/" + keys.get(random.nextInt(keys.size())));
            kinds.get("GET /stories (page)").add("/stories?offset=" + 30 * random.nextInt(10));
            kinds.get("GET /api/stories").add("/api/stories?offset=" + 20 * random.nextInt(10));
            if (!entities.isEmpty()) kinds.get("GET /entities/{canonical} (page)").add("/entities/" + enc(entities.get(random.nextInt(Math.min(20, entities.size())))));
        }
        for (Map.Entry<String, List<String>> kind : kinds.entrySet()) {
            if (kind.getValue().isEmpty()) continue;
            double[] millis = new double[kind.getValue().size()];
            int errors = 0;
            for (int i = 0; i < millis.length; i++) {
                long start = System.nanoTime();
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl + kind.getValue().get(i))).build(),
                        HttpResponse.BodyHandlers.discarding());
                millis[i] = (System.nanoTime() - start) / 1e6;
                if (r.statusCode() != 200) errors++;
            }
            Arrays.sort(millis);
            out.printf("%-40s n=%d  p50 %6.1f ms  p99 %6.1f ms  errors %d%n", kind.getKey(), millis.length,
                    millis[millis.length / 2], millis[Math.min(millis.length - 1, (int) Math.ceil(millis.length * 0.99) - 1)], errors);
            out.flush();
        }
    }

    /** Heap in use after a full collection, in MB. */
    public static long heapAfterGcMb() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
