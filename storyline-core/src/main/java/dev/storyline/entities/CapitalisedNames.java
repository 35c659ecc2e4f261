package dev.storyline.entities;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names for languages without a tagger: runs of capitalised words, with a sentence's first word left out
 * when it is known as an ordinary word. Typed by the known-name gazetteer when it knows the name (names are
 * often written alike across languages), MISC otherwise. Scripts without case give nothing.
 */
final class CapitalisedNames {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:['’-][\\p{L}\\p{M}\\p{N}]+)*");

    private CapitalisedNames() {
    }

    static List<NameSpan> find(String text, CommonWords common, LearnedNames known) {
        return find(text, common, known, null);
    }

    /**
     * @param polish the Polish dictionary's reading of words, for a Polish text (else null): a sentence's first word
     *               it knows only as a common word is no name, and a title at the front of a run is left out of it
     */
    static List<NameSpan> find(String text, CommonWords common, LearnedNames known, PolishNameWords polish) {
        Matcher all = WORD.matcher(text);
        while (all.find()) common.observe(all.group());
        List<NameSpan> out = new ArrayList<>();
        BreakIterator sentences = BreakIterator.getSentenceInstance(ULocale.ROOT);
        sentences.setText(text);
        int start = sentences.first();
        for (int end = sentences.next(); end != BreakIterator.DONE; start = end, end = sentences.next()) {
            Matcher w = WORD.matcher(text).region(start, end);
            boolean first = true;
            int runStart = -1, runEnd = -1;
            while (w.find()) {
                String word = w.group();
                // A run continues across single spaces only, not across punctuation.
                boolean adjacent = runEnd >= 0 && text.substring(runEnd, w.start()).equals(" ");
                boolean capitalised = Character.isUpperCase(word.codePointAt(0))
                        && !(first && (common.contains(word) || polish != null && polish.onlyCommon(word)))
                        // A title opens no name ("Papież Franciszek" is Franciszek).
                        && !(polish != null && !(runStart >= 0 && adjacent) && PolishNameWords.isTitle(word));
                if (capitalised && runStart >= 0 && adjacent) {
                    runEnd = w.end();
                } else {
                    if (runStart >= 0) out.add(span(text, runStart, runEnd, known));
                    runStart = capitalised ? w.start() : -1;
                    runEnd = capitalised ? w.end() : -1;
                }
                first = false;
            }
            if (runStart >= 0) out.add(span(text, runStart, runEnd, known));
        }
        return DocumentNames.complete(text, out, List.of());
    }

    private static NameSpan span(String text, int start, int end, LearnedNames known) {
        String name = text.substring(start, end);
        String type = known.typeOf(name);
        return new NameSpan(name, type == null ? "MISC" : type, start, end);
    }
}
