package dev.storyline.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storyline.entities.EmbeddedEntityRegistry;
import dev.storyline.entities.EntityRegistry;
import dev.storyline.entities.Observation;
import dev.storyline.entities.RegisteredEntity;
import dev.storyline.entities.Variant;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The entity registry of a store on OpenSearch: one document per entity in {@code <prefix>-entities}, under its
 * canonical key (so that writing it again replaces it). The registry is read whole at open and kept in memory, as
 * the embedded one is (the resolver looks names up for every mention); {@link #flush()} writes the entities observed
 * since the last flush, in bulk; an entity re-keyed is written under its new key (its former keys as aliases inside)
 * and its document under the old key deleted. Thread-safe.
 *
 * <p>{@link #openReadOnly} opens it for a process that does not own the writes (a server beside the cluster's job,
 * which writes the entities with {@link #upsert}): it never writes ({@link #observe} and {@link #rekey} are refused,
 * {@link #flush} has nothing to do), and {@link #refresh} reads the index again when it
 * changed since the last read; reads call it themselves, in the background, at most every {@code refreshEvery}.
 * "Changed" is the highest sequence number of each primary shard (index stats): it grows with every write and every
 * delete, so it sees an entity re-keyed (its former document deleted) as well as one added, at the cost of one small
 * request. The read itself is whole, not only the documents changed: a search sorted by {@code _seq_no} would miss the
 * deletes, and the held registry is in memory whole anyway, so reading it again costs what opening did.
 */
public final class OpenSearchEntityRegistry implements EntityRegistry {

    private static final int PAGE = 1000;
    private static final int BULK = 500;

    /** The stored shape: dates as ISO strings. */
    record Stored(String canonical, String type, String display, boolean displayFixed, List<Variant> variants,
                  String firstSeen, String lastSeen, List<String> aliases, String firstKey) {
    }

    private final OpenSearchClient client;
    private final String index;
    private static final System.Logger LOG = System.getLogger(OpenSearchEntityRegistry.class.getName());
    /** How often a read-only registry looks for changes by default: a few seconds, as a page reload would. */
    public static final Duration REFRESH_EVERY = Duration.ofSeconds(5);

    private final boolean readOnly;
    private final Duration refreshEvery;
    /** Replaced whole by {@link #refresh} (read-only); the same one for ever otherwise. */
    private volatile EmbeddedEntityRegistry entities = EmbeddedEntityRegistry.inMemory();
    /** Read-only: the index's state as last read (see {@link #changeMark}), and whether a read since saw it unchanged. */
    private String readAt;
    private boolean settled;
    private volatile long nextRefreshNanos;
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private final Set<String> changed = new LinkedHashSet<>();
    /** Keys whose documents are to be deleted at the next flush (the entity moved to another key); under changed's lock. */
    private final Set<String> moved = new LinkedHashSet<>();

    private OpenSearchEntityRegistry(OpenSearchClient client, boolean readOnly, Duration refreshEvery) throws IOException {
        this.client = client;
        this.index = client.location().index("entities");
        this.readOnly = readOnly;
        this.refreshEvery = refreshEvery;
        if (readOnly) {
            refresh();
        } else {
            client.ensureIndex(index, definition(client.location()));
            load(entities);
        }
    }

    /** Opens the registry over a client shared with the other stores, reading every entity. */
    public static OpenSearchEntityRegistry open(OpenSearchClient client) throws IOException {
        return new OpenSearchEntityRegistry(client, false, null);
    }

    /**
     * Opens the registry for a process that only reads it while another writes it (the cluster's job): it holds what
     * the index holds (nothing while the index does not exist yet), never writes, and follows the writer's changes
     * (see {@link #refresh}), looking for them at most every {@code refreshEvery} when read.
     */
    public static OpenSearchEntityRegistry openReadOnly(OpenSearchClient client, Duration refreshEvery) throws IOException {
        if (refreshEvery.isNegative()) throw new IllegalArgumentException("refreshEvery must not be negative: " + refreshEvery);
        return new OpenSearchEntityRegistry(client, true, refreshEvery);
    }

    /** Whether this registry only reads (opened by {@link #openReadOnly}). */
    public boolean readOnly() {
        return readOnly;
    }

    /**
     * Read-only: reads the index again if it changed since the last read (one request when it did not), and holds
     * what it read from now on. Safe beside reads, which see the former entities until the new ones are all read.
     */
    public void refresh() throws IOException {
        if (!readOnly) throw new IllegalStateException("refresh is for a read-only registry; this one is the writer (" + index + ")");
        synchronized (this) {
            nextRefreshNanos = System.nanoTime() + refreshEvery.toNanos();
            // Taken before the read: a write landing during it leaves the mark behind, so the next refresh reads again.
            String mark = changeMark();
            // A write is counted before it can be searched (until the writer's refresh): once the mark stops moving,
            // one more read sees what the previous one may have missed.
            if (mark.equals(readAt) && settled) return;
            settled = mark.equals(readAt);
            EmbeddedEntityRegistry read = EmbeddedEntityRegistry.inMemory();
            if (!ABSENT.equals(mark)) load(read);
            entities = read;
            readAt = mark;
        }
    }

    private static final String ABSENT = "absent";

    /**
     * The highest sequence number of each primary shard of the index ("shard:seqno …"), or {@link #ABSENT}: any
     * write or delete changes it.
     */
    private String changeMark() throws IOException {
        Optional<JsonNode> stats = client.getIfExists("/" + index + "/_stats/docs?level=shards");
        if (stats.isEmpty()) return ABSENT;
        JsonNode shards = stats.get().path("indices").path(index).path("shards");
        if (!shards.isObject()) throw new IOException("OpenSearch gave no shard stats for " + index + ": " + stats.get());
        TreeMap<Integer, Long> primaries = new TreeMap<>();
        for (Map.Entry<String, JsonNode> shard : shards.properties()) {
            for (JsonNode copy : shard.getValue()) {
                if (!copy.path("routing").path("primary").asBoolean()) continue;
                JsonNode max = copy.path("seq_no").path("max_seq_no");
                if (!max.isNumber()) throw new IOException("OpenSearch gave no max_seq_no for shard " + shard.getKey() + " of " + index);
                primaries.put(Integer.parseInt(shard.getKey()), max.asLong());
            }
        }
        return primaries.toString();
    }

    /** Read-only: looks for the writer's changes in the background when due; reads go on with what is held. */
    private void refreshIfDue() {
        if (!readOnly || System.nanoTime() - nextRefreshNanos < 0 || !refreshing.compareAndSet(false, true)) return;
        Thread.ofVirtual().name("entity-registry-refresh").start(() -> {
            try {
                refresh();
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "could not read the entities of " + index + " again (keeping those read before): " + e.getMessage());
            } finally {
                refreshing.set(false);
            }
        });
    }

    private void refuseWrites(String what) {
        if (readOnly) throw new UnsupportedOperationException(what + " refused: the entity registry " + index
                + " is open read-only (another process, the cluster's job, writes it)");
    }

    public String index() {
        return index;
    }

    private static ObjectNode definition(OpenSearchLocation location) {
        ObjectNode root = OpenSearchClient.JSON.createObjectNode();
        Indices.settings(root, location);
        ObjectNode properties = root.putObject("mappings").put("dynamic", "strict").putObject("properties");
        for (String keyword : List.of("canonical", "type", "lookup_keys")) properties.putObject(keyword).put("type", "keyword");
        properties.putObject("display").put("type", "text").put("analyzer", "standard");
        properties.putObject("json").put("type", "keyword").put("index", false).put("doc_values", false);
        return root;
    }

    private void load(EmbeddedEntityRegistry into) throws IOException {
        JsonNode after = null;
        while (true) {
            ObjectNode body = OpenSearchClient.JSON.createObjectNode();
            body.put("size", PAGE);
            body.putObject("query").putObject("match_all");
            body.putArray("sort").addObject().put("canonical", "asc");
            body.putArray("_source").add("json");
            if (after != null) body.set("search_after", after);
            JsonNode hits = client.send("POST", "/" + index + "/_search", body).path("hits").path("hits");
            if (hits.isEmpty()) return;
            for (JsonNode hit : hits) {
                String json = hit.path("_source").path("json").asText();
                try {
                    into.restore(entity(json));
                } catch (IOException | RuntimeException e) {
                    throw new IOException("unreadable entity " + index + "/" + hit.path("_id").asText() + ": " + e.getMessage(), e);
                }
                after = hit.path("sort");
            }
        }
    }

    @Override
    public Optional<RegisteredEntity> get(String canonical) {
        refreshIfDue();
        return entities.get(canonical);
    }

    @Override
    public Set<String> lookup(String lookupKey) {
        refreshIfDue();
        return entities.lookup(lookupKey);
    }

    @Override
    public RegisteredEntity observe(Observation observation) {
        refuseWrites("observe");
        RegisteredEntity updated = entities.observe(observation);
        synchronized (changed) {
            changed.add(updated.canonical());
        }
        return updated;
    }

    @Override
    public RegisteredEntity rekey(String from, String to) {
        refuseWrites("rekey");
        synchronized (changed) {
            String before = entities.get(from).map(RegisteredEntity::canonical).orElse(from);
            RegisteredEntity rekeyed = entities.rekey(from, to);
            if (!before.equals(to)) {
                changed.remove(before);
                moved.add(before);
            }
            moved.remove(to);
            changed.add(to);
            return rekeyed;
        }
    }

    @Override
    public List<RegisteredEntity> entities() {
        refreshIfDue();
        return entities.entities();
    }

    @Override
    /** Read-only: nothing to write (observe and rekey are refused), so nothing is done; a server stopping calls it. */
    public void flush() throws IOException {
        if (readOnly) return;
        List<String> keys;
        List<String> deleted;
        synchronized (changed) {
            keys = new ArrayList<>(changed);
            deleted = new ArrayList<>(moved);
            changed.clear();
            moved.clear();
        }
        try {
            // Written before the old documents go, so that a failure in between leaves the entity findable.
            for (int from = 0; from < keys.size(); from += BULK) write(keys.subList(from, Math.min(keys.size(), from + BULK)));
            for (int from = 0; from < deleted.size(); from += BULK) delete(client, index, deleted.subList(from, Math.min(deleted.size(), from + BULK)));
            if (!keys.isEmpty() || !deleted.isEmpty()) client.send("POST", "/" + index + "/_refresh", null);
        } catch (IOException | RuntimeException e) {
            synchronized (changed) {
                for (String key : keys) if (!moved.contains(key)) changed.add(key); // written at the next flush
                for (String key : deleted) if (!changed.contains(key)) moved.add(key);
            }
            throw e;
        }
    }

    private static void delete(OpenSearchClient client, String index, List<String> keys) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (String key : keys) {
            ObjectNode action = OpenSearchClient.JSON.createObjectNode();
            action.putObject("delete").put("_index", index).put("_id", documentId(key));
            lines.append(OpenSearchClient.JSON.writeValueAsString(action)).append('\n');
        }
        JsonNode answer = client.sendLines("/_bulk", lines.toString());
        if (answer.path("errors").asBoolean()) {
            for (JsonNode item : answer.path("items")) {
                JsonNode result = item.path("delete");
                if (result.has("error")) {
                    throw new IOException("OpenSearch refused to delete entity " + index + "/" + result.path("_id").asText()
                            + ": " + result.path("error").path("type").asText() + ": " + result.path("error").path("reason").asText());
                }
            }
        }
    }

    private void write(List<String> keys) throws IOException {
        List<RegisteredEntity> batch = new ArrayList<>();
        for (String key : keys) {
            RegisteredEntity e = entities.get(key).orElseThrow();
            if (e.canonical().equals(key)) batch.add(e); // else moved meanwhile: written under its new key
        }
        write(client, index, batch);
    }

    /**
     * Writes these entities as they are, each whole under its canonical key (replacing what was there), in bulk, and
     * makes them searchable: for a writer that keeps the registry elsewhere (the Flink job's ordered task) and hands
     * over each entity's state as it changes. Creates the index if need be.
     */
    public static void upsert(OpenSearchClient client, Collection<RegisteredEntity> changed) throws IOException {
        String index = client.location().index("entities");
        client.ensureIndex(index, definition(client.location()));
        List<RegisteredEntity> all = new ArrayList<>(changed);
        // An entity re-keyed leaves a document under each former key: gone once the new one is written (a replay
        // deletes nothing more, and a missing document is no error).
        List<String> former = new ArrayList<>();
        for (RegisteredEntity e : all) former.addAll(e.aliases());
        for (int from = 0; from < all.size(); from += BULK) write(client, index, all.subList(from, Math.min(all.size(), from + BULK)));
        for (int from = 0; from < former.size(); from += BULK) delete(client, index, former.subList(from, Math.min(former.size(), from + BULK)));
        if (!all.isEmpty()) client.send("POST", "/" + index + "/_refresh", null);
    }

    /** An entity as the index stores it (its {@code json} field), for carrying it between processes. */
    public static String json(RegisteredEntity e) {
        try {
            return OpenSearchClient.JSON.writeValueAsString(new Stored(e.canonical(), e.type(), e.display(),
                    e.displayFixed(), e.variants(), e.firstSeen().toString(), e.lastSeen().toString(), e.aliases(),
                    e.firstKey()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException x) {
            throw new IllegalStateException("entity " + e.canonical() + " cannot be written as JSON", x);
        }
    }

    /** The entity written by {@link #json}. */
    public static RegisteredEntity entity(String json) throws IOException {
        Stored s = OpenSearchClient.JSON.readValue(json, Stored.class);
        return new RegisteredEntity(s.canonical(), s.type(), s.display(), s.displayFixed(), s.variants(),
                LocalDate.parse(s.firstSeen()), LocalDate.parse(s.lastSeen()), s.aliases(), s.firstKey());
    }

    private static void write(OpenSearchClient client, String index, List<RegisteredEntity> batch) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (RegisteredEntity e : batch) {
            ObjectNode action = OpenSearchClient.JSON.createObjectNode();
            action.putObject("index").put("_index", index).put("_id", documentId(e.canonical()));
            ObjectNode doc = OpenSearchClient.JSON.createObjectNode();
            doc.put("canonical", e.canonical());
            doc.put("type", e.type());
            doc.put("display", e.display());
            ArrayNode lookupKeys = doc.putArray("lookup_keys");
            Set<String> all = new LinkedHashSet<>();
            for (Variant v : e.variants()) all.addAll(v.lookupKeys());
            all.forEach(lookupKeys::add);
            doc.put("json", json(e));
            lines.append(OpenSearchClient.JSON.writeValueAsString(action)).append('\n');
            lines.append(OpenSearchClient.JSON.writeValueAsString(doc)).append('\n');
        }
        JsonNode answer = client.sendLines("/_bulk", lines.toString());
        if (answer.path("errors").asBoolean()) {
            for (JsonNode item : answer.path("items")) {
                JsonNode result = item.path("index");
                if (result.has("error")) {
                    throw new IOException("OpenSearch refused entity " + index + "/" + result.path("_id").asText() + ": "
                            + result.path("error").path("type").asText() + ": " + result.path("error").path("reason").asText());
                }
            }
        }
    }

    /** The canonical key, or a hash of it when too long for an OpenSearch id (512 bytes). */
    static String documentId(String canonical) {
        if (canonical.getBytes(StandardCharsets.UTF_8).length <= 256) return canonical;
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
