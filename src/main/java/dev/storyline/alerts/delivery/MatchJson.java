package dev.storyline.alerts.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storyline.alerts.AlertKind;
import dev.storyline.alerts.Match;

import java.time.Instant;

/** A match as the outbox keeps it on disk: every field by name, times as ISO-8601 instants. */
final class MatchJson {

    static final ObjectMapper JSON = new ObjectMapper();

    private MatchJson() {
    }

    static ObjectNode write(Match m) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", m.id()).put("alertId", m.alertId()).put("alertName", m.alertName()).put("kind", m.kind().name())
                .put("articleKey", m.articleKey()).put("sequence", m.sequence()).put("eventId", m.eventId())
                .put("storyId", m.storyId()).put("title", m.title()).put("url", m.url()).put("source", m.source())
                .put("language", m.language()).put("published", m.published()).put("why", m.why())
                .put("matchedAt", m.matchedAt().toString());
        return o;
    }

    static Match read(JsonNode o) {
        return new Match(text(o, "id"), text(o, "alertId"), text(o, "alertName"), AlertKind.valueOf(text(o, "kind")),
                text(o, "articleKey"), o.path("sequence").asLong(), text(o, "eventId"), text(o, "storyId"),
                text(o, "title"), text(o, "url"), text(o, "source"), text(o, "language"), text(o, "published"),
                text(o, "why"), Instant.parse(text(o, "matchedAt")));
    }

    static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
