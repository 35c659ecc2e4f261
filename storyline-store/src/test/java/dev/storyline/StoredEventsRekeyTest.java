package dev.storyline;

import dev.storyline.entities.EmbeddedEntityRegistry;
import dev.storyline.store.LuceneArticleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static dev.storyline.RekeyedReports.CURRENT;
import static dev.storyline.RekeyedReports.FORMER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Event similarity across a re-key: an event holds the keys its articles were resolved with, and an entity re-keyed
 * since (its most used spelling changed) is compared under the key it was first given, so that it is still shared.
 */
class StoredEventsRekeyTest {

    @TempDir
    Path data;

    /** Whether the second report (under {@code secondKey}) joins the first's event, in a fresh store under {@code folder}. */
    private static boolean secondJoinsFirst(Path folder, EmbeddedEntityRegistry registry, String secondKey) throws IOException {
        try (LuceneArticleStore store = LuceneArticleStore.open(folder); StoredEvents events = StoredEvents.open(folder, store)) {
            if (registry != null) events.comparingEntitiesBy(registry);
            return RekeyedReports.secondJoinsFirst(store, events, secondKey);
        }
    }

    @Test
    void anArticleUnderTheCurrentKeyJoinsTheEventOfArticlesUnderTheFormerOne() throws IOException {
        assertTrue(secondJoinsFirst(data.resolve("same-key"), null, FORMER), "one key throughout: one event");
        assertFalse(secondJoinsFirst(data.resolve("raw"), null, CURRENT), "keys taken as they are: the re-key splits them");
        assertTrue(secondJoinsFirst(data.resolve("through-registry"), RekeyedReports.rekeyed(), CURRENT),
                "compared under the key the entity was first given: one event again");
    }

    @Test
    void theKeyComparedIsTheFirstTheEntityHadWhateverKeyTheArticleCarries() {
        EmbeddedEntityRegistry registry = RekeyedReports.rekeyed();
        assertEquals(FORMER, registry.get(CURRENT).orElseThrow().firstKey());
        assertEquals(FORMER, registry.get(FORMER).orElseThrow().firstKey());
    }
}
