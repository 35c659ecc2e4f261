package dev.storyline.ingest;

import dev.storyline.sources.archive.WarcArchive;
import dev.storyline.sources.fetch.HttpExchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** WARC and WARC.gz files as inputs: which records become pages, and how a damaged file is read. */
class WarcInputTest {

    @TempDir
    Path dir;

    private static List<Ingested> read(InputReader reader, Path... inputs) {
        try (Stream<Ingested> items = reader.read(List.of(inputs))) {
            return items.toList();
        }
    }

    private static List<RawPage> pages(List<Ingested> items) {
        return items.stream().filter(i -> i instanceof RawPage).map(i -> (RawPage) i).toList();
    }

    private static RawPage pageAt(List<Ingested> items, String url) {
        return pages(items).stream().filter(p -> url.equals(p.url())).findFirst()
                .orElseThrow(() -> new AssertionError("no page for " + url));
    }

    @Test
    void onlySuccessfulHtmlResponsesOfACcNewsFileBecomePages() throws IOException {
        Path warc = CcNewsWarc.standard(dir.resolve("CC-NEWS-20261130060000-00001.warc.gz"));
        List<Ingested> items = read(new InputReader(), warc);
        assertEquals(List.of(
                "https://news.example.com/2026/11/30/flood-barrier",
                "https://www.lemonde.example/international/barrage-riverton",
                "https://zeitung.example.de/hochwasser-riverton",
                "https://news.example.com/2026/12/02/schools-reopen",
                "https://diario.example.es/riverton-crecida"), pages(items).stream().map(RawPage::url).toList());
        assertEquals(pages(items).size(), items.size(), "no failures: " + items);
    }

    @Test
    void recordsThatAreNotPagesAreCountedByReason() throws IOException {
        Path warc = CcNewsWarc.standard(dir.resolve("cc.warc.gz"));
        InputReader reader = new InputReader();
        read(reader, warc);
        assertEquals(Map.of("warcinfo record", 1L, "request record", 8L, "metadata record", 8L, "revisit record", 1L,
                "HTTP status 404", 1L, "not HTML (image/jpeg)", 1L, "robots.txt", 1L), reader.skipped().byReason());
    }

    @Test
    void aPageCarriesItsUrlFetchDateRecordIdAndOffset() throws IOException {
        Path warc = CcNewsWarc.standard(dir.resolve("cc.warc.gz"));
        RawPage page = pageAt(read(new InputReader(), warc), "https://news.example.com/2026/11/30/flood-barrier");
        assertEquals(RawPage.Kind.HTML, page.kind());
        assertEquals(CcNewsWarc.FIRST_FETCH.plusSeconds(7).toString(), page.fetched());
        assertTrue(page.id().matches("[0-9a-f-]{36}"), page.id());
        assertTrue(page.input().startsWith(warc + "#"), page.input());
        long offset = Long.parseLong(page.input().substring(page.input().indexOf('#') + 1));
        assertTrue(offset > 0 && offset < Files.size(warc));
        assertTrue(page.content().contains("flood barrier in Riverton held"));
    }

    @Test
    void idsAreStableAcrossReadsAndUniquePerRecord() throws IOException {
        Path warc = CcNewsWarc.standard(dir.resolve("cc.warc.gz"));
        List<String> first = pages(read(new InputReader(), warc)).stream().map(RawPage::id).toList();
        List<String> second = pages(read(new InputReader(), warc)).stream().map(RawPage::id).toList();
        assertEquals(first, second);
        assertEquals(first.size(), Set.copyOf(first).size());
    }

    @Test
    void gzipContentEncodingChunkingAndALatin1CharsetAreUndone() throws IOException {
        Path warc = CcNewsWarc.standard(dir.resolve("cc.warc.gz"));
        List<Ingested> items = read(new InputReader(), warc);
        assertTrue(pageAt(items, "https://zeitung.example.de/hochwasser-riverton").content().contains("Hochwasserschutzwand"));
        String chunked = pageAt(items, "https://news.example.com/2026/12/02/schools-reopen").content();
        assertEquals(CcNewsWarc.CHUNKED, chunked);
        String latin1 = pageAt(items, "https://diario.example.es/riverton-crecida").content();
        assertTrue(latin1.contains("más alto") && latin1.contains("España"), latin1);
    }

