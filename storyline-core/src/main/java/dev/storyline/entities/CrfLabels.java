package dev.storyline.entities;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;

import java.util.List;

/** Turns CoreNLP CRF token labels (IO, BIO; CoNLL, WikiNER and AnCora label names) into name spans. */
final class CrfLabels {

    private CrfLabels() {
    }

    private static boolean isElision(String word) {
        return word.endsWith("'") || word.endsWith("’");
    }

    /** "l'Arménie" → "Arménie": an elided article or preposition glued to a capitalised name is not part of it. */
    private static int afterElidedArticle(String text, int start, int end) {
        if (end - start > 3 && Character.isLetter(text.charAt(start)) && (text.charAt(start + 1) == '\'' || text.charAt(start + 1) == '’')
                && Character.isUpperCase(text.charAt(start + 2))) {
            return start + 2;
        }
        return start;
    }

    /** Whether token {@code i} is a hyphen written without spaces between two tokens ("Notre-Dame"). */
    private static boolean gluedHyphen(List<CoreLabel> tokens, int i) {
        return i > 0 && i + 1 < tokens.size() && tokens.get(i).word().equals("-")
                && tokens.get(i - 1).endPosition() == tokens.get(i).beginPosition()
                && tokens.get(i).endPosition() == tokens.get(i + 1).beginPosition();
    }

    /** PER, ORG, LOC, MISC for a CRF label, or null for outside ("O"). */
    static String type(String label) {
        if (label == null || label.equals("O")) return null;
        String l = label.length() > 2 && label.charAt(1) == '-' ? label.substring(2) : label;
        return switch (l) {
            case "PER", "PERS", "PERSON" -> "PER";
            case "LOC", "LUG", "LOCATION" -> "LOC";
            case "ORG", "ORGANIZATION", "ORGANISATION" -> "ORG";
            default -> "MISC";
        };
    }

    /**
     * Appends the spans of consecutive tokens sharing a type (a B- label starts a new one). Punctuation at a
     * span's edges (the CRF likes to swallow « and ») is left out.
     */
    static void spans(String text, List<CoreLabel> tokens, List<NameSpan> out) {
        int i = 0, n = tokens.size();
        while (i < n) {
            String label = tokens.get(i).get(CoreAnnotations.AnswerAnnotation.class);
            String type = type(label);
            if (type == null) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n) {
                String next = tokens.get(j).get(CoreAnnotations.AnswerAnnotation.class);
                if (gluedHyphen(tokens, j) && type.equals(type(tokens.get(j + 1).get(CoreAnnotations.AnswerAnnotation.class)))) {
                    j += 2; // "Notre-Dame": the tokenizer cut the hyphen out, the CRF left it outside
                    continue;
                }
                if (!type.equals(type(next)) || next.startsWith("B-")) break;
                j++;
            }
            int first = i, last = j - 1;
            // Leave out edge punctuation (the CRF likes « and »), leading lower-case words ("président kazakh
            // Kassym-Jomart Tokayev") and trailing elisions ("Djokovic n’").
            while (first <= last && (!NameFinder.hasLetterOrDigit(tokens.get(first).word())
                    || Character.isLowerCase(tokens.get(first).word().codePointAt(0)) && first < last)) first++;
            while (last >= first && (!NameFinder.hasLetterOrDigit(tokens.get(last).word()) || isElision(tokens.get(last).word()))) last--;
            if (first <= last) {
                int start = tokens.get(first).beginPosition(), end = tokens.get(last).endPosition();
                start = afterElidedArticle(text, start, end);
                if (start >= 0 && end <= text.length() && start < end) {
                    out.add(new NameSpan(text.substring(start, end), type, start, end));
                }
            }
            i = j;
        }
    }
}
