package dev.storyline.ingest;

import dev.storyline.sources.archive.WarcArchive;
import dev.storyline.sources.fetch.HttpExchange;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** The WARC fixtures of the ingest tests, for tests in other packages. */
public final class CcNewsWarcFiles {

    private CcNewsWarcFiles() {
    }

    /** A CC-NEWS-style file (see {@link CcNewsWarc#standard}): five HTML pages among records of every other kind. */
    public static Path ccNews(Path file) throws IOException {
        return CcNewsWarc.standard(file);
    }

    /** The archive folder a follow run would leave under {@code data}: one English article page fetched. */
    public static Path followArchive(Path data) throws IOException {
        Instant fetched = Instant.parse("2026-12-04T20:00:00Z");
        try (WarcArchive archive = WarcArchive.open(data.resolve(WarcArchive.FOLDER), WarcArchive.DEFAULT_ROLL_BYTES,
                Clock.fixed(fetched, ZoneOffset.UTC))) {
            archive.record(exchange("http://127.0.0.1:8123/news/barrier-inspection", fetched, page()));
        }
        return data.resolve(WarcArchive.FOLDER);
    }

    public static String page() {
        return CcNewsWarc.page("en", "Inspectors check the Riverton barrier after the flood",
                "Inspectors from the regional water authority examined the Riverton flood barrier on Wednesday. "
                        + "They found minor damage to two gates, which will be repaired before the spring floods. "
                        + "The authority said the barrier had saved the old town from serious harm.");
    }

    public static HttpExchange exchange(String url, Instant fetched, String html) {
        return new HttpExchange(URI.create(url), URI.create(url), fetched,
                List.of(Map.entry("User-Agent", "Storyline/test"), Map.entry("Accept-Encoding", "gzip")), 200,
                List.of(Map.entry("Content-Type", "text/html; charset=utf-8"), Map.entry("Content-Encoding", "gzip")),
                html.getBytes(StandardCharsets.UTF_8), "127.0.0.1");
    }
}
