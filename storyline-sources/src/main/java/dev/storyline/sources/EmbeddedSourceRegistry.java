package dev.storyline.sources;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The sources under {@code <data>/sources/}, one small JSON file per source ({@code <id>.json}), each replaced
 * atomically (written beside, forced to disk, renamed over): a poll's status update rewrites one file of a few
 * hundred bytes, not the whole list, so 10,000 sources cost what one does per update, and about 10 MB of heap.
 * A process that did not write a change (a {@code sources add} while {@code run} serves) sees it at its next
 * {@link #refresh()}.
 */
public final class EmbeddedSourceRegistry implements SourceRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedSourceRegistry.class);
    private static final String SUFFIX = ".json";

    private final Path folder;
    private final Map<String, Source> sources = new LinkedHashMap<>();

    private EmbeddedSourceRegistry(Path folder) {
        this.folder = folder;
    }

    /** Opens (or creates) the registry under {@code <data>/sources}. */
    public static EmbeddedSourceRegistry open(Path data) throws IOException {
        EmbeddedSourceRegistry registry = new EmbeddedSourceRegistry(data.resolve("sources"));
        Files.createDirectories(registry.folder);
        registry.refresh();
        return registry;
    }

    /** Reads the files other processes added or removed since this one last looked. */
    public synchronized void refresh() throws IOException {
        Set<String> onDisk = new HashSet<>();
        List<Source> added = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.endsWith(".tmp")) {
                    Files.deleteIfExists(file); // an interrupted write: the previous version is still in place
                    continue;
                }
                if (!name.endsWith(SUFFIX)) continue;
                String id = name.substring(0, name.length() - SUFFIX.length());
                onDisk.add(id);
                if (sources.containsKey(id)) continue;
                try {
                    added.add(SourceJson.read(SourceJson.JSON.readTree(Files.readString(file, StandardCharsets.UTF_8))));
                } catch (IOException | RuntimeException e) {
                    LOG.warn("sources: {} cannot be read and is left out: {}", file, e.getMessage());
                }
            }
        }
        sources.keySet().retainAll(onDisk);
        added.sort(Comparator.comparing((Source s) -> s.status().added()).thenComparing(Source::id));
        for (Source s : added) sources.put(s.id(), s);
    }

    @Override
    public synchronized Added add(Source source) throws IOException {
        Source known = sources.get(source.id());
        if (known != null) return new Added(known, false);
        write(source);
        sources.put(source.id(), source);
        return new Added(source, true);
    }

    @Override
    public synchronized Optional<Source> get(String id) {
        return Optional.ofNullable(sources.get(id));
    }

    @Override
    public synchronized List<Source> all() {
        return List.copyOf(sources.values());
    }

    @Override
    public synchronized boolean remove(String id) throws IOException {
        boolean known = sources.remove(id) != null;
        boolean deleted = Files.deleteIfExists(file(id));
        if (deleted) forceFolder();
        return known || deleted;
    }

    @Override
    public synchronized Optional<Source> update(String id, UnaryOperator<Source> change) throws IOException {
        Source current = sources.get(id);
        if (current == null) return Optional.empty();
        if (!Files.exists(file(id))) { // removed by another process meanwhile
            sources.remove(id);
            return Optional.empty();
        }
        Source changed = change.apply(current);
        if (!changed.id().equals(id)) throw new IllegalArgumentException("an update cannot change a source's id");
        write(changed);
        sources.put(id, changed);
        return Optional.of(changed);
    }

    @Override
    public synchronized int size() {
        return sources.size();
    }

    @Override
    public void close() {
        // Every change is on disk when its method returns.
    }

    private Path file(String id) {
        if (!id.matches("[0-9a-f]{1,64}")) throw new IllegalArgumentException("not a source id: '" + id + "'");
        return folder.resolve(id + SUFFIX);
    }

    private void write(Source source) throws IOException {
        Path target = file(source.id());
        Path temp = folder.resolve(source.id() + SUFFIX + ".tmp");
        byte[] bytes = SourceJson.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(SourceJson.of(source));
        try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            out.write(java.nio.ByteBuffer.wrap(bytes));
            out.force(true);
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        forceFolder();
    }

    /** The rename itself is durable only once the folder's entry is on disk. */
    private void forceFolder() {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            // Some file systems do not let a folder be opened; the rename is still atomic there.
        }
    }
}
