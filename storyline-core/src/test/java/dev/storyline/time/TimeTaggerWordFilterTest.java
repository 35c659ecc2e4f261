package dev.storyline.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.storyline.extract.ArticleExtractor;
import dev.storyline.ingest.RawPage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The word filter of {@link TimeTagger} (words whose hash no trigger or anchor has skip the map) and its check of the
 * character after a number ({@link TimeRule#afterNumber}) are speed-ups only: the filtered tagger finds exactly what
 * the plain one (every word looked up, every rule tried at every number) finds, expression by expression.
 */
class TimeTaggerWordFilterTest {

    private static final TimeTagger FILTERED = new TimeTagger();
    private static final TimeTagger PLAIN = new TimeTagger(false);
    private static final LocalDate ANCHOR = LocalDate.of(2024, 3, 14);

    /**
     * Hand-written for this test: compounds, glued units, quarters, capitals, accents and non-Latin words, numbers
     * followed by punctuation.
     */
    private static final List<String> TEXTS = List.of(
            "Le Conseil s'est réuni jeudi à 10h30 ; il y a une dizaine d'années, le 1er mai 2014, rien. Au T3 2023, "
                    + "l'ÉTÉ dernier et chaque lundi matin. Dans 24h, d'ici la mi-juin, l'année suivante.",
            "The board met Thursday at 5 p.m. EST, Nov. 6, and said Q3 profit rose; a year earlier, in the fiscal year "
                    + "ended March 31, it lost money. Mr. Smith will succeed Daniel P. Davison Feb. 1. Last WEEK, "
                    + "two years and three months, nineteen ninety-nine, every July, on Mondays, the mid-1990s.",
            "Am Donnerstagabend um 20 Uhr tagte der Rat; vor einem halben Jahr, im Sommer des Jahres 2005, am 25. Juni "
                    + "wurde gewählt. Jahrelange Verhandlungen, zwischen 10 und 12 Uhr, heuer, nachts, HEUTE.",
            "El jueves 3 de marzo de 2022 a las 18.30, el verano del año 2005 y los domingos por la mañana; el "
                    + "ejercicio cerrado el 30 de junio. Año tras año.",
            // numbers followed by what a rule needs after them and by what none does
            "Um 10:30, 10 :30, 10: 30 am 12.03.2024, 12. 3. 2024, 2024-03-12, 3/14/2024, 3/ 14, 1./3. Mai, 5-6 Tage, "
                    + "at 10.30 p.m., 10–12 Uhr, 2024/25, 12,5 %, 7:15pm, 1999; 2001- 12:00.",
            // letters a rule requires (TimeRule#required): ages glued, hyphenated or spaced, in capitals, a long s
            "Der 45-Jährige und die 12jährigen Zwillinge, 30 JÄHRIGE, ein 7 jähriges Kind, seit 2019 gegenüber 2018, "
                    + "im Jahr 2020 und im Jahre 2021, die 3 ſtunden; il avait 40 ans, he was 50 years old.",
            "İstanbul'da Straße ǅemal ﬁnal Ωmega 2024年3月 Ⅻ ۱۲ 12ª 3º — mixed scripts with digits 2023Q4 10H30 Q3s.");

    @Test
    void handWrittenTextsInEveryLanguage() {
        for (String text : TEXTS) {
            for (String language : TimeTagger.LANGUAGES) assertSame(text, language, ANCHOR);
        }
    }

    @Test
    void bundledGoldDocuments() {
        int documents = 0;
        for (String language : TimeTagger.LANGUAGES) {
            for (TimeEvaluation.GoldDocument d : TimeGoldSet.bundled(language)) {
                assertSame(d.text(), language, d.creationTime());
                assertSame(d.text(), language, null);
                documents++;
            }
        }
        assertFalse(documents == 0);
    }

    /**
     * The one-off check on the corpora: {@code -Dstoryline.identity=LANG=DIR,...} (TimeML folders, read
     * recursively; {@code *=DIR} for a folder of HTML pages, extracted and tagged in every language). Skipped
     * unless given.
     */
    @Test
    void corporaGivenOnTheCommandLine() throws IOException {
        String given = System.getProperty("storyline.identity");
        assumeTrue(given != null && !given.isBlank(), "-Dstoryline.identity=LANG=DIR,... not given");
        for (String entry : given.split(",")) {
            String[] parts = entry.split("=", 2);
            Path dir = Path.of(parts[1]);
            int texts = 0;
            if (parts[0].equals("*")) {
                ArticleExtractor extractor = new ArticleExtractor(ANCHOR);
                for (Path f : files(dir)) {
                    String html = html(f);
                    String text = extractor.extract(new RawPage(f.getFileName().toString(), f.toString(), null, null,
                            null, null, RawPage.Kind.HTML, html, null, List.of(), null)).text();
                    for (String language : TimeTagger.LANGUAGES) assertSame(text, language, ANCHOR);
                    texts++;
                }
            } else {
                for (TimeEvaluation.GoldDocument d : TimeEvaluation.readFolder(dir)) {
                    assertSame(d.text(), parts[0], d.creationTime());
                    texts++;
                }
            }
            System.err.println("identical on " + texts + " texts of " + entry);
            assertFalse(texts == 0, "no texts in " + entry);
        }
    }

    /** A page as UTF-8, gunzipped when its name ends in .gz (any decoding serves to compare the two taggers). */
    private static String html(Path f) throws IOException {
        try (InputStream in = Files.newInputStream(f)) {
            byte[] bytes = f.toString().endsWith(".gz") ? new GZIPInputStream(in).readAllBytes() : in.readAllBytes();
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static List<Path> files(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
        return files;
    }

    private static void assertSame(String text, String language, LocalDate anchor) {
        assertEquals(PLAIN.find(text, language, anchor), FILTERED.find(text, language, anchor),
                () -> language + ": " + text.substring(0, Math.min(80, text.length())));
    }
}
