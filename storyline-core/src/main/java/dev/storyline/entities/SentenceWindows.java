package dev.storyline.entities;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.sequences.Clique;
import edu.stanford.nlp.sequences.FeatureFactory;
import edu.stanford.nlp.sequences.ObjectBankWrapper;
import edu.stanford.nlp.sequences.SeqClassifierFlags;
import edu.stanford.nlp.util.PaddedList;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.RandomAccess;

/**
 * Lets the CRF label a few tokens of a sentence while computing their features from the whole sentence.
 * <p>
 * A CRF's cost is its features (a few hundred strings per token, looked up in a large index), and its features
 * read up to five tokens either side. Labelling a window cut out of the sentence either pays for context tokens'
 * features or loses the context ("la ville de Zhanaozen" is a place because of "ville", three tokens away).
 * Here the window is a view of the sentence: the CRF's Viterbi runs over the window only, but each window token's
 * features come from its true neighbours, exactly as when the CRF labels the whole sentence.
 * <p>
 * What the window does lose is the transition out of its last token: the CRF learns that a name has ended from the
 * pair of labels that follows it, so a window's last label leans towards "inside a name". The caller widens a window
 * whose last token is not outside a name until it is, or until the sentence ends (where labels are exact again).
 */
final class SentenceWindows {

    /**
     * How far ahead of every name label "outside" must score for a candidate to need no window (log-potential units).
     * Names the CRF finds score far below zero (Berlin -17, Angela -20, JPMorgan -8.5); ordinary nouns the German
     * dictionary misses, above it (Finanzkonzerns 8.1, Gruppe 4.2, Klimaaktivisten 2.9).
     */
    static final double SURE_MARGIN = 2;

    private SentenceWindows() {
    }

    /**
     * Makes {@code classifier}'s feature factories read a {@link Window}'s whole sentence (once per classifier; any
     * other list is labelled as before).
     */
    static void install(CRFClassifier<CoreLabel> classifier) {
        List<FeatureFactory<CoreLabel>> factories = classifier.featureFactories;
        CrfViterbi viterbi = plainViterbi(classifier) ? new CrfViterbi(classifier) : null;
        CrfFeatures features = viterbi == null ? null : CrfFeatures.of(classifier);
        for (int i = 0; i < factories.size(); i++) {
            if (!(factories.get(i) instanceof SentenceFeatures)) {
                factories.set(i, new SentenceFeatures(factories.get(i), classifier.flags, viterbi, features));
            }
        }
    }

    /**
     * The sentence's tokens as the CRF sees them: copies carrying the word shapes its features need (what
     * {@code classifySentence} does to its input before labelling it).
     */
    static Prepared prepare(CRFClassifier<CoreLabel> classifier, List<CoreLabel> sentence) {
        List<CoreLabel> copies = new ArrayList<>(sentence.size());
        for (CoreLabel t : sentence) {
            CoreLabel copy = new CoreLabel(t);
            copy.set(CoreAnnotations.AnswerAnnotation.class, classifier.flags.backgroundSymbol);
            copies.add(copy);
        }
        new ObjectBankWrapper<CoreLabel>(classifier.flags, null, classifier.getKnownLCWords()).processDocument(copies);
        return new Prepared(classifier, copies);
    }

    /**
     * Labels tokens {@code from} to {@code to} (exclusive) of a {@link #prepare prepared} sentence; returns them, each
     * with its {@code AnswerAnnotation}: the labels {@code classifier.classify} gives the {@link Window}, computing
     * each token's features once per sentence however many windows (or widenings of one) it falls in.
     */
    static List<CoreLabel> label(CRFClassifier<CoreLabel> classifier, Prepared prepared, int from, int to) {
        Window window = new Window(prepared.tokens, from, to);
        if (!prepared.cacheable) {
            classifier.classify(window);
            return window;
        }
        int n = to - from;
        int[][][] data = new int[n][][];
        double[][][] values = new double[n][][];
        for (int j = 0; j < n; j++) {
            prepared.featurise(from + j);
            data[j] = prepared.data[from + j];
            values[j] = prepared.values[from + j];
        }
        // The sequence CRFClassifier.classifyMaxEnt finds for the window's data, without calibrating a clique tree.
        int[] best = prepared.viterbi.best(data, values);
        for (int j = 0; j < n; j++) {
            window.get(j).set(CoreAnnotations.AnswerAnnotation.class, classifier.classIndex.get(best[j]));
        }
        return window;
    }

    /** A sentence ready for the CRF, with the feature indices of each token computed at most once. */
    static final class Prepared {
        private final CRFClassifier<CoreLabel> classifier;
        private final List<CoreLabel> tokens;
        private final int[][][] data;
        private final double[][][] values;
        /**
         * Whether the Viterbi above is what {@code classify} runs: plain max-ent inference, left to right, with no
         * label dictionary restricting a token's labels (true of the four shipped models; else {@code classify}).
         */
        private final boolean cacheable;
        private final CrfViterbi viterbi;
        /** The classifier's features without CoreNLP's strings, where it has them ({@link CrfFeatures}); else null. */
        private final CrfFeatures features;
        private CrfFeatures.Sentence sentence;

