package dev.storyline.entities;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EmbeddedEntityRegistryTest {

    private static Observation mention(String text, String form, String language, String rule, LocalDate seen) {
        return new Observation("PER:vladimir-poutine", "PER", text, form, language, rule, seen,
                List.of("PER|f:" + form.replace(" ", ""), "PER|s:putin"), null);
    }

    @Test
    void whatIsFlushedIsReloadedWithItsLookupKeys(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("entities.jsonl");
        EmbeddedEntityRegistry registry = EmbeddedEntityRegistry.open(file);
        registry.observe(mention("Vladimir Poutine", "vladimir putin", "fr", "new", LocalDate.of(2022, 1, 13)));
        registry.observe(mention("Wladimir Putin", "vladimir putin", "de", "emm-normalised", LocalDate.of(2022, 1, 10)));
        registry.observe(new Observation("LOC:KZ", "LOC", "Kasachstan", "kasachstan", "de", "cldr-country",
                LocalDate.of(2022, 1, 11), List.of("LOC|f:kasachstan"), "Kazakhstan"));
        registry.flush();

        EmbeddedEntityRegistry reloaded = EmbeddedEntityRegistry.open(file);

        assertEquals(sorted(registry.entities()), sorted(reloaded.entities()));
        assertEquals(java.util.Set.of("PER:vladimir-poutine"), reloaded.lookup("PER|s:putin"));
        RegisteredEntity putin = reloaded.get("PER:vladimir-poutine").orElseThrow();
        assertEquals(LocalDate.of(2022, 1, 10), putin.firstSeen());
        assertEquals(LocalDate.of(2022, 1, 13), putin.lastSeen());
        assertEquals("Kazakhstan", reloaded.get("LOC:KZ").orElseThrow().display());
    }

    @Test
    void aRekeyedEntityIsFoundByItsFormerKeyAfterAReload(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("entities.jsonl");
        EmbeddedEntityRegistry registry = EmbeddedEntityRegistry.open(file);
        registry.observe(mention("Wladimir Putin", "vladimir putin", "de", "new", LocalDate.of(2022, 1, 10)));
        registry.rekey("PER:vladimir-poutine", "PER:vladimir-putin");
        registry.flush();

        EmbeddedEntityRegistry reloaded = EmbeddedEntityRegistry.open(file);

        assertEquals("PER:vladimir-putin", reloaded.get("PER:vladimir-poutine").orElseThrow().canonical());
        assertEquals(java.util.Set.of("PER:vladimir-putin"), reloaded.lookup("PER|s:putin"), "filed under the new key");
        reloaded.observe(mention("Vladimir Poutine", "vladimir putin", "fr", "exact", LocalDate.of(2022, 1, 13)));
        assertEquals(2, reloaded.get("PER:vladimir-putin").orElseThrow().mentions(), "a mention under the former key joins");
        assertEquals(1, reloaded.entities().size());
    }

    @Test
    void aKeyThatMovesBackKeepsTheFirstKeyItWasGivenAfterAReload(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("entities.jsonl");
        EmbeddedEntityRegistry registry = EmbeddedEntityRegistry.open(file);
        registry.observe(mention("Vladimir Poutine", "vladimir putin", "fr", "new", LocalDate.of(2022, 1, 10)));
        registry.rekey("PER:vladimir-poutine", "PER:vladimir-putin");
        registry.rekey("PER:vladimir-putin", "PER:vladimir-poutine");
        registry.flush();

        RegisteredEntity back = EmbeddedEntityRegistry.open(file).get("PER:vladimir-putin").orElseThrow();

        assertEquals("PER:vladimir-poutine", back.canonical());
        assertEquals(List.of("PER:vladimir-putin"), back.aliases());
        assertEquals("PER:vladimir-poutine", back.firstKey(), "A -> B -> A is still compared under A, not under B");
    }

    @Test
    void anEntityWrittenWithoutItsFirstKeyTakesItsOldestAlias(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("entities.jsonl");
        Files.writeString(file, "{\"canonical\":\"PER:b\",\"type\":\"PER\",\"display\":\"B\",\"displayFixed\":false,"
                + "\"variants\":[],\"firstSeen\":\"2022-01-10\",\"lastSeen\":\"2022-01-10\",\"aliases\":[\"PER:a\",\"PER:c\"]}\n");

        assertEquals("PER:a", EmbeddedEntityRegistry.open(file).get("PER:b").orElseThrow().firstKey());
    }

    @Test
    void aFlushLeavesOnlyTheRegistryFileBehind(@TempDir Path dir) throws IOException {
        EmbeddedEntityRegistry registry = EmbeddedEntityRegistry.open(dir.resolve("entities.jsonl"));
        registry.observe(mention("Putin", "putin", "en", "new", LocalDate.of(2022, 1, 13)));
        registry.flush();
        registry.flush();

        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("entities.jsonl")), files.toList());
        }
    }

    @Test
    void theDisplayNameIsTheMostFrequentVariant() {
        EmbeddedEntityRegistry registry = EmbeddedEntityRegistry.inMemory();
        LocalDate day = LocalDate.of(2022, 1, 13);
        registry.observe(mention("Vladimir Poutine", "vladimir putin", "fr", "new", day));
        registry.observe(mention("Vladimir Putin", "vladimir putin", "en", "emm-normalised", day));
        registry.observe(mention("Vladimir Putin", "vladimir putin", "en", "exact", day));

        RegisteredEntity putin = registry.get("PER:vladimir-poutine").orElseThrow();
        assertEquals("Vladimir Putin", putin.display());
        assertEquals(2, putin.variant("Vladimir Putin").orElseThrow().count());
        assertEquals("emm-normalised", putin.variant("Vladimir Putin").orElseThrow().rule(), "the rule of its first mention");
    }

    @Test
    void aResolverOverAReloadedRegistryKeepsItsKeys(@TempDir Path dir) throws IOException {
        NameForms forms = new NameForms();
        ReferenceNames known = ReferenceNames.load(forms);
        Path file = dir.resolve("entities.jsonl");
        LocalDate day = LocalDate.of(2022, 1, 13);
        EmbeddedEntityRegistry first = EmbeddedEntityRegistry.open(file);
        String key = new EntityResolver(forms, known, MergeRules.none(), first)
                .resolve(List.of(new NameSpan("Kassym-Jomart Tokayev", "PER", 0, 21)), "", "fr", day).get(0).canonical();
        first.flush();

        EntityResolver later = new EntityResolver(forms, known, MergeRules.none(), EmbeddedEntityRegistry.open(file));
        // The surname alone in an article naming his country (a surname alone joins no one without such context).
        String text = "Токаев прибыл в Казахстан";
        assertEquals(key, later.resolve(List.of(new NameSpan("Токаев", "PER", 0, 6), new NameSpan("Казахстан", "LOC", 16, 25)),
                text, "ru", day).get(0).canonical());
    }

    private static List<RegisteredEntity> sorted(List<RegisteredEntity> entities) {
        return entities.stream().sorted(Comparator.comparing(RegisteredEntity::canonical)).toList();
    }
}
