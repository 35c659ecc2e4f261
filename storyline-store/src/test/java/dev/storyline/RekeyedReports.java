package dev.storyline;

import dev.storyline.entities.EmbeddedEntityRegistry;
import dev.storyline.entities.EntityMention;
import dev.storyline.entities.Observation;
import dev.storyline.events.Assignment;
import dev.storyline.extract.Article;
import dev.storyline.store.ArticleIdentity;
import dev.storyline.store.LuceneArticleStore;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * Two short reports naming one person, the Kazakh president, written by hand for the re-key tests: the first under
 * the key the person had first ({@link #FORMER}), the second under the key the registry moved it to ({@link #CURRENT}).
 */
public final class RekeyedReports {

    /**
     * Two transliterations that share no word's first five letters, so that the events' name variants
     * ({@code NameVariants}) do not join them on their own.
     */
    public static final String FORMER = "PER:kasim-tokaev";
    public static final String CURRENT = "PER:kassym-jomart-tokayev";

    private static final String FIRST_TITLE = "Tokayev speaks";
    private static final String FIRST = "Tokayev spoke to the nation on Monday evening. Tokayev said order was restored.";
    private static final String SECOND_TITLE = "Tokayev addresses parliament";
    private static final String SECOND = "Tokayev told lawmakers on Monday that Tokayev would name a new cabinet.";

    private RekeyedReports() {
    }

    /** A registry that knew the person as {@link #FORMER} and re-keyed it to {@link #CURRENT}. */
    public static EmbeddedEntityRegistry rekeyed() {
        EmbeddedEntityRegistry registry = EmbeddedEntityRegistry.inMemory();
        registry.observe(new Observation(FORMER, "PER", "Kasim Tokaev", "kasim tokaev", "en", "new",
                LocalDate.of(2022, 1, 10), List.of("kasim tokaev"), null));
        registry.rekey(FORMER, CURRENT);
        return registry;
    }

    /**
     * Adds and assigns the first report under the former key, then the second under {@code secondKey}; whether the
     * second joined the first's event.
     */
    public static boolean secondJoinsFirst(LuceneArticleStore store, StoredEvents events, String secondKey) throws IOException {
        Assignment first = add(store, events, report("first", FIRST_TITLE, FIRST, FORMER));
        Assignment second = add(store, events, report("second", SECOND_TITLE, SECOND, secondKey));
        return second.eventId().equals(first.eventId());
    }

    /** A short report whose only name is the Kazakh president, under {@code key}. */
    private static AnalyzedArticle report(String id, String title, String text, String key) {
        List<EntityMention> mentions = new java.util.ArrayList<>();
        for (int at = text.indexOf("Tokayev"); at >= 0; at = text.indexOf("Tokayev", at + 1)) {
            mentions.add(new EntityMention("Tokayev", "PER", at, at + 7, key));
        }
        return new AnalyzedArticle(new Article(id, null, "Wire", title, "2022-01-10", List.of(), null, "en", text), mentions, List.of());
    }

    private static Assignment add(LuceneArticleStore store, StoredEvents events, AnalyzedArticle a) throws IOException {
        store.add(a);
        return events.assign(ArticleIdentity.of(a.article()).key(), store.lastSequence(), a);
    }
}
