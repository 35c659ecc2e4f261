package dev.storyline;

import dev.storyline.entities.EmbeddedEntityRegistry;
import dev.storyline.entities.EntityMention;
import dev.storyline.entities.Observation;
import dev.storyline.events.Assignment;
import dev.storyline.extract.Article;
import dev.storyline.store.ArticleIdentity;
import dev.storyline.store.LuceneArticleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Event similarity across a re-key: an event holds the keys its articles were resolved with, and an entity re-keyed
 * since (its most used spelling changed) is compared under the key it was first given, so that it is still shared.
 */
class StoredEventsRekeyTest {

    /**
     * Two transliterations that share no word's first five letters, so that the events' name variants
     * ({@code NameVariants}) do not join them on their own.
     */
    private static final String FORMER = "PER:kasim-tokaev";
    private static final String CURRENT = "PER:kassym-jomart-tokayev";

    @TempDir
    Path data;

    /** A short report whose only name is the Kazakh president, under {@code key}. */
    private static AnalyzedArticle report(String id, String title, String text, String key) {
        List<EntityMention> mentions = new java.util.ArrayList<>();
        for (int at = text.indexOf("Tokayev"); at >= 0; at = text.indexOf("Tokayev", at + 1)) {
            mentions.add(new EntityMention("Tokayev", "PER", at, at + 7, key));
        }
        return new AnalyzedArticle(new Article(id, null, "Wire", title, "2022-01-10", List.of(), null, "en", text), mentions, List.of());
    }

    private static final String FIRST_TITLE = "Tokayev speaks";
    private static final String FIRST = "Tokayev spoke to the nation on Monday evening. Tokayev said order was restored.";
    private static final String SECOND_TITLE = "Tokayev addresses parliament";
    private static final String SECOND = "Tokayev told lawmakers on Monday that Tokayev would name a new cabinet.";

    private static EmbeddedEntityRegistry rekeyed() {
        EmbeddedEntityRegistry registry = EmbeddedEntityRegistry.inMemory();
        registry.observe(new Observation(FORMER, "PER", "Kasim Tokaev", "kasim tokaev", "en", "new",
                LocalDate.of(2022, 1, 10), List.of("kasim tokaev"), null));
        registry.rekey(FORMER, CURRENT);
        return registry;
    }

    /** Assigns the first report under the former key, then the second under {@code secondKey}; the second's assignment. */
    private Assignment second(Path folder, EmbeddedEntityRegistry registry, String secondKey) throws IOException {
        try (LuceneArticleStore store = LuceneArticleStore.open(folder); StoredEvents events = StoredEvents.open(folder, store)) {
            if (registry != null) events.comparingEntitiesBy(registry);
            Assignment first = add(store, events, report("first", FIRST_TITLE, FIRST, FORMER));
            Assignment second = add(store, events, report("second", SECOND_TITLE, SECOND, secondKey));
            return second.eventId().equals(first.eventId()) ? second : null;
        }
    }

    private static Assignment add(LuceneArticleStore store, StoredEvents events, AnalyzedArticle a) throws IOException {
        store.add(a);
        return events.assign(ArticleIdentity.of(a.article()).key(), store.lastSequence(), a);
    }

    @Test
    void anArticleUnderTheCurrentKeyJoinsTheEventOfArticlesUnderTheFormerOne() throws IOException {
        assertTrue(second(data.resolve("same-key"), null, FORMER) != null, "one key throughout: one event");
        assertFalse(second(data.resolve("raw"), null, CURRENT) != null, "keys taken as they are: the re-key splits them");
        assertTrue(second(data.resolve("through-registry"), rekeyed(), CURRENT) != null,
                "compared under the key the entity was first given: one event again");
    }

    @Test
    void theKeyComparedIsTheFirstTheEntityHadWhateverKeyTheArticleCarries() {
        EmbeddedEntityRegistry registry = rekeyed();
        assertEquals(FORMER, registry.get(CURRENT).orElseThrow().firstKey());
        assertEquals(FORMER, registry.get(FORMER).orElseThrow().firstKey());
    }
}
