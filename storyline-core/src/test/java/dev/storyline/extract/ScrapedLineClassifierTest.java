package dev.storyline.extract;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    private final ScrapedLineClassifier classifier = new ScrapedLineClassifier(BoilerplateLexicon.standard(),
            DatelineParser.standard(), new BylineParser());

    private ScrapedLineKind kind(String line) {
        return classifier.classify(0, line).kind();
    }

    @Test
    void aNumberAloneOnItsLineIsAnOrderedListsNumber() {
        // w3m prints an ordered list's number on a line of its own, twice, when the item holds a block
        assertEquals(ScrapedLineKind.LIST_NUMBER, kind("3."));
        assertEquals(ScrapedLineKind.LIST_NUMBER, kind("87. 87."));
        assertEquals(ScrapedLineKind.LIST_NUMBER, kind("2)"));
        assertEquals(ScrapedLineKind.COUNTER, kind("1 2 3 4"), "pagination has no full stops");
        assertEquals(ScrapedLineKind.COUNTER, kind("1.234"), "a count of views");
    }

    @Test
    void aBracketedFileNameIsAnImage() {
        assertEquals(ScrapedLineKind.IMAGE, kind("[IMG_4266-1024x1024]"));
        assertEquals(ScrapedLineKind.IMAGE, kind("[cropped-alsterpanorama]"));
        assertEquals(ScrapedLineKind.IMAGE, kind("[WhatsApp-Image-2022-05-03-at-7]"), "no date line");
        assertNotEquals(ScrapedLineKind.IMAGE, kind("[Subscribe]"), "a button: one plain word");
        assertNotEquals(ScrapedLineKind.IMAGE, kind("[Kommentar absenden]"), "a button: words with a space");
    }

    @Test
    void aSentenceMayEndOnAFootnotesNumber() {
        assertTrue(ScrapedLineClassifier.endsSentence("Es ist zu viel Zeit, die wir nicht nutzen.”1"));
        assertTrue(ScrapedLineClassifier.endsSentence("The bridge opened in 1932.[12]"));
        assertFalse(ScrapedLineClassifier.endsSentence("Windows Mobile 6.1"), "a version number");
        assertFalse(ScrapedLineClassifier.endsSentence("Die besten Filme 2019"), "a year after a word");
    }

    @Test
    void aSentenceMayEndOnAnEmojiOrAHeart() {
        assertTrue(ScrapedLineClassifier.endsSentence("Man fühlt sich danach wie ein Badass – und das gefällt mir 😉"));
        assertTrue(ScrapedLineClassifier.endsSentence("Ich wünsche euch allen einen schönen Sonntag <3"));
        assertTrue(ScrapedLineClassifier.endsSentence("Thanks for reading ❤️"));
        assertFalse(ScrapedLineClassifier.endsSentence("Vegan brownies with sea salt"));
    }

    @Test
    void wordPressShareLabelsAndALicenceHeadingAreFurniture() {
        assertEquals(ScrapedLineKind.SHARE, kind("Teilen Sie dies mit:"));
        assertEquals(ScrapedLineKind.READ_ALSO, kind("Beliebte Beiträge"));
        assertEquals(ScrapedLineKind.COPYRIGHT, kind("Creative Commons Lizenzvertrag"));
        assertEquals(ScrapedLineKind.PROSE, kind("Creative Commons is a nonprofit that helps people share their photos legally."),
                "a sentence about the licence is the article's");
    }
}
