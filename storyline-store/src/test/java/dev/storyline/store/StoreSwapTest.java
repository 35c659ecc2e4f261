package dev.storyline.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The swap of a rebuilt store: all of the new parts or none of them, whatever moment a crash strikes. */
class StoreSwapTest {

    @TempDir
    Path data;

    /** A data directory whose three parts and bystanders say "old". */
    private void oldStore() throws IOException {
        Files.createDirectories(data.resolve("articles"));
        Files.writeString(data.resolve("articles/segments"), "old articles");
        Files.createDirectories(data.resolve("events"));
        Files.writeString(data.resolve("events/segments"), "old events");
        Files.writeString(data.resolve("entities.jsonl"), "old entities");
        Files.createDirectories(data.resolve("archive"));
        Files.writeString(data.resolve("archive/storyline-20261204T195500Z-00001.warc.gz"), "the archive");
        Files.writeString(data.resolve("sources.jsonl"), "the sources");
    }

    private Path newBuild() throws IOException {
        Path build = StoreSwap.startBuild(data);
        Files.createDirectories(build.resolve("articles"));
        Files.writeString(build.resolve("articles/segments"), "new articles");
        Files.createDirectories(build.resolve("events"));
        Files.writeString(build.resolve("events/segments"), "new events");
        Files.writeString(build.resolve("entities.jsonl"), "new entities");
        return build;
    }

    private String state() throws IOException {
        return Files.readString(data.resolve("articles/segments")) + " / " + Files.readString(data.resolve("events/segments"))
                + " / " + Files.readString(data.resolve("entities.jsonl"));
    }

    private void bystandersUntouched() throws IOException {
        assertEquals("the archive", Files.readString(data.resolve("archive/storyline-20261204T195500Z-00001.warc.gz")));
        assertEquals("the sources", Files.readString(data.resolve("sources.jsonl")));
    }

    @Test
    void aCompleteBuildReplacesArticlesEventsAndRegistryAndNothingElse() throws IOException {
        oldStore();
        newBuild();
        StoreSwap.markComplete(data);
        StoreSwap.swap(data);
        assertEquals("new articles / new events / new entities", state());
        bystandersUntouched();
        assertFalse(Files.exists(data.resolve(StoreSwap.BUILDING)));
        assertFalse(Files.exists(data.resolve(StoreSwap.OLD)));
        assertFalse(Files.exists(data.resolve(StoreSwap.JOURNAL)));
    }

    @Test
    void anIncompleteBuildIsNeverSwappedIn() throws IOException {
        oldStore();
        newBuild();
        assertThrows(IOException.class, () -> StoreSwap.swap(data));
        assertEquals("old articles / old events / old entities", state());
    }

    @Test
    void aCrashBeforeTheSwapLeavesTheOldStoreAndTheNextBuildStartsClean() throws IOException {
        oldStore();
        newBuild(); // ... and the process dies here
        StoreSwap.finishInterrupted(data); // what opening the store does
        assertEquals("old articles / old events / old entities", state());
        Path again = StoreSwap.startBuild(data);
        try (var left = Files.list(again)) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void aCrashInTheMiddleOfTheRenamesIsCompletedAtTheNextOpen() throws IOException {
        oldStore();
        newBuild();
        StoreSwap.markComplete(data);
        // The swap's journal is written and the articles were moved aside; then kill -9.
        Files.writeString(data.resolve(StoreSwap.JOURNAL), "articles\nevents\nentities.jsonl\n");
        Files.createDirectories(data.resolve(StoreSwap.OLD));
        Files.move(data.resolve("articles"), data.resolve(StoreSwap.OLD).resolve("articles"));
        // A process started meanwhile may even have created an empty articles folder.
        Files.createDirectories(data.resolve("articles"));
        StoreSwap.finishInterrupted(data);
        assertEquals("new articles / new events / new entities", state());
        bystandersUntouched();
        assertFalse(Files.exists(data.resolve(StoreSwap.JOURNAL)));
    }
}
