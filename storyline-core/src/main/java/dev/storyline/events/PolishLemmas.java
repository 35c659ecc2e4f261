package dev.storyline.events;

import dev.storyline.entities.PolishDictionary;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Polish words to their dictionary forms ("Polsce" → "polska", "powodzi" → "powódź", "zginęły" → "zginąć"):
 * Polish inflects nouns in seven cases and Lucene has no Polish stemmer we can take (Stempel is not served at our
 * Lucene version), so a lemma stands for the stem. The lemmas come from Morfologik's Polish dictionary (PoliMorf,
 * BSD licence, {@code org.carrot2:morfologik-polish}), read from the jar once per instance: no JVM-wide dictionary
 * (the library's own {@code PolishStemmer} keeps one in a static field). Thread-safe: each token filter has its own
 * lookup, the dictionary is read-only.
 */
final class PolishLemmas {


    /**
     * Polish function words (prepositions, conjunctions, pronouns, particles, the forms of "być"), written for
     * Storyline from general knowledge of the language; applied to words and to their lemmas.
     */
    static final CharArraySet STOP_WORDS = new CharArraySet(List.of(
            "a", "aby", "ale", "albo", "ani", "aż", "bardzo", "bez", "bo", "by", "być", "był", "była", "było", "były",
            "będzie", "będą", "co", "czy", "dla", "do", "gdy", "gdzie", "go", "i", "ich", "im", "iż", "ja", "jak",
            "jako", "je", "jego", "jej", "jest", "jestem", "jeszcze", "jednak", "już", "jeśli", "ją", "kiedy", "kto",
            "który", "która", "które", "którego", "której", "którym", "których", "ku", "lub", "ma", "mają", "mi",
            "między", "mnie", "może", "na", "nad", "nam", "nas", "nie", "nich", "nim", "niż", "no", "o", "od", "oraz",
            "po", "pod", "przed", "przez", "przy", "się", "są", "sobie", "ta", "tak", "także", "te", "tego", "tej",
            "ten", "to", "tu", "tym", "tylko", "u", "w", "we", "według", "więc", "wszystko", "z", "za", "ze", "że",
            "żeby", "on", "ona", "ono", "oni", "one", "ten", "który", "mój", "swój", "twój", "nasz", "wasz", "sam",
            "się", "tam", "też", "zaś", "coraz", "oto", "gdyż", "nawet", "zostać", "mieć"), true);

    private final Dictionary dictionary;

    PolishLemmas() {
        dictionary = PolishDictionary.read();
    }

    /** A filter that replaces each Polish word with its lowercased lemma; unknown words are lowercased. */
    TokenFilter filter(TokenStream in) {
        return new LemmaFilter(in, new DictionaryLookup(dictionary));
    }

    /**
     * The lowercased lemma of one word as written, or the word lowercased when the dictionary lacks it. The written
     * form is looked up first, so that a capitalised name keeps its reading ("Polska", the country, not "polska", a
     * form of the adjective "polski"); then lowercased (a sentence's first word); then capitalised (a name written
     * in lower case).
     */
    static String lemma(DictionaryLookup lookup, String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        List<WordData> found = lookup.lookup(word);
        if (found.isEmpty() && !lower.equals(word)) found = lookup.lookup(lower);
        if (found.isEmpty() && !lower.isEmpty() && lower.equals(word)) {
            found = lookup.lookup(lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1));
        }
        if (found.isEmpty()) return lower;
        // Of several readings, the one whose lemma is the word itself, else the dictionary's first: a word that is
        // its own lemma reads as itself.
        String first = null;
        for (WordData w : found) {
            CharSequence stem = w.getStem();
            if (stem == null || stem.isEmpty()) continue;
            String lemma = stem.toString().toLowerCase(Locale.ROOT);
            if (lemma.equals(lower)) return lemma;
            if (first == null) first = lemma;
        }
        return first == null ? lower : first;
    }

    private static final class LemmaFilter extends TokenFilter {
        private final DictionaryLookup lookup;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        LemmaFilter(TokenStream in, DictionaryLookup lookup) {
            super(in);
            this.lookup = lookup;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) return false;
            String lemma = lemma(lookup, term.toString());
            term.setEmpty().append(lemma);
            return true;
        }
    }
}
