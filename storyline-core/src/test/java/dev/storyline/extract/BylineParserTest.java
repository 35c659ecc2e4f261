package dev.storyline.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BylineParserTest {

    private final BylineParser parser = new BylineParser();

    private List<String> authors(String line) {
        return parser.parse(line).orElseThrow(() -> new AssertionError("no byline in " + line)).authors();
    }

    @Test
    void namesBesideADate() {
        Byline b = parser.parse("Elena Teslova | 13.01.2022").orElseThrow();
        assertEquals(List.of("Elena Teslova"), b.authors());
        assertEquals(13, b.date().day());
    }

    @Test
    void introducedNamesInSeveralLanguages() {
        assertEquals(List.of("Jane Porter", "Mark O'Neill"), authors("By Jane Porter and Mark O'Neill"));
        assertEquals(List.of("Jean Dupont"), authors("Par Jean Dupont"));
        assertEquals(List.of("Anna Schmidt", "Karl Weber"), authors("Von Anna Schmidt und Karl Weber"));
        assertEquals(List.of("María López Fernández"), authors("Por María López Fernández"));
        assertEquals(List.of("Иван Петров"), authors("Автор: Иван Петров"));
        assertEquals(List.of("Ursula von der Leyen"), authors("By Ursula von der Leyen, 7 January 2022"));
    }

    @Test
    void sentencesStartingLikeBylinesAreNot() {
        assertTrue(parser.parse("Par ailleurs, le ministre a démissionné.").isEmpty());
        assertTrue(parser.parse("Von der Leyen sagte am Freitag").isEmpty());
        assertTrue(parser.parse("By the end of the week").isEmpty());
        assertTrue(parser.parse("Moscow City").isEmpty());
    }
}
