package dev.storyline.events;

import dev.storyline.events.BilingualLexicon.WordClass;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a word of running text reads as a noun or as something else, from its context only (no tagger): in
 * German by its capital (every noun has one; a sentence's first word says nothing), in French by the word before it
 * (an article or determiner before a noun, a subject or object pronoun before a verb). Null when the context does not
 * say, and for the languages whose dictionaries tag no word class (Spanish and Italian). So that a stem a noun and a
 * verb share ("Abbau" / "abbauen", "marche" / "marcher") pivots to the sense of the word written.
 */
final class WordClasses {

    private WordClasses() {
    }

    /** French words a noun follows (articles, demonstratives, possessives). */
    static final Set<String> FRENCH_DETERMINERS = Set.of("le", "la", "les", "un", "une", "des", "du", "au", "aux",
            "ce", "cet", "cette", "ces", "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses", "notre", "nos",
            "votre", "vos", "leur", "leurs");
    /** French words a verb follows (subject and object pronouns, the negation's "ne"). */
    static final Set<String> FRENCH_VERB_PRECEDERS = Set.of("il", "elle", "ils", "elles", "on", "je", "tu", "nous",
            "vous", "se", "ne", "lui");

    /** The class the word at {@code start} of {@code text} reads as in {@code language}, or null when unknown. */
    static WordClass of(String text, int start, String language) {
        if ("de".equals(language)) return german(text, start);
        if ("fr".equals(language)) return french(text, start);
        return null;
    }

    private static WordClass german(String text, int start) {
        if (start >= text.length()) return null;
        if (!Character.isUpperCase(text.charAt(start))) return WordClass.OTHER;
        return sentenceStart(text, start) ? null : WordClass.NOUN;
    }

    /** Whether nothing but spaces, quotes and dashes stand between {@code start} and a sentence's or line's end. */
    static boolean sentenceStart(String text, int start) {
        for (int i = start - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' || c == '.' || c == '!' || c == '?' || c == ':') return true;
            if (Character.isWhitespace(c) || "\"'„“”«»‚‘’-–—(".indexOf(c) >= 0) continue;
            return false;
        }
        return true;
    }

    private static WordClass french(String text, int start) {
        // "l'armée" is one token: its elided article says noun.
        if (start + 1 < text.length() && (text.charAt(start) == 'l' || text.charAt(start) == 'L')
                && (text.charAt(start + 1) == '\'' || text.charAt(start + 1) == '’')) return WordClass.NOUN;
        String previous = previousWord(text, start);
        if (FRENCH_DETERMINERS.contains(previous)) return WordClass.NOUN;
        if (FRENCH_VERB_PRECEDERS.contains(previous)) return WordClass.OTHER;
        return null;
    }

    /** The lowercased word just before {@code start} across spaces only (empty after punctuation or at the start). */
    static String previousWord(String text, int start) {
        int end = start;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end == start && start > 0) return "";
        int begin = end;
        while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) begin--;
        return text.substring(begin, end).toLowerCase(Locale.ROOT);
    }

    /** A stem and the class it was read as, one key (a stem has no tab). */
    static String key(String stem, WordClass wordClass) {
        return wordClass == null ? stem : stem + '\t' + wordClass.mark;
    }

    static String stem(String key) {
        int tab = key.indexOf('\t');
        return tab < 0 ? key : key.substring(0, tab);
    }

    static WordClass wordClass(String key) {
        int tab = key.indexOf('\t');
        if (tab < 0) return null;
        String mark = key.substring(tab + 1);
        for (WordClass c : WordClass.values()) if (c.mark.equals(mark)) return c;
        return null;
    }
}
