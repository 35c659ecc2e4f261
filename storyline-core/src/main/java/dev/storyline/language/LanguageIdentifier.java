package dev.storyline.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import com.github.pemistahl.lingua.internal.Ngram;
import com.github.pemistahl.lingua.internal.TestDataLanguageModel;
import it.unimi.dsi.fastutil.objects.Object2FloatMap;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Pattern;

/**
 * The language stage: the ISO 639-1 code of an article's language, or null when the text is too short or
 * too mixed to tell. Lingua, restricted to the languages Storyline supports (all of them costs 1.3 GB and
 * 11 s to load; these few, a fraction of it).
 * <p>
 * Lingua's {@code detectLanguageOf} hands every text to the JVM's common fork-join pool (one task per n-gram length,
 * a single one for texts of 120 characters and more) and waits for it; with the analysis on every core, that
 * hand-off cost 2.7 ms of wall time per article for 0.4 ms of work, and the pool's thread ran outside the analysis's
 * threads. {@link #identify} runs the same steps of Lingua 1.2.2 on the calling thread, in the same order, so the
 * answers are Lingua's own ({@code LanguageIdentifierTest} compares them with {@code detectLanguageOf}); the steps are
 * Lingua's internal functions (Kotlin {@code internal}: public in the bytecode under a {@code $lingua} suffix), tied
 * to the version pinned in the parent pom.
 * <p>
 * The n-gram probabilities (n ≥ 2) are summed here too: Lingua looks each n-gram up through a {@code synchronized}
 * block on its JVM-wide model map (one monitor per look-up, a few thousand an article, taken by every analysis
 * thread) and tests each n-gram of the text with a regular expression; this class resolves each language's model
 * once (through Lingua, which loads it) and then reads it without the monitor, and tests letters with
 * {@link Character#isLetter(int)}, which is what {@code \p{L}} matches. The sums are the same floats added in the
 * same order (the n-grams in a {@link HashSet} of the same strings, inserted in the same order).
 */
public final class LanguageIdentifier {

    /** The languages Storyline identifies; other text is reported as the closest of these or as unknown. */
    public static final List<Language> SUPPORTED = List.of(
            Language.FRENCH, Language.ENGLISH, Language.GERMAN, Language.SPANISH, Language.RUSSIAN,
            Language.ITALIAN, Language.PORTUGUESE, Language.DUTCH, Language.TURKISH, Language.ARABIC,
            Language.POLISH, Language.UKRAINIAN);

    /**
     * Enough text for a reliable answer: Lingua is as good on a paragraph as on a whole article. On the 989
     * trafilatura pages, 1,000 characters give the same language as 2,000 on all but 2, in half the time; 500 the
     * same as 1,000 on all but 3 (each a page Lingua calls unknown with one sample and not with the other), in half
     * the time again (about 0.4 ms of CPU a page).
     */
    private static final int SAMPLE_CHARS = 500;

    /** The least gap between the best language's confidence and the next one's for an answer. */
    private static final double MINIMUM_RELATIVE_DISTANCE = 0.05;

    /** Lingua's constants of the same names (1.2.2): a text of no letter, and from which length trigrams alone count. */
    private static final Pattern NO_LETTER = Pattern.compile("^[^\\p{L}]+$");
    private static final int HIGH_ACCURACY_MODE_MAX_TEXT_LENGTH = 120;

    private final LanguageDetector detector;

    /** Lingua's model of each supported language and n-gram length, resolved once: index {@code language * 6 + n}. */
    private final AtomicReferenceArray<Object2FloatMap<String>> models = new AtomicReferenceArray<>(SUPPORTED.size() * 6);
    private volatile LogProbabilities logProbabilities;

    public LanguageIdentifier() {
        this.detector = linguaDetector();
    }

