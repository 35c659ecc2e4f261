package dev.storyline.entities;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotator;
import org.languagetool.Language;
import org.languagetool.language.Russian;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The heavy models name finding needs, each loaded once, lazily, on first use of its language.
 * Build one per process and share it: everything here is thread-safe once loaded.
 * CoreNLP's CRF taggers (French, English, German, Spanish) are GPL-3; LanguageTool's Russian is LGPL-2.1.
 */
public final class NerModels {

    /**
     * A language's CoreNLP tokenizer + sentence splitter (CoreNLP's {@code tokenize,ssplit}, by
     * {@link CoreNlpSentences}), its 4-class CRF (PER, LOC, ORG, MISC), and its capitalised
     * common nouns where capitals say little (German; null elsewhere).
     */
    public record Crf(Annotator sentences, CRFClassifier<CoreLabel> classifier, CommonNouns nouns) {
    }

    private static final Map<String, String> CRF_MODELS = Map.of(
            "fr", "edu/stanford/nlp/models/ner/french-wikiner-4class.crf.ser.gz",
            "en", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz",
            "de", "edu/stanford/nlp/models/ner/german.distsim.crf.ser.gz",
            "es", "edu/stanford/nlp/models/ner/spanish.ancora.distsim.s512.crf.ser.gz");

    private final Map<String, Crf> crfs = new ConcurrentHashMap<>();
    private final OnFirstUse<Language> russian = new OnFirstUse<>(Russian::new);
    /**
     * Polish's dictionary, read on the first Polish article, for the name finders and resolvers of every pipeline
     * over these models: each holding its own read the dictionary twice per pipeline (a fresh pipeline per run in
     * {@code bench pipeline}), and kept two copies of it.
     */
    private final OnFirstUse<PolishNameWords> polish = new OnFirstUse<>(PolishNameWords::new);

    /** The CRF for an ISO 639-1 language code, if CoreNLP has one (loaded on first call, ~2 s). */
    public Optional<Crf> crf(String language) {
        String lang = normalise(language);
        if (!CRF_MODELS.containsKey(lang)) return Optional.empty();
        return Optional.of(crfs.computeIfAbsent(lang, NerModels::loadCrf));
    }

    /** LanguageTool's Russian (tokenizers and morphological tagger), loaded on first call. */
    public Language russian() {
        return russian.get();
    }

    /** What Polish's dictionary says of capitalised words, read on first call. */
    PolishNameWords polish() {
        return polish.get();
    }

    public static boolean hasCrf(String language) {
        return CRF_MODELS.containsKey(normalise(language));
    }

    static String normalise(String language) {
        if (language == null) return "";
        String l = language.toLowerCase(Locale.ROOT);
        int dash = l.indexOf('-');
        return dash > 0 ? l.substring(0, dash) : l;
    }

    private static Crf loadCrf(String lang) {
        try {
            CRFClassifier<CoreLabel> classifier = CRFClassifier.getClassifier(CRF_MODELS.get(lang));
            SentenceWindows.install(classifier);
            CommonNouns nouns = lang.equals("de") ? CommonNouns.german(classifier) : null;
            // Only tokenization and sentence splitting run as annotators; the CRF is called directly so that the
            // fast path can choose which tokens it sees (and so there is one copy of each model in memory).
            return new Crf(CoreNlpSentences.of(lang), classifier, nouns);
        } catch (java.io.IOException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot load the CoreNLP NER model for " + lang + ": " + e.getMessage(), e);
        }
    }
}
