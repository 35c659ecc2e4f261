package dev.storyline.events;

import dev.storyline.AnalyzedArticle;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Events across languages on independent-style reports with graded ratings (crosslang/README.md, "Graded"): the
 * window similarity's Pearson with the ratings across languages comes near that within one language, beats a TF-IDF
 * cosine, and one threshold joins about the same share of same-event pairs across languages as within, hardly any
 * unrelated pair. Floors a little under what the dev part (tuned on) and the seven held-out parts (never tuned on) give;
 * one method, so that the analysis (the NER models) runs once per part.
 */
class GradedCrossLanguageEvaluationTest {

    private record Figures(CrossLanguageEvaluation.GradedSimilarity ours, CrossLanguageEvaluation.GradedSimilarity withoutLexicon,
                           CrossLanguageEvaluation.GradedSimilarity tfIdf) {
    }

    private static Figures measure(String file, int expectedReports) throws IOException {
        List<CrossLanguageEvaluation.Report> reports;
        try (InputStream in = GradedCrossLanguageEvaluationTest.class.getResourceAsStream("crosslang/" + file)) {
            assertNotNull(in, file + " is on the test classpath");
            reports = CrossLanguageEvaluation.read(in, file);
        }
        assertEquals(expectedReports, reports.size());
        assertTrue(CrossLanguageEvaluation.graded(reports), "every report of " + file + " has a story");
        List<AnalyzedArticle> analyzed = CrossLanguageEvaluation.analyze(reports, null);
        FeatureExtractor standard = FeatureExtractor.standard(), plain = CrossLanguageEvaluation.withoutLexicon();
        CrossLanguageEvaluation.Clustering ours = CrossLanguageEvaluation.clustering(reports,
                analyzed.stream().map(standard::features).toList(), ClusteringConfig.defaults());
        CrossLanguageEvaluation.Clustering before = CrossLanguageEvaluation.clustering(reports,
                analyzed.stream().map(plain::features).toList(), ClusteringConfig.defaults());
        Figures figures = new Figures(ours.graded(reports), before.graded(reports),
                CrossLanguageEvaluation.graded(reports, CrossLanguageEvaluation.tfIdfCosine(reports, new TermAnalyzer()), null));
        System.out.println(file + ": ours " + figures.ours() + "; without the lexicon " + figures.withoutLexicon()
                + "; TF-IDF " + figures.tfIdf());
        return figures;
    }

