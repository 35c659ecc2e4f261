package dev.storyline.alerts;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The alerts in one file, {@code <data>/alerts/alerts.jsonl} (one alert a line, with its webhook secret), replaced
 * atomically at each change. Several processes may share it (the CLI adds an alert while the server runs): changes
 * take a file lock and re-read the file first, and reads pick up a file another process replaced.
 */
public final class EmbeddedAlertRegistry implements AlertRegistry {

    private final Path file;
    private final Path lock;
    private List<Alert> alerts = List.of();
    private Object loadedVersion;

    private EmbeddedAlertRegistry(Path folder) {
        this.file = folder.resolve("alerts.jsonl");
        this.lock = folder.resolve("alerts.lock");
    }

    /** Opens (creating the folder) the registry kept in {@code folder}, normally {@code <data>/alerts}. */
    public static EmbeddedAlertRegistry open(Path folder) throws IOException {
        Files.createDirectories(folder);
        EmbeddedAlertRegistry registry = new EmbeddedAlertRegistry(folder);
        registry.refresh();
        return registry;
    }

    @Override
    public synchronized List<Alert> list() throws IOException {
        refresh();
        return alerts;
    }

    @Override
    public synchronized Optional<Alert> byId(String id) throws IOException {
        return list().stream().filter(a -> a.id().equals(id)).findFirst();
    }

    @Override
    public synchronized Optional<Alert> byName(String name) throws IOException {
        String wanted = name == null ? "" : name.strip();
        return list().stream().filter(a -> a.name().equals(wanted)).findFirst();
    }

    @Override
    public synchronized Alert add(Alert alert) throws IOException {
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = channel.lock()) {
            refresh();
            for (Alert a : alerts) {
                if (a.equals(alert)) return a;
                if (a.name().equals(alert.name())) throw new IllegalArgumentException("an alert named '" + alert.name() + "' exists already (" + a.id() + ")");
                if (a.id().equals(alert.id())) throw new IllegalArgumentException("an alert with id '" + alert.id() + "' exists already ('" + a.name() + "')");
            }
            List<Alert> changed = new ArrayList<>(alerts);
            changed.add(alert);
            save(changed);
            return alert;
        }
    }

    @Override
    public synchronized boolean remove(String id) throws IOException {
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = channel.lock()) {
            refresh();
            List<Alert> changed = new ArrayList<>(alerts);
            if (!changed.removeIf(a -> a.id().equals(id))) return false;
            save(changed);
            return true;
        }
    }

    private void save(List<Alert> changed) throws IOException {
        StringBuilder content = new StringBuilder();
        for (Alert a : changed) content.append(AlertJson.line(AlertJson.of(a, true))).append('\n');
        AtomicFiles.write(file, content.toString());
        alerts = List.copyOf(changed);
        loadedVersion = version();
    }

    /** Re-reads the file when it was replaced since it was read (by this process or another). */
    private void refresh() throws IOException {
        Object current = version();
        if (Objects.equals(current, loadedVersion)) return;
        List<Alert> read = new ArrayList<>();
        if (current != null) {
            int number = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                number++;
                if (line.isBlank()) continue;
                try {
                    JsonNode node = AlertJson.parse(line);
                    read.add(AlertJson.alert(node));
                } catch (RuntimeException e) {
                    throw new IOException(file + ":" + number + ": not an alert: " + e.getMessage(), e);
                }
            }
        }
        alerts = List.copyOf(read);
        loadedVersion = current;
    }

    /** What identifies one version of the file: it is only ever replaced whole, so its identity and time suffice. */
    private Object version() throws IOException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return List.of(String.valueOf(attributes.fileKey()), attributes.lastModifiedTime(), attributes.size());
        } catch (NoSuchFileException e) {
            return null;
        }
    }
}
