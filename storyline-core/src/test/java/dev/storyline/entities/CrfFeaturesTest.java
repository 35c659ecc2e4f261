package dev.storyline.entities;

import dev.storyline.extract.Article;
import dev.storyline.extract.ArticleExtractor;
import dev.storyline.ingest.InputReader;
import dev.storyline.ingest.RawPage;
import dev.storyline.language.LanguageIdentifier;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.sequences.SeqClassifierFlags;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link CrfFeatures} against CoreNLP's own features ({@code documentToDataAndLabels}, i.e. {@code makeDatum} and the
 * feature index), feature for feature, on every token of real sentences of the four CRF languages. Loads the four
 * CRFs (about 2 GB); the second test also reads the trafilatura evaluation pages when they are present.
 */
class CrfFeaturesTest {

    private static final NerModels MODELS = new NerModels();

    /** Sentences written for this test: the start and end of a sentence, short words, repeated names, titles. */
    private static final Map<String, List<String>> WRITTEN = Map.of(
            "fr", List.of("Le président kazakh Kassym-Jomart Tokayev a demandé l'aide de l'Organisation du traité de sécurité collective à Almaty.",
                    "Des centaines de manifestants se sont rassemblés dans la ville de Zhanaozen mardi soir, puis à Almaty ; Zhanaozen reste calme.",
                    "« Non », a dit M. Macron."),
            "en", List.of("Mr. Smith met Dr. Jones of the World Health Organization in Geneva on Tuesday, and Smith said the colour was right.",
                    "The 2024 budget: 3.5 billion dollars for the U.S. Army, said Senator Elizabeth Warren (D-Mass.) to Warren's staff.",
                    "Yes."),
            "de", List.of("Bundeskanzler Olaf Scholz hat am Dienstag in Berlin den französischen Präsidenten Emmanuel Macron empfangen, Scholz sagte danach wenig.",
                    "Die Deutsche Bank AG und die Commerzbank wollen bis 2025 rund 4.000 Stellen streichen, teilte ein Sprecher in Frankfurt am Main mit."),
            "es", List.of("El presidente Pedro Sánchez viajó a Bruselas para reunirse con Ursula von der Leyen, y Sánchez habló con la prensa.",
                    "La Organización Mundial de la Salud (OMS) informó el lunes de 1.200 casos en Madrid y Barcelona."));

    @Test
    void eachShippedModelHasItsFeaturesWithoutCoreNlpsStrings() {
        Map<String, List<String>> unknown = new HashMap<>();
        for (String language : List.of("fr", "en", "de", "es")) {
            if (featuresOf(language) == null) unknown.put(language, CrfFeatures.unknownFlags(MODELS.crf(language).orElseThrow().classifier().flags));
        }
        assertEquals(Map.of(), unknown);
    }

    @Test
    void writtenSentencesGetCoreNlpsFeaturesTokenForToken() {
        for (var e : WRITTEN.entrySet()) {
            int tokens = 0;
            for (String text : e.getValue()) tokens += compareEveryToken(e.getKey(), text);
            assertTrue(tokens > 10, e.getKey() + ": " + tokens + " tokens");
        }
    }

    @Test
    void newsPagesGetCoreNlpsFeaturesTokenForToken() {
        Path pages = Path.of(System.getProperty("storyline.shared", "../shared"), "data/extraction/trafilatura-eval/html");
        Assumptions.assumeTrue(Files.isDirectory(pages), "trafilatura pages absent (" + pages + "): skipped");
        ArticleExtractor extractor = new ArticleExtractor(LocalDate.of(2024, 1, 1));
        LanguageIdentifier languages = new LanguageIdentifier();
        Map<String, List<String>> texts = new HashMap<>();
        try (var items = new InputReader().read(List.of(pages))) {
            items.filter(RawPage.class::isInstance).map(RawPage.class::cast).forEach(page -> {
                Article a = extractor.extract(page);
                if (a.text() == null || a.text().isBlank()) return;
                String language = languages.identify(a.title(), a.text());
                if (language == null || !NerModels.hasCrf(language)) return;
                List<String> some = texts.computeIfAbsent(NerModels.normalise(language), k -> new ArrayList<>());
                if (some.size() < 12) some.add(a.text());
            });
        }
        for (String language : List.of("fr", "en", "de", "es")) {
            List<String> some = texts.getOrDefault(language, List.of());
            int tokens = 0;
            for (String text : some) tokens += compareEveryToken(language, text);
            System.out.println("CrfFeaturesTest: " + language + ", " + some.size() + " pages, " + tokens + " tokens, every feature equal");
            assertTrue(tokens > 1000, language + ": only " + tokens + " tokens compared");
        }
    }

