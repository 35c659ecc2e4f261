package dev.storyline.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storyline.AnalysisJson;
import dev.storyline.ingest.IngestFailure;
import dev.storyline.ingest.Ingested;
import dev.storyline.ingest.InputReader;
import dev.storyline.ingest.RawPage;

/**
 * Raw pages on the pages topic: one JSON object each, the JSON Lines input records that {@code analyze} and
 * {@code ingest} read ({@code id, url, title, published, source, language, authors, fetched} and the content as
 * {@code html}, {@code raw} (scraped text) or {@code text} (clean text)), so that a record can be replayed through the
 * CLI as it is.
 */
public final class PageRecords {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PageRecords() {
    }

    public static String line(RawPage page) {
        ObjectNode o = AnalysisJson.object();
        o.put("id", page.id());
        o.put("url", page.url());
        o.put("title", page.title());
        o.put("published", page.published());
        o.put("source", page.source());
        o.put("language", page.language());
        var authors = o.putArray("authors");
        page.authors().forEach(authors::add);
        o.put("fetched", page.fetched());
        o.put(switch (page.kind()) {
            case HTML -> "html";
            case SCRAPED_TEXT -> "raw";
            case CLEAN_TEXT -> "text";
        }, page.content());
        return AnalysisJson.line(o);
    }

    /**
     * The page in a record read at {@code where} (topic, partition and offset), or the reason it is not one: a record
     * that is not JSON, or lacks content, becomes a failure (listed on the articles topic), never a stopped job.
     */
    public static Ingested read(String line, String where) {
        JsonNode record;
        try {
            record = JSON.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return new IngestFailure(where, where, "record is not JSON: " + e.getOriginalMessage());
        }
        if (record == null || !record.isObject()) return new IngestFailure(where, where, "record is not a JSON object");
        return InputReader.page(record, where, where);
    }
}
