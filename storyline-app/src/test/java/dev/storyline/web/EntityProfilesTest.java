package dev.storyline.web;

import dev.storyline.entities.EmbeddedEntityRegistry;
import dev.storyline.store.LuceneArticleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntityProfilesTest {

    @Test
    void aProfileFollowsArticlesAddedAfterItWasFirstAskedFor(@TempDir Path dir) throws IOException {
        try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
            EntityProfiles profiles = new EntityProfiles(store, EmbeddedEntityRegistry.inMemory(), 100);
            store.add(Articles.french());
            store.commit();
            assertEquals(1, profiles.profile(Articles.TOKAYEV).orElseThrow().totalArticles());
            store.add(Articles.english());
            store.commit();
            EntityProfile after = profiles.profile(Articles.TOKAYEV).orElseThrow();
            assertEquals(2, after.totalArticles());
            assertEquals(List.of("Kassym-Jomart Tokayev", "Kasim Jomart Tokayev"), after.variants().stream().map(EntityProfile.Variant::text).toList());
        }
    }

    @Test
    void onAVeryFrequentEntityOnlyTheLatestArticlesAreRead(@TempDir Path dir) throws IOException {
        try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
            store.add(Articles.french());
            store.add(Articles.english());
            store.commit();
            EntityProfile profile = new EntityProfiles(store, EmbeddedEntityRegistry.inMemory(), 1).profile(Articles.TOKAYEV).orElseThrow();
            assertEquals(2, profile.totalArticles());
            assertEquals(1, profile.scannedArticles());
            assertEquals(LocalDate.of(2022, 1, 15), profile.timeline().firstKey(), "the latest article is the one read");
            assertTrue(EntityPage.render(profile, false).contains("latest 1 of its 2 articles"));
        }
    }

    @Test
    void anEntityNoArticleMentionsIsUnknown(@TempDir Path dir) throws IOException {
        try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
            assertTrue(new EntityProfiles(store, EmbeddedEntityRegistry.inMemory(), 10).profile("PER:nobody").isEmpty());
        }
    }

    @Test
    void theEntityIsNamedInTheReadersLanguage(@TempDir Path dir) throws IOException {
        try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
            store.add(Articles.french());
            store.add(Articles.english());
            store.commit();
            EntityProfile profile = new EntityProfiles(store, EmbeddedEntityRegistry.inMemory(), 10).profile(Articles.TOKAYEV).orElseThrow();
            assertEquals("Kasim Jomart Tokayev", profile.forReader(List.of("en")).name());
            assertEquals("Kassym-Jomart Tokayev", profile.forReader(List.of("es", "fr")).name());
            assertEquals(java.util.Map.of("en", "Kasim Jomart Tokayev", "fr", "Kassym-Jomart Tokayev"), profile.displayNames());
        }
    }
}