    @Test
    void aModelWithAFeatureNotWrittenHereKeepsCoreNlpsPath() {
        CRFClassifier<CoreLabel> english = MODELS.crf("en").orElseThrow().classifier();
        SeqClassifierFlags copy = copyOf(english.flags);
        assertTrue(CrfFeatures.onlyKnownFlagsDiffer(copy));
        copy.useWordPairs = true;
        assertFalse(CrfFeatures.onlyKnownFlagsDiffer(copy));
    }

    /** Compares the two paths on every token of every sentence of {@code text}; returns the tokens compared. */
    private static int compareEveryToken(String language, String text) {
        NerModels.Crf crf = MODELS.crf(language).orElseThrow();
        CRFClassifier<CoreLabel> classifier = crf.classifier();
        CrfFeatures features = featuresOf(language);
        Annotation doc = new Annotation(text);
        crf.sentences().annotate(doc);
        int compared = 0;
        for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            // Each path on its own copies: CoreNLP's writes distributional classes into the tokens it reads.
            List<CoreLabel> ours = SentenceWindows.prepare(classifier, tokens).tokens();
            List<CoreLabel> theirs = SentenceWindows.prepare(classifier, tokens).tokens();
            CrfFeatures.Sentence s = features.sentence(ours);
            for (int i = 0; i < tokens.size(); i++) {
                int[][] got = features.cliques(s, i);
                var expected = classifier.documentToDataAndLabels(new SentenceWindows.Window(theirs, i, i + 1));
                int[][] cliques = expected.first()[0];
                assertEquals(cliques.length, got.length);
                for (int c = 0; c < cliques.length; c++) {
                    int[] want = cliques[c].clone();
                    Arrays.sort(want);
                    int position = i, clique = c;
                    assertArrayEquals(want, got[c], () -> language + ", '" + tokens.get(position).word() + "' at "
                            + position + " of " + tokens + ", clique " + clique + ": " + difference(classifier, want, got[clique]));
                }
                double[][] values = expected.third()[0];
                if (values != null) for (double[] v : values) assertNull(v, "CoreNLP gave feature values");
                compared++;
            }
        }
        return compared;
    }

    private static String difference(CRFClassifier<CoreLabel> classifier, int[] want, int[] got) {
        edu.stanford.nlp.util.Index<String> index = CommonNouns.field(classifier, "featureIndex");
        List<String> missing = new ArrayList<>(), extra = new ArrayList<>();
        for (int f : want) if (Arrays.binarySearch(got, f) < 0) missing.add(index.get(f));
        for (int f : got) if (Arrays.binarySearch(want, f) < 0) extra.add(index.get(f));
        return "missing " + missing + ", extra " + extra;
    }

    private static CrfFeatures featuresOf(String language) {
        CRFClassifier<CoreLabel> classifier = MODELS.crf(language).orElseThrow().classifier();
        return CrfFeatures.of(classifier);
    }

    private static SeqClassifierFlags copyOf(SeqClassifierFlags flags) {
        SeqClassifierFlags copy = new SeqClassifierFlags();
        for (var field : SeqClassifierFlags.class.getFields()) {
            if (java.lang.reflect.Modifier.isStatic(field.getModifiers()) || java.lang.reflect.Modifier.isFinal(field.getModifiers())) continue;
            try {
                field.set(copy, field.get(flags));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return copy;
    }
}