    /** Lingua's detector as Storyline configures it (its {@code detectLanguageOf} is what {@link #identify} matches). */
    static LanguageDetector linguaDetector() {
        return LanguageDetectorBuilder.fromLanguages(SUPPORTED.toArray(Language[]::new))
                .withMinimumRelativeDistance(MINIMUM_RELATIVE_DISTANCE)
                .build();
    }

    /** @return an ISO 639-1 code ("fr"), or null when unknown */
    public String identify(String title, String text) {
        String sample = sample(title, text);
        if (sample.isBlank()) return null;
        Language language = detectLanguageOf(sample);
        if (language == Language.UNKNOWN) return null;
        return language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    }

    /** What of an article Lingua reads: its title and the start of its text. */
    static String sample(String title, String text) {
        String sample = ((title == null ? "" : title + "\n") + (text == null ? "" : text));
        return sample.length() > SAMPLE_CHARS ? sample.substring(0, SAMPLE_CHARS) : sample;
    }

    /** Lingua's {@code detectLanguageOf(text)} (1.2.2, high accuracy mode), on this thread. */
    Language detectLanguageOf(String text) {
        String cleaned = detector.cleanUpInputText$lingua(text);
        if (cleaned.isEmpty() || NO_LETTER.matcher(cleaned).matches()) return Language.UNKNOWN;
        List<String> words = detector.splitTextIntoWords$lingua(cleaned);
        Language byRules = detector.detectLanguageWithRules$lingua(words);
        if (byRules != Language.UNKNOWN) return byRules;
        Set<Language> candidates = detector.filterLanguagesByRules$lingua(words);
        if (candidates.size() == 1) return candidates.iterator().next();

        boolean trigramsOnly = cleaned.length() >= HIGH_ACCURACY_MODE_MAX_TEXT_LENGTH;
        List<Map<Language, Float>> probabilities = new ArrayList<>(5);
        Map<Language, Integer> unigramCounts = Map.of();
        for (int n = trigramsOnly ? 3 : 1; n <= (trigramsOnly ? 3 : 5); n++) {
            if (cleaned.length() < n) continue;
            if (n == 1) {
                TestDataLanguageModel unigrams = TestDataLanguageModel.Companion.fromText(cleaned, 1);
                Map<Language, Float> byLanguage = detector.computeLanguageProbabilities$lingua(unigrams, candidates);
                unigramCounts = detector.countUnigramsOfInputText$lingua(unigrams, unigramLanguages(candidates, byLanguage));
                probabilities.add(byLanguage);
            } else {
                probabilities.add(ngramProbabilities(cleaned, n, candidates));
            }
        }
        return mostLikely(detector.sumUpProbabilities$lingua(probabilities, unigramCounts, candidates));
    }

    /** Lingua's {@code TestDataLanguageModel.fromText(text, n)}: the text's distinct n-grams made of letters only. */
    static Set<String> ngramsOf(String text, int n) {
        Set<String> ngrams = new HashSet<>();
        for (int i = 0; i <= text.length() - n; i++) {
            if (lettersOnly(text, i, i + n)) ngrams.add(text.substring(i, i + n));
        }
        return ngrams;
    }

    /** Whether every code point of {@code text[from, to)} is a letter, as the regular expression {@code \p{L}+}. */
    private static boolean lettersOnly(String text, int from, int to) {
        if (from == to) return false;
        for (int i = from; i < to; ) {
            int codePoint = text.codePointAt(i);
            // a pair cut by the window's end is a lone surrogate inside it, no letter (as for the regex)
            if (i + Character.charCount(codePoint) > to) return false;
            if (!Character.isLetter(codePoint)) return false;
            i += Character.charCount(codePoint);
        }
        return true;
    }

