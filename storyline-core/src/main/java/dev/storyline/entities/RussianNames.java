package dev.storyline.entities;

import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.Language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Russian names from LanguageTool's morphology: runs of capitalised words, typed by the tagger's readings
 * (Name, Fam, Patr → PER; ABR or all capitals → ORG), else by the known-name gazetteer, else LOC for a single
 * word (place names are the commonest single-word names in news) and MISC for longer runs. A sentence's first
 * word counts only when the tagger knows it as a proper name.
 */
final class RussianNames {

    private final NerModels models;
    private final LearnedNames known;

    RussianNames(NerModels models, LearnedNames known) {
        this.models = models;
        this.known = known;
    }

    List<NameSpan> find(String text) {
        Language ru = models.russian();
        List<NameSpan> out = new ArrayList<>();
        int cursor = 0;
        for (String sentence : ru.getSentenceTokenizer().tokenize(text)) {
            int sentenceStart = text.indexOf(sentence, cursor);
            if (sentenceStart < 0) continue;
            cursor = sentenceStart + sentence.length();
            List<String> tokens = ru.getWordTokenizer().tokenize(sentence);
            List<AnalyzedTokenReadings> tagged;
            try {
                // LanguageTool's taggers are not documented as thread-safe: one tagging at a time.
                synchronized (ru) {
                    tagged = ru.getTagger().tag(tokens);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            int pos = sentenceStart;
            boolean first = true;
            int runStart = -1, runEnd = -1;
            String runType = null;
            for (AnalyzedTokenReadings t : tagged) {
                String token = t.getToken();
                int at = text.indexOf(token, pos);
                if (at < 0) continue;
                pos = at + token.length();
                if (t.isWhitespace()) continue;
                boolean word = Character.isLetter(token.codePointAt(0));
                String tagType = word ? tagType(t) : null;
                boolean capitalised = word && Character.isUpperCase(token.codePointAt(0)) && (!first || tagType != null);
                if (word) first = false;
                boolean adjacent = runEnd >= 0 && text.substring(runEnd, at).equals(" ");
                if (capitalised && runStart >= 0 && adjacent) {
                    runEnd = pos;
                    if (runType == null || "PER".equals(tagType)) runType = tagType;
                } else {
                    if (runStart >= 0) out.add(span(text, runStart, runEnd, runType));
                    runStart = capitalised ? at : -1;
                    runEnd = capitalised ? pos : -1;
                    runType = capitalised ? tagType : null;
                }
                if (!word && !token.equals("-")) first = first || token.matches("[«\"“—–:]");
            }
            if (runStart >= 0) out.add(span(text, runStart, runEnd, runType));
        }
        return DocumentNames.complete(text, out, List.of());
    }

    private static String tagType(AnalyzedTokenReadings t) {
        boolean abbreviation = false;
        for (AnalyzedToken r : t.getReadings()) {
            String tag = r.getPOSTag();
            if (tag == null) continue;
            if (tag.contains(":Name") || tag.contains(":Fam") || tag.contains(":Patr")) return "PER";
            if (tag.startsWith("ABR")) abbreviation = true;
        }
        String token = t.getToken();
        return abbreviation || token.length() >= 2 && token.equals(token.toUpperCase(java.util.Locale.ROOT)) ? "ORG" : null;
    }

    private NameSpan span(String text, int start, int end, String tagType) {
        String name = text.substring(start, end);
        String type = tagType != null ? tagType : known.typeOf(name);
        if (type == null) type = name.indexOf(' ') < 0 ? "LOC" : "MISC";
        return new NameSpan(name, type, start, end);
    }
}
