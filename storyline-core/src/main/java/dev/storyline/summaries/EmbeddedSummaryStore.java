package dev.storyline.summaries;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Summaries as one small binary file per event under {@code <data>/summaries/<2 characters>/<event>.state} (its
 * {@link SummaryState}, see {@link SummaryStateCodec}), and the cursor in {@code <data>/summaries/cursor.json}; each
 * written to a temporary file, then moved into place. (Files {@code <event>.json} of an earlier version, without the
 * state, are ignored: those events are rebuilt from their articles when next updated or asked for.) The cursor is synced
 * before its move; the summaries are not (a commit touches hundreds of events: one fsync each would cost more than the
 * analysis). A summary is derived data: one that a crash lost or left unreadable reads as absent, with a warning, and
 * is computed again from the store's articles when asked. Reading a summary reads its file only: memory does not grow
 * with the events. Thread-safe.
 */
public final class EmbeddedSummaryStore implements SummaryStore {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(EmbeddedSummaryStore.class);
    private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9_-]{1,100}");

    private final Path folder;
    private volatile long cursor;

    private EmbeddedSummaryStore(Path folder, long cursor) {
        this.folder = folder;
        this.cursor = cursor;
    }

    /** Opens (creating) the summaries under {@code <data>/summaries}. */
    public static EmbeddedSummaryStore open(Path data) throws IOException {
        Path folder = data.resolve("summaries");
        Files.createDirectories(folder);
        Path cursorFile = folder.resolve("cursor.json");
        long cursor = 0;
        if (Files.exists(cursorFile)) {
            try {
                cursor = SummaryJson.mapper().readTree(Files.readString(cursorFile, StandardCharsets.UTF_8)).path("cursor").asLong();
            } catch (IOException e) {
                throw new IOException(cursorFile + ": unreadable: " + e.getMessage(), e);
            }
        }
        return new EmbeddedSummaryStore(folder, cursor);
    }

    @Override
    public Optional<Kept> get(String eventId) throws IOException {
        Path file = file(eventId);
        if (!Files.exists(file)) return Optional.empty();
        try {
            return Optional.of(new Kept(SummaryStateCodec.read(Files.readAllBytes(file))));
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("{}: unreadable summary of event {} (computed again from its articles): {}", file, eventId, e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public void put(String eventId, Kept kept) throws IOException {
        write(file(eventId), SummaryStateCodec.write(kept.state()), false);
    }

    @Override
    public long cursor() {
        return cursor;
    }

    @Override
    public synchronized void cursor(long sequence) throws IOException {
        write(folder.resolve("cursor.json"), ("{\"cursor\":" + sequence + "}").getBytes(StandardCharsets.UTF_8), true);
        cursor = sequence;
    }

    /** Ids are the clusterer's ("e12"); anything else is hex-encoded rather than trusted as a file name. */
    private Path file(String eventId) {
        String name = PLAIN_ID.matcher(eventId).matches() ? eventId
                : "x" + HexFormat.of().formatHex(eventId.getBytes(StandardCharsets.UTF_8));
        String shard = name.length() >= 2 ? name.substring(name.length() - 2) : "_" + name;
        return folder.resolve(shard).resolve(name + ".state");
    }

    private static void write(Path file, byte[] content, boolean sync) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (var channel = java.nio.channels.FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(java.nio.ByteBuffer.wrap(content));
            if (sync) channel.force(true);
        }
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
