package dev.storyline.entities;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Name finding on real old newspapers: the Europeana Newspapers NER corpora (github.com/EuropeanaNewspapers/ner-corpora,
 * CC0; OCR of the BnF's, ONB's and Teßmann Library's papers, tagged PER/LOC/ORG by hand), kept outside the repository.
 * Run with {@code -Dstoryline.europeana=DIR}, DIR holding the folders {@code fr-check} (the BnF part from line 63,790 on:
 * L'Ouest-Éclair of 27 July 1906 and 26 July 1920, never tuned on) and {@code enp_DE.onb} (the ONB part); see
 * notes/names.md for how they are made. Skipped with a message otherwise. Prints its figures.
 */
class EuropeanaNamesEvaluationTest {

    private static final NerModels MODELS = new NerModels();

    private static Path part(String name) {
        String dir = System.getProperty("storyline.europeana");
        Assumptions.assumeTrue(dir != null && !dir.isBlank(),
                "Europeana Newspapers NER corpora not given (-Dstoryline.europeana=DIR): skipped");
        Path part = Path.of(dir, name);
        Assumptions.assumeTrue(Files.exists(part), part + " absent: skipped");
        return part;
    }

    private static NameFinderEvaluation.Scores score(String name, String language) throws IOException {
        var gold = BioGold.read(part(name));
        var scores = NameFinderEvaluation.evaluate(new NameFinder(MODELS), gold, language, BioGold.TYPES);
        System.out.println("== Europeana " + name + " (" + gold.size() + " documents), fast design\n" + scores.table());
        return scores;
    }

    @Test
    void frenchNewspapersOf1906And1920ScoreAboveTheirFloor() throws IOException {
        var scores = score("fr-check", "fr");
        // Reached 0.542 exact / 0.634 overlap (before the street, noise and title rules: 0.502 / 0.615), December 2026.
        assertTrue(scores.exact().get("ALL").f1() >= 0.52, "exact F1 " + scores.exact().get("ALL").f1());
        assertTrue(scores.overlap().get("ALL").f1() >= 0.62, "overlap F1 " + scores.overlap().get("ALL").f1());
        assertTrue(scores.exact().get("LOC").f1() >= 0.50, "LOC exact F1 " + scores.exact().get("LOC").f1());
        // ORG reached 0.216 with lower-case establishments ("lycée de Saint-Brieuc", 0.195) and newspapers' titles; 0.152
        // before, 0.149 before the domain complements and bare heads; see notes on why it stays low. Then 0.216 / 0.293
        // -> 0.247 / 0.329 (exact / overlap) with unaccented titles, seats, participle heads and boundaries (names-org).
        // -> 0.251 / 0.333 with ships, headings in capitals, run-on names giving way and misread titles (names-org,
        // second round; the ships move fr-tune, 0.250 -> 0.437, far more than this set).
        // -> 0.255 / 0.337 with titles in quotes holding a word of the press (names-org, third round).
        // -> 0.256 / 0.338 with dotted abbreviations after an article (names-fr; its acting "l'Etat" was withdrawn).
        // -> 0.257 / 0.339 with adjectives such as "publics", "suprême" (names-org10; its port-news ships, OCR broken
        // words, "à vapeur" and federations move fr-tune, 0.439 -> 0.480, not this set). Floors kept.
        // -> 0.259 / 0.341 with papers in quotes after a press noun, ships in quotes after "naufrage du", "école" in
        // lower case, "au" after a verb of telling, headings of common words dropped (names-org11; fr-tune 0.480 -> 0.497).
        // -> 0.359 / 0.435 with hyphenated houses of the stage ("Folies-Bergère", "Opéra-Comique", "Gaumont-Palace") and
        // "Journal Officiel" (names-org12, tuned on fr-check-a: its programmes of Paris theatres).
        // -> 0.392 / 0.463 with "cour d'appel de Paris", "la Ville de Rennes", shares quoted in a market report and
        // "Café de Paris" (names-org13, tuned on fr-check-a and fr-tune).
        assertTrue(scores.exact().get("ORG").f1() >= 0.385, "ORG exact F1 " + scores.exact().get("ORG").f1());
        assertTrue(scores.overlap().get("ORG").f1() >= 0.455, "ORG overlap F1 " + scores.overlap().get("ORG").f1());
    }

    /**
     * fr-check cut in two by page (docs/evaluations/names.md, session 20, has the recipe): {@code fr-check-a} a second
     * tuning set, {@code fr-check-b} the check. Each skipped with a message when its folder is absent.
     */
    @Test
    void frenchCheckHalfAScoresAboveItsFloor() throws IOException {
        var a = score("fr-check-a", "fr");
        // ORG 0.303 / 0.387 -> 0.364 / 0.442 (names-org12) -> 0.405 / 0.477 (names-org13) -> 0.410 / 0.482 (names-org14:
        // "café Fonlanges", "agence Fournier" in lower case) -> 0.419 / 0.482 (names-org15: "tribunal de Reims | Substitut",
        // the next item's word cut off; PER 0.679 -> 0.686 with names after "M." / "M*" as persons) -> 0.422 / 0.482
        // (names-org16: "L'Ouest-Eclair", "Le Comité national" without the sentence's article) -> 0.440 / 0.500
        // (names-org17: "LE MATIN" as a running head, "l'Opéra" by its one word) -> 0.451 / 0.510 (names-org18: "la
        // République" alone the state as a body) -> 0.468 / 0.526 (names-org19: "la Ville" alone the town as a body;
        // fr-check-b unchanged).
        assertTrue(a.exact().get("ORG").f1() >= 0.464, "fr-check-a ORG exact F1 " + a.exact().get("ORG").f1());
        assertTrue(a.overlap().get("ORG").f1() >= 0.522, "fr-check-a ORG overlap F1 " + a.overlap().get("ORG").f1());
    }

    @Test
    void frenchCheckHalfBScoresAboveItsFloor() throws IOException {
        var b = score("fr-check-b", "fr");
        // ORG 0.210 / 0.289 -> 0.350 / 0.424 (names-org12) -> 0.379 / 0.448 (names-org13; totals only, never its
        // misses); ALL exact 0.543 -> 0.547 -> 0.386 / 0.452, ALL exact 0.548 (names-org14, lower-case houses by name)
        // -> 0.387 / 0.453, ALL exact 0.550 (names-org15, run-on institutions cut, names after a form of address persons)
        // -> 0.397 / 0.462, ALL exact 0.552 (names-org17, "l'Opéra" by its one word; run twice, totals only)
        // -> 0.406 / 0.471, ALL exact 0.553 (names-org18, "la République" alone the state, port-news days as OCR reads them).
        assertTrue(b.exact().get("ORG").f1() >= 0.401, "fr-check-b ORG exact F1 " + b.exact().get("ORG").f1());
        assertTrue(b.overlap().get("ORG").f1() >= 0.466, "fr-check-b ORG overlap F1 " + b.overlap().get("ORG").f1());
        assertTrue(b.exact().get("ALL").f1() >= 0.545, "fr-check-b exact F1 " + b.exact().get("ALL").f1());
    }

    @Test
    void austrianNewspapersScoreAboveTheirFloor() throws IOException {
        var scores = score("enp_DE.onb", "de");
        // Reached 0.581 exact / 0.736 overlap, December 2026; ORG 0.163 -> 0.176 with the German adjective rule.
        assertTrue(scores.exact().get("ALL").f1() >= 0.56, "exact F1 " + scores.exact().get("ALL").f1());
        assertTrue(scores.overlap().get("ALL").f1() >= 0.71, "overlap F1 " + scores.overlap().get("ALL").f1());
        // ORG 0.176 -> 0.183 with newspapers' titles ("Wiener Zeitung"); -> 0.259 / 0.293 with titles in quotes
        // holding a word of the press ("die „Times“", "„Reichspost“"; names-org, third round).
        assertTrue(scores.exact().get("ORG").f1() >= 0.25, "ORG exact F1 " + scores.exact().get("ORG").f1());
        assertTrue(scores.overlap().get("ORG").f1() >= 0.28, "ORG overlap F1 " + scores.overlap().get("ORG").f1());
    }
}
