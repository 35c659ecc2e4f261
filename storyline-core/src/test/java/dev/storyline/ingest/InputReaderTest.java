package dev.storyline.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InputReaderTest {

    @TempDir
    Path dir;

    private List<Ingested> read(Path... inputs) {
        try (Stream<Ingested> items = new InputReader(1024 * 1024).read(List.of(inputs))) {
            return items.toList();
        }
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return file;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    @Test
    void idIsTheFileNameLessItsFormatAndGzipExtensions() {
        assertEquals("a.b", InputReader.idOf(Path.of("x/a.b.html.gz")));
        assertEquals("report", InputReader.idOf(Path.of("report.TXT")));
        assertEquals("page", InputReader.idOf(Path.of("page.htm")));
    }

    @Test
    void folderIsWalkedRecursivelyInNameOrderSkippingOtherFileTypes() throws IOException {
        write("b/second.txt", "Deuxième article.");
        write("a/first.html", "<p>First</p>");
        write("a/notes.pdf", "%PDF");
        List<Ingested> items = read(dir);
        assertEquals(List.of("first", "second"), items.stream().map(Ingested::id).toList());
        assertEquals(RawPage.Kind.HTML, ((RawPage) items.get(0)).kind());
        assertEquals(RawPage.Kind.SCRAPED_TEXT, ((RawPage) items.get(1)).kind());
    }

    @Test
    void gzippedPageIsDecompressed() throws IOException {
        Path file = write("page.html.gz", gzip("<p>Bonjour</p>".getBytes(StandardCharsets.UTF_8)));
        RawPage page = (RawPage) read(file).get(0);
        assertEquals("page", page.id());
        assertEquals("<p>Bonjour</p>", page.content());
    }

    @Test
    void jsonlRecordsCarryStatedLanguageAuthorsAndFetchTime() throws IOException {
        Path file = write("items.jsonl", """
                {"id":"a","language":"fr-FR","authors":["Anne Dupont"," Marc Roy "],"fetched":"2022-01-13T08:00:00Z","html":"<p>x</p>"}
                {"id":"b","authors":"Jane Doe","html":"<p>y</p>"}
                {"id":"c","html":"<p>z</p>"}
                """);
        List<Ingested> items = read(file);
        RawPage a = (RawPage) items.get(0);
        assertEquals("fr-FR", a.language());
        assertEquals(List.of("Anne Dupont", "Marc Roy"), a.authors());
        assertEquals("2022-01-13T08:00:00Z", a.fetched());
        assertEquals(List.of("Jane Doe"), ((RawPage) items.get(1)).authors());
        RawPage c = (RawPage) items.get(2);
        assertEquals(List.of(), c.authors());
        assertEquals(null, c.language());
    }

    @Test
    void jsonlRecordsCarryTheirMetadataAndKind() throws IOException {
        Path file = write("feed.jsonl", """
                {"id":"r1","url":"https://example.org/a","title":"T","published":"2022-01-13","source":"AA","html":"<p>x</p>"}
                {"raw":"scraped text"}

                {"id":42,"text":"clean text"}
                """);
        List<Ingested> items = read(file);
        assertEquals(3, items.size());
        RawPage first = (RawPage) items.get(0);
        assertEquals("r1", first.id());
        assertEquals("https://example.org/a", first.url());
        assertEquals("2022-01-13", first.published());
        assertEquals("AA", first.source());
        assertEquals(RawPage.Kind.HTML, first.kind());
        assertEquals("feed:2", items.get(1).id(), "a record without id is named file:line");
        assertEquals(RawPage.Kind.SCRAPED_TEXT, ((RawPage) items.get(1)).kind());
        assertEquals("42", items.get(2).id());
        assertEquals(RawPage.Kind.CLEAN_TEXT, ((RawPage) items.get(2)).kind());
    }

    @Test
    void brokenJsonLineIsReportedAndTheFileGoesOn() throws IOException {
        Path file = write("feed.jsonl", """
                {"id":"ok1","text":"a"}
                {"id":"broken","text":
                ["not", "an", "object"]
                {"id":"nothing"}
                {"id":"ok2","text":"b"}
                """);
        List<Ingested> items = read(file);
        assertEquals(List.of("ok1", "feed:2", "feed:3", "nothing", "ok2"), items.stream().map(Ingested::id).toList());
        IngestFailure broken = assertInstanceOf(IngestFailure.class, items.get(1));
        assertTrue(broken.reason().startsWith("invalid JSON"), broken.reason());
        assertTrue(broken.input().endsWith("feed.jsonl:2"), broken.input());
        assertEquals("not a JSON object", ((IngestFailure) items.get(2)).reason());
        assertTrue(((IngestFailure) items.get(3)).reason().contains("none of"));
    }

    @Test
    void truncatedGzipKeepsTheRecordsBeforeTheCutAndReportsTheRest() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 2000; i++) lines.append("{\"id\":\"r").append(i).append("\",\"text\":\"article number ").append(i).append("\"}\n");
        byte[] whole = gzip(lines.toString().getBytes(StandardCharsets.UTF_8));
        Path file = write("feed.jsonl.gz", Arrays.copyOf(whole, whole.length / 2));
        List<Ingested> items = read(file);
        IngestFailure last = assertInstanceOf(IngestFailure.class, items.get(items.size() - 1));
        assertTrue(last.reason().contains("truncated gzip"), last.reason());
        assertTrue(items.size() > 100, "records before the cut are kept");
        assertTrue(items.subList(0, items.size() - 1).stream().allMatch(RawPage.class::isInstance));
    }

    @Test
    void truncatedGzipPageIsAFailureNamingIt() throws IOException {
        byte[] whole = gzip("<html><body><p>text</p></body></html>".repeat(200).getBytes(StandardCharsets.UTF_8));
        Path file = write("cut.html.gz", Arrays.copyOf(whole, whole.length - 20));
        IngestFailure failure = assertInstanceOf(IngestFailure.class, read(file).get(0));
        assertEquals("cut", failure.id());
        assertTrue(failure.reason().contains("truncated gzip"), failure.reason());
    }

    @Test
    void notGzipAtAllIsAFailure() throws IOException {
        Path file = write("fake.html.gz", "<p>plain</p>");
        IngestFailure failure = assertInstanceOf(IngestFailure.class, read(file).get(0));
        assertTrue(failure.reason().contains("gzip"), failure.reason());
    }

    @Test
    void emptyAndBlankFilesAreFailures() throws IOException {
        Path empty = write("empty.txt", "");
        Path blank = write("blank.html", "  \n\t\n");
        Path emptyFeed = write("feed.jsonl", "");
        List<Ingested> items = read(empty, blank, emptyFeed);
        assertEquals("empty file", ((IngestFailure) items.get(2)).reason());
        assertEquals("empty file", ((IngestFailure) items.get(0)).reason());
        assertTrue(((IngestFailure) items.get(1)).reason().startsWith("empty file"));
    }

    @Test
    void binaryContentIsRefused() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Path file = write("image.html", png);
        IngestFailure failure = assertInstanceOf(IngestFailure.class, read(file).get(0));
        assertTrue(failure.reason().startsWith("binary content"), failure.reason());
    }

    @Test
    void pageOverTheSizeLimitIsRefusedWithTheLimitNamed() throws IOException {
        Path file = write("huge.html", "<p>" + "a".repeat(2 * 1024 * 1024) + "</p>");
        IngestFailure failure = assertInstanceOf(IngestFailure.class, read(file).get(0));
        assertTrue(failure.reason().startsWith("too large"), failure.reason());
    }

    @Test
    void latin1PageWithoutCharsetIsDecodedCorrectly() throws IOException {
        String text = "<p>Le président a déclaré à Moscou que l'été serait décisif pour l'économie française.</p>";
        Path file = write("latin1.html", text.getBytes(Charset.forName("ISO-8859-1")));
        assertEquals(text, ((RawPage) read(file).get(0)).content());
    }

    @Test
    void declaredCharsetIsHonouredWhenTheBytesAreNotUtf8() throws IOException {
        String html = "<html><head><meta charset=\"windows-1251\"></head><body><p>Путин и Токаев</p></body></html>";
        Path file = write("ru.html", html.getBytes(Charset.forName("windows-1251")));
        assertTrue(((RawPage) read(file).get(0)).content().contains("Путин и Токаев"));
    }

    @Test
    void missingAndUnsupportedInputsAreFailuresAndTheBatchGoesOn() throws IOException {
        Path good = write("good.txt", "Un article.");
        Path pdf = write("doc.pdf", "%PDF-1.4");
        List<Ingested> items = read(dir.resolve("missing.html"), pdf, good);
        assertEquals("no such file or folder", ((IngestFailure) items.get(0)).reason());
        assertTrue(((IngestFailure) items.get(1)).reason().startsWith("unsupported file type"));
        assertInstanceOf(RawPage.class, items.get(2));
    }
}