    /**
     * Lingua's {@code computeLanguageProbabilities}: for each candidate, the sum of the logs of the n-grams'
     * probabilities (each n-gram backing off to its prefixes until one is known), kept when below zero.
     */
    Map<Language, Float> ngramProbabilities(String cleanedText, int n, Set<Language> candidates) {
        Set<String> ngrams = ngramsOf(cleanedText, n);
        if (n == 3) return trigramProbabilities(ngrams, candidates);
        Map<Language, Float> probabilities = new LinkedHashMap<>();
        for (Language language : candidates) {
            int languageModels = SUPPORTED.indexOf(language) * 6;
            float sum = 0f;
            for (String ngram : ngrams) {
                for (int length = ngram.length(); length >= 1; length--) {
                    float probability = model(languageModels + length, language, length)
                            .getFloat(length == ngram.length() ? ngram : ngram.substring(0, length));
                    if (probability > 0f) {
                        sum += (float) Math.log(probability);
                        break;
                    }
                }
            }
            if (sum < 0.0) probabilities.put(language, sum);
        }
        return probabilities;
    }

    /**
     * The same sums for trigrams (every text of 120 characters or more), from {@link LogProbabilities}: one look-up
     * per trigram (and per prefix it backs off to) for all languages, instead of one per language. Each language's
     * sum adds the same floats in the same order (the trigrams', in the set's order).
     */
    private Map<Language, Float> trigramProbabilities(Set<String> trigrams, Set<Language> candidates) {
        LogProbabilities logs = logProbabilities();
        float[] sums = new float[SUPPORTED.size()];
        boolean[] wanted = new boolean[SUPPORTED.size()];
        for (Language language : candidates) wanted[SUPPORTED.indexOf(language)] = true;
        for (String trigram : trigrams) {
            float[] tri = logs.trigrams.get(trigram);
            float[] bi = null, uni = null;
            for (int l = 0; l < sums.length; l++) {
                if (!wanted[l]) continue;
                if (tri != null && !Float.isNaN(tri[l])) {
                    sums[l] += tri[l];
                    continue;
                }
                if (bi == null) bi = logs.of(logs.bigrams, trigram.substring(0, 2));
                if (!Float.isNaN(bi[l])) {
                    sums[l] += bi[l];
                    continue;
                }
                if (uni == null) uni = logs.of(logs.unigrams, trigram.substring(0, 1));
                if (!Float.isNaN(uni[l])) sums[l] += uni[l];
            }
        }
        Map<Language, Float> probabilities = new LinkedHashMap<>();
        for (Language language : candidates) {
            float sum = sums[SUPPORTED.indexOf(language)];
            if (sum < 0.0) probabilities.put(language, sum);
        }
        return probabilities;
    }

    private LogProbabilities logProbabilities() {
        LogProbabilities logs = logProbabilities;
        if (logs == null) {
            synchronized (this) {
                if (logProbabilities == null) logProbabilities = new LogProbabilities(this);
                logs = logProbabilities;
            }
        }
        return logs;
    }

    /**
     * Lingua's uni-, bi- and trigram models of every supported language, merged: for each n-gram, the float log of
     * its probability in each language ({@link #SUPPORTED}'s order), NaN where the language's model lacks it. Made on
     * the first text of 120 characters or more (all twelve languages' models loaded, about 0.5 s; some tens of MB).
     */
    private static final class LogProbabilities {
        private static final float[] NONE = new float[SUPPORTED.size()];

        static {
            java.util.Arrays.fill(NONE, Float.NaN);
        }

        final Map<String, float[]> unigrams, bigrams, trigrams;

        LogProbabilities(LanguageIdentifier owner) {
            unigrams = merged(owner, 1);
            bigrams = merged(owner, 2);
            trigrams = merged(owner, 3);
        }

        float[] of(Map<String, float[]> logs, String ngram) {
            float[] found = logs.get(ngram);
            return found == null ? NONE : found;
        }