    @Test
    void anUncompressedWarcReadsTheSame() throws IOException {
        Path plain = CcNewsWarc.standard(dir.resolve("cc.warc"));
        Path gzipped = CcNewsWarc.standard(dir.resolve("cc.warc.gz"));
        List<String> fromPlain = pages(read(new InputReader(), plain)).stream().map(RawPage::content).toList();
        List<String> fromGzip = pages(read(new InputReader(), gzipped)).stream().map(RawPage::content).toList();
        assertEquals(fromGzip, fromPlain);
    }

    @Test
    void aFolderOfWarcFilesIsReadWithItsOtherFiles() throws IOException {
        Path folder = dir.resolve("crawl");
        Files.createDirectories(folder.resolve("sub"));
        CcNewsWarc.standard(folder.resolve("sub/a.warc.gz"));
        Files.writeString(folder.resolve("b.html"), "<html><body><p>A page beside the archives.</p></body></html>");
        List<Ingested> items = read(new InputReader(), folder);
        assertEquals(6, pages(items).size());
    }

    @Test
    void theArchiveStorylineWritesIsReadBack() throws IOException {
        Path archiveFolder = dir.resolve("archive");
        Instant fetched = Instant.parse("2026-12-04T20:00:00Z");
        try (WarcArchive archive = WarcArchive.open(archiveFolder, WarcArchive.DEFAULT_ROLL_BYTES, Clock.fixed(fetched, ZoneOffset.UTC))) {
            archive.record(new HttpExchange(URI.create("http://127.0.0.1:8123/a"), URI.create("http://127.0.0.1:8123/news/a"),
                    fetched, List.of(Map.entry("User-Agent", "Storyline")), 200,
                    List.of(Map.entry("Content-Type", "text/html; charset=utf-8"), Map.entry("Content-Encoding", "gzip")),
                    CcNewsWarc.ENGLISH.getBytes(StandardCharsets.UTF_8), "127.0.0.1"));
            archive.record(new HttpExchange(URI.create("http://127.0.0.1:8123/gone"), URI.create("http://127.0.0.1:8123/gone"),
                    fetched, List.of(), 410, List.of(Map.entry("Content-Type", "text/html")), new byte[0], null));
        }
        List<Ingested> items = read(new InputReader(), archiveFolder);
        assertEquals(1, items.size(), items.toString());
        RawPage page = assertInstanceOf(RawPage.class, items.get(0));
        assertEquals("http://127.0.0.1:8123/news/a", page.url());
        assertEquals(fetched.toString(), page.fetched());
        assertEquals(CcNewsWarc.ENGLISH, page.content());
    }

    @Test
    void aFileCutMidRecordKeepsThePagesBeforeTheCutAndSaysWhere() throws IOException {
        Path warc = dir.resolve("cut.warc.gz");
        try (CcNewsWarc w = CcNewsWarc.create(warc)) {
            w.html("https://news.example.com/one", "text/html", CcNewsWarc.ENGLISH);
            w.html("https://news.example.com/two", "text/html", CcNewsWarc.FRENCH);
            w.filler(1, 40_000);
        }
        try (RandomAccessFile raf = new RandomAccessFile(warc.toFile(), "rw")) {
            raf.setLength(raf.length() - 300); // kill -9 while the last response was being written
        }
        List<Ingested> items = read(new InputReader(), warc);
        assertEquals(List.of("https://news.example.com/one", "https://news.example.com/two"),
                pages(items).stream().map(RawPage::url).toList());
        IngestFailure failure = assertInstanceOf(IngestFailure.class, items.get(items.size() - 1));
        assertTrue(failure.input().startsWith(warc + "#"), failure.input());
        assertTrue(failure.reason().contains("truncated"), failure.reason());
    }

