package dev.storyline.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NameWordsTest {

    private final NameWords words = new NameWords("read-?more", "comment!ar");

    @Test
    void findsAWordInsideLongerClassNames() {
        assertTrue(words.foundIn("post-comments widget"));
    }

    @Test
    void anOptionalHyphenAlsoMatchesAnUnderscoreOrNothing() {
        assertTrue(words.foundIn("entry read_more"));
        assertTrue(words.foundIn("readmore-link"));
        assertTrue(words.foundIn("read-more"));
    }

    @Test
    void aWordIsNotFoundWhereTheExcludedSuffixFollowsIt() {
        assertFalse(words.foundIn("sect_article commentary"));
        assertTrue(words.foundIn("commentary comment-list"));
    }
}
