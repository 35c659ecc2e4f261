package dev.storyline.alerts.delivery;

import dev.storyline.alerts.Match;
import dev.storyline.alerts.MatchLog;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A match log for the delivery tests, written before the alerts' own one landed: one JSON line per match in a real
 * file, forced to disk on every append, read back whole at open. (The tests need a durable log that a killed
 * process leaves readable, not the alerts' implementation.)
 */
final class JsonLinesMatchLog implements MatchLog {

    private final FileChannel file;
    private final List<Positioned> all = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    private JsonLinesMatchLog(FileChannel file) {
        this.file = file;
    }

    static JsonLinesMatchLog open(Path path) throws IOException {
        Files.createDirectories(path.getParent());
        List<String> lines = Files.exists(path) ? Files.readAllLines(path, StandardCharsets.UTF_8) : List.of();
        JsonLinesMatchLog log = new JsonLinesMatchLog(FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND));
        for (String line : lines) {
            if (line.isBlank()) continue;
            try {
                log.remember(MatchJson.read(MatchJson.JSON.readTree(line)));
            } catch (IOException | RuntimeException torn) {
                break; // the last line, cut by a kill mid-write: never acknowledged
            }
        }
        return log;
    }

    @Override
    public synchronized List<Positioned> append(List<Match> matches) throws IOException {
        List<Positioned> added = new ArrayList<>();
        StringBuilder lines = new StringBuilder();
        for (Match m : matches) {
            if (ids.contains(m.id())) continue;
            lines.append(MatchJson.JSON.writeValueAsString(MatchJson.write(m))).append('\n');
            added.add(remember(m));
        }
        ByteBuffer buffer = ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8));
        while (buffer.hasRemaining()) file.write(buffer);
        file.force(true);
        return added;
    }

    private Positioned remember(Match m) {
        ids.add(m.id());
        Positioned p = new Positioned(all.size() + 1, m);
        all.add(p);
        return p;
    }

    @Override
    public synchronized List<Positioned> after(long position, int limit) {
        int from = (int) Math.min(position, all.size());
        return List.copyOf(all.subList(from, Math.min(all.size(), from + limit)));
    }

    @Override
    public synchronized List<Positioned> ofAlert(String alertId, int limit) {
        List<Positioned> of = new ArrayList<>();
        for (Positioned p : all) if (p.match().alertId().equals(alertId)) of.add(p);
        return List.copyOf(of.subList(Math.max(0, of.size() - limit), of.size()));
    }

    @Override
    public synchronized long lastPosition() {
        return all.size();
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
