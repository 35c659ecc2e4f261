package dev.storyline.language;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LanguageIdentifierTest {

    private final LanguageIdentifier languages = new LanguageIdentifier();

    @Test
    void identifiesTheSupportedNewsLanguages() {
        assertEquals("fr", languages.identify("Le Kremlin confirme", "Le président russe a discuté jeudi de la situation avec ses homologues."));
        assertEquals("en", languages.identify(null, "The Russian president discussed the situation with his counterparts on Thursday."));
        assertEquals("de", languages.identify(null, "Der russische Präsident hat am Donnerstag mit seinen Amtskollegen über die Lage gesprochen."));
        assertEquals("es", languages.identify(null, "El presidente ruso habló el jueves con sus homólogos sobre la situación."));
        assertEquals("ru", languages.identify(null, "Президент России обсудил в четверг ситуацию в Казахстане с коллегами."));
    }

    @Test
    void saysNothingForEmptyText() {
        assertNull(languages.identify(null, ""));
        assertNull(languages.identify("", "   "));
    }
}
