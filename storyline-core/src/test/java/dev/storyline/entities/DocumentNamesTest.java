package dev.storyline.entities;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link DocumentNames}' acronyms in parentheses: tried at the parentheses only, found as {@code find()} finds them. */
class DocumentNamesTest {

    /** (start, end, acronym start, acronym end, acronym) of each match. */
    private static List<String> described(List<MatchResult> matches) {
        List<String> out = new ArrayList<>();
        for (MatchResult m : matches) out.add(m.start() + "-" + m.end() + ":" + m.start(1) + "-" + m.end(1) + ":" + m.group(1));
        return out;
    }

    /** What the pattern's find() loop gives, which the scan by parentheses replaced. */
    private static List<MatchResult> byFind(String text) {
        List<MatchResult> out = new ArrayList<>();
        Matcher m = DocumentNames.ACRONYM_IN_PARENTHESES.matcher(text);
        while (m.find()) out.add(m.toMatchResult());
        return out;
    }

    private static void same(String text) {
        assertEquals(described(byFind(text)), described(DocumentNames.acronymsInParentheses(text)), () -> "«" + text + "»");
    }

    @Test
    void parenthesesOnlyAndTheSameMatchesAsFind() {
        same("Le Fonds monétaire international (FMI) et la Banque mondiale (BM) ; (voir p. 3) (( UE )) (OTAN)(ONU)");
        same("(AB) au début, ( C.D. ) au milieu, (A) trop court, (ABCDEFGHIJK) trop long, (ab) en minuscules, (A&B-3)");
        same("une ( parenthèse ouverte, puis (NATO sans fin, puis ((UN)) ) (");
        same("");
        same("sans parenthèse");
        assertEquals(List.of("33-38:34-37:FMI"), described(DocumentNames.acronymsInParentheses(
                "Le Fonds monétaire international (FMI) prête.")));
    }

    @Test
    void anAcronymAfterItsExpansionIsAnOrganisation() {
        String text = "Le Fonds Monétaire International (FMI) prête (peu) à la Grèce.";
        List<NameSpan> found = DocumentNames.acronyms(text, List.of());
        assertEquals(List.of(new NameSpan("Fonds Monétaire International", "ORG", 3, 32), new NameSpan("FMI", "ORG", 34, 37)), found);
    }

    @Test
    void randomTextsAgree() {
        Random random = new Random(16);
        char[] alphabet = {'(', ')', '(', ' ', '\u00a0', 'A', 'B', 'É', 'x', '3', '.', '&', '-', '\n', 'Ж'};
        for (int round = 0; round < 5000; round++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) b.append(alphabet[random.nextInt(alphabet.length)]);
            same(b.toString());
        }
    }
}
