package dev.storyline.entities;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The people list (people.tsv): each listed spelling gives the list's key, whatever the language or the order the
 * articles come in, and each reader gets the list's spelling in their language. Sentences written for this test.
 */
class PeopleNamesTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);
    private static final ReferenceNames known = ShippedNames.known();
    private static final NameForms forms = known.forms();

    private static EntityResolver resolver(EntityRegistry registry) {
        return new EntityResolver(forms, known, MergeRules.none(), registry);
    }

    private static String resolveOne(EntityResolver resolver, String name, String language) {
        return resolver.resolve(List.of(new NameSpan(name, "PER", 0, name.length())), name, language, DAY).get(0).canonical();
    }

    /** A person's name after a title ("M. ", "Präsident "), which tells who a surname alone is. */
    private static String resolveAfter(EntityResolver resolver, String title, String name, String language) {
        String text = title + name;
        return resolver.resolve(List.of(new NameSpan(name, "PER", title.length(), text.length())), text, language, DAY)
                .get(0).canonical();
    }

    @Test
    void everyLanguagesSpellingGivesTheListsKey() {
        EntityResolver resolver = resolver(EmbeddedEntityRegistry.inMemory());
        for (String[] spelling : new String[][]{{"Vladimir Poutine", "fr"}, {"Wladimir Putin", "de"},
                {"Władimir Putin", "pl"}, {"Владимир Путин", "ru"}, {"Vladimir Putin", "en"}, {"Vladímir Putin", "es"}}) {
            assertEquals("PER:vladimir-putin", resolveOne(resolver, spelling[0], spelling[1]), spelling[0]);
        }
        assertEquals("PER:kassym-jomart-tokayev", resolveOne(resolver, "Kassym-Schomart Tokajew", "de"));
        assertEquals("PER:kassym-jomart-tokayev", resolveOne(resolver, "Kasim Jomart Tokayev", "fr"),
                "a spelling the registry would join (the same normalised form) joins the list too");
    }

    @Test
    void aSurnameAfterATitleJoinsTheOneListedPersonWithItEvenBeforeTheFullName() {
        EntityRegistry registry = EmbeddedEntityRegistry.inMemory();
        EntityResolver resolver = resolver(registry);
        assertEquals("PER:vladimir-putin", resolveAfter(resolver, "M. ", "Poutine", "fr"));
        assertEquals("PER:volodymyr-zelensky", resolveAfter(resolver, "Präsident ", "Selenskyj", "de"));
        assertEquals("Vladimir Putin", registry.get("PER:vladimir-putin").orElseThrow().display(), "the list's name");
        // Two listed Clintons: "Clinton" alone is neither.
        String clinton = resolveAfter(resolver, "Mr ", "Clinton", "en");
        assertNotEquals("PER:bill-clinton", clinton);
        assertNotEquals("PER:hillary-clinton", clinton);
    }

    @Test
    void aSurnameAloneJoinsNoListedPersonWhenTheRegistryKnowsAnotherWithIt() {
        EntityRegistry registry = EmbeddedEntityRegistry.inMemory();
        EntityResolver resolver = resolver(registry);
        String text = "Mike Johnson a parlé.";
        resolver.resolve(List.of(new NameSpan("Mike Johnson", "PER", 0, 12)), text, "fr", DAY);
        String johnson = resolveAfter(resolver, "M. ", "Johnson", "fr");
        assertNotEquals("PER:boris-johnson", johnson);
    }

    @Test
    void aReaderGetsTheListsSpellingInTheirLanguageWhenNoArticleOfItNamedThePerson() {
        EntityRegistry registry = EmbeddedEntityRegistry.inMemory();
        EntityResolver resolver = resolver(registry);
        resolveOne(resolver, "Vladimir Poutine", "fr");
        resolveAfter(resolver, "le président ", "Poutine", "fr");
        RegisteredEntity putin = registry.get("PER:vladimir-putin").orElseThrow();
        assertEquals("Vladimir Poutine", DisplayNames.of(putin, "fr", known), "the spelling its articles used");
        assertEquals("Vladimir Putin", DisplayNames.of(putin, "en", known));
        assertEquals("Wladimir Putin", DisplayNames.of(putin, "de", known));
        assertEquals("Władimir Putin", DisplayNames.of(putin, "pl", known));
        assertEquals("Владимир Путин", DisplayNames.of(putin, "ru", known));
        assertEquals("Vladimir Putin", DisplayNames.of(putin, "it", known), "no Italian spelling listed: the English one");
        assertEquals("Vladimir Putin", DisplayNames.of(putin, "de", null), "without the lists: the display name");
    }

    @Test
    void theListNamesEveryPersonInTheMainLanguagesAndRussianInCyrillic() {
        for (String key : List.of("PER:vladimir-putin", "PER:volodymyr-zelensky", "PER:kassym-jomart-tokayev",
                "PER:ali-khamenei", "PER:xi-jinping", "PER:kim-jong-un", "PER:recep-tayyip-erdogan")) {
            for (String language : List.of("en", "fr", "de", "es", "it", "pl", "pt", "nl", "ru")) {
                assertTrue(known.referenceName(key, language).isPresent(), key + " in " + language);
            }
            String russian = known.referenceName(key, "ru").orElseThrow();
            assertTrue(russian.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC),
                    key + ": " + russian);
        }
        assertEquals("Selenskyj", known.referenceName("PER:volodymyr-zelensky", "de").orElseThrow().split(" ")[1]);
        assertEquals("Tokáyev", known.referenceName("PER:kassym-jomart-tokayev", "es").orElseThrow().split(" ")[1]);
    }

    @Test
    void theSameArticlesInTwoOrdersGiveTheSameKeys() {
        // Two short reports, one French, one German: listed people (Putin, Zelensky), and a made-up minister named in
        // full in one and by a variant spelling in the other.
        String fr = "Poutine a reçu Vladimir Poutine... Le ministre Kairat Bekmoukhambetov a parlé avec Volodymyr Zelensky.";
        String de = "Wladimir Putin traf Kairat Bekmuchambetow. Bekmuchambetow sprach mit Selenskyj.";
        List<NameSpan> frNames = List.of(span(fr, "Poutine"), span(fr, "Vladimir Poutine"),
                span(fr, "Kairat Bekmoukhambetov"), span(fr, "Volodymyr Zelensky"));
        List<NameSpan> deNames = List.of(span(de, "Wladimir Putin"), span(de, "Kairat Bekmuchambetow"),
                new NameSpan("Bekmuchambetow", "PER", de.lastIndexOf("Bekmuchambetow"), de.lastIndexOf("Bekmuchambetow") + 14),
                span(de, "Selenskyj"));
        Map<String, String> frFirst = keysInOrder(List.of(fr, de), List.of(frNames, deNames), List.of("fr", "de"));
        Map<String, String> deFirst = keysInOrder(List.of(de, fr), List.of(deNames, frNames), List.of("de", "fr"));
        assertEquals(frFirst, deFirst);
        assertEquals("PER:vladimir-putin", frFirst.get("Poutine"));
        assertEquals("PER:volodymyr-zelensky", frFirst.get("Selenskyj"));
    }

    private static NameSpan span(String text, String name) {
        int start = text.indexOf(name);
        return new NameSpan(name, "PER", start, start + name.length());
    }

    /** Each spelling's key once all the articles are read (re-keyed keys followed). */
    private static Map<String, String> keysInOrder(List<String> texts, List<List<NameSpan>> names, List<String> languages) {
        EntityRegistry registry = EmbeddedEntityRegistry.inMemory();
        EntityResolver resolver = resolver(registry);
        Map<String, String> keys = new TreeMap<>();
        for (int i = 0; i < texts.size(); i++) {
            List<EntityMention> mentions = resolver.resolve(names.get(i), texts.get(i), languages.get(i), DAY);
            mentions.forEach(m -> keys.put(m.text(), m.canonical()));
        }
        keys.replaceAll((text, key) -> resolver.currentKey(key));
        return keys;
    }

    @Test
    void aConfigurationFolderAddsPeople(@TempDir Path config) throws IOException {
        // A made-up person, in the shipped file's format.
        Files.writeString(config.resolve("people.tsv"),
                "ana-kovac\tAna Kovač\tde:Ana Kowatsch|ru:Анна Ковач|Ana Kovac\n");
        ReferenceNames withConfig = ReferenceNames.load(forms, config);
        EntityResolver resolver = new EntityResolver(forms, withConfig, MergeRules.none(), EmbeddedEntityRegistry.inMemory());
        assertEquals("PER:ana-kovac", resolveOne(resolver, "Анна Ковач", "ru"));
        assertEquals("PER:ana-kovac", resolveOne(resolver, "Ana Kowatsch", "de"));
        assertEquals("PER:vladimir-putin", resolveOne(resolver, "Wladimir Putin", "de"), "the shipped list still applies");
        assertEquals("Ana Kowatsch", withConfig.referenceName("PER:ana-kovac", "de").orElseThrow());
        assertEquals("Ana Kovač", withConfig.referenceName("PER:ana-kovac", "fr").orElseThrow());
    }
}
