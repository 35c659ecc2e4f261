package dev.storyline.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The match log as one append-only JSON Lines file, {@code <data>/alerts/matches.jsonl}: a match a line, with its
 * position (its line number). Appends are fsynced before they return. A line torn by a crash (kill -9 in the middle
 * of a write) can only be the last one: it was never acknowledged, so opening for writing cuts it off, and opening
 * for reading ignores it. In memory: each line's offset, the ids (for idempotence), and each alert's positions (so
 * that an alert's page reads only its own lines).
 */
public final class JsonlMatchLog implements MatchLog {

    private static final int READ_CHUNK = 1 << 16;

    private final Path file;
    private final FileChannel channel;
    private final boolean writable;
    private long[] offsets = new long[1024];  // offsets[p - 1]: where the line at position p starts
    private long end;                         // where the next line starts
    private int size;
    private final Set<String> ids = new HashSet<>();
    private final Map<String, long[]> positionsByAlert = new HashMap<>();
    private final Map<String, Integer> countByAlert = new HashMap<>();

    private JsonlMatchLog(Path file, boolean writable) throws IOException {
        this.file = file;
        this.writable = writable;
        this.channel = writable
                ? FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE)
                : FileChannel.open(file, StandardOpenOption.READ);
    }

    /** Opens (creating it) the log in {@code folder} for appending: one writer at a time (the store's owner). */
    public static JsonlMatchLog open(Path folder) throws IOException {
        Files.createDirectories(folder);
        JsonlMatchLog log = new JsonlMatchLog(folder.resolve("matches.jsonl"), true);
        try {
            log.load();
        } catch (IOException | RuntimeException e) {
            log.close();
            throw e;
        }
        return log;
    }

    /** Opens the log in {@code folder} for reading only, while another process may be appending (the CLI). */
    public static JsonlMatchLog openReadOnly(Path folder) throws IOException {
        Path file = folder.resolve("matches.jsonl");
        if (!Files.exists(file)) {
            Files.createDirectories(folder);
            try (FileChannel created = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                created.force(true);
            }
        }
        JsonlMatchLog log = new JsonlMatchLog(file, false);
        try {
            log.load();
        } catch (IOException | RuntimeException e) {
            log.close();
            throw e;
        }
        return log;
    }

    /** Reads every complete line; a torn last line is cut off (writable) or left aside (read-only). */
    private void load() throws IOException {
        long length = channel.size();
        long lineStart = 0;
        ByteBuffer buffer = ByteBuffer.allocate(READ_CHUNK);
        java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
        long at = 0;
        while (at < length) {
            buffer.clear();
            int n = channel.read(buffer, at);
            if (n <= 0) break;
            for (int i = 0; i < n; i++) {
                byte b = buffer.get(i);
                if (b != '\n') {
                    line.write(b);
                    continue;
                }
                String text = line.toString(StandardCharsets.UTF_8);
                line.reset();
                long next = at + i + 1;
                Match match = parse(text, size + 1, next == length);
                if (match == null) {
                    // A torn last line that happens to end in a newline cannot parse: treat it as torn too.
                    length = lineStart;
                    break;
                }
                remember(match, lineStart);
                lineStart = next;
            }
            at += n;
        }
        end = lineStart;
        if (writable && channel.size() > end) {
            channel.truncate(end);
            channel.force(true);
        }
    }

    /** The match on a line; null when the line is the last and does not parse (torn); an error otherwise. */
    private Match parse(String text, long expectedPosition, boolean last) throws IOException {
        try {
            JsonNode node = AlertJson.parse(text);
            long position = node.path("position").asLong();
            if (position != expectedPosition) {
                throw new IllegalArgumentException("position " + position + " where " + expectedPosition + " was expected");
            }
            return AlertJson.match(node);
        } catch (RuntimeException e) {
            if (last) return null;
            throw new IOException(file + ":" + expectedPosition + ": not a match: " + e.getMessage(), e);
        }
    }

    private void remember(Match match, long offset) {
        if (size == offsets.length) offsets = Arrays.copyOf(offsets, size * 2);
        offsets[size++] = offset;
        ids.add(match.id());
        long[] positions = positionsByAlert.computeIfAbsent(match.alertId(), k -> new long[16]);
        int count = countByAlert.getOrDefault(match.alertId(), 0);
        if (count == positions.length) {
            positions = Arrays.copyOf(positions, count * 2);
            positionsByAlert.put(match.alertId(), positions);
        }
        positions[count] = size;
        countByAlert.put(match.alertId(), count + 1);
    }

    @Override
    public synchronized List<Positioned> append(List<Match> matches) throws IOException {
        if (!writable) throw new IOException(file + " is open for reading only");
        List<Positioned> appended = new ArrayList<>();
        List<byte[]> lines = new ArrayList<>();
        Set<String> batch = new HashSet<>();
        int length = 0;
        for (Match m : matches) {
            if (ids.contains(m.id()) || !batch.add(m.id())) continue;
            long position = size + appended.size() + 1;
            ObjectNode node = AlertJson.JSON.createObjectNode().put("position", position);
            node.setAll(AlertJson.of(m));
            byte[] line = (AlertJson.line(node) + "\n").getBytes(StandardCharsets.UTF_8);
            lines.add(line);
            length += line.length;
            appended.add(new Positioned(position, m));
        }
        if (appended.isEmpty()) return appended;
        ByteBuffer bytes = ByteBuffer.allocate(length);
        lines.forEach(bytes::put);
        bytes.flip();
        long at = end;
        while (bytes.hasRemaining()) at += channel.write(bytes, at);
        channel.force(false);
        // Remembered only once durable: a failed write leaves the log as it was (the torn tail is cut at reopen).
        long offset = end;
        for (int i = 0; i < appended.size(); i++) {
            remember(appended.get(i).match(), offset);
            offset += lines.get(i).length;
        }
        end = at;
        return appended;
    }

    @Override
    public synchronized List<Positioned> after(long position, int limit) throws IOException {
        List<Positioned> out = new ArrayList<>();
        for (long p = Math.max(1, position + 1); p <= size && out.size() < limit; p++) out.add(read(p));
        return out;
    }

    @Override
    public synchronized List<Positioned> ofAlert(String alertId, int limit) throws IOException {
        long[] positions = positionsByAlert.get(alertId);
        if (positions == null || limit <= 0) return List.of();
        int count = countByAlert.get(alertId);
        List<Positioned> out = new ArrayList<>();
        for (int i = Math.max(0, count - limit); i < count; i++) out.add(read(positions[i]));
        return out;
    }

    /** Whether a match with this id is in the log. */
    public synchronized boolean contains(String matchId) {
        return ids.contains(matchId);
    }

    @Override
    public synchronized long lastPosition() {
        return size;
    }

    private Positioned read(long position) throws IOException {
        long from = offsets[(int) position - 1];
        long to = position < size ? offsets[(int) position] : end;
        ByteBuffer bytes = ByteBuffer.allocate((int) (to - from));
        long at = from;
        while (bytes.hasRemaining()) {
            int n = channel.read(bytes, at);
            if (n < 0) throw new IOException(file + ": ends before position " + position);
            at += n;
        }
        String line = new String(bytes.array(), StandardCharsets.UTF_8).strip();
        return new Positioned(position, AlertJson.match(AlertJson.parse(line)));
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }
}
