package dev.storyline.alerts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The JSON form of alerts and matches: what the registry and the match log keep on disk, and what the CLI and the
 * API show. Enum values are written in lower case with hyphens ("as-it-happens", "new-language-or-outlet").
 */
public final class AlertJson {

    public static final ObjectMapper JSON = new ObjectMapper();

    private AlertJson() {
    }

    /** @param withSecret whether to include the webhook secret (on disk yes; in listings no: it is shown once) */
    public static ObjectNode of(Alert a, boolean withSecret) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", a.id());
        o.put("name", a.name());
        o.put("kind", name(a.kind()));
        if (a.search() != null) {
            SavedSearch s = a.search();
            ObjectNode search = o.putObject("search");
            search.put("query", s.query());
            search.put("language", s.language());
            search.put("source", s.source());
            search.put("entity", s.entity());
            search.put("from", s.from() == null ? null : s.from().toString());
            search.put("to", s.to() == null ? null : s.to().toString());
        }
        if (a.entity() != null) {
            o.put("entity", a.entity());
            o.put("mode", name(a.entityMode()));
        }
        if (a.storyId() != null) o.put("story", a.storyId());
        Delivery d = a.delivery();
        ObjectNode delivery = o.putObject("delivery");
        delivery.put("frequency", name(d.frequency()));
        delivery.put("webhook", d.webhook() == null ? null : d.webhook().toString());
        if (withSecret && d.webhookSecret() != null) delivery.put("webhookSecret", d.webhookSecret());
        ArrayNode email = delivery.putArray("email");
        d.email().forEach(email::add);
        o.put("definition", a.definition());
        o.put("created", a.created().toString());
        return o;
    }

    /** Reads an alert as {@link #of} writes it; an {@link IllegalArgumentException} naming what is wrong. */
    public static Alert alert(JsonNode o) {
        String id = text(o, "id");
        String name = text(o, "name");
        AlertKind kind = value(AlertKind.class, text(o, "kind"), "kind");
        JsonNode s = o.get("search");
        SavedSearch search = s == null || s.isNull() ? null : new SavedSearch(text(s, "query"), text(s, "language"),
                text(s, "source"), text(s, "entity"), day(text(s, "from"), "from"), day(text(s, "to"), "to"));
        String mode = text(o, "mode");
        String created = text(o, "created");
        return new Alert(id, name, kind, search, text(o, "entity"),
                mode == null ? null : value(EntityMode.class, mode, "mode"), text(o, "story"),
                delivery(o.get("delivery")), created == null ? null : Instant.parse(created));
    }

    public static Delivery delivery(JsonNode d) {
        if (d == null || d.isNull()) return Delivery.feedOnly();
        String frequency = text(d, "frequency");
        String webhook = text(d, "webhook");
        List<String> email = new ArrayList<>();
        JsonNode e = d.get("email");
        if (e != null && e.isArray()) e.forEach(x -> email.add(x.asText()));
        return new Delivery(frequency == null ? null : value(Frequency.class, frequency, "frequency"),
                webhook == null ? null : uri(webhook), text(d, "webhookSecret"), email);
    }

    public static ObjectNode of(Match m) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", m.id());
        o.put("alertId", m.alertId());
        o.put("alertName", m.alertName());
        o.put("kind", name(m.kind()));
        o.put("articleKey", m.articleKey());
        o.put("sequence", m.sequence());
        o.put("eventId", m.eventId());
        o.put("storyId", m.storyId());
        o.put("title", m.title());
        o.put("url", m.url());
        o.put("source", m.source());
        o.put("language", m.language());
        o.put("published", m.published());
        o.put("why", m.why());
        o.put("matchedAt", m.matchedAt().toString());
        return o;
    }

    public static Match match(JsonNode o) {
        return new Match(text(o, "id"), text(o, "alertId"), text(o, "alertName"),
                value(AlertKind.class, text(o, "kind"), "kind"), text(o, "articleKey"), o.path("sequence").asLong(),
                text(o, "eventId"), text(o, "storyId"), text(o, "title"), text(o, "url"), text(o, "source"),
                text(o, "language"), text(o, "published"), text(o, "why"), Instant.parse(text(o, "matchedAt")));
    }

    public static ObjectNode object() {
        return JSON.createObjectNode();
    }

    public static String line(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
        }
    }

    /** "AS_IT_HAPPENS" → "as-it-happens". */
    public static String name(Enum<?> e) {
        return e == null ? null : e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** "as-it-happens" (or "AS_IT_HAPPENS") → the constant; an error listing the choices otherwise. */
    public static <E extends Enum<E>> E value(Class<E> type, String text, String field) {
        if (text == null) throw new IllegalArgumentException("'" + field + "' is missing");
        String constant = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E e : type.getEnumConstants()) if (e.name().equals(constant)) return e;
        List<String> choices = new ArrayList<>();
        for (E e : type.getEnumConstants()) choices.add(name(e));
        throw new IllegalArgumentException("'" + field + "' must be one of " + String.join(", ", choices) + ", was '" + text + "'");
    }

    public static LocalDate day(String text, String field) {
        if (text == null || text.isBlank()) return null;
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + field + "' must be a day as YYYY-MM-DD, was '" + text + "'");
        }
    }

    private static URI uri(String text) {
        try {
            URI uri = new URI(text.strip());
            if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https")) || uri.getHost() == null) {
                throw new IllegalArgumentException("'webhook' must be an http or https URL, was '" + text + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'webhook' is not a URL: " + e.getMessage());
        }
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o == null ? null : o.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isValueNode()) throw new IllegalArgumentException("'" + field + "' must be a string");
        return v.asText();
    }
}
