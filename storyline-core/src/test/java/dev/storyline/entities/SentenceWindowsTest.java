package dev.storyline.entities;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CRF labelling a window of a sentence with features read from the whole sentence. Loads the French CRF. */
class SentenceWindowsTest {

    private static final NerModels.Crf CRF = new NerModels().crf("fr").orElseThrow();

    private static List<CoreLabel> tokens(String sentence) {
        Annotation doc = new Annotation(sentence);
        CRF.sentences().annotate(doc);
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        assertEquals(1, sentences.size(), sentence);
        return sentences.get(0).get(CoreAnnotations.TokensAnnotation.class);
    }

    private static List<String> answers(List<CoreLabel> tokens) {
        return tokens.stream().map(t -> t.get(CoreAnnotations.AnswerAnnotation.class)).toList();
    }

    @Test
    void theWholeSentenceAsOneWindowIsLabelledAsTheCrfLabelsTheSentence() {
        List<CoreLabel> tokens = tokens("Le président kazakh Kassym-Jomart Tokayev a demandé l'aide de l'Organisation du traité de sécurité collective à Almaty.");
        List<String> expected = answers(CRF.classifier().classifySentence(tokens));
        SentenceWindows.Prepared prepared = SentenceWindows.prepare(CRF.classifier(), tokens);
        assertEquals(expected, answers(SentenceWindows.label(CRF.classifier(), prepared, 0, prepared.size())));
    }

    @Test
    void aWindowsTokensAreLabelledWithTheirWholeSentenceAsContext() {
        // "ville", two tokens left of the place, is what makes it a place: a window cut out of the sentence loses it.
        List<CoreLabel> tokens = tokens("Des centaines de manifestants se sont rassemblés dans la ville de Zhanaozen mardi soir.");
        int place = 0;
        while (!tokens.get(place).word().equals("Zhanaozen")) place++;
        List<String> cutOut = answers(CRF.classifier().classifySentence(tokens.subList(place - 1, tokens.size())));
        assertEquals("PER", CrfLabels.type(cutOut.get(1)), "the CRF without the left context");

        SentenceWindows.Prepared prepared = SentenceWindows.prepare(CRF.classifier(), tokens);
        List<CoreLabel> window = SentenceWindows.label(CRF.classifier(), prepared, place - 1, tokens.size());
        assertEquals("Zhanaozen", window.get(1).word());
        assertEquals(answers(CRF.classifier().classifySentence(tokens)).get(place), window.get(1).get(CoreAnnotations.AnswerAnnotation.class));
        assertEquals("LOC", CrfLabels.type(window.get(1).get(CoreAnnotations.AnswerAnnotation.class)));
    }

    @Test
    void aWindowsLastLabelLeansInsideANameWithoutTheTokenAfterIt() {
        // Why the name finder widens a window whose last token is not outside a name.
        List<CoreLabel> tokens = tokens("Le maire de Zhanaozen parle mardi soir.");
        SentenceWindows.Prepared prepared = SentenceWindows.prepare(CRF.classifier(), tokens);
        List<String> whole = answers(SentenceWindows.label(CRF.classifier(), prepared, 0, prepared.size()));
        assertEquals(answers(CRF.classifier().classifySentence(tokens)), whole);
        List<String> prefix = answers(SentenceWindows.label(CRF.classifier(), prepared, 0, 5));
        assertEquals("O", whole.get(4));
        assertTrue(!"O".equals(prefix.get(4)), prefix.toString());
    }

    @Test
    void listsOtherThanWindowsAreLabelledAsBefore() {
        List<CoreLabel> tokens = tokens("Vladimir Poutine a reçu Olaf Scholz à Moscou.");
        List<String> first = answers(CRF.classifier().classifySentence(tokens));
        assertEquals("PER", CrfLabels.type(first.get(0)));
        assertEquals(first, answers(CRF.classifier().classifySentence(tokens)));
    }

