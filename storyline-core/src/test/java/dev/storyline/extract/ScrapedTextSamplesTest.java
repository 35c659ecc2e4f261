package dev.storyline.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Acceptance on the two French pages every user tries first, from ../shared/samples/fr (skipped when absent). */
class ScrapedTextSamplesTest {

    private static Path samples;
    private final ScrapedTextExtractor extractor = new ScrapedTextExtractor(LocalDate.of(2026, 11, 22));

    @BeforeAll
    static void findSamples() {
        samples = Path.of(System.getProperty("storyline.shared", "../shared"), "samples", "fr");
        assumeTrue(Files.isDirectory(samples), "no French samples at " + samples.toAbsolutePath()
                + ": set -Dstoryline.shared to the shared folder to run this test");
    }

    private Article extract(String file) throws IOException {
        return extractor.extract(file, null, Files.readString(samples.resolve(file)));
    }

    @Test
    void cinktankPageGivesTheArticleWithoutNavigationCountersOrNeighbours() throws IOException {
        Article a = extract("cinktank-poutine-kazakhstan.txt");
        assertAll(
                () -> assertEquals("Poutine tient des conversations téléphoniques avec son homologue kazakh et "
                        + "d’autres alliés régionaux pour faire face à la crise", a.title()),
                () -> assertEquals("2022-01-07", a.published()),
                () -> assertEquals("Paris", a.dateline()),
                () -> assertEquals("Cinktank.com", a.source()),
                () -> assertEquals(List.of(), a.authors()),
                () -> assertTrue(a.text().startsWith("Vendredi, le président russe"), a.text()),
                () -> assertTrue(a.text().endsWith("nationaux et étrangers »."), a.text()),
                () -> assertEquals(6, a.text().split("\n").length),
                () -> assertFalse(a.text().contains("Article précédent")),
                () -> assertFalse(a.text().contains("Article suivant")),
                () -> assertFalse(a.text().contains("Accueil")),
                () -> assertFalse(a.text().lines().anyMatch(l -> l.equals("34") || l.equals("0"))));
    }

    @Test
    void anadoluPageGivesTheStoryWithoutCaptionCreditDisclaimerOrButtons() throws IOException {
        Article a = extract("aa-poutine-kazakhstan.txt");
        assertAll(
                () -> assertEquals("Vladimir Poutine discute de la situation au Kazakhstan avec ses homologues "
                        + "kazakh et ouzbek", a.title()),
                () -> assertEquals("2022-01-13", a.published()),
                () -> assertEquals(List.of("Elena Teslova"), a.authors()),
                () -> assertEquals("Moscou", a.dateline()),
                () -> assertEquals("AA", a.source()),
                () -> assertTrue(a.text().startsWith("Le président russe, Vladimir Poutine, a discuté jeudi"), a.text()),
                () -> assertTrue(a.text().endsWith("dans le rétablissement de l'ordre."), a.text()),
                () -> assertEquals(9, a.text().split("\n").length),
                () -> assertFalse(a.text().contains("Moscow City")),
                () -> assertFalse(a.text().contains("Traduit de l'anglais")),
                () -> assertFalse(a.text().contains("Seulement une partie des dépêches")),
                () -> assertFalse(a.text().contains("A Lire")),
                () -> assertFalse(a.text().contains("paylaş")));
    }
}