    @Test
    void aCorruptRecordIsAFailureAndReadingResumesAtTheNextRecord() throws IOException {
        Path first = dir.resolve("first.warc.gz");
        Path second = dir.resolve("second.warc.gz");
        try (CcNewsWarc w = CcNewsWarc.create(first)) {
            w.html("https://news.example.com/before", "text/html", CcNewsWarc.ENGLISH);
        }
        try (CcNewsWarc w = CcNewsWarc.create(second)) {
            w.html("https://news.example.com/after", "text/html", CcNewsWarc.FRENCH);
        }
        // Garbage where a record should be, between two well-formed files' worth of records: a bad disk block.
        byte[] garbage = new byte[5000];
        new java.util.Random(7).nextBytes(garbage);
        garbage[0] = 0x1f;
        garbage[1] = (byte) 0x8b;
        garbage[2] = 0x08;
        garbage[3] = 0;
        Path joined = dir.resolve("joined.warc.gz");
        try (var out = Files.newOutputStream(joined)) {
            out.write(Files.readAllBytes(first));
            out.write(garbage);
            out.write(Files.readAllBytes(second));
        }
        List<Ingested> items = read(new InputReader(), joined);
        assertEquals(List.of("https://news.example.com/before", "https://news.example.com/after"),
                pages(items).stream().map(RawPage::url).toList());
        List<IngestFailure> failures = items.stream().filter(i -> i instanceof IngestFailure).map(i -> (IngestFailure) i).toList();
        assertEquals(1, failures.size(), failures.toString());
        assertEquals(joined + "#" + Files.size(first), failures.get(0).input());
    }

    @Test
    void aResponseThatIsNotHttpIsAFailureNamingItsRecordAndTheNextPageIsRead() throws IOException {
        Path warc = dir.resolve("bad-http.warc.gz");
        try (CcNewsWarc w = CcNewsWarc.create(warc)) {
            w.rawResponse("https://news.example.com/garbled", "\u0000\u0001 no status line here".getBytes(StandardCharsets.ISO_8859_1));
            w.html("https://news.example.com/fine", "text/html", CcNewsWarc.ENGLISH);
        }
        List<Ingested> items = read(new InputReader(), warc);
        IngestFailure failure = assertInstanceOf(IngestFailure.class, items.get(0));
        assertTrue(failure.input().startsWith(warc + "#"), failure.input());
        assertTrue(failure.reason().startsWith("invalid HTTP response"), failure.reason());
        assertEquals("https://news.example.com/fine", assertInstanceOf(RawPage.class, items.get(1)).url());
    }

    @Test
    void deflateAndUnsupportedContentEncodings() throws IOException {
        Path warc = dir.resolve("encodings.warc.gz");
        java.io.ByteArrayOutputStream deflated = new java.io.ByteArrayOutputStream();
        try (var out = new java.util.zip.DeflaterOutputStream(deflated)) {
            out.write(CcNewsWarc.FRENCH.getBytes(StandardCharsets.UTF_8));
        }
        try (CcNewsWarc w = CcNewsWarc.create(warc)) {
            w.response("https://news.example.com/deflated", 200, List.of(Map.entry("Content-Type", "text/html"),
                    Map.entry("Content-Encoding", "deflate")), deflated.toByteArray());
            w.response("https://news.example.com/brotli", 200, List.of(Map.entry("Content-Type", "text/html"),
                    Map.entry("Content-Encoding", "br")), new byte[]{0x1b, 0x2a, 0x00});
        }
        List<Ingested> items = read(new InputReader(), warc);
        assertEquals(CcNewsWarc.FRENCH, assertInstanceOf(RawPage.class, items.get(0)).content());
        IngestFailure brotli = assertInstanceOf(IngestFailure.class, items.get(1));
        assertEquals("unsupported Content-Encoding: br", brotli.reason());
    }

