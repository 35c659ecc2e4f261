package dev.storyline.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storyline.AnalysisJson;
import dev.storyline.AnalyzedArticle;
import dev.storyline.entities.EntityMention;
import dev.storyline.extract.Article;
import dev.storyline.store.ArticleIdentity;
import dev.storyline.store.ArticleStore;
import dev.storyline.store.SearchRequest;
import dev.storyline.store.SearchResults;
import dev.storyline.store.StoredArticle;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The article store on OpenSearch: one index, {@code <prefix>-articles}, one document per article under its
 * {@link ArticleIdentity} key, so that adding an article again (a replay, another writer) changes nothing: documents
 * are created with {@code op_type=create}, and one that is there already is left as it is. Adds are buffered and
 * written in bulk at {@link #commit()}, which returns once OpenSearch has acknowledged (and fsynced) them all and
 * made them searchable: the contract of {@link ArticleStore}. Search is OpenSearch's {@code query_string} (the
 * Lucene syntax the embedded store parses) over the same per-language fields, with terms aggregations for facets.
 * Single writer (sequence numbers are given by this process, or by the caller of {@link #put}, as the Flink job's
 * store sink does); reads may run concurrently.
 */
public final class OpenSearchArticleStore implements ArticleStore {

    private static final List<String> FACETS = List.of("language", "source", "entity");
    private static final int FACET_VALUES = 20;
    private static final int BULK = 500;
    private static final int PAGE = 1000;

    private final OpenSearchClient client;
    private final boolean ownsClient;
    private final String index;
    /** An article to write at commit: created (left as it is when there already) or upserted (replaced). */
    private record Write(boolean upsert, ObjectNode doc) {
    }

    private final List<Write> pending = new ArrayList<>();
    // Identities added since the last commit: not yet searchable, so checked here.
    private final Set<String> pendingContent = new HashSet<>();
    private final Set<String> pendingUrls = new HashSet<>();
    private final Set<String> pendingKeys = new HashSet<>();
    private long nextSequence;

    private OpenSearchArticleStore(OpenSearchClient client, boolean ownsClient) throws IOException {
        this.client = client;
        this.ownsClient = ownsClient;
        this.index = client.location().index("articles");
        client.ensureIndex(index, ArticleMapping.definition(client.location()));
        this.nextSequence = lastCommittedSequence() + 1;
    }

    /** Opens (creating its index if need be) the article store at {@code location}. */
    public static OpenSearchArticleStore open(OpenSearchLocation location) throws IOException {
        OpenSearchClient client = OpenSearchClient.connect(location);
        try {
            return new OpenSearchArticleStore(client, true);
        } catch (IOException | RuntimeException e) {
            client.close();
            throw e;
        }
    }

    /** Opens the article store over a client shared with the other stores (closing the store leaves it open). */
    public static OpenSearchArticleStore open(OpenSearchClient client) throws IOException {
        return new OpenSearchArticleStore(client, false);
    }

    public String index() {
        return index;
    }

    @Override
    public synchronized Added add(AnalyzedArticle analyzed) throws IOException {
        return add(analyzed, Instant.now());
    }

    @Override
    public synchronized Added add(AnalyzedArticle analyzed, Instant ingested) throws IOException {
        ArticleIdentity identity = ArticleIdentity.of(analyzed.article());
        if (isKnown(identity)) return Added.DUPLICATE;
        pending.add(new Write(false, document(analyzed, identity, nextSequence++, ingested)));
        pendingKeys.add(identity.key());
        if (identity.contentKey() != null) pendingContent.add(identity.contentKey());
        if (identity.urlKey() != null) pendingUrls.add(identity.urlKey());
        return Added.ADDED;
    }

    /**
     * Writes the article under its key as number {@code sequence}, both fixed by the caller (the Flink job's ordered
     * task, which has judged duplicates already and numbers the articles it keeps 1, 2, 3…): an upsert, so that
     * writing it again after a replay gives the same document. Durable and searchable at {@link #commit()}, like an add.
     */
    public synchronized void put(AnalyzedArticle analyzed, long sequence, Instant ingested) {
        if (sequence < 1) throw new IllegalArgumentException("article numbers start at 1, was " + sequence);
        ArticleIdentity identity = ArticleIdentity.of(analyzed.article());
        pending.add(new Write(true, document(analyzed, identity, sequence, ingested)));
        nextSequence = Math.max(nextSequence, sequence + 1);
    }

    /** How many articles wait for {@link #commit()}. */
    public synchronized int pendingCount() {
        return pending.size();
    }

    private static ObjectNode document(AnalyzedArticle analyzed, ArticleIdentity identity, long sequence, Instant ingested) {
        Article a = analyzed.article();
        ObjectNode doc = OpenSearchClient.JSON.createObjectNode();
        doc.put("key", identity.key());
        if (identity.contentKey() != null) doc.put("content_key", identity.contentKey());
        if (identity.urlKey() != null) doc.put("url_key", identity.urlKey());
        doc.put("seq", sequence);
        doc.put("ingested", ingested.toEpochMilli());
        doc.put("json", AnalysisJson.line(AnalysisJson.of(analyzed)));
        putIfPresent(doc, "language", a.language());
        putIfPresent(doc, "source", a.source());
        Set<String> entities = new LinkedHashSet<>();
        for (EntityMention m : analyzed.entities()) if (m.canonical() != null && !m.canonical().isBlank()) entities.add(m.canonical());
        if (!entities.isEmpty()) {
            ArrayNode values = doc.putArray("entity");
            entities.forEach(values::add);
        }
        LocalDate day = a.publishedDate();
        if (day != null) doc.put("published_day", day.toEpochDay());
        ArticleMapping.forEachTextField(a, doc::put);
        return doc;
    }

    private static void putIfPresent(ObjectNode doc, String field, String value) {
        if (value != null && !value.isBlank()) doc.put(field, value);
    }

    private boolean isKnown(ArticleIdentity identity) throws IOException {
        if (pendingKeys.contains(identity.key())) return true;
        if (identity.contentKey() != null && pendingContent.contains(identity.contentKey())) return true;
        if (identity.urlKey() != null && pendingUrls.contains(identity.urlKey())) return true;
        ObjectNode body = OpenSearchClient.JSON.createObjectNode();
        ArrayNode any = body.putObject("query").putObject("bool").putArray("should");
        term(any, "key", identity.key());
        if (identity.contentKey() != null) term(any, "content_key", identity.contentKey());
        if (identity.urlKey() != null) term(any, "url_key", identity.urlKey());
        // One request: what this writer added since its last commit is in the sets above, the rest is searchable
        // (single writer: another writer's documents not yet refreshed would be missed, and then left as they are
        // at commit, where a document with the same key is not created twice).
        return count(body) > 0;
    }

    private static void term(ArrayNode clauses, String field, String value) {
        clauses.addObject().putObject("term").put(field, value);
    }

    @Override
    public synchronized void commit() throws IOException {
        for (int from = 0; from < pending.size(); from += BULK) {
            writeBulk(pending.subList(from, Math.min(pending.size(), from + BULK)));
        }
        client.send("POST", "/" + index + "/_refresh", null);
        pending.clear();
        pendingKeys.clear();
        pendingContent.clear();
        pendingUrls.clear();
    }

    private void writeBulk(List<Write> docs) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (Write write : docs) {
            ObjectNode action = OpenSearchClient.JSON.createObjectNode();
            action.putObject(write.upsert() ? "index" : "create").put("_index", index).put("_id", write.doc().get("key").asText());
            lines.append(OpenSearchClient.JSON.writeValueAsString(action)).append('\n');
            lines.append(OpenSearchClient.JSON.writeValueAsString(write.doc())).append('\n');
        }
        JsonNode answer = client.sendLines("/_bulk", lines.toString());
        if (!answer.path("errors").asBoolean()) return;
        List<String> failed = new ArrayList<>();
        for (JsonNode item : answer.path("items")) {
            JsonNode result = item.elements().next();
            if (result.path("status").asInt() == 409) continue; // there already (a replay): nothing to change
            if (result.has("error")) {
                failed.add(index + "/" + result.path("_id").asText() + ": " + result.path("error").path("type").asText()
                        + ": " + result.path("error").path("reason").asText());
            }
        }
        if (!failed.isEmpty()) {
            throw new IOException("OpenSearch refused " + failed.size() + " of " + docs.size() + " articles, first: "
                    + String.join("; ", failed.subList(0, Math.min(3, failed.size()))));
        }
    }

    @Override
    public Optional<StoredArticle> get(String key) throws IOException {
        Optional<JsonNode> found = client.getIfExists("/" + index + "/_doc/" + key);
        return found.map(hit -> load(hit.path("_source")));
    }

    @Override
    public SearchResults search(SearchRequest request) throws IOException {
        boolean ranked = request.query() != null && !request.query().isBlank();
        ObjectNode body = OpenSearchClient.JSON.createObjectNode();
        body.put("from", request.offset());
        body.put("size", request.limit());
        body.put("track_total_hits", true);
        body.putArray("_source").add("key").add("json").add("ingested").add("seq");
        body.set("query", query(request, ranked));
        ArrayNode sort = body.putArray("sort");
        if (ranked) {
            sort.add("_score");
            sort.addObject().put("seq", "asc"); // ties in ingestion order, as Lucene breaks them
        } else {
            sort.addObject().putObject("published_day").put("order", "desc").put("missing", "_last");
            sort.addObject().put("seq", "desc");
        }
        ObjectNode aggs = body.putObject("aggs");
        for (String facet : FACETS) aggs.putObject(facet).putObject("terms").put("field", facet).put("size", FACET_VALUES);
        JsonNode answer;
        try {
            answer = client.send("POST", "/" + index + "/_search", body);
        } catch (OpenSearchClient.OpenSearchException e) {
            if (ranked && e.status() == 400 && isQueryError(e.type())) {
                String reason = e.reason() == null ? e.getMessage() : e.reason().replaceFirst("^[a-z_]+: ", "");
                throw new IllegalArgumentException("invalid query '" + request.query() + "': " + reason, e);
            }
            throw e;
        }
        List<StoredArticle> hits = new ArrayList<>();
        for (JsonNode hit : answer.path("hits").path("hits")) hits.add(load(hit.path("_source")));
        Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
        for (String facet : FACETS) {
            Map<String, Integer> values = new LinkedHashMap<>();
            for (JsonNode bucket : answer.path("aggregations").path(facet).path("buckets")) {
                values.put(bucket.path("key").asText(), bucket.path("doc_count").asInt());
            }
            facets.put(facet, values);
        }
        return new SearchResults(answer.path("hits").path("total").path("value").asLong(), hits, facets);
    }

    private static boolean isQueryError(String type) {
        return "query_shard_exception".equals(type) || "parse_exception".equals(type)
                || "query_parsing_exception".equals(type) || "token_mgr_error".equals(type)
                || "search_phase_execution_exception".equals(type);
    }

    private static ObjectNode query(SearchRequest request, boolean ranked) {
        ObjectNode query = OpenSearchClient.JSON.createObjectNode();
        ObjectNode bool = query.putObject("bool");
        if (ranked) {
            ObjectNode text = bool.putArray("must").addObject().putObject("query_string");
            text.put("query", request.query());
            text.set("fields", ArticleMapping.searchFields());
            text.put("default_operator", "AND");
            text.put("type", "most_fields"); // a word's score summed over the fields, as Lucene's multi-field parser does
        } else {
            bool.putArray("must").addObject().putObject("match_all");
        }
        ArrayNode filter = bool.putArray("filter");
        if (request.language() != null) term(filter, "language", request.language());
        if (request.source() != null) term(filter, "source", request.source());
        if (request.entity() != null) { // with its former keys: articles resolved before a re-key carry one
            ArrayNode keys = filter.addObject().putObject("terms").putArray("entity");
            request.entityKeys().forEach(keys::add);
        }
        if (request.from() != null || request.to() != null) {
            ObjectNode range = filter.addObject().putObject("range").putObject("published_day");
            if (request.from() != null) range.put("gte", request.from().toEpochDay());
            if (request.to() != null) range.put("lte", request.to().toEpochDay());
        }
        return query;
    }

    private static StoredArticle load(JsonNode source) {
        return new StoredArticle(source.path("key").asText(), AnalysisJson.read(source.path("json").asText()),
                Instant.ofEpochMilli(source.path("ingested").asLong()), source.path("seq").asLong());
    }

    @Override
    public void forEach(Consumer<StoredArticle> consumer) throws IOException {
        forEachAfter(0, consumer);
    }

    @Override
    public void forEachAfter(long sequence, Consumer<StoredArticle> consumer) throws IOException {
        long after = sequence;
        while (true) {
            ObjectNode body = OpenSearchClient.JSON.createObjectNode();
            body.put("size", PAGE);
            body.putArray("_source").add("key").add("json").add("ingested").add("seq");
            body.putObject("query").putObject("range").putObject("seq").put("gt", after);
            body.putArray("sort").addObject().put("seq", "asc");
            JsonNode hits = client.send("POST", "/" + index + "/_search", body).path("hits").path("hits");
            if (hits.isEmpty()) return;
            for (JsonNode hit : hits) {
                StoredArticle article = load(hit.path("_source"));
                consumer.accept(article);
                after = article.sequence();
            }
        }
    }

    @Override
    public synchronized long lastSequence() {
        return nextSequence - 1;
    }

    private long lastCommittedSequence() throws IOException {
        ObjectNode body = OpenSearchClient.JSON.createObjectNode();
        body.put("size", 0);
        body.putObject("aggs").putObject("last").putObject("max").put("field", "seq");
        JsonNode value = client.send("POST", "/" + index + "/_search", body).path("aggregations").path("last").path("value");
        return value.isNumber() ? value.asLong() : 0;
    }

    @Override
    public long articlesMentioning(String canonical) throws IOException {
        return documentFrequency("entity", canonical);
    }

    @Override
    public long documentFrequency(String field, String term) throws IOException {
        ObjectNode body = OpenSearchClient.JSON.createObjectNode();
        body.putObject("query").putObject("term").put(field, term);
        return count(body);
    }

    @Override
    public long count() throws IOException {
        return count(null);
    }

    private long count(ObjectNode body) throws IOException {
        return client.send(body == null ? "GET" : "POST", "/" + index + "/_count", body).path("count").asLong();
    }

    /** Writes what was added and not yet committed (as the embedded store does at close), then lets go. */
    @Override
    public synchronized void close() throws IOException {
        try {
            if (!pending.isEmpty()) commit();
        } finally {
            if (ownsClient) client.close();
        }
    }
}
