package dev.storyline.entities;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a document's overlay of the shared lower-case words sees and what merging it adds. Words invented for this
 * test.
 */
class CommonWordsTest {

    @Test
    void anOverlaySeesTheSharedWordsAndItsOwnAndAddsOnlyToItsOwn() {
        CommonWords shared = new CommonWords(10);
        shared.observe("vendredi");
        CommonWords document = shared.overlay();
        document.observe("vendredi");
        document.observe("les");
        document.observe("Paris");
        document.observe("2024");
        assertTrue(document.contains("Vendredi"));
        assertTrue(document.contains("Les"));
        assertFalse(document.contains("Paris"), "a capitalised word is not learnt");
        assertFalse(document.contains("2024"), "a word without a letter is not learnt");
        assertFalse(shared.contains("Les"), "the shared words change only when the document is merged");
        assertEquals(1, shared.size());
    }

    /**
     * Words the document shares with the merged ones take no room: near the capacity, merging adds the document's new
     * words in the order it used them, as many as fit, whether or not shared words come between them.
     */
    @Test
    void mergingNearTheCapacityAddsTheDocumentsNewWordsInOrder() {
        CommonWords shared = new CommonWords(4);
        shared.observe("alpha");
        shared.observe("beta");
        CommonWords document = shared.overlay();
        for (String w : new String[]{"alpha", "gamma", "beta", "delta", "alpha", "epsilon"}) document.observe(w);
        shared.addAll(document);
        assertEquals(4, shared.size());
        assertTrue(shared.contains("Gamma"));
        assertTrue(shared.contains("Delta"));
        assertFalse(shared.contains("Epsilon"), "full after delta");
    }

    /** A word another document merged after this one read it is not added twice, nor counted twice. */
    @Test
    void aWordMergedMeanwhileIsAddedOnce() {
        CommonWords shared = new CommonWords(3);
        CommonWords first = shared.overlay(), second = shared.overlay();
        first.observe("gamma");
        second.observe("gamma");
        second.observe("delta");
        second.observe("zeta");
        shared.addAll(first);
        shared.addAll(second);
        assertEquals(3, shared.size());
        assertTrue(shared.contains("Zeta"));
    }
}
