package dev.storyline.entities;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Heads found through each kind of list {@link OrganisationNames} reads (listed words, compound endings, trades,
 * streets, lower-case heads named after), so a faster look-up of them keeps their answers. Sentences written for
 * this test (speed13, December 2026).
 */
class OrganisationNamesListsTest {

    private static final OrganisationNames ORGANISATIONS = OrganisationNames.load();

    private static List<String> found(String text, String language) {
        return ORGANISATIONS.complete(List.of(), text, language).stream()
                .map(n -> n.type() + ":" + n.text()).toList();
    }

    @Test
    void germanCompoundsGenitivesAndTrades() {
        // a compound ending ("-ministerium", "-verein"), a genitive of a listed name, a trade with its quoted name
        assertEquals(List.of("ORG:Landwirtschaftsministeriums", "ORG:Völkerbundes"),
                found("Der Sprecher des Landwirtschaftsministeriums traf den Vorstand des Völkerbundes.", "de"));
        assertEquals(List.of("ORG:Turnverein Eintracht", "ORG:Bäckerei „Sonne"),
                found("Der Turnverein Eintracht tagte in der Bäckerei „Sonne“ am Platz.", "de"));
        assertEquals(List.of("ORG:Handelsgesellschaft für Kaffee", "ORG:Pension „Alpenblick"),
                found("Die Handelsgesellschaft für Kaffee zog in die Pension „Alpenblick“ um.", "de"));
    }

    @Test
    void streetsHousesNamedInLowerCaseAndListedHeads() {
        assertEquals(List.of("LOC:rue Lepic", "ORG:café Durand", "ORG:agence Martin"),
                found("Il habitait rue Lepic, près du café Durand et de l'agence Martin.", "fr"));
        assertEquals(List.of("ORG:ministère de l'Intérieur", "ORG:Chambre"),
                found("Le préfet a écrit au ministère de l'Intérieur et à la Chambre.", "fr"));
        assertEquals(List.of("ORG:Senate", "ORG:Ministry of Transport"),
                found("The Senate heard the Ministry of Transport yesterday.", "en"));
        assertEquals(List.of("ORG:Ministerio de Hacienda", "ORG:Senado"), found("El Ministerio de Hacienda respondió al Senado.", "es"));
    }
}