        private static Map<String, float[]> merged(LanguageIdentifier owner, int length) {
            Map<String, float[]> merged = new java.util.HashMap<>();
            for (int l = 0; l < SUPPORTED.size(); l++) {
                Object2FloatMap<String> model = owner.model(l * 6 + length, SUPPORTED.get(l), length);
                for (Object2FloatMap.Entry<String> e : model.object2FloatEntrySet()) {
                    float probability = e.getFloatValue();
                    if (!(probability > 0f)) continue;
                    float[] logs = merged.computeIfAbsent(e.getKey(), k -> NONE.clone());
                    logs[l] = (float) Math.log(probability);
                }
            }
            return merged;
        }
    }

    /** Lingua's model of a language for n-grams of a length (at {@code index} in {@link #models}), loaded by Lingua on first use and then kept here. */
    private Object2FloatMap<String> model(int index, Language language, int length) {
        Object2FloatMap<String> model = models.get(index);
        if (model == null) {
            model = loadedModel(language, length);
            models.set(index, model);
        }
        return model;
    }

    /** Has Lingua load the model (a look-up of any n-gram of that length does) and takes it under Lingua's own lock. */
    private Object2FloatMap<String> loadedModel(Language language, int length) {
        String letters = "a".repeat(length);
        Set<Ngram> one = TestDataLanguageModel.Companion.fromText(letters, length).getNgrams();
        detector.computeSumOfNgramProbabilities$lingua(language, one);
        EnumMap<Language, Object2FloatMap<String>> byLanguage = switch (length) {
            case 1 -> LanguageDetector.Companion.getUnigramLanguageModels$lingua();
            case 2 -> LanguageDetector.Companion.getBigramLanguageModels$lingua();
            case 3 -> LanguageDetector.Companion.getTrigramLanguageModels$lingua();
            case 4 -> LanguageDetector.Companion.getQuadrigramLanguageModels$lingua();
            case 5 -> LanguageDetector.Companion.getFivegramLanguageModels$lingua();
            default -> throw new IllegalArgumentException("no Lingua model of " + length + "-grams");
        };
        synchronized (byLanguage) {
            Object2FloatMap<String> model = byLanguage.get(language);
            if (model == null) throw new IllegalStateException("Lingua did not load its " + length + "-gram model of " + language);
            return model;
        }
    }

    /** The candidates that have a unigram probability, or all of them when none has. */
    private static Set<Language> unigramLanguages(Set<Language> candidates, Map<Language, Float> unigramProbabilities) {
        if (unigramProbabilities.isEmpty()) return candidates;
        Set<Language> languages = new LinkedHashSet<>();
        for (Language language : candidates) if (unigramProbabilities.containsKey(language)) languages.add(language);
        return languages;
    }

    /**
     * The language of highest summed log-probability when its confidence (highest sum ÷ a language's sum) is clearly
     * ahead of the next best; ties of confidence go to the earlier language, as in Lingua's sorted confidence map.
     */
    private static Language mostLikely(Map<Language, Float> sums) {
        if (sums.isEmpty()) return Language.UNKNOWN;
        float highest = Float.NEGATIVE_INFINITY;
        for (float sum : sums.values()) highest = Math.max(highest, sum);
        Language best = null, second = null;
        double bestConfidence = 0, secondConfidence = 0;
        for (Map.Entry<Language, Float> e : sums.entrySet()) {
            double confidence = highest / e.getValue();
            if (best == null || ranksBefore(confidence, e.getKey(), bestConfidence, best)) {
                second = best;
                secondConfidence = bestConfidence;
                best = e.getKey();
                bestConfidence = confidence;
            } else if (second == null || ranksBefore(confidence, e.getKey(), secondConfidence, second)) {
                second = e.getKey();
                secondConfidence = confidence;
            }
        }
        if (second == null) return best;
        if (bestConfidence == secondConfidence) return Language.UNKNOWN;
        return bestConfidence - secondConfidence < MINIMUM_RELATIVE_DISTANCE ? Language.UNKNOWN : best;
    }

    private static boolean ranksBefore(double confidence, Language language, double otherConfidence, Language other) {
        return confidence > otherConfidence || confidence == otherConfidence && language.compareTo(other) < 0;
    }
}
