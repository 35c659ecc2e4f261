package dev.storyline.entities;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link EntityResolver#expands}, walked by hand, against the regex split it replaced. */
class EntityResolverExpandsTest {

    /** The method as it was, splitting with a regex. */
    private static boolean bySplit(String name, String acronym) {
        String wanted = acronym.replace(".", "").toUpperCase(Locale.ROOT);
        StringBuilder all = new StringBuilder();
        StringBuilder content = new StringBuilder();
        for (String word : name.split("[\\s\\-'’]+")) {
            if (word.isEmpty() || !Character.isLetter(word.codePointAt(0))) continue;
            String initial = new String(Character.toChars(word.codePointAt(0))).toUpperCase(Locale.ROOT);
            all.append(initial);
            if (word.length() > 3 || Character.isUpperCase(word.codePointAt(0))) content.append(initial);
        }
        return wanted.contentEquals(all) || wanted.contentEquals(content);
    }

    @Test
    void acronymsOfAllWordsOrOfContentWords() {
        // Names written for this test.
        assertTrue(EntityResolver.expands("Union des Pêcheurs du Lac", "UPL"));
        assertTrue(EntityResolver.expands("Union des Pêcheurs du Lac", "UDPDL"));
        assertTrue(EntityResolver.expands("Nord-Ouest Trail Club", "N.O.T.C."));
        assertTrue(EntityResolver.expands("l'Agence d’Irrigation", "AI"));
        assertTrue(EntityResolver.expands("l'Agence d’Irrigation", "LADI"));
        assertFalse(EntityResolver.expands("Union des Pêcheurs du Lac", "UPD"));
        assertFalse(EntityResolver.expands("2 Rivers Group", "RGX"));
    }

    @Test
    void sameAnswerAsTheRegexSplitOnRandomNames() {
        String[] pieces = {"a", "b", "A", "B", "é", "É", "ß", "Ж", "1", " ", "\t", "\n", "\u000B", "\f", "\r", "-", "'", "’",
                ".", "\u00A0", "\u2003", "\uD835\uDC00", "\uD801\uDC28", "\uD800", "ǅ", "ı", "İ"};
        String[] acronyms = {"", "A", "AB", "BA", "AAB", "É", "Ж", "A.B", "1", "SS", "İ", "\uD835\uDC00", "ǅ"};
        Random random = new Random(29);
        for (int t = 0; t < 20_000; t++) {
            StringBuilder name = new StringBuilder();
            int length = random.nextInt(16);
            for (int k = 0; k < length; k++) name.append(pieces[random.nextInt(pieces.length)]);
            String acronym = acronyms[random.nextInt(acronyms.length)];
            assertEquals(bySplit(name.toString(), acronym), EntityResolver.expands(name.toString(), acronym),
                    name + " / " + acronym);
        }
    }
}
