package dev.storyline.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FolderWatcherTest {

    @TempDir
    Path dir;

    @Test
    void aFileIsTakenOnceItHeldStillForAPollAndOnlyOnce() throws IOException {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        FolderWatcher watcher = new FolderWatcher(inbox, dir.resolve("journal.tsv"));
        Path page = Files.writeString(inbox.resolve("a.html"), "<p>one</p>");
        Files.writeString(inbox.resolve("notes.pdf"), "%PDF");
        assertEquals(List.of(), watcher.poll(), "just appeared: maybe still being written");
        assertEquals(List.of(page), watcher.poll());
        watcher.markTaken(page);
        assertEquals(List.of(), watcher.poll(), "taken already");
    }

    @Test
    void aChangedFileIsTakenAgainAndTheJournalSurvivesARestart() throws IOException {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Path journal = dir.resolve("journal.tsv");
        Path page = Files.writeString(inbox.resolve("a.txt"), "first version");
        FolderWatcher first = new FolderWatcher(inbox, journal);
        first.poll();
        first.markTaken(first.poll().get(0));

        FolderWatcher restarted = new FolderWatcher(inbox, journal);
        restarted.poll();
        assertEquals(List.of(), restarted.poll(), "remembered across a restart");

        Files.writeString(page, "second, longer version");
        Files.setLastModifiedTime(page, FileTime.fromMillis(System.currentTimeMillis() + 5000));
        restarted.poll();
        assertEquals(List.of(page), restarted.poll());
    }
}
