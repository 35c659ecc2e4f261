package dev.storyline.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads files and folders into {@link RawPage}s, lazily and in input order; every input that cannot be read
 * becomes an {@link IngestFailure} naming it and the reason, and the rest goes on.
 *
 * <p>Formats, each optionally gzipped: {@code .html/.htm/.xhtml} (page source), {@code .txt} (scraped text),
 * {@code .jsonl} (one record a line: {@code id, url, title, published, source} and one of
 * {@code html | raw | text}), {@code .warc} (HTML responses, streamed record by record: see {@link WarcPages}).
 * Folders are walked recursively in name order; files of other types in them are skipped, while a file named
 * explicitly with an unknown type is a failure. A {@link PageFilter} drops pages of other hosts or stated
 * languages on the way; what it drops, and the WARC records that are not pages, are counted in {@link #skipped()}.
 */
public final class InputReader {

    /** Larger pages are refused: no news article is anywhere near, and parsing them would only cost memory. */
    public static final int DEFAULT_MAX_PAGE_BYTES = 16 * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int maxPageBytes;
    private final PageFilter filter;
    private final ReadProgress progress;
    private final SkipCounts skipped = new SkipCounts();

    public InputReader() {
        this(DEFAULT_MAX_PAGE_BYTES);
    }

    public InputReader(int maxPageBytes) {
        this(maxPageBytes, PageFilter.ALL, ReadProgress.NONE);
    }

    /**
     * @param filter   the pages to keep ({@code --host}, and {@code --language} where a page states its language)
     * @param progress hears how far large inputs (WARC files) have been read
     */
    public InputReader(int maxPageBytes, PageFilter filter, ReadProgress progress) {
        this.maxPageBytes = maxPageBytes;
        this.filter = filter;
        this.progress = progress;
    }

    /** Whether files like this one are read (by their name: .html, .htm, .xhtml, .txt, .jsonl, .warc, each maybe .gz). */
    public static boolean isSupported(Path file) {
        return Format.of(file) != null;
    }

    /** The pages and failures of all {@code inputs}; close the stream to release open files. */
    public Stream<Ingested> read(List<Path> inputs) {
        // Not inputs.stream().flatMap(...): pulled through an iterator (as BatchAnalysis does), flatMap buffers each
        // inner stream whole, which for a 1 GB WARC or JSONL file means all its pages in memory at once.
        Concatenation concatenation = new Concatenation(inputs.stream().flatMap(this::expand).iterator());
        Stream<Ingested> items = StreamSupport.stream(Spliterators.spliteratorUnknownSize(concatenation, 0), false)
                .onClose(concatenation::close);
        return filter.isEmpty() ? items : items.filter(this::kept);
    }

    /** One input as the streams of its files (a folder's in name order) or the failure to list it. */
    private Stream<Supplier<Stream<Ingested>>> expand(Path input) {
        if (Files.isDirectory(input)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(input)) {
                files = walk.filter(Files::isRegularFile).filter(p -> Format.of(p) != null).sorted().toList();
            } catch (IOException | UncheckedIOException e) {
                return Stream.of(() -> Stream.of(new IngestFailure(idOf(input), input.toString(), "cannot list folder: " + reason(e))));
            }
            return files.stream().map(file -> () -> readFile(file));
        }
        return Stream.of(() -> readInput(input));
    }

    /** The items of one stream after another, each opened when the one before is done and closed then. */
    private static final class Concatenation implements Iterator<Ingested>, AutoCloseable {
        private final Iterator<Supplier<Stream<Ingested>>> sources;
        private Stream<Ingested> current;
        private Iterator<Ingested> items;

        Concatenation(Iterator<Supplier<Stream<Ingested>>> sources) {
            this.sources = sources;
        }

        @Override
        public boolean hasNext() {
            while (items == null || !items.hasNext()) {
                close();
                if (!sources.hasNext()) return false;
                current = sources.next().get();
                items = current.iterator();
            }
            return true;
        }

        @Override
        public Ingested next() {
            if (!hasNext()) throw new NoSuchElementException();
            return items.next();
        }

        @Override
        public void close() {
            if (current != null) current.close();
            current = null;
            items = null;
        }
    }

    /** What was passed over without an error so far: WARC records that are not pages, pages filtered out. */
    public SkipCounts skipped() {
        return skipped;
    }

    private boolean kept(Ingested item) {
        if (!(item instanceof RawPage page)) return true;
        String reason = filter.dropReason(page);
        if (reason != null) skipped.add(reason);
        return reason == null;
    }

    private Stream<Ingested> readInput(Path input) {
        if (!Files.exists(input)) {
            return Stream.of(new IngestFailure(idOf(input), input.toString(), "no such file or folder"));
        }
        if (Format.of(input) == null) {
            return Stream.of(new IngestFailure(idOf(input), input.toString(),
                    "unsupported file type (expected .html, .htm, .txt, .jsonl or .warc, each optionally .gz)"));
        }
        return readFile(input);
    }

    private Stream<Ingested> readFile(Path file) {
        Format format = Format.of(file);
        if (format == Format.JSONL) {
            return jsonLines(file);
        }
        if (format == Format.WARC) {
            return warc(file);
        }
        String id = idOf(file);
        try {
            byte[] bytes = readCapped(file);
            String problem = contentProblem(bytes);
            if (problem != null) return Stream.of(new IngestFailure(id, file.toString(), problem));
            String content = TextDecoder.decode(bytes, format == Format.HTML);
            RawPage.Kind kind = format == Format.HTML ? RawPage.Kind.HTML : RawPage.Kind.SCRAPED_TEXT;
            return Stream.of(new RawPage(id, file.toString(), null, null, null, null, kind, content));
        } catch (IOException e) {
            return Stream.of(new IngestFailure(id, file.toString(), reason(e)));
        }
    }

    private Stream<Ingested> warc(Path file) {
        WarcPages pages;
        try {
            pages = new WarcPages(file, maxPageBytes, filter, skipped, progress);
        } catch (IOException e) {
            return Stream.of(new IngestFailure(idOf(file), file.toString(), "not a readable WARC file: " + reason(e)));
        }
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages, 0), false).onClose(pages::close);
    }

    private byte[] readCapped(Path file) throws IOException {
        try (InputStream in = open(file)) {
            byte[] bytes = in.readNBytes(maxPageBytes + 1);
            if (bytes.length > maxPageBytes) {
                throw new IOException("too large: over " + maxPageBytes / (1024 * 1024) + " MB"
                        + (isGzip(file) ? " once decompressed" : "") + " (no news page is this big)");
            }
            return bytes;
        }
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (!isGzip(file)) return in;
        try {
            return new GZIPInputStream(in, 64 * 1024);
        } catch (IOException e) {
            in.close();
            throw e;
        }
    }

    /** Why these bytes cannot be a page, or null when they can. */
    private static String contentProblem(byte[] bytes) {
        int nonBlank = 0;
        int controls = 0;
        int probe = Math.min(bytes.length, 64 * 1024);
        boolean utf16 = bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE || (bytes[0] & 0xFF) == 0xFF);
        for (int i = 0; i < probe; i++) {
            int b = bytes[i] & 0xFF;
            if (b > ' ') nonBlank++;
            if (b == 0 && !utf16) return "binary content (NUL bytes), not text";
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) controls++;
        }
        if (bytes.length == 0) return "empty file";
        if (nonBlank == 0 && !utf16) return "empty file (only whitespace)";
        if (controls > probe / 20) return "binary content (control bytes), not text";
        return null;
    }

    private Stream<Ingested> jsonLines(Path file) {
        DeferredFailureInputStream in;
        try {
            in = new DeferredFailureInputStream(open(file));
        } catch (IOException e) {
            return Stream.of(new IngestFailure(idOf(file), file.toString(), reason(e)));
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 64 * 1024);
        Iterator<Ingested> records = new JsonLineIterator(file, reader, in);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(records, 0), false)
                .onClose(() -> {
                    try {
                        reader.close();
                    } catch (IOException ignored) {
                        // Closing after a read failure: that failure was reported already.
                    }
                });
    }

    /**
     * Turns a read failure (a truncated gzip) into an early end of stream and keeps it for later: a reader's
     * read-ahead would otherwise throw away the lines decoded before the failure.
     */
    private static final class DeferredFailureInputStream extends java.io.FilterInputStream {
        private IOException failure;

        DeferredFailureInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (failure != null) return -1;
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                failure = e;
                return -1;
            }
        }
    }

    /**
     * Yields one item per non-blank line. A read failure ends the file with one failure naming the line where
     * the readable data stopped (that last line, probably cut, is not parsed).
     */
    private final class JsonLineIterator implements Iterator<Ingested> {
        private final Path file;
        private final BufferedReader reader;
        private final DeferredFailureInputStream in;
        private final String fileId;
        private int lineNumber;
        private String lookahead;
        private Ingested next;
        private boolean done;

        JsonLineIterator(Path file, BufferedReader reader, DeferredFailureInputStream in) {
            this.file = file;
            this.reader = reader;
            this.in = in;
            this.fileId = idOf(file);
        }

        @Override
        public boolean hasNext() {
            try {
                if (lineNumber == 0 && !done) lookahead = reader.readLine();
                while (next == null && !done) {
                    String line = lookahead;
                    if (line == null) {
                        done = true;
                        if (in.failure != null) next = truncated(lineNumber + 1);
                        else if (lineNumber == 0) next = new IngestFailure(fileId, file.toString(), "empty file");
                        break;
                    }
                    lineNumber++;
                    lookahead = reader.readLine();
                    if (lookahead == null && in.failure != null) {
                        done = true;
                        next = truncated(lineNumber);
                    } else if (!line.isBlank()) {
                        next = parse(line);
                    }
                }
            } catch (IOException e) {
                done = true;
                next = new IngestFailure(fileId + ":" + (lineNumber + 1), file + ":" + (lineNumber + 1), reason(e));
            }
            return next != null;
        }

        private IngestFailure truncated(int line) {
            return new IngestFailure(fileId + ":" + line, file + ":" + line,
                    reason(in.failure) + "; records from this line on are lost");
        }

        @Override
        public Ingested next() {
            if (!hasNext()) throw new NoSuchElementException();
            Ingested item = next;
            next = null;
            return item;
        }

        private Ingested parse(String line) {
            String where = file + ":" + lineNumber;
            String fallbackId = fileId + ":" + lineNumber;
            if (line.length() > maxPageBytes) {
                return new IngestFailure(fallbackId, where, "record too large: over " + maxPageBytes / (1024 * 1024) + " MB");
            }
            JsonNode record;
            try {
                record = JSON.readTree(line);
            } catch (JsonProcessingException e) {
                return new IngestFailure(fallbackId, where, "invalid JSON: " + e.getOriginalMessage());
            }
            if (record == null || !record.isObject()) {
                return new IngestFailure(fallbackId, where, "not a JSON object");
            }
            return page(record, fallbackId, where);
        }
    }

    /**
     * One JSON Lines record ({@code id?, url?, title?, published?, source?, language?, authors?, fetched?} and one of
     * {@code html | raw | text}) as a
     * page, or the failure that names what is wrong with it; {@code fallbackId} serves when it has no id. Also what
     * the server's {@code POST /api/articles} accepts.
     */
    public static Ingested page(JsonNode record, String fallbackId, String where) {
        if (record == null || !record.isObject()) return new IngestFailure(fallbackId, where, "not a JSON object");
        String id = text(record, "id");
        if (id == null || id.isBlank()) id = fallbackId;
        // Clean text wins over page source when a record carries both: someone already extracted it.
        RawPage.Kind kind;
        String content;
        if (text(record, "text") != null) {
            kind = RawPage.Kind.CLEAN_TEXT;
            content = text(record, "text");
        } else if (text(record, "html") != null) {
            kind = RawPage.Kind.HTML;
            content = text(record, "html");
        } else if (text(record, "raw") != null) {
            kind = RawPage.Kind.SCRAPED_TEXT;
            content = text(record, "raw");
        } else {
            return new IngestFailure(id, where, "record has none of \"html\", \"raw\", \"text\"");
        }
        if (content.isBlank()) return new IngestFailure(id, where, "empty " + kind.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        return new RawPage(id, where, text(record, "url"), text(record, "title"), text(record, "published"),
                text(record, "source"), kind, content, text(record, "language"), authors(record), text(record, "fetched"));
    }

    /** A record's {@code authors}: an array of names, or one string. */
    private static List<String> authors(JsonNode record) {
        JsonNode value = record.get("authors");
        if (value == null || value.isNull()) return List.of();
        if (value.isArray()) {
            List<String> names = new java.util.ArrayList<>();
            value.forEach(v -> { if (v.isValueNode() && !v.asText().isBlank()) names.add(v.asText().strip()); });
            return names;
        }
        return value.isValueNode() && !value.asText().isBlank() ? List.of(value.asText().strip()) : List.of();
    }

    private static String text(JsonNode record, String field) {
        JsonNode value = record.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) return null;
        return value.asText();
    }

    /** The file name less its format and .gz extensions: {@code a.b.html.gz → a.b}. */
    static String idOf(Path path) {
        Path fileName = path.getFileName();
        String name = fileName == null ? path.toString() : fileName.toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
            lower = lower.substring(0, lower.length() - 3);
        }
        for (String extension : Format.EXTENSIONS) {
            if (lower.endsWith(extension)) return name.substring(0, name.length() - extension.length());
        }
        return name;
    }

    private static boolean isGzip(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    private static String reason(Exception e) {
        if (e instanceof NoSuchFileException) return "no such file";
        if (e instanceof EOFException || (e.getMessage() != null && e.getMessage().contains("Unexpected end of ZLIB"))) {
            return "truncated gzip (unexpected end of compressed data)";
        }
        if (e instanceof ZipException) return "not valid gzip: " + e.getMessage();
        if (e instanceof java.nio.charset.MalformedInputException) return "not valid UTF-8";
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    }

    private enum Format {
        HTML, TEXT, JSONL, WARC;

        static final List<String> EXTENSIONS = List.of(".html", ".htm", ".xhtml", ".txt", ".jsonl", ".warc");

        static Format of(Path path) {
            Path fileName = path.getFileName();
            if (fileName == null) return null;
            String name = fileName.toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".gz")) name = name.substring(0, name.length() - 3);
            if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) return HTML;
            if (name.endsWith(".txt")) return TEXT;
            if (name.endsWith(".jsonl")) return JSONL;
            if (name.endsWith(".warc")) return WARC;
            return null;
        }
    }
}
