package dev.storyline;

import dev.storyline.ingest.Ingested;
import dev.storyline.ingest.PageFilter;
import dev.storyline.ingest.WarcPages;
import dev.storyline.sources.archive.WarcArchive;
import dev.storyline.store.ArticleIdentity;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where the archive keeps the response for each URL: the file and offset of the latest {@code response} record
 * whose target (or, after redirects, the URL first asked for) normalises to an article's URL key, as the store
 * normalises URLs. Costs one map entry per archived response (about 150 bytes each).
 */
final class ArchiveIndex {

    /** A record in the archive. */
    record Location(Path file, long offset) {
    }

    private final Map<String, Location> byUrlKey;
    private final long responses;

    private ArchiveIndex(Map<String, Location> byUrlKey, long responses) {
        this.byUrlKey = byUrlKey;
        this.responses = responses;
    }

    /** Reads the response records of every archive file in {@code folder}; {@code warnings} hears of unreadable files. */
    static ArchiveIndex build(Path folder, Consumer<String> warnings) throws IOException {
        Map<String, Location> index = new HashMap<>();
        long responses = 0;
        for (Path file : WarcArchive.files(folder)) {
            try (WarcReader reader = new WarcReader(FileChannel.open(file))) {
                while (true) {
                    Optional<WarcRecord> next = reader.next();
                    if (next.isEmpty()) break;
                    if (!(next.get() instanceof WarcResponse response)) continue;
                    responses++;
                    Location at = new Location(file, reader.position());
                    put(index, response.target(), at);
                    response.headers().first(WarcArchive.REQUESTED_URI_HEADER).ifPresent(url -> put(index, url, at));
                }
            } catch (IOException | RuntimeException e) {
                // A file cut by a crash: the records before the cut are indexed, the rest cannot be read.
                warnings.accept(file + ": read up to a damaged or cut record (" + e.getMessage() + ")");
            }
        }
        return new ArchiveIndex(index, responses);
    }

    private static void put(Map<String, Location> index, String url, Location at) {
        String key = ArticleIdentity.urlKeyOf(url);
        if (key != null) index.put(key, at); // a later fetch of the same URL wins
    }

    Location find(String url) {
        String key = ArticleIdentity.urlKeyOf(url);
        return key == null ? null : byUrlKey.get(key);
    }

    long responses() {
        return responses;
    }

    /** The page (or failure, or reason to skip) of the response record at {@code location}. */
    static WarcPages.Converted read(Location location, int maxPageBytes) throws IOException {
        try (FileChannel channel = FileChannel.open(location.file())) {
            channel.position(location.offset());
            try (WarcReader reader = new WarcReader(channel)) {
                WarcRecord record = reader.next().orElseThrow(() -> new IOException("no record at " + location));
                String where = location.file() + "#" + location.offset();
                return WarcPages.convert(record, where, where, maxPageBytes, PageFilter.ALL);
            }
        }
    }

    /** What an archive record came to, in words, when it is not a page. */
    static String why(WarcPages.Converted converted) {
        if (converted.skipped() != null) return converted.skipped();
        Ingested item = converted.item();
        return item instanceof dev.storyline.ingest.IngestFailure f ? f.reason() : "not a page";
    }
}
