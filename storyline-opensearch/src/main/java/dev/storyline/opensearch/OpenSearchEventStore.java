package dev.storyline.opensearch;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storyline.events.AssignedArticle;
import dev.storyline.events.DocumentFrequencies;
import dev.storyline.events.DurableEventStore;
import dev.storyline.events.EventState;
import dev.storyline.events.WindowedEventStore;
import dev.storyline.events.StoryState;
import dev.storyline.store.StateCodec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The events, stories, assignments and windowed document frequencies of a store on OpenSearch, in one index,
 * {@code <prefix>-events}, as the embedded {@code LuceneEventStore} holds them in its own: one document per event
 * ({@code event:<id>}), story ({@code story:<id>}), article's assignment ({@code article:<key>}) and week of
 * frequencies ({@code week:<n>}), so that writing one again (a replay) replaces it. The active window lives in
 * memory, read back at the first need; what changed is written at {@link #commit} in bulk.
 *
 * <p>OpenSearch has no commit across documents, so each commit is numbered: its documents carry the number, and the
 * commit record ({@code commit}, with the articles assigned through) is written last. A store opened with documents
 * of a commit that has no record (the writer died in the middle) is started afresh, and the articles are assigned
 * again from the article store (deterministically: the same events come out).
 *
 * <p>A reader that does not own the writes (a server over the store the Flink job writes) opens it with
 * {@link #openReadOnly}: it neither clears nor assigns, and reads only documents of a complete commit, the commit
 * record read again at each read (so it follows the writer's commits as they land).
 */
public final class OpenSearchEventStore extends WindowedEventStore {

    /** Format of the index; another value at open means it is rebuilt from the articles. */
    static final int VERSION = 1;

    private static final String COMMIT_ID = "commit";
    private static final int BULK = 500;
    private static final int PAGE = 1000;

    static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final OpenSearchClient client;
    private final boolean ownsClient;
    private final boolean readOnly;
    private final String index;
    private final Map<String, AssignedArticle> assignments = new LinkedHashMap<>();
    private long articlesThrough;
    private long generation;

    private OpenSearchEventStore(OpenSearchClient client, boolean ownsClient, boolean empty, boolean readOnly)
            throws IOException {
        this.client = client;
        this.ownsClient = ownsClient;
        this.readOnly = readOnly;
        this.index = client.location().index("events");
        // A reader may come up before the job's first commit: an empty index of the writer's layout reads as no events.
        client.ensureIndex(index, definition(client.location()));
        JsonNode committed = committedRecord();
        if (readOnly && committed != null && committed.path("version").asInt() != VERSION) {
            throw new IOException("the events index " + index + " has format " + committed.path("version").asInt()
                    + ", this reader reads format " + VERSION + ": run the job of this version over it first");
        }
        boolean current = committed == null || committed.path("version").asInt() == VERSION;
        if (readOnly) {
            // Not this reader's to judge or repair: a half-written commit is the writer's, which finishes it.
        } else if (empty || !current || (committed != null && newerThan(committed.path("generation").asLong()))
                || (committed == null && hasDocuments())) {
            clear();
            committed = null;
        }
        this.generation = committed == null ? 0 : committed.path("generation").asLong();
        DocumentFrequencies frequencies = new DocumentFrequencies();
        startWindow(committed == null ? 0 : committed.path("sequence").asLong(), frequencies);
        this.articlesThrough = committed == null ? 0 : committed.path("articles").asLong();
        String newest = committed == null ? "" : committed.path("newest").asText("");
        frequencies.restoreWindow(newest.isEmpty() ? null : LocalDate.parse(newest),
                committed == null ? DocumentFrequencies.TIMELESS : committed.path("first_live_week").asLong());
    }

    /** Opens (creating its index if need be) the events of the store at {@code location}, over a client of its own. */
    public static OpenSearchEventStore open(OpenSearchLocation location) throws IOException {
        return withOwnClient(location, false);
    }

    /** Opens the events of the store at {@code location} emptied: what was there is deleted. */
    public static OpenSearchEventStore openEmpty(OpenSearchLocation location) throws IOException {
        return withOwnClient(location, true);
    }

    private static OpenSearchEventStore withOwnClient(OpenSearchLocation location, boolean empty) throws IOException {
        OpenSearchClient client = OpenSearchClient.connect(location);
        try {
            return new OpenSearchEventStore(client, true, empty, false);
        } catch (IOException | RuntimeException e) {
            client.close();
            throw e;
        }
    }

    /** Opens the events over a client shared with the other stores (closing the events leaves it open). */
    public static OpenSearchEventStore open(OpenSearchClient client) throws IOException {
        return new OpenSearchEventStore(client, false, false, false);
    }

    /**
     * Opens the events of the store at {@code location} for reading only, over a client of its own: for a process that
     * does not own the writes (the job's sink does). Nothing is cleared, created beyond an empty index, or assigned;
     * reads see what the last complete commit holds (see {@link #committedGeneration}).
     */
    public static OpenSearchEventStore openReadOnly(OpenSearchLocation location) throws IOException {
        OpenSearchClient client = OpenSearchClient.connect(location);
        try {
            return new OpenSearchEventStore(client, true, false, true);
        } catch (IOException | RuntimeException e) {
            client.close();
            throw e;
        }
    }

    /** Whether this store only reads (opened by {@link #openReadOnly}). */
    public boolean readOnly() {
        return readOnly;
    }

    private JsonNode committedRecord() throws IOException {
        return client.getIfExists("/" + index + "/_doc/" + COMMIT_ID).map(d -> d.path("_source").path("commit")).orElse(null);
    }

    /**
     * For a reader: the generation of the last complete commit, read now (0 before the first). Documents of a later
     * generation belong to a commit under way and are not read. OpenSearch keeps one version per id, so a document
     * that commit rewrites (an event it grows) is not read until its commit record is written.
     */
    private long committedGeneration() {
        try {
            JsonNode committed = committedRecord();
            return committed == null ? 0 : committed.path("generation").asLong();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code query}, for a reader restricted to the documents of complete commits. */
    private ObjectNode committed(ObjectNode query) {
        if (!readOnly) return query;
        ObjectNode bool = OpenSearchClient.JSON.createObjectNode();
        ArrayNode filter = bool.putObject("bool").putArray("filter");
        filter.add(query);
        filter.addObject().putObject("range").putObject("generation").put("lte", committedGeneration());
        return bool;
    }

    /** Opens and reopens the events of the store at {@code location} (for {@code StoredEvents}). */
    public static Opener opener(OpenSearchLocation location) {
        return new Opener() {
            @Override
            public DurableEventStore open() throws IOException {
                return OpenSearchEventStore.open(location);
            }

            @Override
            public DurableEventStore openEmpty() throws IOException {
                return OpenSearchEventStore.openEmpty(location);
            }
        };
    }

    public String index() {
        return index;
    }

    private static ObjectNode definition(OpenSearchLocation location) {
        ObjectNode root = OpenSearchClient.JSON.createObjectNode();
        Indices.settings(root, location);
        ObjectNode properties = root.putObject("mappings").put("dynamic", "strict").putObject("properties");
        for (String keyword : List.of("id", "type", "event", "story", "source", "language")) {
            properties.putObject(keyword).put("type", "keyword");
        }
        properties.putObject("active").put("type", "boolean");
        for (String number : List.of("sequence", "last", "week", "generation")) properties.putObject(number).put("type", "long");
        properties.putObject("state").put("type", "binary");
        properties.putObject("json").put("type", "keyword").put("index", false).put("doc_values", false);
        properties.putObject("commit").put("type", "object").put("enabled", false);
        return root;
    }

    private boolean newerThan(long committedGeneration) throws IOException {
        ObjectNode body = OpenSearchClient.JSON.createObjectNode();
        body.putObject("query").putObject("range").putObject("generation").put("gt", committedGeneration);
        return client.send("POST", "/" + index + "/_count", body).path("count").asLong() > 0;
    }

    private boolean hasDocuments() throws IOException {
        client.send("POST", "/" + index + "/_refresh", null);
        return client.send("GET", "/" + index + "/_count", null).path("count").asLong() > 0;
    }

    /** Deletes the index and creates it anew (delete-by-query is a module a cluster may lack; this is not). */
    private void clear() throws IOException {
        client.send("DELETE", "/" + index, null);
        client.ensureIndex(index, definition(client.location()));
    }

    // ---- the active window, read back from the index the first time it is needed ----

    @Override
    protected void restoreActiveWindow(DocumentFrequencies frequencies) throws IOException {
        scan(ofType("frequencies"), "week", d -> {
            byte[] counts = bytes(d.path("state"));
            StateCodec.restoreBucket(frequencies, d.path("week").asLong(), counts, 0, counts.length);
        });
        scan(activeOf("event"), "sequence", d -> {
            byte[] state = bytes(d.path("state"));
            active().putEvent(StateCodec.decodeEvent(state, 0, state.length, frequencies::sharedKey));
        });
        scan(activeOf("story"), "sequence", d -> {
            byte[] state = bytes(d.path("state"));
            active().putStory(StateCodec.decodeStory(state, 0, state.length, frequencies::sharedKey));
        });
    }

    private static byte[] bytes(JsonNode base64) {
        try {
            return base64.binaryValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- EventStore: the active window in memory; what changed is written at commit ----

    /** Every event, committed or not, in creation order: reads the whole index (for tests and small stores). */
    @Override
    public List<EventState> events() {
        List<EventState> committed = new ArrayList<>();
        scanUnchecked(committed(ofType("event")), "sequence", d -> committed.add(decodeEvent(d)));
        return withUncommittedEvents(committed);
    }

    /** Every story, committed or not, in creation order: reads the whole index (for tests and small stores). */
    @Override
    public List<StoryState> stories() {
        List<StoryState> committed = new ArrayList<>();
        scanUnchecked(committed(ofType("story")), "sequence", d -> committed.add(decodeStory(d)));
        return withUncommittedStories(committed);
    }

    // ---- assignments and commits ----

    @Override
    public void loadWindow() {
        // A reader assigns nothing: its window would never be used.
        if (!readOnly) super.loadWindow();
    }

    @Override
    public void recordAssignment(AssignedArticle assigned) {
        refuseIfReadOnly();
        assignments.put(assigned.key(), assigned);
    }

    @Override
    public long articlesThrough() {
        if (!readOnly) return articlesThrough;
        try {
            JsonNode committed = committedRecord();
            return committed == null ? 0 : committed.path("articles").asLong();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void commit(long articlesThrough) throws IOException {
        refuseIfReadOnly();
        long next = generation + 1;
        List<String> lines = new ArrayList<>();
        for (AssignedArticle a : assignments.values()) put(lines, "article:" + a.key(), assignmentDoc(a, next));
        for (String id : changedEvents) put(lines, "event:" + id, eventDoc(active().event(id), true, next));
        for (EventState e : evictedEvents.values()) put(lines, "event:" + e.id(), eventDoc(e, false, next));
        for (String id : changedStories) put(lines, "story:" + id, storyDoc(active().story(id), true, next));
        for (StoryState s : evictedStories.values()) put(lines, "story:" + s.id(), storyDoc(s, false, next));
        DocumentFrequencies frequencies = active().frequencies();
        for (long week : frequencies.takeDropped()) delete(lines, "week:" + week);
        for (long week : frequencies.takeChanged()) {
            ObjectNode doc = doc("week:" + week, "frequencies", next);
            doc.put("week", week);
            doc.put("state", StateCodec.encode(frequencies.buckets().get(week)));
            put(lines, "week:" + week, doc);
        }
        for (int from = 0; from < lines.size(); from += 2 * BULK) {
            bulk(lines.subList(from, Math.min(lines.size(), from + 2 * BULK)));
        }
        client.send("POST", "/" + index + "/_refresh", null);
        long through = Math.max(this.articlesThrough, articlesThrough);
        ObjectNode record = doc(COMMIT_ID, "commit", next);
        ObjectNode commit = record.putObject("commit");
        commit.put("version", VERSION);
        commit.put("generation", next);
        commit.put("sequence", active().sequence());
        commit.put("articles", through);
        commit.put("newest", frequencies.newest() == null ? "" : frequencies.newest().toString());
        commit.put("first_live_week", frequencies.firstLiveWeek());
        client.send("PUT", "/" + index + "/_doc/" + COMMIT_ID + "?refresh=true", record);
        generation = next;
        this.articlesThrough = through;
        assignments.clear();
        forgetChanges();
    }

    private void refuseIfReadOnly() {
        if (readOnly) throw new IllegalStateException("the events " + index + " are open for reading only: another process writes them");
    }

    private static ObjectNode doc(String id, String type, long generation) {
        ObjectNode doc = OpenSearchClient.JSON.createObjectNode();
        doc.put("id", id);
        doc.put("type", type);
        doc.put("generation", generation);
        return doc;
    }

    static ObjectNode assignmentDoc(AssignedArticle a, long generation) throws IOException {
        ObjectNode doc = doc("article:" + a.key(), "assignment", generation);
        doc.put("event", a.assignment().eventId());
        doc.put("story", a.assignment().storyId());
        doc.put("sequence", a.sequence());
        if (a.source() != null) doc.put("source", a.source());
        if (a.language() != null) doc.put("language", a.language());
        doc.put("json", JSON.writeValueAsString(a));
        return doc;
    }

    private static ObjectNode eventDoc(EventState e, boolean isActive, long generation) {
        ObjectNode doc = doc("event:" + e.id(), "event", generation);
        doc.put("story", e.storyId());
        doc.put("active", isActive);
        doc.put("sequence", e.sequence());
        doc.put("state", StateCodec.encode(e));
        return doc;
    }

    private static ObjectNode storyDoc(StoryState s, boolean isActive, long generation) {
        ObjectNode doc = doc("story:" + s.id(), "story", generation);
        doc.put("active", isActive);
        doc.put("sequence", s.sequence());
        doc.put("last", s.last() == null ? Long.MIN_VALUE : s.last().toEpochDay());
        doc.put("state", StateCodec.encode(s));
        return doc;
    }

    private void put(List<String> lines, String id, ObjectNode doc) throws IOException {
        ObjectNode action = OpenSearchClient.JSON.createObjectNode();
        action.putObject("index").put("_index", index).put("_id", id);
        lines.add(OpenSearchClient.JSON.writeValueAsString(action));
        lines.add(OpenSearchClient.JSON.writeValueAsString(doc));
    }

    private void delete(List<String> lines, String id) throws IOException {
        ObjectNode action = OpenSearchClient.JSON.createObjectNode();
        action.putObject("delete").put("_index", index).put("_id", id);
        lines.add(OpenSearchClient.JSON.writeValueAsString(action));
    }

    private void bulk(List<String> lines) throws IOException {
        if (lines.isEmpty()) return;
        JsonNode answer = client.sendLines("/_bulk", String.join("\n", lines) + "\n");
        if (!answer.path("errors").asBoolean()) return;
        List<String> failed = new ArrayList<>();
        for (JsonNode item : answer.path("items")) {
            JsonNode result = item.elements().next();
            if (result.has("error")) {
                failed.add(index + "/" + result.path("_id").asText() + ": " + result.path("error").path("type").asText()
                        + ": " + result.path("error").path("reason").asText());
            }
        }
        if (!failed.isEmpty()) {
            throw new IOException("OpenSearch refused " + failed.size() + " event documents, first: "
                    + String.join("; ", failed.subList(0, Math.min(3, failed.size()))));
        }
    }

    // ---- reads of what is committed (the server, export) ----

    @Override
    public Optional<AssignedArticle> assignment(String articleKey) {
        return source("article:" + articleKey).map(OpenSearchEventStore::decodeAssignment);
    }

    @Override
    public List<AssignedArticle> members(String eventId) {
        List<AssignedArticle> found = new ArrayList<>();
        scanUnchecked(committed(filter(ofType("assignment"), "event", eventId)), "sequence", d -> found.add(decodeAssignment(d)));
        return found;
    }

    @Override
    public Optional<EventState> storedEvent(String id) {
        return source("event:" + id).map(OpenSearchEventStore::decodeEvent);
    }

    @Override
    public List<EventState> storedEvents(Collection<String> ids) {
        if (ids.isEmpty()) return List.of();
        List<EventState> found = new ArrayList<>();
        List<String> all = new ArrayList<>(new LinkedHashSet<>(ids));
        for (int from = 0; from < all.size(); from += PAGE) {
            ObjectNode query = OpenSearchClient.JSON.createObjectNode();
            ArrayNode values = query.putObject("ids").putArray("values");
            for (String id : all.subList(from, Math.min(all.size(), from + PAGE))) values.add("event:" + id);
            scanUnchecked(committed(query), "sequence", d -> found.add(decodeEvent(d)));
        }
        found.sort(Comparator.comparingLong(EventState::sequence));
        return found;
    }

    @Override
    public Optional<StoryState> storedStory(String id) {
        return source("story:" + id).map(OpenSearchEventStore::decodeStory);
    }

    @Override
    public List<StoryState> latestStories(int offset, int limit) {
        if (limit <= 0) return List.of();
        ObjectNode body = OpenSearchClient.JSON.createObjectNode();
        body.put("from", offset);
        body.put("size", limit);
        body.set("query", committed(ofType("story")));
        ArrayNode sort = body.putArray("sort");
        sort.addObject().put("last", "desc");
        sort.addObject().put("sequence", "desc");
        List<StoryState> page = new ArrayList<>();
        for (JsonNode hit : search(body).path("hits").path("hits")) page.add(decodeStory(hit.path("_source")));
        return page;
    }

    @Override
    public int storyCount() {
        ObjectNode body = OpenSearchClient.JSON.createObjectNode();
        body.set("query", committed(ofType("story")));
        try {
            return (int) client.send("POST", "/" + index + "/_count", body).path("count").asLong();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Spread spread(String storyId) {
        ObjectNode body = OpenSearchClient.JSON.createObjectNode();
        body.put("size", 0);
        body.set("query", committed(filter(ofType("assignment"), "story", storyId)));
        ObjectNode aggs = body.putObject("aggs");
        aggs.putObject("source").putObject("terms").put("field", "source").put("size", 10_000);
        aggs.putObject("language").putObject("terms").put("field", "language").put("size", 1_000);
        JsonNode answer = search(body).path("aggregations");
        Set<String> sources = new TreeSet<>(), languages = new TreeSet<>();
        for (JsonNode b : answer.path("source").path("buckets")) sources.add(b.path("key").asText());
        for (JsonNode b : answer.path("language").path("buckets")) languages.add(b.path("key").asText());
        return new Spread(sources, languages);
    }

    private Optional<JsonNode> source(String id) {
        try {
            Optional<JsonNode> found = client.getIfExists("/" + index + "/_doc/" + id).map(d -> d.path("_source"));
            if (!readOnly || found.isEmpty()) return found;
            long through = committedGeneration();
            return found.filter(d -> d.path("generation").asLong() <= through);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode search(ObjectNode body) {
        try {
            return client.send("POST", "/" + index + "/_search", body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode ofType(String type) {
        ObjectNode query = OpenSearchClient.JSON.createObjectNode();
        query.putObject("term").put("type", type);
        return query;
    }

    private static ObjectNode activeOf(String type) {
        ObjectNode query = OpenSearchClient.JSON.createObjectNode();
        ArrayNode filter = query.putObject("bool").putArray("filter");
        filter.add(ofType(type));
        filter.addObject().putObject("term").put("active", true);
        return query;
    }

    private static ObjectNode filter(ObjectNode query, String field, String value) {
        ObjectNode bool = OpenSearchClient.JSON.createObjectNode();
        ArrayNode filter = bool.putObject("bool").putArray("filter");
        filter.add(query);
        filter.addObject().putObject("term").put(field, value);
        return bool;
    }

    /** Every matching document, in the order of {@code field} (then id), page by page. */
    private void scan(ObjectNode query, String field, Consumer<JsonNode> consumer) throws IOException {
        JsonNode after = null;
        while (true) {
            ObjectNode body = OpenSearchClient.JSON.createObjectNode();
            body.put("size", PAGE);
            body.set("query", query);
            ArrayNode sort = body.putArray("sort");
            sort.addObject().put(field, "asc");
            sort.addObject().put("id", "asc");
            if (after != null) body.set("search_after", after);
            JsonNode hits = client.send("POST", "/" + index + "/_search", body).path("hits").path("hits");
            if (hits.isEmpty()) return;
            for (JsonNode hit : hits) {
                consumer.accept(hit.path("_source"));
                after = hit.path("sort");
            }
        }
    }

    private void scanUnchecked(ObjectNode query, String field, Consumer<JsonNode> consumer) {
        try {
            scan(query, field, consumer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static AssignedArticle decodeAssignment(JsonNode source) {
        try {
            return JSON.readValue(source.path("json").asText(), AssignedArticle.class);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable assignment " + source.path("id").asText(), e);
        }
    }

    private static EventState decodeEvent(JsonNode source) {
        byte[] state = bytes(source.path("state"));
        return StateCodec.decodeEvent(state, 0, state.length);
    }

    private static StoryState decodeStory(JsonNode source) {
        byte[] state = bytes(source.path("state"));
        return StateCodec.decodeStory(state, 0, state.length);
    }

    /** Closes without committing: what was not committed is assigned again from the articles at the next open. */
    @Override
    public void close() throws IOException {
        if (ownsClient) client.close();
    }
}
