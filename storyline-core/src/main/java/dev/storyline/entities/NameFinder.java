package dev.storyline.entities;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * Finds the names of people, organisations, places and other things in an article's text.
 * <ul>
 *   <li>French, English, German, Spanish: CoreNLP's 4-class CRF. In {@link Mode#FAST} (the default) the CRF
 *       only sees windows around capitalised tokens that known names do not already explain (nor, in German, a
 *       dictionary of common nouns: {@link CommonNouns}), and names it has found before are matched everywhere by
 *       an Aho–Corasick automaton ({@link LearnedNames}).</li>
 *   <li>Russian: capitalised sequences typed by LanguageTool's morphology ({@link RussianNames}).</li>
 *   <li>Any other language: capitalised sequences ({@link CapitalisedNames}).</li>
 * </ul>
 * In every language, names found once are found again throughout the same article, and an acronym in
 * parentheses after its capitalised expansion makes both an organisation ({@link DocumentNames}).
 * Never throws on odd input: a failing path falls back to capitalised sequences. Thread-safe; build one
 * per process and share it, since what it learns (known names, common words) is what makes it fast.
 * <p>
 * Learning is kept apart from reading, so that the same input gives the same names whatever the number of threads:
 * {@link #read} finds a document's names from the shared state as it stands plus what the document itself teaches
 * along the way, and returns that {@link Lesson} without learning it; {@link #learn} merges it. A caller that merges
 * in input order, only while nothing is being read ({@code BatchAnalysis} does, at fixed blocks of documents), makes
 * what each document sees depend only on its position in the input. {@link #find} reads and learns at once.
 */
public final class NameFinder {

    /** How much of the text the CRF sees. */
    public enum Mode {
        /** Every sentence: the reference, about 50 articles/s per core in French. */
        CRF,
        /** Only windows around capitalised tokens not explained by known names. */
        FAST
    }

    /**
     * Tokens labelled with a candidate: one left and one right. The CRF computes their features from the whole
     * sentence ({@link SentenceWindows}), so the window only bounds its Viterbi. Measured on the 100 longest
     * trafilatura pages against the CRF on every sentence: one either side, 25% of its tokens, exact agreement
     * 0.924; two left and three right cut out of the sentence (the design before), 33% and 0.896; one left and two
     * right cut out, "la ville de Zhanaozen" typed as a person. A window whose last token is not outside a name
     * widens until it is (the CRF is unsure there: see {@link SentenceWindows}).
     */
    private static final int LEFT = 1;
    private static final int RIGHT = 1;

    /**
     * CRF tokens per article in the fast mode: about four times what a typical article needs, so it only bites on
     * very long pages (whole dossiers, live blogs), whose cost it bounds.
     */
    public static final int DEFAULT_CRF_BUDGET = 10_000;

    private final NerModels models;
    private final Mode mode;
    private final LearnedNames known;
    private final CommonWords common;
    private final RussianNames russian;
    private final OrdinaryCapitalisedWords ordinary;
    private final int crfBudget;
    private final LongAdder crfTokens;
    /** In a reading of one document ({@link #read}): the names it found that known names should learn. */
    private List<NameSpan> learnt = List.of();

    /**
     * @param crfBudget most tokens the CRF labels per article in {@link Mode#FAST} (windows in text order; beyond it
     *                  an article's names come from known names and from repeating those found earlier in it)
     */
    public NameFinder(NerModels models, Mode mode, LearnedNames known, CommonWords common, int crfBudget) {
        this(models, mode, new Learned(known, common, new OrdinaryCapitalisedWords()), crfBudget);
    }

    /**
     * What a finder has learnt from the articles it saw (known names, common and ordinary capitalised words), which
     * makes its results depend on them. Serializable, so that a stream processor checkpoints it with the task, and a
     * restored finder goes on as the original would have. Read it only when no article is being analysed.
     */
    public static final class Learned implements java.io.Serializable {
        final LearnedNames known;
        final CommonWords common;
        final OrdinaryCapitalisedWords ordinary;

        Learned(LearnedNames known, CommonWords common, OrdinaryCapitalisedWords ordinary) {
            this.known = known;
            this.common = common;
            this.ordinary = ordinary;
        }

        /** Nothing learnt yet. */
        public static Learned none() {
            return new Learned(new LearnedNames(), new CommonWords(), new OrdinaryCapitalisedWords());
        }
    }

    /** A finder in {@link Mode#FAST} going on from what another learnt ({@link #learned()}). */
    public NameFinder(NerModels models, Learned learned) {
        this(models, Mode.FAST, learned, DEFAULT_CRF_BUDGET);
    }

    private NameFinder(NerModels models, Mode mode, Learned learned, int crfBudget) {
        LearnedNames known = learned.known;
        CommonWords common = learned.common;
        this.ordinary = learned.ordinary;
        this.models = models;
        this.mode = mode;
        this.crfBudget = crfBudget;
        this.known = known;
        this.common = common;
        this.russian = new RussianNames(models, known);
        this.crfTokens = new LongAdder();
    }

    /** A reading of one document by {@code shared}: its state as it stands, plus what this document teaches. */
    private NameFinder(NameFinder shared) {
        this.models = shared.models;
        this.mode = shared.mode;
        this.crfBudget = shared.crfBudget;
        this.known = shared.known;
        this.common = shared.common.overlay();
        this.ordinary = shared.ordinary.overlay();
        this.russian = shared.russian;
        this.crfTokens = shared.crfTokens;
    }

    /** What one document taught a finder ({@link #read}), kept apart until it is merged ({@link #learn}). */
    public static final class Lesson {
        /** What a document that no finder read teaches. */
        public static final Lesson NOTHING = new Lesson(null, null, List.of());

        private final CommonWords common;
        private final OrdinaryCapitalisedWords ordinary;
        private final List<NameSpan> names;

        private Lesson(CommonWords common, OrdinaryCapitalisedWords ordinary, List<NameSpan> names) {
            this.common = common;
            this.ordinary = ordinary;
            this.names = List.copyOf(names);
        }
    }

    /** A document's names, and what it teaches the finder. */
    public record Found(List<NameSpan> names, Lesson lesson) {
        public Found {
            names = List.copyOf(names);
        }
    }

    public NameFinder(NerModels models, Mode mode, LearnedNames known, CommonWords common) {
        this(models, mode, known, common, DEFAULT_CRF_BUDGET);
    }

    public NameFinder(NerModels models, Mode mode) {
        this(models, mode, new LearnedNames(), new CommonWords());
    }

    public NameFinder(NerModels models) {
        this(models, Mode.FAST);
    }

    /** What this finder has learnt so far (live: it goes on learning). */
    public Learned learned() {
        return new Learned(known, common, ordinary);
    }

    /**
     * The names in {@code text}, in text order, not overlapping; {@code language} is an ISO 639-1 code. Learns from
     * the text at once (the same as {@link #read} then {@link #learn}).
     */
    public List<NameSpan> find(String text, String language) {
        Found found = read(text, language);
        learn(found.lesson());
        return found.names();
    }

    /**
     * The names in {@code text}, found from what was merged so far and what the text itself teaches, and that
     * lesson, learning nothing: what it finds does not depend on other documents read at the same time.
     */
    public Found read(String text, String language) {
        NameFinder reading = new NameFinder(this);
        List<NameSpan> names = reading.findNames(text, language);
        return new Found(names, new Lesson(reading.common, reading.ordinary, reading.learnt));
    }

    /**
     * Merges what a document taught into what every later reading sees. Call it in input order and while nothing is
     * being read, for the same input to give the same names whatever the number of threads.
     */
    public synchronized void learn(Lesson lesson) {
        if (lesson.common != null) common.addAll(lesson.common);
        if (lesson.ordinary != null) ordinary.addAll(lesson.ordinary);
        known.learn(lesson.names);
    }

    private List<NameSpan> findNames(String text, String language) {
        if (text == null || text.isBlank()) return List.of();
        try {
            String lang = NerModels.normalise(language);
            var crf = models.crf(lang);
            if (crf.isPresent()) return withCrf(text, crf.get());
            if (lang.equals("ru")) return russian.find(text);
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            // A model that fails to load or chokes on a page must not lose the article: fall through.
        }
        try {
            return CapitalisedNames.find(text, common, known, NerModels.normalise(language).equals("pl") ? models.polish() : null);
        } catch (RuntimeException | StackOverflowError e) {
            return List.of();
        }
    }


    /** Tokens the CRF has labelled so far (a token in two windows counts twice): the cost that dominates. */
    public long crfTokens() {
        return crfTokens.sum();
    }

    /** Names the known-name automaton matches now. */
    public int knownNames() {
        return known.size();
    }

    private List<NameSpan> withCrf(String text, NerModels.Crf crf) {
        Annotation doc = new Annotation(text);
        crf.sentences().annotate(doc);
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        for (CoreLabel t : doc.get(CoreAnnotations.TokensAnnotation.class)) common.observe(t.word());

        List<NameSpan> fromKnown = mode == Mode.FAST ? known.match(text) : List.of();
        BitSet coveredChars = new BitSet(text.length());
        for (NameSpan n : fromKnown) coveredChars.set(n.start(), n.end());

        List<NameSpan> fromCrf = new ArrayList<>();
        int[] tokensLeft = {crfBudget};
        BitSet initials = new BitSet(text.length());
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 0; i < tokens.size(); i++) if (isInitial(tokens, i)) initials.set(tokens.get(i).beginPosition());
            if (mode == Mode.CRF) {
                crfTokens.add(tokens.size());
                CrfLabels.spans(text, crf.classifier().classifySentence(tokens), fromCrf);
            } else {
                classifyAroundCandidates(text, tokens, coveredChars, crf, tokensLeft, fromCrf);
            }
        }
        // "Le président russe", "Vendredi", "Contactez" at a sentence start: ordinary words the CRF took for a name.
        fromCrf.removeIf(n -> initials.get(n.start()) && allCommon(n.text()));
        List<NameSpan> names = DocumentNames.complete(text, fromCrf, fromKnown);
        if (mode == Mode.FAST) learnt = DocumentNames.learnable(fromCrf, names);
        return names;
    }

    private void classifyAroundCandidates(String text, List<CoreLabel> tokens, BitSet coveredChars,
                                          NerModels.Crf crf, int[] tokensLeft, List<NameSpan> out) {
        int n = tokens.size();
        int i = 0;
        SentenceWindows.Prepared prepared = null; // the sentence as the CRF reads it, made once a window needs it
        while (i < n && tokensLeft[0] > 0) {
            if (!isCandidate(tokens, i, coveredChars, crf.nouns())) {
                i++;
                continue;
            }
            if (prepared == null) prepared = SentenceWindows.prepare(crf.classifier(), tokens);
            if (prepared.surelyOutside(i)) { // the CRF's scores for the token alone already rule a name out
                i++;
                continue;
            }
            int from = Math.max(0, i - LEFT);
            int to = Math.min(n, i + RIGHT + 1);
            // Grow the window over nearby candidates, so one CRF call covers a cluster of them.
            for (int j = i + 1; j < n && j <= to + LEFT; j++) {
                if (isCandidate(tokens, j, coveredChars, crf.nouns()) && !prepared.surelyOutside(j)) to = Math.min(n, j + RIGHT + 1);
            }
            crfTokens.add(to - from);
            tokensLeft[0] -= to - from;
            List<CoreLabel> window = SentenceWindows.label(crf.classifier(), prepared, from, to);
            // A name still running at the window's right edge ("Organisation du traité de …"), or a last label the
            // CRF cannot settle without the token after it: widen and redo.
            while (to < n && !"O".equals(window.get(window.size() - 1).get(CoreAnnotations.AnswerAnnotation.class))) {
                to = Math.min(n, to + RIGHT + 1);
                crfTokens.add(to - from);
                tokensLeft[0] -= to - from;
                window = SentenceWindows.label(crf.classifier(), prepared, from, to);
            }
            CrfLabels.spans(text, window, out);
            learnOrdinary(window);
            i = to;
        }
    }

    /** Remembers, for every capitalised word of a labelled window, whether the CRF put it inside a name. */
    private void learnOrdinary(List<CoreLabel> window) {
        for (CoreLabel t : window) {
            String word = t.word();
            if (!word.isEmpty() && Character.isUpperCase(word.codePointAt(0))) {
                ordinary.observe(word, CrfLabels.type(t.get(CoreAnnotations.AnswerAnnotation.class)) != null);
            }
        }
    }

    private boolean isCandidate(List<CoreLabel> tokens, int i, BitSet coveredChars, CommonNouns nouns) {
        CoreLabel t = tokens.get(i);
        String word = t.word();
        if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) return false;
        if (coveredChars.get(t.beginPosition())) return false;
        if (ordinary.isOrdinary(word)) return false;
        if (nouns != null && nouns.contains(word)) return false;
        return !(isInitial(tokens, i) && common.contains(word));
    }

    /** After a sentence start, an opening quote or a dash, capitals are the writing's, not the name's. */
    private static boolean isInitial(List<CoreLabel> tokens, int i) {
        return i == 0 || !hasLetterOrDigit(tokens.get(i - 1).word()) && !tokens.get(i - 1).word().equals(",");
    }

    private boolean allCommon(String name) {
        return everyWord(name, common::contains);
    }

    /**
     * Whether {@code test} holds for every word of {@code name}: each run of letters and marks, the non-empty parts of
     * {@code name.split("[^\\p{L}\\p{M}]+")}, asked in order, without the regex and the array.
     */
    static boolean everyWord(String name, java.util.function.Predicate<String> test) {
        int n = name.length();
        for (int i = 0; i < n; ) {
            while (i < n && !letterOrMark(name.codePointAt(i))) i += Character.charCount(name.codePointAt(i));
            int start = i;
            while (i < n && letterOrMark(name.codePointAt(i))) i += Character.charCount(name.codePointAt(i));
            if (i > start && !test.test(name.substring(start, i))) return false;
        }
        return true;
    }

    /** What \p{L} or \p{M} matches: a letter or a (combining) mark. */
    static boolean letterOrMark(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                 Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> true;
            default -> false;
        };
    }

    static boolean hasLetterOrDigit(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isLetterOrDigit(s.charAt(i))) return true;
        return false;
    }
}
