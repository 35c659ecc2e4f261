package dev.storyline.time;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The scraped French samples in ../shared/samples/fr, tagged with their publication dates. */
class TimeSamplesTest {

    private static List<String> found(String sample, LocalDate published) throws IOException {
        Path file = Path.of(System.getProperty("storyline.shared", "../shared"), "samples", "fr", sample);
        assumeTrue(Files.isRegularFile(file), "sample not found at " + file.toAbsolutePath() + ": test skipped");
        return new TimeTagger().find(Files.readString(file), "fr", published).stream()
                .map(e -> e.text() + "=" + e.value()).toList();
    }

    @Test
    void anadoluStoryPublishedOnThursday() throws IOException {
        List<String> found = found("aa-poutine-kazakhstan.txt", LocalDate.of(2022, 1, 13));
        assertTrue(found.contains("jeudi=2022-01-13"), found.toString());
        assertTrue(found.contains("Le 2 janvier=2022-01-02"), found.toString());
    }

    @Test
    void cinktankStoryPublishedOnFriday() throws IOException {
        List<String> found = found("cinktank-poutine-kazakhstan.txt", LocalDate.of(2022, 1, 7));
        assertTrue(found.contains("Vendredi=2022-01-07"), found.toString());
        assertTrue(found.contains("la semaine dernière=2021-W52"), found.toString());
    }
}
