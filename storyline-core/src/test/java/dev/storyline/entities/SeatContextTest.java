package dev.storyline.entities;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A seat of power is the institution when it speaks or acts, the place when it is where something happens. */
class SeatContextTest {

    private static final NameForms FORMS = new NameForms();
    private static final ReferenceNames KNOWN = ReferenceNames.load(FORMS);

    private static EntityMention resolve(String text, String name, String finderType) {
        EntityResolver resolver = new EntityResolver(FORMS, KNOWN, MergeRules.none(), EmbeddedEntityRegistry.inMemory());
        int at = text.indexOf(name);
        return resolver.resolve(List.of(new NameSpan(name, finderType, at, at + name.length())), text, "fr",
                LocalDate.of(2024, 1, 1)).get(0);
    }

    @Test
    void theSeatThatSpeaksIsTheInstitution() {
        assertEquals("ORG", resolve("Comme le Kremlin l'a indiqué dans un communiqué.", "Kremlin", "LOC").type());
        assertEquals("ORG", resolve("Le porte-parole de la Maison Blanche, Ari Fleischer.", "Maison Blanche", "LOC").type());
        assertEquals("ORG", resolve("The White House said on Monday.", "White House", "LOC").type());
    }

    @Test
    void theSeatWhereSomethingHappensIsThePlace() {
        EntityMention garden = resolve("une fête dans les jardins de l'Elysée hier.", "Elysée", "LOC");
        assertEquals("LOC", garden.type());
        assertEquals("ORG:elysee", garden.canonical(), "one entity, whichever the use");
        assertEquals("LOC", resolve("Il a été reçu au Kremlin.", "Kremlin", "ORG").type());
        assertEquals("LOC", resolve("a reception in the White House.", "White House", "ORG").type());
    }

    @Test
    void theSeatToldOrAskedSomethingIsTheInstitution() {
        // Sentences written for this test (December 2026), in the style of French papers of ~1906 and of today:
        // after a verb of telling, asking or handing over, "au" names whom, not where.
        assertEquals("ORG", resolve("Le ministre a fait savoir au Vatican que rien ne changerait.", "Vatican", "LOC").type());
        assertEquals("ORG", resolve("Le cardinal avait fait demander au Quirinal s'il consentait.", "Quirinal", "LOC").type());
        assertEquals("ORG", resolve("La note a été remise au Quai d'Orsay par l'ambassadeur.", "Quai d'Orsay", "LOC").type());
        assertEquals("ORG", resolve("Moscou a répondu au Pentagone dans la soirée.", "Pentagone", "LOC").type());
        // Arriving, being received or present there is still the place.
        assertEquals("LOC", resolve("Le cardinal est arrivé au Vatican hier soir.", "Vatican", "ORG").type());
        assertEquals("LOC", resolve("Il s'est rendu au Kremlin lundi.", "Kremlin", "ORG").type());
        assertEquals("LOC", resolve("Il dîne à l'Elysée ce soir.", "Elysée", "ORG").type());
    }

    @Test
    void seatsTheFinderTookForAPersonAreFoundAsInstitutions() {
        String text = "Matignon a démenti.";
        List<NameSpan> found = OrganisationNames.load().complete(List.of(new NameSpan("Matignon", "PER", 0, 8)), text, "fr");
        assertEquals(List.of(new NameSpan("Matignon", "ORG", 0, 8)), found);
    }
}
