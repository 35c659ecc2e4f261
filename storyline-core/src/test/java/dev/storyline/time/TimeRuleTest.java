package dev.storyline.time;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How rules are read: anchor words after "KIND@". */
class TimeRuleTest {

    @Test
    void anchorsNameLexiconCategoriesOrLiteralWords() {
        TimeLexicon lexicon = TimeLexicon.load("en");
        List<TimeRule> rules = TimeRule.load("en", lexicon);
        TimeRule quarter = rules.stream().filter(r -> r.source().contains("(?<namedpart>)(?<yearpart>quarter)")).findFirst().orElseThrow();
        // "quarter" is a lexicon category too (hours told by quarters: "quarter past", "half past"), so its words
        assertEquals(Set.of("quarter", "half"), quarter.anchors());
        TimeRule period = rules.stream().filter(r -> r.source().contains("(?<namedpart>)(?<yearpart>period)")).findFirst().orElseThrow();
        assertEquals(Set.of("period"), period.anchors());
        TimeRule abbreviation = rules.stream().filter(r -> r.source().contains("{yearpartabbr}")).findFirst().orElseThrow();
        assertEquals(Set.of("q", "h"), abbreviation.anchors());
    }

    @Test
    void rulesWithoutAnchorsAreTriedInEveryText() {
        for (String language : TimeTagger.LANGUAGES) {
            List<TimeRule> rules = TimeRule.load(language, TimeLexicon.load(language));
            assertTrue(rules.stream().anyMatch(r -> r.anchors().isEmpty()), language);
            assertFalse(rules.stream().anyMatch(r -> r.anchors().stream().anyMatch(String::isBlank)), language);
        }
    }
}
