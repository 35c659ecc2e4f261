package dev.storyline.alerts.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storyline.alerts.AtomicFiles;
import dev.storyline.alerts.Frequency;
import dev.storyline.alerts.Match;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The delivery state under {@code <data>/alerts/deliveries/}: per channel a folder holding the cursor over the
 * match log ({@code cursor}) and one JSON file per alert ({@link AlertOutbox}). Every file is replaced whole and
 * atomically (written aside, forced to disk, renamed over, the folder forced), so a crash leaves the old state or the
 * new, never half of one. One process at a time delivers: {@link #tryLock()}.
 */
public final class OutboxStore {

    private final Path root;

    public OutboxStore(Path root) {
        this.root = root;
    }

    /** The state of a data folder: {@code <data>/alerts/deliveries}. */
    public static OutboxStore in(Path data) {
        return new OutboxStore(data.resolve("alerts").resolve("deliveries"));
    }

    public Path root() {
        return root;
    }

    /** How far into the match log {@code channel} has taken matches into the alerts' outboxes. */
    public long cursor(String channel) throws IOException {
        Path file = root.resolve(channel).resolve("cursor");
        if (!Files.exists(file)) return 0;
        String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IOException(file + ": not a log position: '" + text + "'", e);
        }
    }

    void saveCursor(String channel, long position) throws IOException {
        writeAtomically(root.resolve(channel).resolve("cursor"), Long.toString(position));
    }

    public Optional<AlertOutbox> outbox(String channel, String alertId) throws IOException {
        Path file = fileOf(channel, alertId);
        return Files.exists(file) ? Optional.of(read(file)) : Optional.empty();
    }

    /** Every alert's outbox on {@code channel}, in file-name order; a file that cannot be read is told and skipped. */
    public List<AlertOutbox> outboxes(String channel, java.util.function.Consumer<IOException> unreadable) throws IOException {
        Path folder = root.resolve(channel);
        List<AlertOutbox> all = new ArrayList<>();
        if (!Files.isDirectory(folder)) return all;
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(folder, "*.json")) {
            s.forEach(files::add);
        }
        files.sort(null);
        for (Path f : files) {
            try {
                all.add(read(f));
            } catch (IOException e) {
                unreadable.accept(e);
            }
        }
        return all;
    }

    void save(String channel, AlertOutbox outbox) throws IOException {
        writeAtomically(fileOf(channel, outbox.alertId()), MatchJson.JSON.writeValueAsString(write(outbox)));
    }

    /**
     * The delivery lock, or null when another process (or another deliverer in this one) is delivering: two
     * deliverers would send the same parcels twice and overwrite each other's state.
     */
    public Lock tryLock() throws IOException {
        Files.createDirectories(root);
        FileChannel channel = FileChannel.open(root.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return null;
            }
            return new Lock(channel);
        } catch (OverlappingFileLockException held) {
            channel.close();
            return null;
        }
    }

    /** Held while delivering; closing releases it. */
    public static final class Lock implements AutoCloseable {
        private final FileChannel channel;

        private Lock(FileChannel channel) {
            this.channel = channel;
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }

    private Path fileOf(String channel, String alertId) {
        return root.resolve(channel).resolve(fileName(alertId) + ".json");
    }

    /** Alert ids are kept as they are where they are safe in a file name, other characters as %XX. */
    static String fileName(String alertId) {
        StringBuilder name = new StringBuilder();
        for (byte b : alertId.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_') name.append(c);
            else name.append('%').append(String.format("%02X", b & 0xff));
        }
        return name.toString();
    }

    private static void writeAtomically(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        AtomicFiles.write(file, content);
    }

    private static AlertOutbox read(Path file) throws IOException {
        JsonNode o;
        try {
            o = MatchJson.JSON.readTree(file.toFile());
            return new AlertOutbox(o.get("alertId").asText(), o.path("enqueuedThrough").asLong(), matches(o.path("open")),
                    Instant.parse(o.path("sealedThrough").asText(Instant.EPOCH.toString())), parcels(o.path("queue")),
                    parcels(o.path("parked")), last(o.get("last")), o.path("delivered").asLong());
        } catch (IOException | RuntimeException e) {
            throw new IOException(file + ": unreadable delivery state: " + e.getMessage(), e);
        }
    }

    private static ObjectNode write(AlertOutbox b) {
        ObjectNode o = MatchJson.JSON.createObjectNode();
        o.put("alertId", b.alertId()).put("enqueuedThrough", b.enqueuedThrough()).put("sealedThrough", b.sealedThrough().toString())
                .put("delivered", b.delivered());
        ArrayNode open = o.putArray("open");
        b.open().forEach(m -> open.add(MatchJson.write(m)));
        o.set("queue", write(b.queue()));
        o.set("parked", write(b.parked()));
        if (b.last() != null) {
            o.putObject("last").put("at", b.last().at().toString()).put("parcel", b.last().parcelId())
                    .put("outcome", b.last().outcome().name()).put("detail", b.last().detail());
        }
        return o;
    }

    private static ArrayNode write(List<Parcel> parcels) {
        ArrayNode a = MatchJson.JSON.createArrayNode();
        for (Parcel p : parcels) {
            ObjectNode o = a.addObject();
            o.put("id", p.id()).put("alertId", p.alertId()).put("attempts", p.attempts())
                    .put("nextAttempt", p.nextAttempt().toString()).put("lastError", p.lastError());
            if (p.period() != null) {
                o.putObject("period").put("frequency", p.period().frequency().name())
                        .put("start", p.period().start().toString()).put("end", p.period().end().toString());
            }
            ArrayNode matches = o.putArray("matches");
            p.matches().forEach(m -> matches.add(MatchJson.write(m)));
        }
        return a;
    }

    private static List<Parcel> parcels(JsonNode array) {
        List<Parcel> parcels = new ArrayList<>();
        for (JsonNode o : array) {
            JsonNode p = o.get("period");
            Period period = p == null || p.isNull() ? null : new Period(Frequency.valueOf(p.get("frequency").asText()),
                    Instant.parse(p.get("start").asText()), Instant.parse(p.get("end").asText()));
            parcels.add(new Parcel(o.get("id").asText(), o.get("alertId").asText(), period, matches(o.path("matches")),
                    o.path("attempts").asInt(), Instant.parse(o.get("nextAttempt").asText()), MatchJson.text(o, "lastError")));
        }
        return parcels;
    }

    private static List<Match> matches(JsonNode array) {
        List<Match> matches = new ArrayList<>();
        for (JsonNode m : array) matches.add(MatchJson.read(m));
        return matches;
    }

    private static LastDelivery last(JsonNode o) {
        if (o == null || o.isNull()) return null;
        return new LastDelivery(Instant.parse(o.get("at").asText()), o.get("parcel").asText(),
                LastDelivery.Status.valueOf(o.get("outcome").asText()), MatchJson.text(o, "detail"));
    }

    /** The channels that have state here (their folders), in name order. */
    public List<String> channels() throws IOException {
        List<String> names = new ArrayList<>();
        if (!Files.isDirectory(root)) return names;
        try (DirectoryStream<Path> s = Files.newDirectoryStream(root, Files::isDirectory)) {
            s.forEach(p -> names.add(p.getFileName().toString()));
        }
        names.sort(null);
        return names;
    }

    /**
     * Puts an alert's parked parcels back at the end of its queue on every channel, due at {@code now}, their
     * failures counted from zero; how many. Waits up to {@code wait} for a deliverer holding the lock.
     */
    public int retryParked(String alertId, Instant now, java.time.Duration wait) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            try (Lock lock = tryLock()) {
                if (lock != null) {
                    int n = 0;
                    for (String channel : channels()) {
                        Optional<AlertOutbox> box = outbox(channel, alertId);
                        if (box.isEmpty() || box.get().parked().isEmpty()) continue;
                        n += box.get().parked().size();
                        save(channel, box.get().retryParked(now));
                    }
                    return n;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("another process is delivering (" + root.resolve("lock") + " is held); try again shortly");
            }
            Thread.sleep(100);
        }
    }
}
