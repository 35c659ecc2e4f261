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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The entity registry of a store on OpenSearch: one document per entity in {@code <prefix>-entities}, under its
 * canonical key (so that writing it again replaces it). The registry is read whole at open and kept in memory, as
 * the embedded one is (the resolver looks names up for every mention); {@link #flush()} writes the entities observed
 * since the last flush, in bulk; an entity re-keyed is written under its new key (its former keys as aliases inside)
 * and its document under the old key deleted. Thread-safe.
 */
public final class OpenSearchEntityRegistry implements EntityRegistry {

    private static final int PAGE = 1000;
    private static final int BULK = 500;

    /** The stored shape: dates as ISO strings. */
    record Stored(String canonical, String type, String display, boolean displayFixed, List<Variant> variants,
                  String firstSeen, String lastSeen, List<String> aliases) {
    }

    private final OpenSearchClient client;
    private final String index;
    private final EmbeddedEntityRegistry entities = EmbeddedEntityRegistry.inMemory();
    private final Set<String> changed = new LinkedHashSet<>();
    /** Keys whose documents are to be deleted at the next flush (the entity moved to another key); under changed's lock. */
    private final Set<String> moved = new LinkedHashSet<>();

    private OpenSearchEntityRegistry(OpenSearchClient client) throws IOException {
        this.client = client;
        this.index = client.location().index("entities");
        client.ensureIndex(index, definition(client.location()));
        load();
    }

    /** Opens the registry over a client shared with the other stores, reading every entity. */
    public static OpenSearchEntityRegistry open(OpenSearchClient client) throws IOException {
        return new OpenSearchEntityRegistry(client);
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

    private void load() throws IOException {
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
                    entities.restore(entity(json));
                } catch (IOException | RuntimeException e) {
                    throw new IOException("unreadable entity " + index + "/" + hit.path("_id").asText() + ": " + e.getMessage(), e);
                }
                after = hit.path("sort");
            }
        }
    }

    @Override
    public Optional<RegisteredEntity> get(String canonical) {
        return entities.get(canonical);
    }

    @Override
    public Set<String> lookup(String lookupKey) {
        return entities.lookup(lookupKey);
    }

    @Override
    public RegisteredEntity observe(Observation observation) {
        RegisteredEntity updated = entities.observe(observation);
        synchronized (changed) {
            changed.add(updated.canonical());
        }
        return updated;
    }

    @Override
    public RegisteredEntity rekey(String from, String to) {
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
        return entities.entities();
    }

    @Override
    public void flush() throws IOException {
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
                    e.displayFixed(), e.variants(), e.firstSeen().toString(), e.lastSeen().toString(), e.aliases()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException x) {
            throw new IllegalStateException("entity " + e.canonical() + " cannot be written as JSON", x);
        }
    }

    /** The entity written by {@link #json}. */
    public static RegisteredEntity entity(String json) throws IOException {
        Stored s = OpenSearchClient.JSON.readValue(json, Stored.class);
        return new RegisteredEntity(s.canonical(), s.type(), s.display(), s.displayFixed(), s.variants(),
                LocalDate.parse(s.firstSeen()), LocalDate.parse(s.lastSeen()), s.aliases());
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