    @Test
    void windowsSharingAPreparedSentenceGetTheLabelsTheCrfGivesEachWindowAlone() {
        // The prepared sentence keeps each token's features for the next window (or widening): the same labels.
        List<CoreLabel> tokens = tokens("Selon le Kremlin, Vladimir Poutine et Kassym-Jomart Tokayev se sont parlé mardi à Moscou puis à Almaty.");
        SentenceWindows.Prepared shared = SentenceWindows.prepare(CRF.classifier(), tokens);
        for (int from = 0; from < tokens.size(); from += 2) {
            for (int to = from + 1; to <= tokens.size(); to += 3) {
                SentenceWindows.Prepared alone = SentenceWindows.prepare(CRF.classifier(), tokens);
                List<String> expected = answers(CRF.classifier().classify(new SentenceWindows.Window(alone.tokens(), from, to)));
                assertEquals(expected, answers(SentenceWindows.label(CRF.classifier(), shared, from, to)), from + ".." + to);
            }
        }
    }

    @Test
    void aCapitalisedTokenTheCrfPutsInANameIsNeverSurelyOutside() {
        // Only capitalised tokens are ever asked (candidates); lower-case ones inside a name ("de le") are not.
        List<CoreLabel> tokens = tokens("Le président kazakh Kassym-Jomart Tokayev a demandé l'aide de l'Organisation du traité de sécurité collective à Almaty.");
        List<String> labels = answers(CRF.classifier().classifySentence(tokens));
        SentenceWindows.Prepared prepared = SentenceWindows.prepare(CRF.classifier(), tokens);
        for (int i = 0; i < tokens.size(); i++) {
            boolean capitalised = Character.isUpperCase(tokens.get(i).word().codePointAt(0));
            if (capitalised && CrfLabels.type(labels.get(i)) != null) assertFalse(prepared.surelyOutside(i), tokens.get(i).word());
        }
    }

    /** The copies {@code ObjectBankWrapper} makes of a sentence for the CRF (what prepare did before it made them lazily). */
    private static List<CoreLabel> processed(List<CoreLabel> tokens) {
        List<CoreLabel> copies = new java.util.ArrayList<>();
        for (CoreLabel t : tokens) {
            CoreLabel copy = new CoreLabel(t);
            copy.set(CoreAnnotations.AnswerAnnotation.class, CRF.classifier().flags.backgroundSymbol);
            copies.add(copy);
        }
        new edu.stanford.nlp.sequences.ObjectBankWrapper<CoreLabel>(CRF.classifier().flags, null,
                CRF.classifier().getKnownLCWords()).processDocument(copies);
        return copies;
    }