    @Test
    void crossLanguagePairsCorrelateWithRatingsNearlyAsWellAsSameLanguageOnesAndJoinAsOften() throws IOException {
        // Measured (crosslang notes): dev same-language Pearson 0.754, cross-language 0.743 (TF-IDF 0.751, 0.491);
        // similar pairs joined 12 of 16 within, 88 of 116 across; dissimilar 0 of 219, 2 of 790. Held-out 0.746, 0.698
        // (TF-IDF 0.786, 0.525); joined 14 of 16, 87 of 105; dissimilar 0 of 227, 1 of 702. Held-out 2 0.798, 0.792
        // (TF-IDF 0.686, 0.694); joined 8 of 8, 74 of 82; dissimilar 2 of 167, 10 of 579. Without the lexicon:
        // cross-language Pearson 0.630, 0.585 and 0.782; 50, 45 and 78 similar pairs joined. Places across languages
        // (notes/names-places.md): dev 0.755, 0.752; held-out 0.747, 0.698; held-out 2 0.800, 0.792; joined as before. With
        // a time's day as a date feature and Italian dates (notes/dates-de.md), both merged: dev 0.772, 0.789 (joined 92 of
        // 116 across); held-out 0.755, 0.716 (95 of 105); held-out 2 0.803, 0.792 (78 of 82; dissimilar 5 of 579).
        // Italian in the lexicon, Spanish and Italian through German, regnal names (notes/crosslang.md): dev 0.774,
        // 0.799 (108 of 116 joined, 82 without the lexicon; 1 of 790 dissimilar); held-out 0.753, 0.720 (95 of 105); held-out 2 0.804, 0.789 (78 of 82, 5 of
        // 579); held-out 3 0.812, 0.859 (78 of 82, 3 of 579; TF-IDF 0.765; without the lexicon 0.860, 74 joined).
        // Six Polish reports added to dev (session 11): at main 5ea411c the 56 reports give 0.740, 0.788; joined 133 of
        // 154 across (0.864; the 50 gave 108 of 116, 0.931), 1 of 1021 dissimilar; without the lexicon 0.718, 102 joined.
        // Polish lemmas and Polish key terms (notes/crosslang.md, session 11): dev 0.743, 0.793 (138 of 154 joined, 1 of
        // 1021 dissimilar; without the lexicon 0.721, 102; TF-IDF 0.512); held-out 0.753, 0.721; held-out 2 0.804,
        // 0.789; held-out 3 0.812, 0.860 (joins unchanged on all three). Polish names by the Polish dictionary, untyped
        // names joining typed places, Polish city names (notes/crosslang2.md, session 12; main 310da1f gave dev 0.764,
        // 0.807): dev 0.756, 0.806 (144 of 154 joined, 1 of 1021; without the lexicon 0.743, 113); held-out 0.753,
        // 0.721 (95 of 105); held-out 2 0.805, 0.793 (78 of 82, 5 of 579); held-out 3 0.812, 0.861 (78 of 82, 3 of 579).
        // Round numbers counted as a quarter of a number (session 19, notes19/crosslang-pos.md; int 6e640ee gave dev
        // 0.752, 0.805): dev 0.761, 0.815 (148 of 154 joined, 0 of 1021); held-out 0.754, 0.724 (95 of 105; 15 of 16
        // within, was 16); held-out 2 0.799, 0.795 (78 of 82); held-out 3 0.823, 0.861 (78 of 82).
        // A headword read as itself where its stem is shared with other senses, German function words as stop words
        // (session 21, notes21/crosslang6.md; int 047b0dfc gave dev 0.761, 0.815): dev 0.766, 0.818 (148 of 154, 0 of 1021).
        Figures dev = measure("graded-dev.jsonl", 56);
        assertTrue(dev.ours().crossLanguage().pearson() >= 0.81, "dev " + dev.ours());
        assertTrue(dev.ours().crossLanguage().pearson() >= dev.ours().sameLanguage().pearson() - 0.01, "dev gap " + dev.ours());
        // 0.90 before the Polish reports; Polish has no dictionary, so its pairs join less often (0.864 at main).
        assertTrue(dev.ours().crossLanguage().similarJoinedShare() >= 0.95, "dev " + dev.ours());
        assertTrue(dev.ours().crossLanguage().dissimilarJoinedShare() <= 0.005, "dev " + dev.ours());
        assertTrue(dev.ours().crossLanguage().pearson() > dev.tfIdf().crossLanguage().pearson() + 0.25, "dev vs TF-IDF " + dev.tfIdf());
        // The lexicon's own gain: 34 pairs before the places across languages, 26 since (without the lexicon the
        // places now join 58 pairs, were 50; with it 84, as before); 14 since dates give a time's day (without 78,
        // with 92), and Pearson 0.719 -> 0.789: shared places and days now do part of the words' work; 25 with Italian
        // and the words through German (without 78, with 103); 24 since round numbers count as a quarter of a number
        // (without 124, was 113; with 148, was 144): fewer reports rest on a shared round number, with or without words.
        assertTrue(dev.ours().crossLanguage().similarJoined() > dev.withoutLexicon().crossLanguage().similarJoined() + 20,
                "dev without the lexicon " + dev.withoutLexicon());
        assertTrue(dev.ours().crossLanguage().pearson() > dev.withoutLexicon().crossLanguage().pearson() + 0.06,
                "dev without the lexicon " + dev.withoutLexicon());

        Figures heldOut = measure("graded-heldout.jsonl", 48);
        CrossLanguageEvaluation.Graded cross = heldOut.ours().crossLanguage(), same = heldOut.ours().sameLanguage();
        assertTrue(cross.pearson() >= 0.72, "held-out " + heldOut.ours());
        assertTrue(cross.pearson() >= same.pearson() - 0.035, "held-out gap " + heldOut.ours());
        assertTrue(cross.pearson() > heldOut.tfIdf().crossLanguage().pearson() + 0.17, "held-out vs TF-IDF " + heldOut.tfIdf());
        assertTrue(cross.similarJoinedShare() >= 0.88, "held-out " + heldOut.ours());
        assertTrue(cross.similarJoinedShare() >= same.similarJoinedShare() - 0.1, "held-out joined " + heldOut.ours());
        assertTrue(cross.dissimilarJoinedShare() <= 0.01 && same.dissimilarJoinedShare() <= 0.02, "held-out " + heldOut.ours());
        assertTrue(cross.pearson() > heldOut.withoutLexicon().crossLanguage().pearson() + 0.07
                && cross.similarJoined() > heldOut.withoutLexicon().crossLanguage().similarJoined() + 30, "held-out without the lexicon " + heldOut.withoutLexicon());

        // Written after the held-out part had been measured, never tuned on.
        Figures second = measure("graded-heldout2.jsonl", 42);
        cross = second.ours().crossLanguage();
        same = second.ours().sameLanguage();
        assertTrue(cross.pearson() >= 0.785, "held-out 2 " + second.ours());
        assertTrue(cross.pearson() >= same.pearson() - 0.03, "held-out 2 gap " + second.ours());
        assertTrue(cross.pearson() > second.tfIdf().crossLanguage().pearson() + 0.07, "held-out 2 vs TF-IDF " + second.tfIdf());
        assertTrue(cross.similarJoinedShare() >= 0.92, "held-out 2 " + second.ours());
        assertTrue(cross.dissimilarJoinedShare() <= 0.025 && same.dissimilarJoinedShare() <= 0.02, "held-out 2 " + second.ours());
        assertTrue(cross.pearson() >= second.withoutLexicon().crossLanguage().pearson(), "held-out 2 without the lexicon " + second.withoutLexicon());

        // Written in session 10 before its changes (measured once at main: 0.814, 0.861; 78 of 82 joined, 3 of 579
        // dissimilar), never tuned on.
        Figures third = measure("graded-heldout3.jsonl", 42);
        assertUnseenPart("held-out 3", third, 0.855, 0.07, 0.92, 0.01, 0.02);

        // Written in session 20 before its changes (measured once at int 0c1cabb: 0.851, 0.860; 71 of 82 joined, 0 of
        // 574 dissimilar; within a language 7 of 8, 0 of 167; TF-IDF 0.766, 0.659; without the lexicon 0.834, 0.848
        // with 67 joined), never tuned on.
        Figures fourth = measure("graded-heldout4.jsonl", 42);
        assertUnseenPart("held-out 4", fourth, 0.85, 0.15, 0.85, 0.01, 0.02);

        // Written in session 21 before its changes (measured once at int 047b0dfc: 0.778, 0.782; 61 of 87 joined, 8 of
        // 635 dissimilar; within a language 7 of 8, 1 of 173; TF-IDF 0.647, 0.622; without the lexicon 0.772, 0.756
        // with 61 joined), never tuned on. Hard by design: two floods in Italy, two rulings of the US Supreme Court, a
        // heat record told with few names. Second and last look, with the session's headwords-by-word and German stop
        // words: 0.769, 0.783; 63 of 87 joined, 8 of 635; within 7 of 8, 1 of 173.
        Figures fifth = measure("graded-heldout5.jsonl", 43);
        assertUnseenPart("held-out 5", fifth, 0.775, 0.15, 0.70, 0.015, 0.01);

        // Written in session 22 before its changes (measured once at int 17e3e098: 0.680, 0.811; 68 of 82 joined, 35 of
        // 598 dissimilar; within a language 6 of 8, 11 of 173; TF-IDF 0.667, 0.642; without the lexicon 0.686, 0.784
        // with 62 joined), never tuned on. Hard by design: two attacks on Trump and a third attack, two resignations
        // in Downing Street; the dissimilar pairs joined are this part's hard negatives (its floors allow them).
        // The session kept no code change: the second and last look gave the same figures.
        Figures sixth = measure("graded-heldout6.jsonl", 42);
        assertUnseenPart("held-out 6", sixth, 0.80, 0.15, 0.80, 0.065, 0.07);

        // Written in session 23 before its changes (measured once at int f09418a7: 0.757, 0.857; 88 of 92 joined, 0 of
        // 673 dissimilar; within a language 7 of 8, 0 of 173; TF-IDF 0.677, 0.628; without the lexicon 0.725, 0.824
        // with 77 joined), never tuned on. Hard by design: two knife attacks in Germany, two coups a month apart, a
        // shipwreck told with few names, a population count told through numbers, a dam whose places each language
        // names its own way. The session kept no code change: its final code is the base the first look measured.
        Figures seventh = measure("graded-heldout7.jsonl", 44);
        assertUnseenPart("held-out 7", seventh, 0.85, 0.20, 0.93, 0.01, 0.01);
    }

