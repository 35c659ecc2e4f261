package dev.storyline.sources.archive;

import dev.storyline.sources.fetch.HttpExchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.Warcinfo;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WarcArchiveTest {

    private static final Instant FETCHED = Instant.parse("2026-12-04T19:55:00Z");
    private static final Clock CLOCK = Clock.fixed(FETCHED, ZoneOffset.UTC);

    @TempDir
    Path dir;

    static HttpExchange exchange(String url, String html) {
        return new HttpExchange(URI.create(url), URI.create(url), FETCHED,
                List.of(Map.entry("User-Agent", "Storyline/test (+http://127.0.0.1/)"), Map.entry("Accept-Encoding", "gzip")),
                200, List.of(Map.entry("Content-Type", "text/html; charset=utf-8"), Map.entry("Content-Encoding", "gzip"),
                Map.entry("Content-Length", "17"), Map.entry("Transfer-Encoding", "chunked")),
                html.getBytes(StandardCharsets.UTF_8), "127.0.0.1");
    }

    /** The file's records, their HTTP headers parsed while the reader was on them (bodies are not kept). */
    private static List<WarcRecord> readAll(Path file) throws IOException {
        List<WarcRecord> records = new ArrayList<>();
        try (WarcReader reader = new WarcReader(file)) {
            for (WarcRecord r : reader) {
                if (r instanceof WarcResponse response) response.http();
                if (r instanceof WarcRequest request) request.http();
                records.add(r);
            }
        }
        return records;
    }

    /** The entity of the file's first response record. */
    private static byte[] firstResponseBody(Path file) throws IOException {
        try (WarcReader reader = new WarcReader(file)) {
            for (WarcRecord r : reader) {
                if (r instanceof WarcResponse response) {
                    try (InputStream in = response.http().body().stream()) {
                        return in.readAllBytes();
                    }
                }
            }
        }
        throw new AssertionError("no response in " + file);
    }

    @Test
    void eachFileBeginsWithAWarcinfoRecordNamingStoryline() throws IOException {
        try (WarcArchive archive = WarcArchive.open(dir, WarcArchive.DEFAULT_ROLL_BYTES, CLOCK)) {
            archive.record(exchange("http://127.0.0.1/a", "<p>a</p>"));
        }
        List<Path> files = WarcArchive.files(dir);
        assertEquals(1, files.size());
        assertEquals("storyline-20261204T195500Z-00001.warc.gz", files.get(0).getFileName().toString());
        try (WarcReader reader = new WarcReader(files.get(0))) {
            Warcinfo info = assertInstanceOf(Warcinfo.class, reader.next().orElseThrow());
            assertTrue(info.fields().first("software").orElseThrow().startsWith("Storyline"));
            assertEquals(Optional.of(files.get(0).getFileName().toString()), info.filename());
        }
    }

    @Test
    void anExchangeIsARequestAndAResponseThatNameEachOther() throws IOException {
        try (WarcArchive archive = WarcArchive.open(dir, WarcArchive.DEFAULT_ROLL_BYTES, CLOCK)) {
            archive.record(exchange("http://127.0.0.1/news/1?x=y", "<p>Bonjour</p>"));
        }
        List<WarcRecord> records = readAll(WarcArchive.files(dir).get(0));
        WarcRequest request = assertInstanceOf(WarcRequest.class, records.get(1));
        WarcResponse response = assertInstanceOf(WarcResponse.class, records.get(2));
        assertEquals("http://127.0.0.1/news/1?x=y", response.target());
        assertEquals("http://127.0.0.1/news/1?x=y", request.target());
        assertEquals(FETCHED, response.date());
        assertEquals("127.0.0.1", response.ipAddress().orElseThrow().getHostAddress());
        assertEquals(List.of(request.id()), response.concurrentTo());
        assertEquals(List.of(response.id()), request.concurrentTo());
        assertEquals("/news/1?x=y", request.http().target());
        assertEquals(Optional.of("127.0.0.1"), request.http().headers().first("Host"));
    }

    @Test
    void theResponseHoldsTheDecodedBodyWithoutContentEncodingAndSaysSo() throws IOException {
        String html = "<html><body><p>Grüße aus Köln</p></body></html>";
        try (WarcArchive archive = WarcArchive.open(dir, WarcArchive.DEFAULT_ROLL_BYTES, CLOCK)) {
            archive.record(exchange("http://127.0.0.1/k", html));
        }
        WarcResponse response = (WarcResponse) readAll(WarcArchive.files(dir).get(0)).get(2);
        HttpResponse http = response.http();
        assertEquals(200, http.status());
        assertFalse(http.headers().first("Content-Encoding").isPresent());
        assertFalse(http.headers().first("Transfer-Encoding").isPresent());
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of(String.valueOf(body.length)), http.headers().all("Content-Length"));
        assertEquals(Optional.of("gzip"), response.headers().first(WarcArchive.DECODED_ENCODING_HEADER));
        assertArrayEquals(body, firstResponseBody(WarcArchive.files(dir).get(0)));
    }

    @Test
    void blockAndPayloadDigestsAreTheSha1OfWhatIsStored() throws IOException {
        try (WarcArchive archive = WarcArchive.open(dir, WarcArchive.DEFAULT_ROLL_BYTES, CLOCK)) {
            archive.record(exchange("http://127.0.0.1/d", "<p>digest me</p>"));
        }
        Path file = WarcArchive.files(dir).get(0);
        try (WarcReader reader = new WarcReader(file)) {
            reader.calculateBlockDigest();
            for (WarcRecord r : reader) {
                if (!(r instanceof WarcResponse) && !(r instanceof WarcRequest)) continue;
                WarcDigest stated = r.blockDigest().orElseThrow();
                assertEquals("sha1", stated.algorithm().toLowerCase().replace("-", ""));
                r.body().consume();
                assertEquals(stated, r.calculatedBlockDigest().orElseThrow(), r.type() + " block digest");
            }
        }
        WarcResponse response = (WarcResponse) readAll(file).get(2);
        assertEquals(new WarcDigest("sha1", sha1("<p>digest me</p>".getBytes(StandardCharsets.UTF_8))).base32(),
                response.payloadDigest().orElseThrow().base32());
    }

    @Test
    void aNewFileIsBegunAtEachOpenAndWhenTheRollSizeIsReached() throws IOException {
        try (WarcArchive archive = WarcArchive.open(dir, 2_000, CLOCK)) {
            for (int i = 0; i < 20; i++) archive.record(exchange("http://127.0.0.1/" + i, "<p>" + "x".repeat(500) + i + "</p>"));
        }
        int afterFirstRun = WarcArchive.files(dir).size();
        assertTrue(afterFirstRun > 2, "rolled into " + afterFirstRun + " files");
        try (WarcArchive archive = WarcArchive.open(dir, 2_000, CLOCK)) {
            archive.record(exchange("http://127.0.0.1/again", "<p>again</p>"));
        }
        List<Path> files = WarcArchive.files(dir);
        assertEquals(afterFirstRun + 1, files.size());
        int responses = 0;
        for (Path f : files) {
            List<WarcRecord> records = readAll(f);
            assertInstanceOf(Warcinfo.class, records.get(0), f + " starts with warcinfo");
            responses += (int) records.stream().filter(r -> r instanceof WarcResponse).count();
        }
        assertEquals(21, responses);
        assertTrue(files.get(files.size() - 1).getFileName().toString().endsWith(String.format("-%05d.warc.gz", afterFirstRun + 1)));
    }

    @Test
    void eachRecordIsItsOwnGzipMember() throws IOException {
        try (WarcArchive archive = WarcArchive.open(dir, WarcArchive.DEFAULT_ROLL_BYTES, CLOCK)) {
            archive.record(exchange("http://127.0.0.1/a", "<p>a</p>"));
        }
        byte[] bytes = Files.readAllBytes(WarcArchive.files(dir).get(0));
        int members = 0;
        for (int i = 0; i + 2 < bytes.length; i++) {
            if ((bytes[i] & 0xff) == 0x1f && (bytes[i + 1] & 0xff) == 0x8b && bytes[i + 2] == 8) members++;
        }
        assertEquals(3, members, "warcinfo, request and response, one gzip member each");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(WarcArchive.files(dir).get(0)))) {
            String text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            assertEquals(3, text.split("WARC/1\\.", -1).length - 1);
        }
    }

    @Test
    void aFileCutMidRecordKeepsTheRecordsBeforeTheCutReadable() throws IOException {
        Path file;
        long cleanEnd;
        try (WarcArchive archive = WarcArchive.open(dir, WarcArchive.DEFAULT_ROLL_BYTES, CLOCK)) {
            file = archive.currentFile();
            archive.record(exchange("http://127.0.0.1/kept", "<p>kept</p>"));
            archive.flush();
            cleanEnd = Files.size(file);
            archive.record(exchange("http://127.0.0.1/cut", "<p>" + "lost ".repeat(2000) + "</p>"));
        }
        long end = Files.size(file);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(cleanEnd + (end - cleanEnd) / 2); // kill -9 in the middle of the last record
        }
        List<String> targets = new ArrayList<>();
        try (WarcReader reader = new WarcReader(file)) {
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (IOException e) {
                    break; // the cut: what came before is what matters
                }
                if (next.isEmpty()) break;
                if (next.get() instanceof WarcResponse r) targets.add(r.target());
            }
        }
        assertEquals(List.of("http://127.0.0.1/kept"), targets);
    }

    @Test
    void recordsFromManyThreadsAreWrittenWhole() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (WarcArchive archive = WarcArchive.open(dir, 20_000, CLOCK)) {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int n = i;
                done.add(pool.submit(() -> {
                    archive.record(exchange("http://127.0.0.1/t/" + n, "<p>" + "y".repeat(n * 7) + "</p>"));
                    return null;
                }));
            }
            for (Future<?> f : done) f.get();
            archive.flush();
        } finally {
            pool.shutdown();
        }
        int responses = 0;
        for (Path f : WarcArchive.files(dir)) {
            for (WarcRecord r : readAll(f)) if (r instanceof WarcResponse) responses++;
        }
        assertEquals(200, responses);
    }

    @Test
    void pseudoHeadersAndLineBreaksInValuesCannotBreakTheHttpBlock() throws IOException {
        HttpExchange http2 = new HttpExchange(URI.create("http://127.0.0.1/h2"), URI.create("http://127.0.0.1/h2"), FETCHED,
                List.of(Map.entry(":authority", "127.0.0.1"), Map.entry("Accept", "text/html")), 200,
                List.of(Map.entry(":status", "200"), Map.entry("Content-Type", "text/html"),
                        Map.entry("X-Injected", "a\r\nSet-Cookie: evil=1")),
                "<p>h2</p>".getBytes(StandardCharsets.UTF_8), null);
        try (WarcArchive archive = WarcArchive.open(dir, WarcArchive.DEFAULT_ROLL_BYTES, CLOCK)) {
            archive.record(http2);
        }
        List<WarcRecord> records = readAll(WarcArchive.files(dir).get(0));
        WarcResponse response = (WarcResponse) records.get(2);
        assertEquals(java.util.Set.of("Content-Type", "X-Injected", "Content-Length"), java.util.Set.copyOf(response.http().headers().map().keySet()));
        assertFalse(response.http().headers().first("Set-Cookie").isPresent());
        assertFalse(response.ipAddress().isPresent());
        WarcRequest request = (WarcRequest) records.get(1);
        assertEquals(Optional.of("text/html"), request.http().headers().first("Accept"));
        assertFalse(request.http().headers().map().keySet().stream().anyMatch(k -> k.startsWith(":")));
    }

    @Test
    void aResponseReachedThroughRedirectsNamesTheUrlFirstAskedFor() throws IOException {
        HttpExchange redirected = new HttpExchange(URI.create("http://127.0.0.1/short"), URI.create("http://127.0.0.1/news/long"),
                FETCHED, List.of(), 200, List.of(Map.entry("Content-Type", "text/html")),
                "<p>r</p>".getBytes(StandardCharsets.UTF_8), "127.0.0.1");
        try (WarcArchive archive = WarcArchive.open(dir, WarcArchive.DEFAULT_ROLL_BYTES, CLOCK)) {
            archive.record(redirected);
        }
        WarcResponse response = (WarcResponse) readAll(WarcArchive.files(dir).get(0)).get(2);
        assertEquals("http://127.0.0.1/news/long", response.target());
        assertEquals(Optional.of("http://127.0.0.1/short"), response.headers().first(WarcArchive.REQUESTED_URI_HEADER));
    }

    @Test
    void aClosedArchiveRefusesRecords() throws IOException {
        WarcArchive archive = WarcArchive.open(dir, WarcArchive.DEFAULT_ROLL_BYTES, CLOCK);
        archive.close();
        assertThrows(IOException.class, () -> archive.record(exchange("http://127.0.0.1/late", "<p>late</p>")));
    }

    private static byte[] sha1(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-1").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
