package dev.storyline.sources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Sources as JSON: how the registry keeps them, and what the CLI and the API show. */
public final class SourceJson {

    public static final ObjectMapper JSON = new ObjectMapper();

    private SourceJson() {
    }

    /** Everything about a source, as kept on disk. */
    public static ObjectNode of(Source s) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", s.id()).put("url", s.url().toString()).put("kind", s.kind().name().toLowerCase(java.util.Locale.ROOT));
        if (s.name() != null) o.put("name", s.name());
        ObjectNode settings = o.putObject("settings");
        settings.put("minInterval", s.settings().minInterval().toString())
                .put("maxInterval", s.settings().maxInterval().toString())
                .put("firstPollMaxAge", s.settings().firstPollMaxAge().toString())
                .put("allowPrivateAddresses", s.settings().allowPrivateAddresses());
        o.set("found", found(s.found()));
        o.set("status", status(s.status()));
        return o;
    }

    /**
     * A source as {@code sources list}, {@code sources add} and {@code GET /api/sources} show it: what it is, what
     * was found there, and where following it stands, with the articles it brought today and in the last 7 days.
     */
    public static ObjectNode summary(Source s, LocalDate today) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", s.id()).put("url", s.url().toString()).put("kind", s.kind().name().toLowerCase(java.util.Locale.ROOT));
        if (s.name() != null) o.put("name", s.name());
        o.put("title", s.displayName());
        ObjectNode found = found(s.found());
        o.setAll(found);
        o.remove("at");
        if (s.found().at() != null) o.put("discovered", s.found().at().toString());
        SourceStatus st = s.status();
        o.put("added", st.added().toString());
        putIf(o, "lastFetch", st.lastFetch());
        if (st.lastResult() != null) o.put("lastResult", st.lastResult());
        o.put("nextFetch", st.nextFetch().toString()).put("interval", st.interval().toString());
        o.put("paused", st.paused());
        if (st.pausedReason() != null) o.put("pausedReason", st.pausedReason());
        o.put("consecutiveFailures", st.consecutiveFailures());
        if (st.lastError() != null) o.put("lastError", st.lastError());
        putIf(o, "lastErrorAt", st.lastErrorAt());
        o.put("articlesToday", st.articlesOn(today)).put("articlesLast7Days", st.articlesLast7Days(today));
        o.put("minInterval", s.settings().minInterval().toString()).put("maxInterval", s.settings().maxInterval().toString())
                .put("firstPollMaxAge", s.settings().firstPollMaxAge().toString())
                .put("allowPrivateAddresses", s.settings().allowPrivateAddresses());
        return o;
    }

    /** What discovery found, as {@code sources add} and {@code POST /api/sources} show it. */
    public static ObjectNode found(Found f) {
        ObjectNode o = JSON.createObjectNode();
        if (f.title() != null) o.put("title", f.title());
        ArrayNode feeds = o.putArray("feeds");
        f.feeds().forEach(u -> feeds.add(u.toString()));
        ArrayNode sitemaps = o.putArray("sitemaps");
        f.sitemaps().forEach(u -> sitemaps.add(u.toString()));
        ArrayNode notes = o.putArray("notes");
        f.notes().forEach(notes::add);
        if (f.at() != null) o.put("at", f.at().toString());
        return o;
    }

    static ObjectNode status(SourceStatus st) {
        ObjectNode o = JSON.createObjectNode();
        o.put("added", st.added().toString()).put("polls", st.polls());
        putIf(o, "lastFetch", st.lastFetch());
        if (st.lastResult() != null) o.put("lastResult", st.lastResult());
        o.put("nextFetch", st.nextFetch().toString()).put("interval", st.interval().toString())
                .put("consecutiveFailures", st.consecutiveFailures());
        o.put("paused", st.paused());
        if (st.pausedReason() != null) o.put("pausedReason", st.pausedReason());
        if (st.lastError() != null) o.put("lastError", st.lastError());
        putIf(o, "lastErrorAt", st.lastErrorAt());
        ObjectNode validators = o.putObject("validators");
        st.validators().forEach((url, v) -> {
            ObjectNode vo = validators.putObject(url.toString());
            if (v.etag() != null) vo.put("etag", v.etag());
            if (v.lastModified() != null) vo.put("lastModified", v.lastModified());
        });
        ObjectNode days = o.putObject("addedByDay");
        st.addedByDay().forEach((day, n) -> days.put(day.toString(), n));
        return o;
    }

    private static void putIf(ObjectNode o, String field, Instant value) {
        if (value != null) o.put(field, value.toString());
    }

    /** Reads back what {@link #of} wrote; a malformed record fails with the field it lacks. */
    public static Source read(JsonNode o) {
        JsonNode settingsNode = required(o, "settings");
        SourceSettings settings = new SourceSettings(duration(settingsNode, "minInterval"), duration(settingsNode, "maxInterval"),
                duration(settingsNode, "firstPollMaxAge"), settingsNode.path("allowPrivateAddresses").asBoolean(false));
        JsonNode f = required(o, "found");
        Found found = new Found(uris(f.path("feeds")), uris(f.path("sitemaps")), strings(f.path("notes")),
                text(f, "title"), instant(f, "at"));
        JsonNode st = required(o, "status");
        Map<URI, Validators> validators = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = st.path("validators").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            validators.put(URI.create(e.getKey()), new Validators(text(e.getValue(), "etag"), text(e.getValue(), "lastModified")));
        }
        TreeMap<LocalDate, Integer> days = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = st.path("addedByDay").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            days.put(LocalDate.parse(e.getKey()), e.getValue().asInt());
        }
        SourceStatus status = new SourceStatus(instant(st, "added"), st.path("polls").asLong(), instant(st, "lastFetch"),
                text(st, "lastResult"), instant(st, "nextFetch"), duration(st, "interval"), st.path("consecutiveFailures").asInt(),
                text(st, "pausedReason"), text(st, "lastError"), instant(st, "lastErrorAt"), validators, days);
        return new Source(required(o, "id").asText(), URI.create(required(o, "url").asText()),
                SourceKind.valueOf(required(o, "kind").asText().toUpperCase(java.util.Locale.ROOT)), text(o, "name"),
                settings, found, status);
    }

    private static JsonNode required(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) throw new IllegalArgumentException("no '" + field + "'");
        return v;
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Instant instant(JsonNode o, String field) {
        String v = text(o, field);
        return v == null ? null : Instant.parse(v);
    }

    private static Duration duration(JsonNode o, String field) {
        return Duration.parse(required(o, field).asText());
    }

    private static List<URI> uris(JsonNode array) {
        List<URI> out = new ArrayList<>();
        array.forEach(n -> out.add(URI.create(n.asText())));
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
