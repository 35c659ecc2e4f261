package dev.storyline.entities;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An entity's name per reader language: the spelling most used in it, else a reference name. */
class DisplayNamesTest {

    private static final LocalDate DAY = LocalDate.of(2024, 1, 1);

    private static void see(EntityRegistry registry, String key, String text, String language, String fixedDisplay) {
        registry.observe(new Observation(key, key.substring(0, 3), text, text.toLowerCase(), language, "new", DAY,
                List.of(), fixedDisplay));
    }

    @Test
    void eachLanguageGetsTheSpellingMostUsedInIt() {
        EntityRegistry registry = EmbeddedEntityRegistry.inMemory();
        for (String[] m : new String[][]{{"Vladimir Poutine", "fr"}, {"Vladimir Poutine", "fr"}, {"Poutine", "fr"},
                {"Vladimir Putin", "en"}, {"Wladimir Putin", "de"}, {"Putin", "de"}, {"Wladimir Putin", "de"}}) {
            see(registry, "PER:putin", m[0], m[1], null);
        }
        RegisteredEntity putin = registry.get("PER:putin").orElseThrow();
        assertEquals(Map.of("fr", "Vladimir Poutine", "en", "Vladimir Putin", "de", "Wladimir Putin"), DisplayNames.all(putin));
    }

    @Test
    void aLanguageTheEntityWasNeverWrittenInGetsTheDisplayName() {
        EntityRegistry registry = EmbeddedEntityRegistry.inMemory();
        see(registry, "PER:putin", "Vladimir Poutine", "fr", null);
        see(registry, "PER:putin", "Vladimir Poutine", "fr", null);
        see(registry, "PER:putin", "Vladimir Putin", "en", null);
        assertEquals("Vladimir Poutine", registry.get("PER:putin").orElseThrow().displayName("es"));
    }

    @Test
    void aCountryNeverWrittenInTheReadersLanguageGetsItsNameInThatLanguage() {
        EntityRegistry registry = EmbeddedEntityRegistry.inMemory();
        see(registry, "LOC:RU", "Russie", "fr", "Russia");
        RegisteredEntity russia = registry.get("LOC:RU").orElseThrow();
        assertEquals("Russie", russia.displayName("fr"));
        assertEquals("Russland", russia.displayName("de"));
        assertEquals("Russia", russia.displayName(null));
    }

    @Test
    void equallyUsedSpellingsAreChosenTheSameWayWhateverTheirOrder() {
        EntityRegistry one = EmbeddedEntityRegistry.inMemory();
        EntityRegistry other = EmbeddedEntityRegistry.inMemory();
        see(one, "PER:tokayev", "Kassym-Jomart Tokayev", "en", null);
        see(one, "PER:tokayev", "Kasim Jomart Tokayev", "en", null);
        see(other, "PER:tokayev", "Kasim Jomart Tokayev", "en", null);
        see(other, "PER:tokayev", "Kassym-Jomart Tokayev", "en", null);
        assertEquals(one.get("PER:tokayev").orElseThrow().displayName("en"), other.get("PER:tokayev").orElseThrow().displayName("en"));
        assertEquals("Kassym-Jomart Tokayev", one.get("PER:tokayev").orElseThrow().displayName("en"));
    }

    @Test
    void countsPerLanguageSurviveTheRegistryFileAndOldFilesStillRead(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("entities.jsonl");
        EmbeddedEntityRegistry registry = EmbeddedEntityRegistry.open(file);
        see(registry, "PER:putin", "Vladimir Putin", "en", null);
        see(registry, "PER:putin", "Vladimir Poutine", "fr", null);
        see(registry, "PER:putin", "Vladimir Poutine", "fr", null);
        registry.flush();
        assertEquals("Vladimir Putin", EmbeddedEntityRegistry.open(file).get("PER:putin").orElseThrow().displayName("en"));

        // A line written before counts per language were kept: a variant counts in every language it was seen in.
        Files.writeString(file, "{\"canonical\":\"PER:x\",\"type\":\"PER\",\"display\":\"X Y\",\"displayFixed\":false,"
                + "\"variants\":[{\"text\":\"X Y\",\"form\":\"x y\",\"count\":3,\"languages\":[\"de\"],\"rule\":\"new\","
                + "\"lookupKeys\":[]}],\"firstSeen\":\"2024-01-01\",\"lastSeen\":\"2024-01-01\"}\n");
        assertEquals("X Y", EmbeddedEntityRegistry.open(file).get("PER:x").orElseThrow().displayName("de"));
    }
}
