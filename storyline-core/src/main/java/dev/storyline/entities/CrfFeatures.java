package dev.storyline.entities;

import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.WordShapeClassifier;
import edu.stanford.nlp.sequences.SeqClassifierFlags;
import edu.stanford.nlp.util.Index;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * The CRF's feature indices of one token, as {@code CRFClassifier.documentToDataAndLabels} gives them for the four
 * shipped models, without building and hashing a string per feature.
 * <p>
 * CoreNLP's {@code NERFeatureFactory} builds a few hundred strings per token (the word, its letter n-grams, its
 * shape and distributional class, its neighbours' words, ...) and looks each one up in the CRF's feature index: most
 * of the names stage's CPU. Nearly all of these strings are one token's property joined to a fixed tag ("Berlin-PW",
 * "#<Ber#"): here they are looked up once per distinct (word, shape) and kept as indices, so that a token's features
 * are the indices of its own and its neighbours' entries, and only the few features that join two tokens ("de...Xxxx",
 * a shape pair) are built as strings. Written by hand because CoreNLP has no such cache; it follows
 * {@code NERFeatureFactory.featuresC} and {@code featuresCpC} for exactly the flags the shipped models were trained
 * with ({@link #of} refuses any other model, which keeps CoreNLP's own path), and {@code CrfFeaturesTest} checks it
 * feature for feature against CoreNLP on real sentences of each language.
 * <p>
 * A token's indices come sorted and without repeats (CoreNLP's come in the order of a hash set: the same set).
 * Thread-safe; one per classifier.
 */
final class CrfFeatures {

    /** Distinct (word, shape) entries kept per classifier before the cache starts again (a few tens of MB at most). */
    private static final int MAX_ENTRIES = 200_000;
    /** Pairs of entries (neighbours' joint features) kept per classifier before that cache starts again. */
    private static final int MAX_PAIRS = 400_000;

    /**
     * Flags whose value this class reads or that only concern training, loading or output: any other flag that
     * differs from CoreNLP's default means a feature set not written here.
     */
    private static final Set<String> KNOWN_FLAGS = Set.of(
            // read here (or must hold the value checked in supported())
            "useWord", "useNGrams", "noMidNGrams", "maxNGramLeng", "usePrev", "useNext", "useDistSim", "useTitle",
            "useClassFeature", "wordShape", "useTypeSeqs", "useTypeSeqs2", "useTypeySequences", "useLastRealWord",
            "useNextRealWord", "useOccurrencePatterns", "useDisjunctive", "disjunctionWidth", "useSequences",
            "usePrevSequences", "useLongSequences", "maxLeft", "wordFunction", "casedDistSim",
            "numberEquivalenceDistSim", "unknownWordDistSimClass", "distSimLexicon", "distSimFileFormat",
            // not read by the feature factory of a two-label-clique CRF at test time
            "useSpanishTitle", "useObservedSequencesOnly", "useQN", "QNsize", "sigma", "type", "readerAndWriter",
            "normalize", "map", "featureDiffThresh", "saveFeatureIndexToDisk", "trainFile", "trainFileList",
            "testFile", "testFiles", "serializeTo", "loadClassifier", "encoding", "inputEncoding", "outputEncoding",
            "mergeTags", "props", "numTimesPruneFeatures", "multiThreadGrad", "dict2name", "useKnownLCWords", "knownLCWords", "gazettes", "tolerance", "maxIterations");

    private final Index<String> featureIndex;
    private final SeqClassifierFlags flags;
    private final CoreLabel pad;
    private final Map<String, String> lexicon;
    private final Pattern title;
    private final int classFeature, sequenceFeature, noOccurrencePattern;
    private final Entry padEntry;
    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    /**
     * The same entries by text alone, for sentences whose shapes are a function of their text (a classifier whose
     * known lower-case words cannot change): no shape is made or hashed to find a token's entry.
     */
    private final Map<String, Entry> entriesByText = new ConcurrentHashMap<>();
    private final Map<Pair, int[]> pairs = new ConcurrentHashMap<>();
    /**
     * -PCNTYPE features by three shape ids ({@link #shapeId}): a long key, cheaper to hash and compare than three
     * strings (the shape triple of every featurised token is looked up).
     */
    private final Map<Long, Integer> shapeTriples = new ConcurrentHashMap<>();
    private final Map<String, Integer> shapeIds = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger nextShapeId = new java.util.concurrent.atomic.AtomicInteger();
    /** Bits of one shape id in a triple's key (ids from 2^21 on, unseen so far, skip the map). */
    private static final int SHAPE_ID_BITS = 21;

    private CrfFeatures(CRFClassifier<CoreLabel> classifier, NERFeatureFactory<CoreLabel> factory) {
        this.featureIndex = CommonNouns.field(classifier, "featureIndex");
        this.flags = classifier.flags;
        this.pad = padOf(classifier);
        this.lexicon = flags.useDistSim ? factoryField(factory, "lexicon") : null;
        this.title = flags.useTitle ? factoryField(factory, "titlePattern") : null;
        this.classFeature = index("###|C");
        this.sequenceFeature = index("PSEQ|CpC");
        this.noOccurrencePattern = index("NO-OCCURRENCE-PATTERN|C");
        String padWord = word(pad);
        // The pad is read with the same calls as in CoreNLP: get() shows a missing annotation as "null", getString() as "".
        this.padEntry = new Entry(padWord, pad.get(CoreAnnotations.ShapeAnnotation.class),
                pad.getString(CoreAnnotations.ShapeAnnotation.class), pad.get(CoreAnnotations.DistSimAnnotation.class),
                pad.getString(CoreAnnotations.DistSimAnnotation.class), true);
    }

    /** The features of {@code classifier}, or null when its model is not one this class reproduces exactly. */
    static CrfFeatures of(CRFClassifier<CoreLabel> classifier) {
        try {
            if (classifier.featureFactories.size() != 1) return null;
            Object factory = classifier.featureFactories.get(0);
            if (factory instanceof SentenceWindows.Unwrappable wrapped) factory = wrapped.wrapped();
            if (factory.getClass() != NERFeatureFactory.class || !supported(classifier)) return null;
            @SuppressWarnings("unchecked")
            NERFeatureFactory<CoreLabel> ner = (NERFeatureFactory<CoreLabel>) factory;
            return new CrfFeatures(classifier, ner);
        } catch (RuntimeException e) {
            return null; // another CoreNLP than the one this was written for: its own path
        }
    }

    private static boolean supported(CRFClassifier<CoreLabel> classifier) {
        SeqClassifierFlags f = classifier.flags;
        boolean features = f.useInternal && f.useExternal && f.useWord && f.useNGrams && f.noMidNGrams
                && !f.cacheNGrams && f.usePrev && f.useNext && f.useClassFeature
                && f.wordShape > WordShapeClassifier.NOWORDSHAPE && f.useTypeSeqs && f.useTypeSeqs2
                && f.useTypeySequences && f.useLastRealWord && f.useNextRealWord && f.useOccurrencePatterns
                && f.useDisjunctive && f.useSequences && f.usePrevSequences && !f.useNextSequences
                && !f.strictGoodCoNLL && !f.useReverse && f.maxLeft == 1 && classifier.windowSize == 2
                && f.slashHyphenTreatment == SeqClassifierFlags.SlashHyphenEnum.NONE
                && (!f.useDistSim || f.distSimLexicon != null);
        return features && onlyKnownFlagsDiffer(f);
    }

    /** Whether every flag that differs from CoreNLP's default is one this class knows (see {@link #KNOWN_FLAGS}). */
    static boolean onlyKnownFlagsDiffer(SeqClassifierFlags flags) {
        return unknownFlags(flags).isEmpty();
    }

    /** The flags that differ from CoreNLP's default and that this class does not know. */
    static List<String> unknownFlags(SeqClassifierFlags flags) {
        SeqClassifierFlags defaults = new SeqClassifierFlags();
        List<String> unknown = new java.util.ArrayList<>();
        for (Field field : SeqClassifierFlags.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) || KNOWN_FLAGS.contains(field.getName())) continue;
            try {
                if (!sameValue(field.get(flags), field.get(defaults))) unknown.add(field.getName());
            } catch (IllegalAccessException e) {
                unknown.add(field.getName());
            }
        }
        return unknown;
    }

    private static boolean sameValue(Object a, Object b) {
        if (a instanceof Object[] x && b instanceof Object[] y) return Arrays.deepEquals(x, y);
        if (a instanceof int[] x && b instanceof int[] y) return Arrays.equals(x, y);
        if (a instanceof double[] x && b instanceof double[] y) return Arrays.equals(x, y);
        if (a instanceof boolean[] x && b instanceof boolean[] y) return Arrays.equals(x, y);
        return Objects.equals(a, b);
    }

    /**
     * The feature indices of token {@code position} of {@code sentence}: {@code [0]} its one-label clique, {@code [1]}
     * its two-label clique.
     */
    int[][] cliques(Sentence sentence, int position) {
        Entry c = sentence.at(position), p = sentence.at(position - 1), n = sentence.at(position + 1);
        int[] before = sentence.adjacent(position);
        return new int[][]{cliqueC(sentence, position, c, p, n, before), cliqueCpC(sentence, c, p, n, before)};
    }

    /**
     * Whether these tokens carry nothing the features here leave out: a domain (which doubles every feature), the
     * tags of an earlier named-entity tagger (which add some), or distributional classes set before (CoreNLP keeps
     * them). Tokens from the tokenizer carry none of these.
     */
    static boolean reads(List<CoreLabel> tokens) {
        if (!tokens.isEmpty() && tokens.get(0).get(CoreAnnotations.DomainAnnotation.class) != null) return false;
        for (CoreLabel t : tokens) {
            if (t.get(CoreAnnotations.StackedNamedEntityTagAnnotation.class) != null
                    || t.containsKey(CoreAnnotations.DistSimAnnotation.class)) return false;
        }
        return true;
    }

    /** A sentence's tokens as the features read them, carrying their shapes (one per {@code SentenceWindows.Prepared}). */
    Sentence sentence(List<CoreLabel> tokens) {
        return new Sentence(tokens, i -> tokens.get(i).get(CoreAnnotations.ShapeAnnotation.class), false);
    }

    /**
     * A sentence's tokens as the features read them, but for their shapes: {@code shapes} gives token {@code i}'s
     * (as its {@code ShapeAnnotation} would), asked once per token whose features are computed.
     */
    Sentence sentence(List<CoreLabel> tokens, IntFunction<String> shapes) {
        return new Sentence(tokens, shapes, false);
    }

    /**
     * As {@link #sentence(List, IntFunction)}; {@code shapesFollowText}: a token's shape is a function of its text
     * (then its entry is found by text, and its shape asked for only the first time its text is seen).
     */
    Sentence sentence(List<CoreLabel> tokens, IntFunction<String> shapes, boolean shapesFollowText) {
        return new Sentence(tokens, shapes, shapesFollowText);
    }

    /** Forgets the entries kept by text (their shapes may no longer be the ones a token of that text gets). */
    void forgetEntriesByText() {
        entriesByText.clear();
    }

    /** The tokens' entries, made on first need. */
    final class Sentence {
        private final List<CoreLabel> tokens;
        private final IntFunction<String> shapes;
        private final Entry[] entries;
        /** The tokens' words as the features read them (FeatureFactory.getWord), made on first need. */
        private final String[] words;

        private final boolean byText;
        /**
         * The features joining token {@code i - 1} to token {@code i} ({@link #pair}), made on first need: a token
         * reads the pair before it and the pair after it, which its next token reads as the pair before it.
         */
        private final int[][] adjacent;
        /** The same for token {@code i - 2} and token {@code i} (a skip pair, read from both ends too). */
        private final int[][] skips;
        /** A work list for one clique at a time (a sentence is featurised by one thread). */
        private final IntList work = new IntList();

        private Sentence(List<CoreLabel> tokens, IntFunction<String> shapes, boolean byText) {
            this.tokens = tokens;
            this.shapes = shapes;
            this.byText = byText;
            this.entries = new Entry[tokens.size()];
            this.words = new String[tokens.size()];
            this.adjacent = new int[tokens.size() + 1][];
            this.skips = new int[tokens.size() + 2][];
        }

        /** {@code pair(at(i - 1), at(i), false)}, for {@code 0 <= i <= size()}. */
        int[] adjacent(int i) {
            int[] f = adjacent[i];
            if (f == null) adjacent[i] = f = pair(at(i - 1), at(i), false);
            return f;
        }

        /** {@code pair(at(i - 2), at(i), true)}, for {@code 0 <= i <= size() + 1}. */
        int[] skip(int i) {
            int[] f = skips[i];
            if (f == null) skips[i] = f = pair(at(i - 2), at(i), true);
            return f;
        }

        /** Whether entries are found by text alone (the tokens' shapes follow their text). */
        boolean byText() {
            return byText;
        }

        /** The work list, emptied. */
        IntList work() {
            work.clear();
            return work;
        }

        /** Token {@code i}'s entry; the pad's outside the sentence. */
        Entry at(int i) {
            if (i < 0 || i >= entries.length) return padEntry;
            Entry e = entries[i];
            if (e == null) entries[i] = e = entryOf(i);
            return e;
        }

        /** Token {@code i}'s word; the pad's outside the sentence. */
        String word(int i) {
            if (i < 0 || i >= words.length) return padEntry.word;
            String w = words[i];
            if (w == null) words[i] = w = entries[i] != null ? entries[i].word : CrfFeatures.this.word(tokens.get(i));
            return w;
        }

        private Entry entryOf(int i) {
            CoreLabel token = tokens.get(i);
            String text = token.getString(CoreAnnotations.TextAnnotation.class);
            if (byText) {
                Entry e = entriesByText.get(text);
                if (e == null) {
                    e = entryOf(token, text, shapes.apply(i));
                    if (entriesByText.size() >= MAX_ENTRIES) entriesByText.clear();
                    entriesByText.putIfAbsent(text, e);
                }
                return e;
            }
            return entryOf(token, text, shapes.apply(i));
        }

        private Entry entryOf(CoreLabel token, String text, String shape) {
            Key key = new Key(text, shape);
            Entry e = CrfFeatures.this.entries.get(key);
            if (e == null) {
                if (CrfFeatures.this.entries.size() >= MAX_ENTRIES) {
                    CrfFeatures.this.entries.clear();
                    entriesByText.clear();
                    pairs.clear();
                }
                String word = CrfFeatures.this.word(token);
                // What NERFeatureFactory.distSimAnnotate sets on a sentence none of whose tokens has a class yet
                // (the only sentences read here: see reads()).
                String dist = flags.useDistSim ? distSimClass(word) : null;
                e = new Entry(word, shape, shape == null ? "" : shape, dist, dist == null ? "" : dist, false);
                Entry known = CrfFeatures.this.entries.putIfAbsent(key, e);
                if (known != null) e = known;
            }
            return e;
        }

        CoreLabel token(int i) {
            return i < 0 || i >= tokens.size() ? pad : tokens.get(i);
        }

        int size() {
            return tokens.size();
        }
    }

    /** What a token's own features depend on: its text and shape (its class is a function of its text). */
    private record Key(String text, String shape) {
    }

    /** Two entries (identity), next to each other ({@code skip} false) or with one token between them. */
    private record Pair(Entry first, Entry second, boolean skip) {
    }

    /**
     * The features joining two adjacent entries a, b: [0..4] with a before the current token b (-PW_CTYPE, -PCTYPE,
     * -PSEQW2, -PSEQpcDS, -TYPES), [5..6] with b after the current token a (-NW_CTYPE, -CNTYPE). For a skip pair:
     * [0] -PPW_CTYPE (a two before b), [1] -NNW_CTYPE (b two after a).
     */
    private int[] pair(Entry a, Entry b, boolean skip) {
        Pair key = new Pair(a, b, skip);
        int[] f = pairs.get(key);
        if (f == null) {
            if (pairs.size() >= MAX_PAIRS) pairs.clear();
            f = skip ? new int[]{index(a.word + "..." + b.shapeString + "-PPW_CTYPE|C"),
                    index(b.word + "..." + a.shapeString + "-NNW_CTYPE|C")}
                    : new int[]{index(a.word + "..." + b.shapeString + "-PW_CTYPE|C"),
                    index(a.shapeString + "..." + b.shapeString + "-PCTYPE|C"),
                    index(a.word + '-' + b.word + "-PSEQW2|CpC"),
                    flags.useDistSim ? index(a.distString + '-' + b.distString + "-PSEQpcDS|CpC") : -1,
                    index(a.shapeString + '-' + b.shapeString + "-TYPES|CpC"),
                    index(a.shapeString + "..." + b.word + "-NW_CTYPE|C"),
                    index(a.shapeString + "..." + b.shapeString + "-CNTYPE|C")};
            pairs.putIfAbsent(key, f);
        }
        return f;
    }

    /** The -PCNTYPE feature of three shapes in a row, kept by their three shape ids packed in one long. */
    private int shapes(Entry p, Entry c, Entry n) {
        if ((p.shapeId | c.shapeId | n.shapeId) >= 1 << SHAPE_ID_BITS) return shapesFeature(p, c, n); // never so far
        long key = (long) p.shapeId << 2 * SHAPE_ID_BITS | (long) c.shapeId << SHAPE_ID_BITS | n.shapeId;
        Integer f = shapeTriples.get(key);
        if (f == null) {
            if (shapeTriples.size() >= MAX_PAIRS) shapeTriples.clear();
            f = shapesFeature(p, c, n);
            shapeTriples.putIfAbsent(key, f);
        }
        return f;
    }

    private int shapesFeature(Entry p, Entry c, Entry n) {
        return index(p.shapeString + "..." + c.shapeString + "..." + n.shapeString + "-PCNTYPE|C");
    }

    /** A shape's id: the same for equal shapes of this classifier, given once per new entry. */
    private int shapeId(String shape) {
        return shapeIds.computeIfAbsent(shape, s -> nextShapeId.getAndIncrement());
    }

    /** One (word, shape, class)'s feature indices in each place a token's features can read it (-1: not in the CRF). */
    final class Entry {
        final String word, shapeGet, shapeString, distGet, distString;
        /** {@link #shapeString}'s id ({@link #shapeId}). */
        final int shapeId;
        /** Its own one-label-clique features: class, title, word, letter n-grams, shape. */
        final int[] own;
        final int prevWord, prevDist, prevShape, nextWord, nextDist, nextShape, disjunctNext, disjunctPrev;
        /** Its own two-label-clique features (word, class, shape, shape as in -TPS2). */
        final int[] ownPair;
        final int pairPrevWord, pairPrevDist, pairPrevShape, pairNextShape;

        private Entry(String word, String shapeGet, String shapeString, String distGet, String distString, boolean isPad) {
            this.word = word;
            this.shapeGet = shapeGet;
            this.shapeString = shapeString;
            this.distGet = distGet;
            this.distString = distString;
            this.shapeId = shapeId(shapeString);
            String dist = String.valueOf(distGet);
            this.own = isPad ? new int[0] : ownFeatures(word, shapeString, dist);
            this.prevWord = index(word + "-PW|C");
            this.prevDist = flags.useDistSim ? index(dist + "-PDISTSIM|C") : -1;
            this.prevShape = index(shapeString + "-PTYPE|C");
            this.nextWord = index(word + "-NW|C");
            this.nextDist = flags.useDistSim ? index(dist + "-NDISTSIM|C") : -1;
            this.nextShape = index(shapeString + "-NTYPE|C");
            this.disjunctNext = index(word + "-DISJN|C");
            this.disjunctPrev = index(word + "-DISJP|C");
            this.ownPair = isPad ? new int[0] : ownPairFeatures(word, shapeString, distString);
            this.pairPrevWord = index(word + "-PSEQpW|CpC");
            this.pairPrevDist = flags.useDistSim ? index(distString + "-PSEQpDS|CpC") : -1;
            this.pairPrevShape = index(shapeString + "-PSEQpS|CpC");
            this.pairNextShape = index(shapeGet + "-TNS1|CpC");
        }
    }

    private int[] ownFeatures(String word, String shape, String dist) {
        IntList out = new IntList();
        if (flags.useDistSim) out.add(index(dist + "-DISTSIM|C"));
        if (title != null && title.matcher(word).matches()) out.add(index("IS_TITLE|C"));
        out.add(index(word + "-WORD|C"));
        // Letter n-grams touching the word's start or end (noMidNGrams), of the word between < and >.
        String w = '<' + word + '>';
        int max = flags.maxNGramLeng >= 0 ? Math.min(flags.maxNGramLeng, w.length()) : w.length();
        for (int j = 2; j <= max; j++) out.add(index('#' + w.substring(0, j) + "#|C"));
        int start = flags.maxNGramLeng >= 0 ? Math.max(0, w.length() - flags.maxNGramLeng) : 0;
        for (int i = start; i < w.length() - 1; i++) out.add(index('#' + w.substring(i) + "#|C"));
        out.add(index(shape + "-TYPE|C"));
        return out.toSortedSet();
    }

    private int[] ownPairFeatures(String word, String shape, String dist) {
        IntList out = new IntList();
        out.add(index(word + "-PSEQW|CpC"));
        if (flags.useDistSim) out.add(index(dist + "-PSEQcDS|CpC"));
        out.add(index(shape + "-PSEQcS|CpC"));
        out.add(index(shape + "-TPS2|CpC"));
        return out.toSortedSet();
    }

    /** Token {@code loc}'s one-label clique: {@code c} its entry, {@code p} and {@code n} its neighbours'. */
    private int[] cliqueC(Sentence s, int loc, Entry c, Entry p, Entry n, int[] before) {
        IntList out = s.work();
        out.addAll(c.own);
        out.add(p.prevWord);
        out.add(p.prevDist);
        out.add(n.nextWord);
        out.add(n.nextDist);
        out.add(classFeature);
        out.add(p.prevShape);
        out.add(n.nextShape);
        int[] after = s.adjacent(loc + 1);
        out.add(before[0]);
        out.add(after[5]);
        out.add(before[1]);
        out.add(after[6]);
        out.add(shapes(p, c, n));
        if (p.word.length() <= 3) out.add(s.skip(loc)[0]);
        if (n.word.length() <= 3) out.add(s.skip(loc + 2)[1]);
        occurrencePatterns(s, loc, out);
        for (int i = 1; i <= flags.disjunctionWidth; i++) {
            out.add(s.at(loc + i).disjunctNext);
            out.add(s.at(loc - i).disjunctPrev);
        }
        return out.toSortedSet();
    }

    private int[] cliqueCpC(Sentence s, Entry c, Entry p, Entry n, int[] before) {
        IntList out = s.work();
        out.add(sequenceFeature);
        out.addAll(c.ownPair);
        out.add(before[2]);
        out.add(p.pairPrevWord);
        if (flags.useDistSim) {
            out.add(p.pairPrevDist);
            out.add(before[3]);
        }
        out.add(p.pairPrevShape);
        out.add(before[4]);
        out.add(n.pairNextShape);
        return out.toSortedSet();
    }

    /**
     * NERFeatureFactory's occurrence patterns: whether a capitalised word after a lower-case one recurs in the
     * sentence. Part-of-speech tags are read as CoreNLP reads them (absent here, so never "NNP").
     */
    private void occurrencePatterns(Sentence s, int loc, IntList out) {
        String word = s.word(loc);
        String nWord = s.word(loc + 1);
        CoreLabel p = s.token(loc - 1);
        String pWord = s.word(loc - 1);
        if (!(isNameCase(word) && noUpperCase(nWord) && hasLetter(nWord) && hasLetter(pWord) && p != pad)) {
            out.add(noOccurrencePattern);
            return;
        }
        // Beyond the sentence every word is the pad's: unless it is this word, the scans stop at the sentence's ends.
        int last = word.equals(padEntry.word) ? Integer.MAX_VALUE : s.size() - 1;
        int first = word.equals(padEntry.word) ? Integer.MIN_VALUE : 0;
        if (p.getString(CoreAnnotations.PartOfSpeechAnnotation.class) != null && isNameCase(pWord)
                && p.getString(CoreAnnotations.PartOfSpeechAnnotation.class).equals("NNP")) {
            for (int jump = 3; jump < 150 && loc + jump <= last; jump++) {
                if (s.word(loc + jump).equals(word)) {
                    out.add(index(s.word(loc + jump - 1).equals(pWord) ? "XY-NEXT-OCCURRENCE-XY|C" : "XY-NEXT-OCCURRENCE-Y|C"));
                }
            }
            for (int jump = -3; jump > -150 && loc + jump >= first; jump--) {
                if (s.word(loc + jump).equals(word)) {
                    out.add(index(s.word(loc + jump - 1).equals(pWord) ? "XY-PREV-OCCURRENCE-XY|C" : "XY-PREV-OCCURRENCE-Y|C"));
                }
            }
        } else {
            for (int jump = 3; jump < 150 && loc + jump <= last; jump++) {
                if (s.word(loc + jump).equals(word)) {
                    if (properNoun(s, loc + jump - 1)) out.add(index("X-NEXT-OCCURRENCE-YX|C"));
                    else if (properNoun(s, loc + jump + 1)) out.add(index("X-NEXT-OCCURRENCE-XY|C"));
                    else out.add(index("X-NEXT-OCCURRENCE-X|C"));
                }
            }
            for (int jump = -3; jump > -150 && loc + jump >= first; jump--) {
                if (s.word(loc + jump).equals(word)) {
                    if (properNoun(s, loc + jump + 1)) out.add(index("X-PREV-OCCURRENCE-YX|C"));
                    else if (properNoun(s, loc + jump - 1)) out.add(index("X-PREV-OCCURRENCE-XY|C"));
                    else out.add(index("X-PREV-OCCURRENCE-X|C"));
                }
            }
        }
    }

    private boolean properNoun(Sentence s, int i) {
        return isNameCase(s.word(i)) && s.token(i).getString(CoreAnnotations.PartOfSpeechAnnotation.class).equals("NNP");
    }

    private static boolean isNameCase(String str) {
        if (str.length() < 2) return false;
        if (!(Character.isUpperCase(str.charAt(0)) || Character.isTitleCase(str.charAt(0)))) return false;
        for (int i = 1; i < str.length(); i++) if (Character.isUpperCase(str.charAt(i))) return false;
        return true;
    }

    private static boolean noUpperCase(String str) {
        if (str.isEmpty()) return false;
        for (int i = 0; i < str.length(); i++) if (Character.isUpperCase(str.charAt(i))) return false;
        return true;
    }

    private static boolean hasLetter(String str) {
        for (int i = 0; i < str.length(); i++) if (Character.isLetter(str.charAt(i))) return true;
        return false;
    }

    /** FeatureFactory.getWord: the token's text through the model's word function (English: Americanize). */
    private String word(CoreLabel token) {
        String word = token.getString(CoreAnnotations.TextAnnotation.class);
        Function<String, String> f = flags.wordFunction;
        return f == null ? word : f.apply(word);
    }

    private String distSimClass(String word) {
        String w = flags.casedDistSim ? word : word.toLowerCase();
        if (flags.numberEquivalenceDistSim) w = WordShapeClassifier.wordShape(w, WordShapeClassifier.WORDSHAPEDIGITS);
        String c = lexicon.get(w);
        return c == null ? flags.unknownWordDistSimClass : c;
    }

    private int index(String feature) {
        return featureIndex.indexOf(feature);
    }

    @SuppressWarnings("unchecked")
    private static CoreLabel padOf(CRFClassifier<CoreLabel> classifier) {
        try {
            Field f = edu.stanford.nlp.ie.AbstractSequenceClassifier.class.getDeclaredField("pad");
            f.setAccessible(true);
            return (CoreLabel) f.get(classifier);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this CoreNLP's CRF has no pad", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T factoryField(NERFeatureFactory<CoreLabel> factory, String name) {
        try {
            Field f = NERFeatureFactory.class.getDeclaredField(name);
            f.setAccessible(true);
            return (T) Objects.requireNonNull(f.get(factory), name);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this CoreNLP's feature factory has no " + name, e);
        }
    }

    /** A growing list of feature indices; {@link #toSortedSet} drops those not in the CRF (-1) and repeats. */
    private static final class IntList {
        private int[] a = new int[128];
        private int n;

        void clear() {
            n = 0;
        }

        void add(int i) {
            if (n == a.length) a = Arrays.copyOf(a, n * 2);
            a[n++] = i;
        }

        void addAll(int[] is) {
            if (n + is.length > a.length) a = Arrays.copyOf(a, Math.max(n + is.length, a.length * 2));
            System.arraycopy(is, 0, a, n, is.length);
            n += is.length;
        }

        int[] toSortedSet() {
            Arrays.sort(a, 0, n);
            int m = 0;
            for (int i = 0; i < n; i++) {
                if (a[i] < 0 || m > 0 && a[m - 1] == a[i]) continue;
                a[m++] = a[i];
            }
            return Arrays.copyOf(a, m);
        }
    }
}
