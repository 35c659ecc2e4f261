package dev.storyline.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storyline.AnalysisJson;
import dev.storyline.AnalyzedArticle;
import dev.storyline.Pipeline;
import dev.storyline.entities.NameSpan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A page's analysis before entity resolution ({@link Pipeline.Read}) as JSON, between the parallel analysis and the
 * ordered resolution: {@code {"article": <the CLI's article object, dates included, no entities>, "names": [{"text",
 * "type","start","end"}], "day": "YYYY-MM-DD" or null}}.
 */
final class ReadRecords {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReadRecords() {
    }

    static String line(Pipeline.Read found) {
        ObjectNode o = AnalysisJson.object();
        o.set("article", AnalysisJson.of(new AnalyzedArticle(found.article(), List.of(), found.dates())));
        ArrayNode names = o.putArray("names");
        for (NameSpan n : found.names()) {
            names.addObject().put("text", n.text()).put("type", n.type()).put("start", n.start()).put("end", n.end());
        }
        o.put("day", found.day() == null ? null : found.day().toString());
        return AnalysisJson.line(o);
    }

    static Pipeline.Read read(String line) {
        try {
            JsonNode o = JSON.readTree(line);
            AnalyzedArticle article = AnalysisJson.read(o.path("article"));
            List<NameSpan> names = new ArrayList<>();
            for (JsonNode n : o.path("names")) {
                names.add(new NameSpan(n.path("text").asText(), n.path("type").asText(), n.path("start").asInt(),
                        n.path("end").asInt()));
            }
            JsonNode day = o.get("day");
            String language = article.article().language() == null ? "" : article.article().language();
            return new Pipeline.Read(article.article(), language, names,
                    day == null || day.isNull() ? null : LocalDate.parse(day.asText()), article.dates());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("not a read record: " + e.getOriginalMessage(), e);
        }
    }
}
