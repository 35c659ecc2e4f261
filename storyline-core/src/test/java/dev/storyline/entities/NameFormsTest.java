package dev.storyline.entities;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NameFormsTest {

    private static final NameForms FORMS = new NameForms();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = ';', value = {
            "Kassym-Jomart Tokayev; kasim iomart tokaev",
            "Kasim Jomart Tokayev; kasim iomart tokaev",
            "Кассым-Жомарт Токаев; kasim iomart tokaev",
            "Tokaïev; tokaev",
            "Poutine; putin",
            "Путин; putin",
            "Wladimir Putin; vladimir putin",
            "Dmitri Peskow; dmitri peskov",
            "Biélorussie; bielorusi",
            "Weißrussland; veisrusland",
            "Schröder; shroder",
            "Jewgeni; evgeni",
            "Πούτιν; putin",
    })
    void spellingsOfOneNameShareAForm(String name, String form) {
        assertEquals(form, FORMS.form(name));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = ';', value = {
            "Kassym-Jomart Tokayev; kassym-jomart-tokayev",
            "Москва; moskva",
            "Organisation du traité de sécurité collective; organisation-du-traite-de-securite-collective",
    })
    void slugsAreReadableAscii(String name, String slug) {
        assertEquals(slug, FORMS.slug(name));
    }

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource({"putin, putin, 0", "dmitri, dimitri, 1", "kitten, sitting, 3", "abc, xyzuvw, 4"})
    void distanceIsExactUpToTheLimitThenLimitPlusOne(String a, String b, int expected) {
        assertEquals(expected, NameForms.distance(a, b, 3));
    }
}
