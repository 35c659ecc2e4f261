package dev.storyline.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storyline.AnalysisJson;
import dev.storyline.events.AssignedArticle;
import dev.storyline.events.Assignment;

/**
 * Assignments on the assignments topic, one JSON object each: {@code {"id","key","sequence","event","story",
 * "newEvent","newStory","title","source","published","language"}}: the {@code {"id","event","story"}} lines of
 * {@code storyline cluster}, with what a store needs to list the article under its event ({@link AssignedArticle}).
 */
public final class AssignmentRecords {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AssignmentRecords() {
    }

    public static String line(AssignedArticle a) {
        Assignment s = a.assignment();
        ObjectNode o = AnalysisJson.object();
        o.put("id", s.articleId());
        o.put("key", a.key());
        o.put("sequence", a.sequence());
        o.put("event", s.eventId());
        o.put("story", s.storyId());
        o.put("newEvent", s.newEvent());
        o.put("newStory", s.newStory());
        o.put("title", a.title());
        o.put("source", a.source());
        o.put("published", a.published());
        o.put("language", a.language());
        return AnalysisJson.line(o);
    }

    /** The record as a tree, for readers of the topic. */
    public static JsonNode read(String line) {
        try {
            return JSON.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("not an assignment: " + e.getOriginalMessage(), e);
        }
    }
}
