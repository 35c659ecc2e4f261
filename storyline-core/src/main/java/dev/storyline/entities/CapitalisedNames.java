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
                boolean capitalised = Character.isUpperCase(word.codePointAt(0))
                        && !(first && common.contains(word));
                // A run continues across single spaces only, not across punctuation.
                boolean adjacent = runEnd >= 0 && text.substring(runEnd, w.start()).equals(" ");
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
