package dev.storyline.alerts.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storyline.alerts.Match;

import java.util.Locale;

/**
 * The JSON a webhook receives. One match:
 * {@code {"id","alert":{"id","name","kind"},"article":{"key","title","url","source","language","published","link"},
 * "event","story","why","matchedAt"}}; a digest: {@code {"digest":{"id","alert","frequency","start","end","count"},
 * "matches":[one match each, as above]}}. {@code link} is the article's page on the desk, absolute when the desk's
 * public URL is known, else null.
 */
final class WebhookPayload {

    private WebhookPayload() {
    }

    static byte[] of(Parcel parcel, DeskLinks links) {
        try {
            return MatchJson.JSON.writeValueAsBytes(parcel.isDigest() ? digest(parcel, links) : match(parcel.matches().get(0), links));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always serialises", e);
        }
    }

    static ObjectNode match(Match m, DeskLinks links) {
        ObjectNode o = MatchJson.JSON.createObjectNode();
        o.put("id", m.id());
        o.set("alert", alert(m));
        ObjectNode article = o.putObject("article");
        article.put("key", m.articleKey()).put("title", m.title()).put("url", m.url()).put("source", m.source())
                .put("language", m.language()).put("published", m.published())
                .put("link", m.articleKey() == null ? null : links.article(m.articleKey()));
        o.put("event", m.eventId()).put("story", m.storyId()).put("why", m.why()).put("matchedAt", m.matchedAt().toString());
        return o;
    }

    private static ObjectNode digest(Parcel parcel, DeskLinks links) {
        Match first = parcel.matches().get(0);
        ObjectNode o = MatchJson.JSON.createObjectNode();
        ObjectNode d = o.putObject("digest");
        d.put("id", parcel.id());
        d.set("alert", alert(first));
        d.put("frequency", parcel.period().frequency().name().toLowerCase(Locale.ROOT))
                .put("start", parcel.period().start().toString()).put("end", parcel.period().end().toString())
                .put("count", parcel.matches().size());
        ArrayNode matches = o.putArray("matches");
        for (Match m : parcel.matches()) matches.add(match(m, links));
        return o;
    }

    private static ObjectNode alert(Match m) {
        ObjectNode a = MatchJson.JSON.createObjectNode();
        a.put("id", m.alertId()).put("name", m.alertName()).put("kind", m.kind().name().toLowerCase(Locale.ROOT));
        return a;
    }
}
