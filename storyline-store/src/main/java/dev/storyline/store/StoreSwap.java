package dev.storyline.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Replaces the analysed part of a store (the articles' index, the events and the entity registry) with one built
 * beside it, so that a crash at any moment leaves either the old store or the new one, never a mix.
 *
 * <p>A rebuild writes into {@code <data>/reanalyze.building/}, laid out like a data directory, and ends by writing
 * {@code COMPLETE} there. The swap then writes the journal {@code <data>/reanalyze.swapping} and moves each part:
 * the old one into {@code <data>/reanalyze.old/}, the new one into place (renames within one file system). Opening
 * the store ({@link #finishInterrupted}) completes a swap whose journal is still there, so a crash in the middle of
 * the renames is finished at the next start; a crash before the journal leaves the old store as it was, and the
 * unfinished build is thrown away by the next rebuild. Sources, alerts, the archive and other files in the data
 * directory are never touched.
 */
public final class StoreSwap {

    /** What a rebuild replaces, relative to the data directory. */
    public static final List<String> PARTS = List.of("articles", "events", "entities.jsonl");

    static final String BUILDING = "reanalyze.building";
    static final String OLD = "reanalyze.old";
    static final String JOURNAL = "reanalyze.swapping";
    static final String COMPLETE = "COMPLETE";

    private StoreSwap() {
    }

    /** Where a rebuild of the store under {@code data} writes. */
    public static Path buildFolder(Path data) {
        return data.resolve(BUILDING);
    }

    /**
     * Prepares an empty build folder, throwing away what an interrupted rebuild left. Call only while holding the
     * store (its index is locked), so that no other rebuild is writing there.
     */
    public static Path startBuild(Path data) throws IOException {
        finishInterrupted(data);
        Path build = buildFolder(data);
        deleteRecursively(build);
        Files.createDirectories(build);
        return build;
    }

    /** Marks the build finished: only a complete build is ever swapped in. */
    public static void markComplete(Path data) throws IOException {
        Path marker = buildFolder(data).resolve(COMPLETE);
        writeDurably(marker, "complete\n");
    }

    /** Swaps the complete build in, durably. The store must be closed (by this process and every other). */
    public static void swap(Path data) throws IOException {
        Path build = buildFolder(data);
        if (!Files.exists(build.resolve(COMPLETE))) throw new IOException("the rebuild in " + build + " is not complete");
        deleteRecursively(data.resolve(OLD));
        writeDurably(data.resolve(JOURNAL), String.join("\n", PARTS) + "\n");
        rollForward(data);
    }

    /** Completes a swap that a crash interrupted (its journal is there); does nothing otherwise. */
    public static void finishInterrupted(Path data) throws IOException {
        if (Files.exists(data.resolve(JOURNAL))) rollForward(data);
    }

    /** Each step can be redone: a part already moved is not moved again. */
    private static void rollForward(Path data) throws IOException {
        Path build = buildFolder(data);
        Path old = data.resolve(OLD);
        Files.createDirectories(old);
        for (String part : PARTS) {
            Path fresh = build.resolve(part);
            if (!Files.exists(fresh)) continue; // moved in already
            Path current = data.resolve(part);
            if (Files.exists(current)) {
                // Either the old part (not yet moved aside) or an empty one a process created after a crash that had.
                if (Files.exists(old.resolve(part))) deleteRecursively(current);
                else move(current, old.resolve(part));
            }
            move(fresh, current);
        }
        syncDirectory(data);
        Files.delete(data.resolve(JOURNAL));
        syncDirectory(data);
        deleteRecursively(old);
        deleteRecursively(build);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("cannot rename " + from + " to " + to + " atomically (another file system?)", e);
        }
    }

    private static void writeDurably(Path file, String text) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(StandardCharsets.UTF_8.encode(text));
            channel.force(true);
        }
        syncDirectory(file.getParent());
    }

    /** Makes renames and creations in {@code dir} durable (where the platform allows opening a directory). */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some platforms (Windows) cannot open a directory: there, renames are durable once they return.
        }
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) return;
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
