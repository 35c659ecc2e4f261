package dev.storyline.entities;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one-pass "at most one edit" check against the Levenshtein distance it stands for. */
class OrganisationNamesEditTest {

    /** Every pair of words of up to five letters over three letters (one accented): 132,496 pairs. */
    @Test
    void withinOneEditIsEditDistanceAtMostOneForEveryPairOfShortWords() {
        List<String> words = new ArrayList<>();
        words.add("");
        for (int length = 1, from = 0; length <= 5; length++) {
            int to = words.size();
            for (int w = from; w < to; w++) for (char c : new char[]{'a', 'b', 'ö'}) words.add(words.get(w) + c);
            from = to;
        }
        int within = 0;
        for (String a : words) {
            for (String b : words) {
                boolean expected = OrganisationNames.editDistance(a, b) <= 1;
                assertEquals(expected, OrganisationNames.withinOneEdit(a, b), () -> "'" + a + "' / '" + b + "'");
                if (expected) within++;
            }
        }
        assertTrue(within > words.size(), "pairs one edit apart were compared: " + within);
    }

    @Test
    void longGermanNamesMisreadByOneLetter() {
        assertTrue(OrganisationNames.withinOneEdit("bolkerbund", "volkerbund"));
        assertTrue(OrganisationNames.withinOneEdit("volkrbund", "volkerbund"));
        assertTrue(OrganisationNames.withinOneEdit("volkerbundx", "volkerbund"));
        assertFalse(OrganisationNames.withinOneEdit("wlkerbunb", "volkerbund"));
        assertFalse(OrganisationNames.withinOneEdit("olkerbundsr", "volkerbund"));
    }
}
