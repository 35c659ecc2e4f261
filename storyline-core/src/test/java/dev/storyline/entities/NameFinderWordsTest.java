package dev.storyline.entities;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link NameFinder#everyWord}: the words the regex split gave, asked in the same order, without the regex. */
class NameFinderWordsTest {

    private static final Pattern LETTER_OR_MARK = Pattern.compile("[\\p{L}\\p{M}]");

    @Test
    void letterOrMarkIsTheRegexClassForEveryCodePoint() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            assertEquals(LETTER_OR_MARK.matcher(Character.toString(cp)).matches(), NameFinder.letterOrMark(cp),
                    "U+" + Integer.toHexString(cp));
        }
    }

    /** The words asked, in order, up to the first the test refuses. */
    private static List<String> asked(String name, String refused) {
        List<String> out = new ArrayList<>();
        NameFinder.everyWord(name, w -> {
            out.add(w);
            return !w.equals(refused);
        });
        return out;
    }

    private static List<String> bySplit(String name, String refused) {
        List<String> out = new ArrayList<>();
        for (String w : name.split("[^\\p{L}\\p{M}]+")) {
            if (w.isEmpty()) continue;
            out.add(w);
            if (w.equals(refused)) break;
        }
        return out;
    }

    @Test
    void theSameWordsAsTheSplit() {
        for (String name : List.of("Le président russe", "Jean-Marie Le Pen", "  Vendredi, ", "Zoë Ba\u0301rbara", "",
                "Мария  Иванова", "«Contactez»", "A.B.C", "Ελλάδα 2024", "\uD835\uDC00lpha \uD800x")) {
            assertEquals(bySplit(name, null), asked(name, null), name);
            assertEquals(bySplit(name, "Le"), asked(name, "Le"), name);
        }
        Random random = new Random(16);
        String[] pieces = {"a", "É", " ", "-", "'", "\u0301", "1", "Ж", "\uD835\uDC00", "\uD800", ".", "b"};
        for (int round = 0; round < 5000; round++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(16);
            for (int i = 0; i < length; i++) b.append(pieces[random.nextInt(pieces.length)]);
            String name = b.toString();
            assertEquals(bySplit(name, "b"), asked(name, "b"), name);
        }
    }
}
