package dev.storyline.store;

import dev.storyline.events.DurableEventStore;
import dev.storyline.events.DurableEventStoreContract;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

/** The embedded events pass the event store contract: an index under a temporary folder, reopened in place. */
class LuceneEventStoreTest extends DurableEventStoreContract {

    @TempDir
    Path data;

    @Override
    protected DurableEventStore.Opener opener(String name) {
        Path folder = data.resolve(name);
        return new DurableEventStore.Opener() {
            @Override
            public DurableEventStore open() throws IOException {
                return LuceneEventStore.open(folder);
            }

            @Override
            public DurableEventStore openEmpty() throws IOException {
                return LuceneEventStore.openEmpty(folder);
            }
        };
    }
}