    @Test
    void aPageOverTheSizeCapIsAFailureAndTheNextPageIsRead() throws IOException {
        Path warc = dir.resolve("big.warc.gz");
        try (CcNewsWarc w = CcNewsWarc.create(warc)) {
            w.filler(1, 200_000);
            w.html("https://news.example.com/small", "text/html", CcNewsWarc.ENGLISH);
        }
        List<Ingested> items = read(new InputReader(100_000), warc);
        IngestFailure failure = assertInstanceOf(IngestFailure.class, items.get(0));
        assertTrue(failure.reason().startsWith("too large"), failure.reason());
        assertEquals("https://news.example.com/small", assertInstanceOf(RawPage.class, items.get(1)).url());
    }

    @Test
    void recordsAreReadLazilyTheFirstPageArrivesBeforeTheFileIsRead() throws IOException {
        Path warc = dir.resolve("large.warc.gz");
        try (CcNewsWarc w = CcNewsWarc.create(warc)) {
            w.filler(3000, 3_000);
        }
        long size = Files.size(warc);
        AtomicLong readSoFar = new AtomicLong();
        InputReader reader = new InputReader(InputReader.DEFAULT_MAX_PAGE_BYTES, PageFilter.ALL,
                (file, position, total) -> readSoFar.set(position));
        try (Stream<Ingested> items = reader.read(List.of(warc))) {
            Iterator<Ingested> it = items.iterator();
            assertInstanceOf(RawPage.class, it.next());
            assertTrue(readSoFar.get() > 0 && readSoFar.get() < size / 10,
                    "read " + readSoFar.get() + " of " + size + " bytes for the first page");
            int n = 1;
            while (it.hasNext()) {
                it.next();
                n++;
            }
            assertEquals(3000, n);
            assertEquals(size, readSoFar.get());
        }
    }

    @Test
    void hostFilterKeepsTheHostAndItsSubdomainsOnly() throws IOException {
        Path warc = CcNewsWarc.standard(dir.resolve("cc.warc.gz"));
        InputReader reader = new InputReader(InputReader.DEFAULT_MAX_PAGE_BYTES,
                PageFilter.of(List.of("example.com", "lemonde.example"), List.of()), ReadProgress.NONE);
        List<String> urls = pages(read(reader, warc)).stream().map(RawPage::url).toList();
        assertEquals(List.of("https://news.example.com/2026/11/30/flood-barrier",
                "https://www.lemonde.example/international/barrage-riverton",
                "https://news.example.com/2026/12/02/schools-reopen"), urls);
        assertEquals(2L, reader.skipped().byReason().get("host not in --host"));
    }

    @Test
    void languageFilterDropsPagesThatStateAnotherLanguageBeforeAnalysis() throws IOException {
        Path warc = CcNewsWarc.standard(dir.resolve("cc.warc.gz"));
        InputReader reader = new InputReader(InputReader.DEFAULT_MAX_PAGE_BYTES,
                PageFilter.of(List.of(), List.of("fr", "ES")), ReadProgress.NONE);
        List<String> urls = pages(read(reader, warc)).stream().map(RawPage::url).toList();
        assertEquals(List.of("https://www.lemonde.example/international/barrage-riverton",
                "https://diario.example.es/riverton-crecida"), urls);
    }

    @Test
    void aFileThatIsNotAWarcIsAFailureNamingIt() throws IOException {
        Path notWarc = dir.resolve("notes.warc");
        Files.writeString(notWarc, "these are my notes, not an archive\n");
        List<Ingested> items = read(new InputReader(), notWarc);
        IngestFailure failure = assertInstanceOf(IngestFailure.class, items.get(0));
        assertTrue(failure.input().startsWith(notWarc.toString()), failure.input());
        assertNotEquals("", failure.reason());
        assertEquals(1, items.size(), items.toString());
    }
}