        private Prepared(CRFClassifier<CoreLabel> classifier, List<CoreLabel> tokens) {
            this.classifier = classifier;
            this.tokens = tokens;
            this.data = new int[tokens.size()][][];
            this.values = new double[tokens.size()][][];
            this.cacheable = plainViterbi(classifier);
            this.viterbi = cacheable ? viterbiOf(classifier) : null;
            this.features = cacheable && CrfFeatures.reads(tokens) ? featuresOf(classifier) : null;
        }

        int size() {
            return tokens.size();
        }

        /** The prepared tokens, as the CRF reads them. */
        List<CoreLabel> tokens() {
            return tokens;
        }

        /**
         * Whether the CRF puts this token outside any name by {@link #SURE_MARGIN} or more, from its own features,
         * given that the token before it is outside names (lower case or punctuation; else this says no): then no
         * window need be labelled for it. Its features are computed once either way.
         */
        boolean surelyOutside(int position) {
            if (!cacheable || position > 0 && !ordinaryBefore(tokens.get(position - 1).word())) return false;
            featurise(position);
            return viterbi.outsideMargin(data[position], values[position]) >= SURE_MARGIN;
        }

        /** A token that does not continue a name into the next one: lower case, or punctuation only. */
        private static boolean ordinaryBefore(String word) {
            return !word.isEmpty() && (Character.isLowerCase(word.codePointAt(0)) || !NameFinder.hasLetterOrDigit(word));
        }

        private void featurise(int position) {
            if (data[position] != null) return;
            if (features != null) {
                if (sentence == null) sentence = features.sentence(tokens);
                data[position] = features.cliques(sentence, position);
                return;
            }
            // A one-token window: SentenceFeatures computes its features from the whole sentence, so they are the
            // ones it has in any window.
            var one = classifier.documentToDataAndLabels(new Window(tokens, position, position + 1));
            data[position] = one.first()[0];
            values[position] = one.third()[0];
        }
    }

    /** The classifier's Viterbi, made once when {@link #install} wrapped its feature factories (else now). */
    private static CrfViterbi viterbiOf(CRFClassifier<CoreLabel> classifier) {
        return classifier.featureFactories.get(0) instanceof SentenceFeatures installed ? installed.viterbi
                : new CrfViterbi(classifier);
    }

    /** The classifier's {@link CrfFeatures}, made once when {@link #install} wrapped its feature factories; else null. */
    private static CrfFeatures featuresOf(CRFClassifier<CoreLabel> classifier) {
        return classifier.featureFactories.get(0) instanceof SentenceFeatures installed ? installed.crfFeatures : null;
    }

    private static boolean plainViterbi(CRFClassifier<CoreLabel> classifier) {
        SeqClassifierFlags f = classifier.flags;
        return !f.doGibbs && "maxent".equalsIgnoreCase(f.crfType) && !f.useReverse && !f.useEmbedding
                && (f.inferenceType == null || f.inferenceType.equalsIgnoreCase("Viterbi")) && !hasLabelDictionary(classifier);
    }

    private static boolean hasLabelDictionary(CRFClassifier<CoreLabel> classifier) {
        try {
            var field = CRFClassifier.class.getDeclaredField("labelDictionary");
            field.setAccessible(true);
            return field.get(classifier) != null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return true; // cannot tell: take the library's own path
        }
    }

    /** Tokens {@code from}..{@code to} of a sentence, knowing the sentence. */
    static final class Window extends AbstractList<CoreLabel> implements RandomAccess {
        final List<CoreLabel> sentence;
        final int from, to;

        Window(List<CoreLabel> sentence, int from, int to) {
            this.sentence = sentence;
            this.from = from;
            this.to = to;
        }

        @Override
        public CoreLabel get(int i) {
            return sentence.get(from + java.util.Objects.checkIndex(i, to - from));
        }

        @Override
        public int size() {
            return to - from;
        }
    }

    /** A feature factory standing in for another one. */
    interface Unwrappable {
        FeatureFactory<CoreLabel> wrapped();
    }

    /** A feature factory that, given a position in a {@link Window}, computes its features in the window's sentence. */
    private static final class SentenceFeatures extends FeatureFactory<CoreLabel> implements Unwrappable {
        private static final long serialVersionUID = 1L;
        private final FeatureFactory<CoreLabel> features;
        /** Kept beside the factory that {@link #install} puts in the classifier: one per classifier, no registry. */
        private final transient CrfViterbi viterbi;
        private final transient CrfFeatures crfFeatures;

        SentenceFeatures(FeatureFactory<CoreLabel> features, SeqClassifierFlags flags, CrfViterbi viterbi,
                         CrfFeatures crfFeatures) {
            this.features = features;
            this.viterbi = viterbi;
            this.crfFeatures = crfFeatures;
            init(flags);
        }

        @Override
        public FeatureFactory<CoreLabel> wrapped() {
            return features;
        }

        @Override
        public Collection<String> getCliqueFeatures(PaddedList<CoreLabel> info, int position, Clique clique) {
            if (info.getWrappedList() instanceof Window w) {
                return features.getCliqueFeatures(new PaddedList<>(w.sentence, info.getPad()), w.from + position, clique);
            }
            return features.getCliqueFeatures(info, position, clique);
        }
    }
}
