package dev.storyline.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same pages analysed on one, two and four threads give byte-identical JSON Lines: the name finder learns at
 * fixed blocks of pages and entities are resolved in input order. 160 real news pages of many sites and languages
 * (the shared trafilatura evaluation pages, in name order), with the NER models: takes a minute or two.
 */
class AnalyzeThreadsTest {

    private static final int PAGES = 160;

    @TempDir
    Path dir;

    private static String analyze(Path pages, int threads) {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new StorylineCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));
        cli.execute("analyze", "--threads", String.valueOf(threads), "--today", "2024-01-01", pages.toString());
        return out.toString();
    }

    @Test
    void oneTwoAndFourThreadsGiveTheSameLines() throws IOException {
        Path shared = Path.of(System.getProperty("storyline.shared", "../shared"), "data/extraction/trafilatura-eval/html");
        Assumptions.assumeTrue(Files.isDirectory(shared), "trafilatura pages absent (" + shared + "): skipped");
        List<Path> chosen;
        try (Stream<Path> files = Files.list(shared)) {
            chosen = files.filter(f -> f.getFileName().toString().endsWith(".html.gz")).sorted().limit(PAGES).toList();
        }
        for (Path f : chosen) Files.copy(f, dir.resolve(f.getFileName()));

        String one = analyze(dir, 1);
        assertTrue(one.lines().count() >= PAGES - 10, "most pages give an article");
        assertEquals(one, analyze(dir, 2), "two threads");
        assertEquals(one, analyze(dir, 4), "four threads");
    }
}
