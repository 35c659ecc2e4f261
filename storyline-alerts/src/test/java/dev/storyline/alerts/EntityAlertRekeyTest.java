package dev.storyline.alerts;

import dev.storyline.AnalyzedArticle;
import dev.storyline.StoredEvents;
import dev.storyline.entities.EmbeddedEntityRegistry;
import dev.storyline.entities.Observation;
import dev.storyline.store.LuceneArticleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static dev.storyline.alerts.AlertFixtures.article;
import static dev.storyline.alerts.AlertFixtures.ingest;
import static dev.storyline.alerts.AlertFixtures.key;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Entity watches read keys through the registry's aliases: the registry re-keys an entity when its most used spelling
 * changes ("Kasim Jomart Tokayev" → "Kassym-Jomart Tokayev"), and a watch or an article made with either key still meet.
 */
class EntityAlertRekeyTest {

    private static final String FORMER = "PER:kasim-jomart-tokayev";
    private static final String CURRENT = "PER:kassym-jomart-tokayev";

    @TempDir
    Path data;

    private static AnalyzedArticle naming(String id, String source, String key) {
        return article(id, source, "fr", "Tokayev " + id, "Le président Tokayev a parlé (" + id + ").", "Tokayev", key);
    }

    /** A registry that knew Tokayev under his first key, then re-keyed him. */
    private static EmbeddedEntityRegistry rekeyed() {
        EmbeddedEntityRegistry registry = EmbeddedEntityRegistry.inMemory();
        registry.observe(new Observation(FORMER, "PER", "Kasim Jomart Tokayev", "kasim jomart tokayev", "fr", "new",
                LocalDate.of(2022, 1, 13), List.of("kasim jomart tokayev"), null));
        registry.rekey(FORMER, CURRENT);
        return registry;
    }

    @Test
    void aWatchMadeWithAFormerKeySeesArticlesResolvedUnderTheCurrentOne() throws Exception {
        EmbeddedEntityRegistry registry = rekeyed();
        try (LuceneArticleStore store = LuceneArticleStore.open(data); StoredEvents events = StoredEvents.open(data, store);
             AlertEvaluator evaluator = AlertEvaluator.open(data, store, events, BreakingDetector.NO_FACTORY, registry)) {
            Alert alert = evaluator.registry().add(Alert.entity("tokayev", FORMER, EntityMode.EVERY_ARTICLE, Delivery.feedOnly(), Instant.now()));
            ingest(store, events, naming("a", "lemonde.fr", CURRENT), naming("b", "lefigaro.fr", FORMER));
            evaluator.committed();

            assertEquals(List.of(key(naming("a", "lemonde.fr", CURRENT)), key(naming("b", "lefigaro.fr", FORMER))),
                    evaluator.log().ofAlert(alert.id(), 100).stream().map(p -> p.match().articleKey()).toList());
        }
    }

    @Test
    void aFirstMentionWatchCountsTheOutletsThatNamedTheEntityUnderAFormerKey() throws Exception {
        EmbeddedEntityRegistry registry = rekeyed();
        try (LuceneArticleStore store = LuceneArticleStore.open(data); StoredEvents events = StoredEvents.open(data, store);
             AlertEvaluator evaluator = AlertEvaluator.open(data, store, events, BreakingDetector.NO_FACTORY, registry)) {
            ingest(store, events, naming("old", "lemonde.fr", FORMER)); // stored before the re-key
            evaluator.committed();
            Alert alert = evaluator.registry().add(Alert.entity("tokayev", CURRENT, EntityMode.NEW_LANGUAGE_OR_OUTLET,
                    Delivery.feedOnly(), Instant.now()));
            ingest(store, events, naming("again", "lemonde.fr", CURRENT), naming("other", "liberation.fr", CURRENT));
            evaluator.committed();

            assertEquals(List.of(key(naming("other", "liberation.fr", CURRENT))),
                    evaluator.log().ofAlert(alert.id(), 100).stream().map(p -> p.match().articleKey()).toList(),
                    "lemonde.fr had named him already, under his former key");
        }
    }

    @Test
    void aSavedSearchFilteredOnAFormerKeyMatchesArticlesUnderTheCurrentOne() throws Exception {
        EmbeddedEntityRegistry registry = rekeyed();
        try (LuceneArticleStore store = LuceneArticleStore.open(data); StoredEvents events = StoredEvents.open(data, store);
             AlertEvaluator evaluator = AlertEvaluator.open(data, store, events, BreakingDetector.NO_FACTORY, registry)) {
            Alert alert = evaluator.registry().add(Alert.search("tokayev", new SavedSearch("président", null, null, FORMER, null, null),
                    Delivery.feedOnly(), Instant.now()));
            ingest(store, events, naming("a", "lemonde.fr", CURRENT));
            evaluator.committed();

            assertEquals(List.of(key(naming("a", "lemonde.fr", CURRENT))),
                    evaluator.log().ofAlert(alert.id(), 100).stream().map(p -> p.match().articleKey()).toList());
        }
    }
}
