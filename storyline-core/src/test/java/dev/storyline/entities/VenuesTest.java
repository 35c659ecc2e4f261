package dev.storyline.entities;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link Venues#compounds}, which searches only around a hyphen before a capital, against its pattern over the whole text. */
class VenuesTest {

    /** The pattern as {@code Venues} searched the whole text with it (session 20). */
    private static final Pattern COMPOUND = Pattern.compile(
            "(?<![\\p{L}\\p{M}\\p{N}-])\\p{Lu}[\\p{L}\\p{M}]*(?:-\\p{Lu}[\\p{L}\\p{M}]*)+(?![\\p{L}\\p{M}\\p{N}-])");

    private static List<String> byRegex(String text) {
        List<String> spans = new ArrayList<>();
        Matcher m = COMPOUND.matcher(text);
        while (m.find()) spans.add(m.start() + "-" + m.end());
        return spans;
    }

    private static List<String> aroundHyphens(String text) {
        List<String> spans = new ArrayList<>();
        for (int[] c : Venues.compounds(text)) spans.add(c[0] + "-" + c[1]);
        return spans;
    }

    private static List<String> typed(List<NameSpan> found, String text) {
        return Venues.typed(found, text, "fr").stream().map(n -> n.text() + "/" + n.type()).toList();
    }

    private static NameSpan span(String text, String name, String type) {
        int at = text.indexOf(name);
        return new NameSpan(name, type, at, at + name.length());
    }

    @Test
    void theOperaByItsOneWordIsTheHouse() {
        // Sentences written for this test (December 2026), in the manner of a Paris paper's theatre column.
        String text = "La direction de l'Opéra nous prie d'annoncer la reprise. Ce soir : Opéra, 8 h., Faust.";
        assertEquals(List.of("Opéra/ORG", "Opéra/ORG"), typed(List.of(span(text, "Opéra", "LOC")), text));
        // A longer name holds it, a complement follows, the art at a sentence's start, lower case: left as found.
        String other = "Rendez-vous place de l'Opéra. L'Opéra de Marseille ferme. Opéra en trois actes. Un opéra.";
        List<NameSpan> found = List.of(span(other, "place de l'Opéra", "LOC"));
        assertEquals(List.of("place de l'Opéra/LOC"), typed(found, other));
    }

    @Test
    void compoundsOfCapitalisedWordsAreFoundWholeAndAlone() {
        // Sentences written for this test.
        assertEquals(List.of("13-26", "34-48"), aroundHyphens("Ce soir, à l'Opéra-Comique et aux Folies-Bergère."));
        assertEquals(List.of("4-12", "22-34"), aroundHyphens("Der SPD-Chef ging ins Carl-Theater."), "stage word or not");
        assertEquals(List.of(), aroundHyphens("an in-depth look at 2023-24 - and Jean-pierre, x-Ray, 3-Theater"));
        assertEquals(List.of("5-18"), aroundHyphens("rue (Gaîté-Lyrique), Saint-Jean-de-Luz"), "a lower-case part ends none");
        assertEquals(List.of(), aroundHyphens("Théâtre-Français3 et -Opéra-Comique et Opéra-Comique-"), "a digit or a hyphen touches it");
        assertEquals(List.of("0-14", "15-32"), aroundHyphens("Ope\u0301ra-Comique\nCOMÉDIE-FRANÇAISE"), "a combining mark, capitals");
    }

    @Test
    void sameCompoundsAsThePatternOverTheWholeTextOnRandomTexts() {
        // Capitals and small letters (ASCII, Latin-1, Greek, a title-case letter, a supplementary capital), combining
        // marks, numbers of three kinds (one supplementary), hyphens, white space of several kinds, punctuation, lone
        // surrogates; whole words too, so that compounds of several parts come up.
        String[] pieces = {"A", "Z", "É", "Ω", "a", "é", "ß", "ǅ", "\uD835\uDC00", "\u0301", "\u0903", "7", "Ⅻ", "½",
                "\uD835\uDFCE", "-", "-", "-", " ", "\n", "\t", "\u00A0", "\u2009", "'", "(", ".", "\uD800", "\uDC00",
                "Opéra", "Comique", "CINÉMA", "Theater", "in", "-Palace", "Gaumont-"};
        Random random = new Random(21);
        for (int t = 0; t < 20_000; t++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(24);
            for (int k = 0; k < length; k++) text.append(pieces[random.nextInt(pieces.length)]);
            String s = text.toString();
            assertEquals(byRegex(s), aroundHyphens(s), s);
        }
    }
}
