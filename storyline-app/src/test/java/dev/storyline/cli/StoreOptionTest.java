package dev.storyline.cli;

import dev.storyline.RekeyedReports;
import dev.storyline.StoredEvents;
import dev.storyline.store.LuceneArticleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The events that {@code serve} and {@code export} open (through {@code --store}) read entity keys through the registry. */
class StoreOptionTest {

    @Test
    void theEmbeddedStoresEventsCompareARekeyedEntityUnderOneKey(@TempDir Path data) throws IOException {
        StoreOption embedded = new StoreOption();
        try (LuceneArticleStore store = LuceneArticleStore.open(data);
             StoredEvents events = embedded.openEvents(data, store, RekeyedReports.rekeyed())) {
            assertTrue(RekeyedReports.secondJoinsFirst(store, events, RekeyedReports.CURRENT),
                    "an article under the entity's new key joins the event of the article under its former key");
        }
    }
}
