package dev.storyline.alerts.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storyline.alerts.AlertJson;
import dev.storyline.alerts.Match;

/** A match in the delivery state as in the match log ({@link AlertJson}'s form). */
final class MatchJson {

    static final ObjectMapper JSON = AlertJson.JSON;

    private MatchJson() {
    }

    static ObjectNode write(Match m) {
        return AlertJson.of(m);
    }

    static Match read(JsonNode o) {
        return AlertJson.match(o);
    }

    static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
