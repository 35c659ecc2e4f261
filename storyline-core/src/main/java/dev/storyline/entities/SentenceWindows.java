package dev.storyline.entities;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.sequences.Clique;
import edu.stanford.nlp.sequences.FeatureFactory;
import edu.stanford.nlp.sequences.ObjectBankWrapper;
import edu.stanford.nlp.sequences.SeqClassifierFlags;
import edu.stanford.nlp.process.WordShapeClassifier;
import edu.stanford.nlp.util.MaxSizeConcurrentHashSet;
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
                factories.set(i, new SentenceFeatures(factories.get(i), classifier, viterbi, features));
            }
        }
    }

    /**
     * The sentence's tokens as the CRF sees them: copies carrying the word shapes its features need (what
     * {@code classifySentence} does to its input before labelling it). Where the classifier's own features are read
     * without CoreNLP's strings ({@link CrfFeatures}), a token's shape and copy are made when first needed: most tokens
     * of a sentence are never featurised (their shape was a tenth of the names stage's CPU), and the copies the windows
     * label are the ones {@code ObjectBankWrapper} makes.
     */
    static Prepared prepare(CRFClassifier<CoreLabel> classifier, List<CoreLabel> sentence) {
        SentenceFeatures installed = installedOf(classifier);
        if (installed != null && installed.crfFeatures != null && LazyTokens.applies(classifier.flags)
                && plainViterbi(classifier) && CrfFeatures.reads(sentence)) {
            return new Prepared(classifier, new LazyTokens(classifier, installed, sentence));
        }
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
        double[][] potentials = new double[n][];
        for (int j = 0; j < n; j++) potentials[j] = prepared.potentials(from + j);
        // The sequence CRFClassifier.classifyMaxEnt finds for the window's data, without calibrating a clique tree.
        int[] best = prepared.viterbi.best(potentials);
        for (int j = 0; j < n; j++) {
            window.get(j).set(CoreAnnotations.AnswerAnnotation.class, classifier.classIndex.get(best[j]));
        }
        return window;
    }

    /**
     * A sentence ready for the CRF, with the feature indices of each token, and their potentials, computed at most
     * once.
     */
    static final class Prepared {
        private final CRFClassifier<CoreLabel> classifier;
        private final List<CoreLabel> tokens;
        /** The sentence's own tokens where the copies are made on first need ({@link LazyTokens}); else the copies. */
        private final List<CoreLabel> words;
        private final LazyTokens lazy;
        private final int[][][] data;
        private final double[][][] values;
        /** Each token's summed clique potentials for every label tuple ({@link CrfViterbi#potentials}). */
        private final double[][] potentials;
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
            this(classifier, tokens, tokens, null, plainViterbi(classifier));
        }

        private Prepared(CRFClassifier<CoreLabel> classifier, LazyTokens lazy) {
            this(classifier, lazy, lazy.sentence, lazy, true);
        }

        private Prepared(CRFClassifier<CoreLabel> classifier, List<CoreLabel> tokens, List<CoreLabel> words,
                         LazyTokens lazy, boolean cacheable) {
            this.classifier = classifier;
            this.tokens = tokens;
            this.words = words;
            this.lazy = lazy;
            this.data = new int[tokens.size()][][];
            this.values = new double[tokens.size()][][];
            this.potentials = new double[tokens.size()][];
            this.cacheable = cacheable;
            this.viterbi = cacheable ? viterbiOf(classifier) : null;
            this.features = lazy != null ? lazy.installed.crfFeatures
                    : cacheable && CrfFeatures.reads(tokens) ? featuresOf(classifier) : null;
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
            if (!cacheable || position > 0 && !ordinaryBefore(words.get(position - 1).word())) return false;
            return viterbi.outsideMargin(potentials(position)) >= SURE_MARGIN;
        }

        /** A token that does not continue a name into the next one: lower case, or punctuation only. */
        private static boolean ordinaryBefore(String word) {
            return !word.isEmpty() && (Character.isLowerCase(word.codePointAt(0)) || !NameFinder.hasLetterOrDigit(word));
        }

        private double[] potentials(int position) {
            double[] p = potentials[position];
            if (p == null) {
                featurise(position);
                potentials[position] = p = viterbi.potentials(data[position], values[position]);
            }
            return p;
        }

        private void featurise(int position) {
            if (data[position] != null) return;
            if (features != null) {
                if (sentence == null) {
                    sentence = lazy != null ? features.sentence(lazy.sentence, lazy::shape, lazy.shapesFollowText())
                            : features.sentence(tokens);
                }
                data[position] = features.cliques(sentence, position);
                // The entry found by text carries the token's shape: the copy labelled later need not look it up.
                if (lazy != null && sentence.byText()) lazy.knowShape(position, sentence.at(position).shapeGet);
                return;
            }
            // A one-token window: SentenceFeatures computes its features from the whole sentence, so they are the
            // ones it has in any window.
            var one = classifier.documentToDataAndLabels(new Window(tokens, position, position + 1));
            data[position] = one.first()[0];
            values[position] = one.third()[0];
        }
    }

    /**
     * A sentence's tokens as {@code ObjectBankWrapper.processDocument} makes them for the CRF, each made when first
     * read: the same copy, with the same annotations set in the same order (position, shape, text, gold answer).
     * <p>
     * A shape depends on the classifier's known lower-case words, which {@code processDocument} adds to, token by
     * token, before it shapes each: here every addition is made at once, in order, and a shape made later leaves out
     * the words this sentence added after its token. (The shipped models' sets are full, so nothing is added.)
     */
    static final class LazyTokens extends AbstractList<CoreLabel> implements RandomAccess {
        private final SeqClassifierFlags flags;
        private final SentenceFeatures installed;
        private final List<CoreLabel> sentence;
        private final CoreLabel[] copies;
        private final String[] shapes;
        private final java.util.Set<String> known;
        /** Shapes by word while {@link #known} cannot change (null where it can). */
        private final WordShapes shapesByWord;
        /** The lower-case words this sentence added to {@link #known}, by the position of the token that added each. */
        private java.util.Map<String, Integer> addedAt;

        private LazyTokens(CRFClassifier<CoreLabel> classifier, SentenceFeatures installed, List<CoreLabel> sentence) {
            this.flags = classifier.flags;
            this.installed = installed;
            this.sentence = sentence;
            this.copies = new CoreLabel[sentence.size()];
            this.shapes = new String[sentence.size()];
            this.known = classifier.getKnownLCWords();
            // A full set is a constant one: a word's shape is then a function of the word (kept per classifier).
            this.shapesByWord = shaped() && (known == null || full(known)) ? installed.shapesByWord(known) : null;
            if (shaped() && known != null && !full(known)) {
                for (int i = 0; i < sentence.size(); i++) {
                    String word = word(i);
                    if (!word.isEmpty() && Character.isLowerCase(word.codePointAt(0)) && known.add(word)) {
                        if (addedAt == null) addedAt = new java.util.HashMap<>();
                        addedAt.putIfAbsent(word, i);
                    }
                }
            }
        }

        /** Whether {@code known} takes no more words (CoreNLP's set stops growing at its largest size). */
        private static boolean full(java.util.Set<String> known) {
            return known instanceof MaxSizeConcurrentHashSet<String> m && m.getMaxSize() >= 0 && m.size() >= m.getMaxSize();
        }

        /**
         * Whether {@code processDocument} does nothing here but what this class does: no tag merging or IOB
         * rewriting (no-ops on the background answers anyway), no term normalising, not a Chinese segmenter.
         */
        static boolean applies(SeqClassifierFlags flags) {
            return !flags.mergeTags && !flags.iobTags && !flags.normalizeTerms && !flags.normalizeTimex
                    && !"edu.stanford.nlp.wordseg.Sighan2005DocumentReaderAndWriter".equalsIgnoreCase(flags.readerAndWriter);
        }

        private boolean shaped() {
            return flags.wordShape > WordShapeClassifier.NOWORDSHAPE && !flags.useShapeStrings;
        }

        private String word(int i) {
            String word = sentence.get(i).get(CoreAnnotations.TextAnnotation.class);
            return flags.wordFunction != null ? flags.wordFunction.apply(word) : word;
        }

        /**
         * Takes token {@code i}'s shape from its CRF entry by text, where shapes follow the text
         * ({@link #shapesFollowText}): the same string {@link #shape} gives, without asking {@link WordShapes}.
         */
        void knowShape(int i, String shape) {
            if (shapes[i] == null) shapes[i] = shape;
        }

        /** Token {@code i}'s shape, as {@code processDocument} sets it (null where it sets none). */
        String shape(int i) {
            if (!shaped()) return null;
            String s = shapes[i];
            if (s == null) {
                String word = word(i);
                if (shapesByWord != null) s = shapesByWord.get(word);
                if (s == null) {
                    s = intern(WordShapeClassifier.wordShape(word, flags.wordShape, knownAt(i)));
                    if (shapesByWord != null) shapesByWord.put(word, s);
                }
                shapes[i] = s;
            }
            return s;
        }

        /**
         * Whether every token's shape is a function of its text here (the known lower-case words cannot change), so
         * that its CRF features are too.
         */
        boolean shapesFollowText() {
            return shapesByWord != null;
        }

        /** The known lower-case words as they stood when {@code processDocument} shaped token {@code i}. */
        private java.util.Collection<String> knownAt(int i) {
            if (addedAt == null) return known;
            return new java.util.AbstractCollection<>() {
                @Override
                public boolean contains(Object o) {
                    Integer at = addedAt.get(o);
                    return known.contains(o) && (at == null || at <= i);
                }

                @Override
                public java.util.Iterator<String> iterator() {
                    return known.stream().filter(this::contains).iterator();
                }

                @Override
                public int size() {
                    return (int) known.stream().filter(this::contains).count();
                }
            };
        }

        private String intern(String s) {
            return flags.intern ? s.intern() : s;
        }

        /**
         * The interned decimal strings of the first positions, made once: {@code String.intern} (a JVM call and a
         * look-up in its string table) cost 2 % of the names stage when made per token.
         */
        private static final String[] POSITIONS = java.util.stream.IntStream.range(0, 512)
                .mapToObj(i -> Integer.toString(i).intern()).toArray(String[]::new);

        /** {@code Integer.toString(i).intern()}, the very same string. */
        private static String position(int i) {
            return i < POSITIONS.length ? POSITIONS[i] : Integer.toString(i).intern();
        }

        @Override
        public CoreLabel get(int i) {
            CoreLabel copy = copies[i];
            if (copy == null) {
                copy = new CoreLabel(sentence.get(i));
                copy.set(CoreAnnotations.AnswerAnnotation.class, flags.backgroundSymbol);
                copy.set(CoreAnnotations.PositionAnnotation.class, position(i));
                if (shaped()) copy.set(CoreAnnotations.ShapeAnnotation.class, shape(i));
                copy.set(CoreAnnotations.TextAnnotation.class, intern(copy.get(CoreAnnotations.TextAnnotation.class)));
                if (copy.get(CoreAnnotations.GoldAnswerAnnotation.class) == null) {
                    copy.set(CoreAnnotations.GoldAnswerAnnotation.class, copy.get(CoreAnnotations.AnswerAnnotation.class));
                }
                copies[i] = copy;
            }
            return copy;
        }

        @Override
        public int size() {
            return copies.length;
        }
    }

    /** Word shapes by word, bounded (emptied when full, as {@link CrfFeatures}' caches are). Thread-safe. */
    static final class WordShapes {
        private static final int MAX_WORDS = 200_000;
        private final java.util.concurrent.ConcurrentHashMap<String, String> byWord = new java.util.concurrent.ConcurrentHashMap<>();

        String get(String word) {
            return byWord.get(word);
        }

        void put(String word, String shape) {
            if (byWord.size() >= MAX_WORDS) byWord.clear();
            byWord.putIfAbsent(word, shape);
        }

        void clear() {
            byWord.clear();
        }
    }

    /** What {@link #install} put in the classifier's feature factories; null where it did not. */
    private static SentenceFeatures installedOf(CRFClassifier<CoreLabel> classifier) {
        return !classifier.featureFactories.isEmpty() && classifier.featureFactories.get(0) instanceof SentenceFeatures s
                ? s : null;
    }

    /** The classifier's Viterbi, made once when {@link #install} wrapped its feature factories (else now). */
    private static CrfViterbi viterbiOf(CRFClassifier<CoreLabel> classifier) {
        SentenceFeatures installed = installedOf(classifier);
        return installed != null && installed.viterbi != null ? installed.viterbi : new CrfViterbi(classifier);
    }

    /** The classifier's {@link CrfFeatures}, made once when {@link #install} wrapped its feature factories; else null. */
    static CrfFeatures featuresOf(CRFClassifier<CoreLabel> classifier) {
        SentenceFeatures installed = installedOf(classifier);
        return installed != null ? installed.crfFeatures : null;
    }

    private static boolean plainViterbi(CRFClassifier<CoreLabel> classifier) {
        SeqClassifierFlags f = classifier.flags;
        if (f.doGibbs || !"maxent".equalsIgnoreCase(f.crfType) || f.useReverse || f.useEmbedding
                || f.inferenceType != null && !f.inferenceType.equalsIgnoreCase("Viterbi")) return false;
        // Read by reflection: once per classifier where installed (it was a sixtieth of the names stage per sentence).
        SentenceFeatures installed = installedOf(classifier);
        return !(installed != null ? installed.labelDictionary : hasLabelDictionary(classifier));
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
        /** Whether the classifier has a label dictionary (read once: the field is private). */
        private final boolean labelDictionary;
        /** Word shapes by word while the classifier's known lower-case words cannot change ({@link LazyTokens}). */
        private final transient WordShapes shapesByWord = new WordShapes();
        /** The size of the known words when {@link #shapesByWord} was last emptied (the set only grows in use). */
        private transient int knownSize = -1;
        SentenceFeatures(FeatureFactory<CoreLabel> features, CRFClassifier<CoreLabel> classifier, CrfViterbi viterbi,
                         CrfFeatures crfFeatures) {
            this.features = features;
            this.viterbi = viterbi;
            this.crfFeatures = crfFeatures;
            this.labelDictionary = hasLabelDictionary(classifier);
            init(classifier.flags);
        }

        /**
         * The shapes by word of a classifier whose known lower-case words {@code known} cannot change now; emptied
         * (with the CRF features kept by text) if the set changed since they were made (only a test changes a full
         * set's size limit).
         */
        synchronized WordShapes shapesByWord(java.util.Set<String> known) {
            if (shapesByWord == null) return null; // deserialised
            int size = known == null ? -1 : known.size();
            if (size != knownSize) {
                shapesByWord.clear();
                if (crfFeatures != null) crfFeatures.forgetEntriesByText();
                knownSize = size;
            }
            return shapesByWord;
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
