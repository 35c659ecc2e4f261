package dev.storyline.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds the files a crawler drops into a folder. Polls rather than relying on file-system events, which are
 * lost on network and container file systems; a file is taken once its size and time stamp held still for one
 * poll (so a file still being written is not read half-way). Files taken are remembered in a journal, so a
 * restart does not take them again; a file changed since is taken again.
 */
public final class FolderWatcher {

    private record Version(long size, long modified) {
    }

    private final Path folder;
    private final Path journal;
    private final Map<Path, Version> taken = new HashMap<>();
    private final Map<Path, Version> lastSeen = new HashMap<>();

    /** @param journal file listing the files already taken (created if absent) */
    public FolderWatcher(Path folder, Path journal) throws IOException {
        this.folder = folder;
        this.journal = journal;
        if (Files.exists(journal)) {
            for (String line : Files.readAllLines(journal, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t");
                if (f.length == 3) taken.put(Path.of(f[0]), new Version(Long.parseLong(f[1]), Long.parseLong(f[2])));
            }
        }
    }

    /** The files that appeared or changed and have been still since the previous poll, in name order. */
    public List<Path> poll() throws IOException {
        Map<Path, Version> now = new HashMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile).filter(InputReader::isSupported).forEach(p -> {
                try {
                    BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                    now.put(p, new Version(a.size(), a.lastModifiedTime().toMillis()));
                } catch (IOException e) {
                    // Deleted between listing and reading: nothing to take.
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        List<Path> ready = new ArrayList<>();
        now.forEach((path, version) -> {
            if (version.equals(lastSeen.get(path)) && !version.equals(taken.get(path))) ready.add(path);
        });
        lastSeen.clear();
        lastSeen.putAll(now);
        ready.sort(null);
        return ready;
    }

    /** Remembers that {@code file} was taken, as it was at the last poll. */
    public void markTaken(Path file) throws IOException {
        Version version = lastSeen.get(file);
        if (version == null) return;
        taken.put(file, version);
        Files.createDirectories(journal.toAbsolutePath().getParent());
        Files.writeString(journal, file + "\t" + version.size() + "\t" + version.modified() + "\n",
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
