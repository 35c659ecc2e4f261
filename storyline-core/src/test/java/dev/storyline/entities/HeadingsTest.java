package dev.storyline.entities;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link Headings#withoutTopics}: headings of common words go, acronyms and names stay; the text's words read on demand. */
class HeadingsTest {

    private static NameSpan org(String text, String name) {
        int start = text.indexOf(name);
        return new NameSpan(name, "ORG", start, start + name.length());
    }

    @Test
    void aHeadingOfWordsTheTextWritesInLowerCaseGoesAnAcronymStays() {
        // Sentences written for this test.
        String text = "LE GRAND INCENDIE. Hier, un grand incendie a détruit la ferme ; la SNCF et le SPD n'y sont pour rien.";
        NameSpan heading = org(text, "LE GRAND INCENDIE");
        NameSpan sncf = org(text, "SNCF");
        NameSpan spd = org(text, "SPD");
        assertEquals(List.of(sncf, spd), Headings.withoutTopics(List.of(heading, sncf, spd), text, List.of(), w -> false, n -> false));
    }

    @Test
    void aHeadingTooShortToBeATopicAsksNothingOfTheText() {
        // A one-word heading under six letters is no topic whatever the text writes: no word of it is asked about.
        AtomicInteger asked = new AtomicInteger();
        String text = "La CGT et la CFDT appellent à la grève ; la cgt et la cfdt le disent en minuscules.";
        List<NameSpan> names = List.of(org(text, "CGT"), org(text, "CFDT"));
        assertEquals(names, Headings.withoutTopics(names, text, List.of(), w -> false, n -> false));
        assertEquals(false, Headings.isTopic("CFDT", w -> asked.incrementAndGet() > 0));
        assertEquals(0, asked.get());
    }
}
