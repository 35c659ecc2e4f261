package dev.storyline.entities;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The hand-written word split of {@link OrganisationNames#wordSpans} against the regex it stands for. */
class OrganisationNamesWordsTest {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}-]*");

    private static List<String> byRegex(String text) {
        List<String> spans = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) spans.add(m.start() + "-" + m.end());
        return spans;
    }

    private static List<String> byHand(String text) {
        List<String> spans = new ArrayList<>();
        for (int[] w : OrganisationNames.wordSpans(text)) spans.add(w[0] + "-" + w[1]);
        return spans;
    }

    @Test
    void wordsStartWithALetterOrMarkAndRunOverLettersMarksNumbersAndHyphens() {
        // Sentences written for this test.
        assertEquals(List.of("0-3", "4-16", "18-19", "26-30"), byHand("Die Touring-Club 4x 2024 -Bank"));
        assertEquals(List.of("0-2", "3-6", "7-14", "15-16", "17-21"), byHand("Le CO2 Conseil_d'État"));
        assertEquals(List.of("1-10", "11-18"), byHand("«Ministère Défense»"));
        assertEquals(List.of("0-3", "5-7"), byHand("Vⅻ2 ½ab"), "a Roman numeral and a fraction are numbers: inside a word only");
    }

    @Test
    void sameSpansAsTheRegexOnRandomTexts() {
        // Letters (ASCII, Latin-1, Greek, Cyrillic, CJK, a supplementary letter), combining marks, numbers of three
        // kinds, hyphens, spaces, punctuation, lone surrogates.
        String[] pieces = {"a", "Z", "é", "ß", "Ω", "ж", "中", "\uD835\uDC00", "\u0301", "\u20DD", "\u0903", "7", "٣",
                "Ⅻ", "½", "\uD835\uDFCE", "-", " ", "'", "_", ".", "\u00A0", "\uD800", "\uDC00", "ʼ", "ǅ"};
        Random random = new Random(13);
        for (int t = 0; t < 5_000; t++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(20);
            for (int k = 0; k < length; k++) text.append(pieces[random.nextInt(pieces.length)]);
            String s = text.toString();
            assertEquals(byRegex(s), byHand(s), s);
        }
    }
}
