package dev.storyline.entities;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.CRFLabel;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.Index;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

import java.io.IOException;
import java.net.URL;
import java.util.List;

/**
 * Capitalised words that are common nouns, so no reason to ask the CRF whether they start a name: German writes
 * every noun with a capital ("Regierung", "Donnerstag", "Bundesinnenministerium"), so capitals alone make a third
 * of its tokens candidates. A word is a common noun here when
 * <ul>
 *   <li>the German morphological dictionary of LanguageTool (german-pos-dict, CC BY-SA 4.0, from Morphy) knows its
 *       exact spelling as a noun and never as a proper name (its "EIG" tag: "Merkel", "Berlin", "Siemens"), and it
 *       is no acronym ("SPD" is a noun there);</li>
 *   <li>and the CRF itself, on the word alone, leans outside names: where its training saw the word, the weight of
 *       its word feature for "outside" is above that for every name label (the dictionary calls "München",
 *       "Bundestag", "Union" and "Kreml" nouns; the CRF knows them as a place or an organisation).</li>
 * </ul>
 * A name made of such words still reaches the CRF when it runs beside another candidate ("Deutsche Bank" next to
 * nothing is lost: known names and repetition take it from there). Thread-safe; its answer for a word never changes
 * (it remembers its answers).
 */
public final class CommonNouns {

    static final String GERMAN_DICTIONARY = "/org/languagetool/resource/de/german.dict";

    private final morfologik.stemming.Dictionary dictionary;
    private final Index<String> features;
    /** The CRF's weights per feature and label: float[][] in CoreNLP 4.5, double[][] in others. */
    private final Object weights;
    private final int[] classOfWeight;
    private final int background;

    private CommonNouns(morfologik.stemming.Dictionary dictionary, CRFClassifier<CoreLabel> crf) {
        this.dictionary = dictionary;
        this.features = field(crf, "featureIndex");
        this.weights = field(crf, "weights");
        List<Index<CRFLabel>> labels = field(crf, "labelIndices");
        Index<CRFLabel> nodeLabels = labels.get(0);
        this.classOfWeight = new int[nodeLabels.size()];
        for (int j = 0; j < classOfWeight.length; j++) classOfWeight[j] = nodeLabels.get(j).getLabel()[0];
        this.background = crf.classIndex.indexOf(crf.flags.backgroundSymbol);
    }

    /** German common nouns, judged with {@code crf}, the German CRF. */
    static CommonNouns german(CRFClassifier<CoreLabel> crf) {
        URL url = CommonNouns.class.getResource(GERMAN_DICTIONARY);
        if (url == null) throw new IllegalStateException("missing resource " + GERMAN_DICTIONARY);
        try {
            return new CommonNouns(morfologik.stemming.Dictionary.read(url), crf);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + GERMAN_DICTIONARY + ": " + e.getMessage(), e);
        }
    }

    /**
     * Words judged so far: a dictionary lookup costs a walk of the automaton and a few arrays, and news repeats its
     * words. Bounded (it stops growing when full); per instance, like the models it belongs to.
     */
    private final java.util.Map<String, Boolean> judged = new java.util.concurrent.ConcurrentHashMap<>();
    static final int MAX_JUDGED = 200_000;

    /** Whether a capitalised word is an ordinary noun, no reason on its own to call the CRF. */
    boolean contains(String word) {
        Boolean known = judged.get(word);
        if (known != null) return known;
        boolean noun = judge(word);
        if (judged.size() < MAX_JUDGED) judged.put(word, noun);
        return noun;
    }

    private boolean judge(String word) {
        if (word.length() < 2 || isAcronym(word)) return false;
        // A lookup object per call: morfologik's lookups are not thread-safe, and one costs a few small arrays.
        List<WordData> forms = new DictionaryLookup(dictionary).lookup(word);
        if (forms.isEmpty()) return false;
        boolean noun = false;
        for (WordData form : forms) {
            CharSequence tag = form.getTag();
            if (tag == null) continue;
            if (startsWith(tag, "EIG")) return false;
            noun |= startsWith(tag, "SUB");
        }
        return noun && !crfLeansToName(word);
    }

    /** Whether the CRF's feature for the word itself weighs any name label above "outside". */
    private boolean crfLeansToName(String word) {
        int f = features.indexOf(word + "-WORD|C");
        if (f < 0) return false;
        double outside = Double.NEGATIVE_INFINITY, name = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < classOfWeight.length; j++) {
            double w = weights instanceof float[][] fw ? fw[f][j] : ((double[][]) weights)[f][j];
            if (classOfWeight[j] == background) outside = w;
            else name = Math.max(name, w);
        }
        return name >= outside;
    }

    private static boolean isAcronym(String word) {
        int upper = 0;
        for (int i = 0; i < word.length(); i++) if (Character.isUpperCase(word.charAt(i))) upper++;
        return upper > 1;
    }

    private static boolean startsWith(CharSequence s, String prefix) {
        if (s.length() < prefix.length()) return false;
        for (int i = 0; i < prefix.length(); i++) if (s.charAt(i) != prefix.charAt(i)) return false;
        return true;
    }

    @SuppressWarnings("unchecked")
    static <T> T field(CRFClassifier<CoreLabel> crf, String name) {
        // The CRF keeps its feature index and weights package-private; reading them is how the CRF's own view of
        // a word joins the dictionary's.
        try {
            var f = CRFClassifier.class.getDeclaredField(name);
            f.setAccessible(true);
            return (T) f.get(crf);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this CoreNLP's CRF has no field " + name, e);
        }
    }
}
