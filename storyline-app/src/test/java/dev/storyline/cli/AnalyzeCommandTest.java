package dev.storyline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The analyze command's contract, as a user scripting against it sees it. */
class AnalyzeCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private record Run(int status, List<JsonNode> lines, String stderr) {
    }

    private Run analyze(String... args) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new StorylineCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        String[] full = new String[args.length + 1];
        full[0] = "analyze";
        System.arraycopy(args, 0, full, 1, args.length);
        int status = cli.execute(full);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            if (!line.isBlank()) lines.add(JSON.readTree(line));
        }
        return new Run(status, lines, err.toString());
    }

    @Test
    void cleanTextRecordIsKeptVerbatimWithEveryContractField() throws IOException {
        Path feed = dir.resolve("feed.jsonl");
        Files.writeString(feed, """
                {"id":"a1","url":"https://example.org/a1","title":"Un titre","published":"2022-01-13T09:30:00+03:00","source":"Exemple","text":"Le président a parlé jeudi à Moscou.\\nDeuxième paragraphe du texte."}
                """);
        Run run = analyze(feed.toString());
        assertEquals(0, run.status());
        JsonNode a = run.lines().get(0);
        List<String> fields = new ArrayList<>();
        a.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("id", "url", "source", "title", "published", "authors", "dateline", "language", "text",
                "entities", "dates", "quotes"), fields);
        assertEquals("a1", a.get("id").asText());
        assertEquals("Exemple", a.get("source").asText());
        assertEquals("2022-01-13T09:30:00+03:00", a.get("published").asText());
        assertEquals("Le président a parlé jeudi à Moscou.\nDeuxième paragraphe du texte.", a.get("text").asText());
        assertEquals("fr", a.get("language").asText());
    }

    @Test
    void failuresAreLinesOnStdoutAndOnStderrAndTheExitStatusIsOne() throws IOException {
        Path good = dir.resolve("good.jsonl");
        Files.writeString(good, "{\"id\":\"ok\",\"text\":\"An article about the economy and the markets today.\"}\n{broken\n");
        Path empty = dir.resolve("empty.html");
        Files.writeString(empty, "");
        Run run = analyze(good.toString(), empty.toString());
        assertEquals(1, run.status());
        assertEquals(3, run.lines().size(), "one line per input, in order");
        assertEquals("ok", run.lines().get(0).get("id").asText());
        assertEquals("good:2", run.lines().get(1).get("id").asText());
        assertTrue(run.lines().get(1).get("error").asText().startsWith("invalid JSON"));
        assertEquals("empty", run.lines().get(2).get("id").asText());
        assertEquals(empty.toString(), run.lines().get(2).get("input").asText());
        assertTrue(run.stderr().contains(empty + ": empty file"), run.stderr());
    }

    @Test
    void theSamplesListNoTitlesGenericWordsOrCommonNounAcronymsAndTheKremlinSpeaksAsAnOrganisation() throws IOException {
        Path samples = Path.of(System.getProperty("storyline.shared", "../shared"), "samples", "fr");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(samples), "shared samples absent at " + samples);
        Run run = analyze(samples.toString());
        assertEquals(0, run.status(), run.stderr());
        List<String> names = new ArrayList<>();
        for (JsonNode article : run.lines()) {
            for (JsonNode e : article.get("entities")) {
                names.add(e.get("text").asText());
                if (e.get("text").asText().equals("Kremlin")) {
                    assertEquals("ORG", e.get("type").asText());
                    assertEquals("ORG:kremlin", e.get("canonical").asText());
                }
            }
        }
        assertTrue(names.contains("Kremlin") && names.contains("Kassym-Jomart Tokayev"), names.toString());
        for (String notAName : List.of("GPL", "Premier ministre", "État", "Etats")) {
            assertTrue(!names.contains(notAName), notAName + " listed as an entity: " + names);
        }
    }

    @Test
    void outputKeepsInputOrderWithSeveralThreads() throws IOException {
        StringBuilder feed = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            feed.append("{\"id\":\"n").append(i).append("\",\"text\":\"Paragraph number ").append(i).append(" of the feed.\"}\n");
        }
        Path file = dir.resolve("many.jsonl");
        Files.writeString(file, feed);
        Run run = analyze("--threads", "4", file.toString());
        assertEquals(0, run.status());
        for (int i = 0; i < 200; i++) assertEquals("n" + i, run.lines().get(i).get("id").asText());
    }

    @Test
    void hostileInputsGiveClearErrorsOrCorrectResultsAndTheBatchGoesOn() throws IOException {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Files.write(inbox.resolve("a-empty.html"), new byte[0]);
        Files.write(inbox.resolve("b-binary.html"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 1});
        byte[] gz = gzip("<html><body><p>Un article coupé en plein milieu de sa compression.</p></body></html>".repeat(50));
        Files.write(inbox.resolve("c-truncated.html.gz"), java.util.Arrays.copyOf(gz, gz.length / 2));
        Files.write(inbox.resolve("d-latin1.html"), ("<html><body><article><p>Le président a déclaré à Moscou que "
                + "l'été serait décisif pour l'économie, a-t-il ajouté jeudi devant les députés réunis.</p></article>"
                + "</body></html>").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Files.writeString(inbox.resolve("e-deep.html"), "<div>".repeat(100_000)
                + "<p>Tout au fond de la page, un paragraphe de texte bien réel que l'on doit retrouver.</p>");
        Files.writeString(inbox.resolve("f-huge.html"), "<p>" + "x".repeat(17 * 1024 * 1024) + "</p>");
        Files.writeString(inbox.resolve("g-feed.jsonl"), "{\"id\":\"fine\",\"text\":\"A clean text.\"}\n{\"id\": tru\n");
        Run run = analyze(inbox.toString());
        assertEquals(1, run.status());
        List<String> ids = run.lines().stream().map(l -> l.get("id").asText()).toList();
        assertEquals(List.of("a-empty", "b-binary", "c-truncated", "d-latin1", "e-deep", "f-huge", "fine", "g-feed:2"), ids);
        assertTrue(run.lines().get(0).get("error").asText().startsWith("empty"));
        assertTrue(run.lines().get(1).get("error").asText().startsWith("binary"));
        assertTrue(run.lines().get(2).get("error").asText().contains("truncated gzip"));
        assertTrue(run.lines().get(3).get("text").asText().contains("Le président a déclaré à Moscou"), "Latin-1 decoded");
        assertTrue(run.lines().get(4).get("text").asText().contains("un paragraphe de texte bien réel"), "deep page read");
        assertTrue(run.lines().get(5).get("error").asText().startsWith("too large"));
        assertTrue(run.lines().get(7).get("error").asText().startsWith("invalid JSON"));
    }

    private static byte[] gzip(String text) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out)) {
            gz.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    @Test
    void usageErrorExitsWithTwo() throws IOException {
        assertEquals(2, analyze().status());
        assertEquals(2, analyze("--threads", "many", "x.html").status());
    }
}
