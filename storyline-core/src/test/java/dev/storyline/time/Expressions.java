package dev.storyline.time;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the tests compare: the expressions found in a sentence, each as {@code "text=TYPE value"}. */
final class Expressions {

    /** Friday 14 January 2022: the publication date of the hand-made sentences. */
    static final LocalDate FRIDAY = LocalDate.of(2022, 1, 14);

    private static final TimeTagger TAGGER = new TimeTagger();

    private Expressions() {
    }

    static List<String> found(String language, LocalDate anchor, String text) {
        return TAGGER.find(text, language, anchor).stream().map(e -> e.text() + "=" + e.type() + " " + e.value()).toList();
    }

    static void assertFound(String language, String text, String... expected) {
        assertEquals(List.of(expected), found(language, FRIDAY, text), text);
    }
}