    /**
     * An unseen part's floors: its cross-language Pearson, at most 0.01 under its same-language one, over TF-IDF's by
     * a margin, the share of similar cross-language pairs joined, dissimilar pairs joined across and within languages,
     * and no fewer joins than without the lexicon.
     */
    private static void assertUnseenPart(String part, Figures figures, double crossFloor, double overTfIdf,
                                         double joinedFloor, double dissimilarAcross, double dissimilarWithin) {
        var cross = figures.ours().crossLanguage();
        var same = figures.ours().sameLanguage();
        assertTrue(cross.pearson() >= crossFloor, part + " " + figures.ours());
        assertTrue(cross.pearson() >= same.pearson() - 0.01, part + " gap " + figures.ours());
        assertTrue(cross.pearson() > figures.tfIdf().crossLanguage().pearson() + overTfIdf, part + " vs TF-IDF " + figures.tfIdf());
        assertTrue(cross.similarJoinedShare() >= joinedFloor, part + " " + figures.ours());
        assertTrue(cross.dissimilarJoinedShare() <= dissimilarAcross && same.dissimilarJoinedShare() <= dissimilarWithin,
                part + " " + figures.ours());
        assertTrue(cross.similarJoined() >= figures.withoutLexicon().crossLanguage().similarJoined(),
                part + " without the lexicon " + figures.withoutLexicon());
    }
}
