package dev.storyline.extract;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScrapedLineClassifierTest {

    @Test
    void wordsAreRunsOfNonSpaceThatHoldALetter() {
        assertEquals(4, ScrapedLineClassifier.countWords("Il a refusé, 12 fois."));
        assertEquals(0, ScrapedLineClassifier.countWords("12 | 34 — 56"));
        assertEquals(2, ScrapedLineClassifier.countWords("\u00a0«Non»\tdit-il"));
    }

    @Test
    void countsAsTheRegularExpressionItReplacesOnAnyText() {
        // the expression backtracked quadratically on long runs without a letter; the loop must count the same
        Pattern letterWord = Pattern.compile("\\S*\\p{L}\\S*");
        String alphabet = "ab é1_-.|\t\u00a0\u2009日";
        Random random = new Random(13);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(16); k > 0; k--) s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String text = s.toString();
            assertEquals(letterWord.matcher(text).results().count(), ScrapedLineClassifier.countWords(text), text);
        }
    }
}
