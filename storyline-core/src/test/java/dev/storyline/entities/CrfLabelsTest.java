package dev.storyline.entities;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How the CRF's token labels become name spans. The sentences are ours. */
class CrfLabelsTest {

    /** Tokens of {@code text} split on spaces and around hyphens, each labelled in turn. */
    private static List<CoreLabel> labelled(String text, String... labels) {
        List<CoreLabel> tokens = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("-|[^\\s-]+").matcher(text);
        int i = 0;
        while (m.find()) {
            CoreLabel t = new CoreLabel();
            t.setWord(m.group());
            t.setBeginPosition(m.start());
            t.setEndPosition(m.end());
            t.set(CoreAnnotations.AnswerAnnotation.class, labels[i++]);
            tokens.add(t);
        }
        return tokens;
    }

    private static List<String> spans(String text, String... labels) {
        List<NameSpan> out = new ArrayList<>();
        CrfLabels.spans(text, labelled(text, labels), out);
        return out.stream().map(n -> n.type() + ":" + n.text()).toList();
    }

    @Test
    void aNameTheTokenizerCutAtItsHyphenStaysOneName() {
        assertEquals(List.of("LOC:Notre-Dame"), spans("through Notre-Dame cathedral", "O", "LOC", "O", "LOC", "O"));
    }

    @Test
    void aHyphenBetweenSpacesOrBetweenTwoTypesStillSeparates() {
        assertEquals(List.of("LOC:Paris", "LOC:Lyon"), spans("Paris - Lyon", "LOC", "O", "LOC"));
        assertEquals(List.of("PER:Merkel", "LOC:Paris"), spans("Merkel-Paris", "PER", "O", "LOC"));
    }
}