    @Test
    void aPreparedSentencesTokensAreTheCopiesCoreNlpMakes() {
        List<CoreLabel> tokens = tokens("Le 12 mars, la ministre Élisabeth Borne a reçu à Matignon les syndicats de la SNCF et d'EDF.");
        List<CoreLabel> expected = processed(tokens);
        SentenceWindows.Prepared prepared = SentenceWindows.prepare(CRF.classifier(), tokens);
        // Labelled first, so that some copies are made for a window and the rest when read below.
        SentenceWindows.label(CRF.classifier(), prepared, 4, 8);
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel want = expected.get(i), got = prepared.tokens().get(i);
            if (i < 4 || i >= 8) assertEquals(want, got, tokens.get(i).word());
            assertEquals(want.keySet(), got.keySet(), tokens.get(i).word());
            assertEquals(want.get(CoreAnnotations.ShapeAnnotation.class), got.get(CoreAnnotations.ShapeAnnotation.class));
        }
    }

    @Test
    void aShapeMadeLateLeavesOutTheLowerCaseWordsItsSentenceAddedAfterIt() {
        // CoreNLP adds each lower-case word to the classifier's known ones as it shapes the tokens in order, and a
        // capitalised word's shape says whether its lower-case form is known: "Quenouillard" is shaped before the
        // sentence's "quenouillard" is added (an invented word, so that no model knows it).
        String word = "quenouillard";
        List<CoreLabel> tokens = tokens("Quenouillard a dit que le quenouillard de Quenouillard était là.");
        withKnownLowerCaseWordsRestored(word, known -> {
            known.setMaxSize(known.size() + 10);
            SentenceWindows.Prepared prepared = SentenceWindows.prepare(CRF.classifier(), tokens);
            assertTrue(known.contains(word), "added when prepared");
            List<String> shapes = new java.util.ArrayList<>();
            for (CoreLabel t : prepared.tokens()) shapes.add(t.get(CoreAnnotations.ShapeAnnotation.class));
            known.remove(word);
            List<String> expected = new java.util.ArrayList<>();
            for (CoreLabel t : processed(tokens)) expected.add(t.get(CoreAnnotations.ShapeAnnotation.class));
            assertEquals(expected, shapes);
            assertTrue(!shapes.get(0).equals(shapes.get(7)), "the first Quenouillard is not known lower-case, the last one is: " + shapes);
        });
    }

    @Test
    void shapesKeptByWordAreRemadeWhenTheKnownLowerCaseWordsChange() {
        // While the classifier's known lower-case words are full (the shipped models), a word's shape and CRF entry
        // are kept by word; if the set changes (here a test raises its limit and adds a word) they must be remade:
        // "Xavantinho" (an invented word) is shaped as capitalised with no known lower-case form, then with one.
        String word = "xavantinho";
        List<CoreLabel> tokens = tokens("Xavantinho parle aux journalistes de Xavantinho.");
        withKnownLowerCaseWordsRestored(word, known -> {
            assertTrue(known.size() >= known.getMaxSize(), "the shipped set is full");
            SentenceWindows.Prepared before = SentenceWindows.prepare(CRF.classifier(), tokens);
            SentenceWindows.label(CRF.classifier(), before, 0, before.size());
            String unknownShape = before.tokens().get(0).get(CoreAnnotations.ShapeAnnotation.class);
            assertEquals(processed(tokens).get(0).get(CoreAnnotations.ShapeAnnotation.class), unknownShape);

            known.setMaxSize(known.size() + 1);
            known.add(word);
            assertTrue(known.size() >= known.getMaxSize(), "full again, one word larger");
            SentenceWindows.Prepared after = SentenceWindows.prepare(CRF.classifier(), tokens);
            List<String> labels = answers(SentenceWindows.label(CRF.classifier(), after, 0, after.size()));
            String knownShape = after.tokens().get(0).get(CoreAnnotations.ShapeAnnotation.class);
            assertEquals(processed(tokens).get(0).get(CoreAnnotations.ShapeAnnotation.class), knownShape);
            assertTrue(!knownShape.equals(unknownShape), knownShape);
            assertEquals(knownShape, SentenceWindows.featuresOf(CRF.classifier())
                    .sentence(tokens, i -> knownShape, true).at(0).shapeGet, "the CRF's entry for the word");
            assertEquals(answers(CRF.classifier().classifySentence(tokens)), labels);
        });
    }

    /**
     * Runs a test that changes the shared classifier's known lower-case words (its limit, or a word it adds), after
     * checking that the test's invented word is not among them, and puts the set back as it was afterwards.
     */
    private static void withKnownLowerCaseWordsRestored(String word,
            java.util.function.Consumer<edu.stanford.nlp.util.MaxSizeConcurrentHashSet<String>> test) {
        var known = (edu.stanford.nlp.util.MaxSizeConcurrentHashSet<String>) CRF.classifier().getKnownLCWords();
        int max = known.getMaxSize();
        assertFalse(known.contains(word));
        try {
            test.accept(known);
        } finally {
            known.remove(word);
            known.setMaxSize(max);
        }
    }

    @Test
    void anOrdinaryWordAmongOrdinaryWordsIsSurelyOutside() {
        List<CoreLabel> tokens = tokens("Mais les habitants de la commune ont voté contre le projet.");
        assertTrue(SentenceWindows.prepare(CRF.classifier(), tokens).surelyOutside(0), "Mais");
    }
}
