package dev.storyline.ingest;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * The pages of one WARC file ({@code .warc} or {@code .warc.gz}, as jwarc reads them), record by record: only the
 * record at hand is in memory, so a 1 GB CC-NEWS file costs what its largest page costs. A {@code response} record
 * with status 200 and an HTML payload (by its HTTP {@code Content-Type}, else Common Crawl's
 * {@code WARC-Identified-Payload-Type}, else by sniffing the markup) becomes a page; every other record is
 * counted in {@link SkipCounts} and passed over. A record that cannot be read is an {@link IngestFailure} naming
 * the file and the offset, and reading resumes at the next record found after it (the next gzip member, or the
 * next {@code WARC/1.} line); a file cut short keeps every record before the cut.
 */
public final class WarcPages implements Iterator<Ingested>, Closeable {

    private static final int SCAN_CHUNK = 64 * 1024;

    private final Path file;
    private final String fileId;
    private final int maxPageBytes;
    private final PageFilter filter;
    private final SkipCounts skipped;
    private final ReadProgress progress;
    private final long size;
    private FileChannel channel;
    private WarcReader reader;
    private boolean gzip;
    private Ingested next;
    private boolean done;

    WarcPages(Path file, int maxPageBytes, PageFilter filter, SkipCounts skipped, ReadProgress progress) throws IOException {
        this.file = file;
        this.fileId = InputReader.idOf(file);
        this.maxPageBytes = maxPageBytes;
        this.filter = filter;
        this.skipped = skipped;
        this.progress = progress;
        this.channel = FileChannel.open(file);
        this.size = channel.size();
        if (size == 0) {
            done = true;
            next = new IngestFailure(fileId, file.toString(), "empty file");
            return;
        }
        try {
            openAt(0);
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    private void openAt(long position) throws IOException {
        channel.position(position);
        reader = new WarcReader(channel);
        gzip = reader.compression() == org.netpreserve.jwarc.WarcCompression.GZIP;
    }

    @Override
    public boolean hasNext() {
        while (next == null && !done) step();
        return next != null;
    }

    @Override
    public Ingested next() {
        if (!hasNext()) throw new NoSuchElementException();
        Ingested item = next;
        next = null;
        return item;
    }

    private void step() {
        WarcRecord record;
        long offset;
        try {
            Optional<WarcRecord> read = reader.next();
            offset = reader.position();
            if (read.isEmpty()) {
                done = true;
                progress.reading(file, size, size);
                return;
            }
            record = read.get();
        } catch (IOException | RuntimeException e) {
            recover(reader.position(), e);
            return;
        }
        try {
            Converted converted = convert(record, file + "#" + offset, fileId + "#" + offset, maxPageBytes, filter);
            if (converted.skipped() != null) skipped.add(converted.skipped());
            else next = converted.item();
            reportProgress();
        } catch (RuntimeException e) {
            next = new IngestFailure(fileId + "#" + offset, file + "#" + offset, "unreadable record: " + reason(e));
        }
    }

    private void reportProgress() {
        try {
            progress.reading(file, Math.min(channel.position(), size), size);
        } catch (IOException ignored) {
            // Progress is for show: a channel that cannot say its position says nothing.
        }
    }

    /** A record could not be read at (about) {@code at}: say so, then go on from the next record start, if any. */
    private void recover(long at, Exception e) {
        String where = file + "#" + at;
        if (isTruncation(e)) {
            done = true;
            next = new IngestFailure(fileId + "#" + at, where,
                    "file ends mid-record (truncated, e.g. a copy or crawl cut short); records from here on are lost");
            return;
        }
        long resume;
        try {
            resume = nextRecordStart(at + 1);
            if (resume >= 0) openAt(resume);
        } catch (IOException scanFailure) {
            resume = -1;
        }
        if (resume < 0) done = true;
        next = new IngestFailure(fileId + "#" + at, where, "corrupt record: " + reason(e)
                + (resume < 0 ? "; nothing readable after it" : "; reading resumes at offset " + resume));
    }

    private static boolean isTruncation(Exception e) {
        Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (t instanceof EOFException) return true;
        String m = t.getMessage();
        return m != null && (m.contains("Unexpected end of ZLIB") || m.contains("unexpected end of")
                || m.contains("expected trailing") || m.contains("premature end") || m.contains("EOF"));
    }

    /** The offset of the next gzip member (or {@code WARC/1.} line) at or after {@code from}, else -1. */
    private long nextRecordStart(long from) throws IOException {
        byte[] magic = gzip ? new byte[]{0x1f, (byte) 0x8b, 0x08} : "\nWARC/1.".getBytes(StandardCharsets.US_ASCII);
        int skipLead = gzip ? 0 : 1; // the plain-text pattern includes the newline before the record
        ByteBuffer buffer = ByteBuffer.allocate(SCAN_CHUNK + magic.length);
        long position = Math.max(0, from - skipLead);
        while (position < size) {
            buffer.clear();
            int n = channel.read(buffer, position);
            if (n <= 0) return -1;
            byte[] bytes = buffer.array();
            for (int i = 0; i + magic.length <= n; i++) {
                int j = 0;
                while (j < magic.length && bytes[i + j] == magic[j]) j++;
                if (j == magic.length && position + i + skipLead >= from) return position + i + skipLead;
            }
            if (n < magic.length) return -1;
            position += n - magic.length + 1;
        }
        return -1;
    }

    @Override
    public void close() {
        try {
            if (reader != null) reader.close();
            if (channel != null) channel.close();
        } catch (IOException ignored) {
            // Closing a file only read: nothing was at stake.
        }
    }

    /** What one WARC record comes to: a page or a failure ({@code item}), or a reason it was passed over. */
    public record Converted(Ingested item, String skipped) {
        static Converted skip(String reason) {
            return new Converted(null, reason);
        }
    }

    /**
     * Turns one record into a page, a failure or a reason to pass it over. {@code input} and {@code fallbackId}
     * name the record (file#offset). Reads the record's body: call it once, while the reader is on the record.
     */
    public static Converted convert(WarcRecord record, String input, String fallbackId, int maxPageBytes, PageFilter filter) {
        if (!(record instanceof WarcResponse response)) return Converted.skip(record.type() + " record");
        String url = response.target();
        if (url == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
            return Converted.skip("response not over HTTP");
        }
        if (!response.contentType().base().toString().equalsIgnoreCase("application/http")) return Converted.skip("response not over HTTP");
        if (isRobotsTxt(url)) return Converted.skip("robots.txt");
        if (!filter.keepsUrl(url)) return Converted.skip("host not in --host");
        String id = recordId(response, fallbackId);
        HttpResponse http;
        try {
            http = response.http();
        } catch (IOException | RuntimeException e) {
            return new Converted(new IngestFailure(id, input, "invalid HTTP response: " + reason(e)), null);
        }
        if (http.status() != 200) return Converted.skip("HTTP status " + http.status());
        MediaType declared = mediaType(http.headers().first("Content-Type").orElse(null));
        if (declared != null && !isHtml(declared) && !isVague(declared)) return Converted.skip("not HTML (" + declared.base() + ")");
        if (declared == null || isVague(declared)) {
            MediaType identified = response.identifiedPayloadType().orElse(null);
            if (identified != null && !isHtml(identified) && !isVague(identified)) {
                return Converted.skip("not HTML (" + identified.base() + ")");
            }
        }
        byte[] body;
        try {
            body = payload(http, maxPageBytes);
        } catch (IOException | RuntimeException e) {
            return new Converted(new IngestFailure(id, input, reason(e)), null);
        }
        if (!isHtml(declared) && !looksLikeHtml(body)) return Converted.skip("not HTML (by its content)");
        if (isBlank(body)) return new Converted(new IngestFailure(id, input, "empty page"), null);
        String charset = declared == null ? null : declared.parameters().get("charset");
        String content = TextDecoder.decode(body, true, charset);
        String contentLanguage = http.headers().first("Content-Language").orElse(null);
        String fetched = response.date() == null ? null : response.date().toString();
        return new Converted(new RawPage(id, input, url, null, null, null, RawPage.Kind.HTML, content,
                contentLanguage, List.of(), fetched), null);
    }

    /** The record's id without {@code urn:uuid:} (stable, and unique to the record), else file#offset. */
    private static String recordId(WarcRecord record, String fallbackId) {
        try {
            String id = record.headers().first("WARC-Record-ID").orElse(null);
            if (id == null) return fallbackId;
            id = id.strip();
            if (id.startsWith("<") && id.endsWith(">")) id = id.substring(1, id.length() - 1);
            return id.startsWith("urn:uuid:") ? id.substring("urn:uuid:".length()) : id;
        } catch (RuntimeException e) {
            return fallbackId;
        }
    }

    /**
     * The HTTP entity, de-chunked (jwarc) and decoded from its {@code Content-Encoding} (gzip, deflate); at most
     * {@code max} bytes once decoded, or an error. A payload labelled gzip that is not (the crawler had decoded it
     * and kept the header) is taken as it is.
     */
    static byte[] payload(HttpResponse http, int max) throws IOException {
        byte[] raw;
        try (InputStream in = http.body().stream()) {
            raw = in.readNBytes(max + 1);
        } catch (IOException e) {
            throw new IOException("unreadable HTTP body (" + reason(e) + ")", e);
        }
        if (raw.length > max) throw tooLarge(max, "");
        String encoding = http.headers().first("Content-Encoding").orElse("identity").strip().toLowerCase(Locale.ROOT);
        byte[] decoded = switch (encoding) {
            case "", "identity", "none" -> raw;
            case "gzip", "x-gzip" -> isGzip(raw) ? inflate(new GZIPInputStream(new ByteArrayInputStream(raw)), max, "gzip") : raw;
            case "deflate" -> inflateDeflate(raw, max);
            default -> throw new IOException("unsupported Content-Encoding: " + encoding);
        };
        if (decoded.length > max) throw tooLarge(max, " once decompressed");
        return decoded;
    }

    private static byte[] inflateDeflate(byte[] raw, int max) throws IOException {
        try {
            return inflate(new InflaterInputStream(new ByteArrayInputStream(raw)), max, "deflate");
        } catch (IOException zlibFailed) {
            // Servers disagree on "deflate": zlib-wrapped (RFC 9110) or raw deflate (old IIS).
            return inflate(new InflaterInputStream(new ByteArrayInputStream(raw), new Inflater(true)), max, "deflate");
        }
    }

    private static byte[] inflate(InputStream in, int max, String encoding) throws IOException {
        try (in) {
            byte[] bytes = in.readNBytes(max + 1); // the cap stops a compression bomb
            if (bytes.length > max) throw tooLarge(max, " once decompressed");
            return bytes;
        } catch (EOFException e) {
            throw new IOException("truncated " + encoding + " payload", e);
        } catch (ZipException e) {
            throw new IOException("invalid " + encoding + " payload: " + e.getMessage(), e);
        }
    }

    private static IOException tooLarge(int max, String how) {
        return new IOException("too large: over " + max / (1024 * 1024) + " MB" + how + " (no news page is this big)");
    }

    private static boolean isGzip(byte[] b) {
        return b.length >= 2 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B;
    }

    private static MediaType mediaType(String header) {
        if (header == null || header.isBlank()) return null;
        MediaType type = MediaType.parseLeniently(header.strip());
        return type.isValid() || !type.type().isEmpty() ? type : null;
    }

    private static boolean isHtml(MediaType type) {
        if (type == null) return false;
        String base = type.base().toString().toLowerCase(Locale.ROOT);
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    /** Types that say nothing about the content: the bytes are sniffed instead. */
    private static boolean isVague(MediaType type) {
        String base = type.base().toString().toLowerCase(Locale.ROOT);
        return base.equals("application/octet-stream") || base.equals("text/plain") || base.equals("unknown/unknown")
                || base.equals("application/unknown") || base.isBlank();
    }

    /** Whether the start of the bytes is markup of an HTML page (a doctype, html, head or body element). */
    static boolean looksLikeHtml(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 1024), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        return head.contains("<!doctype html") || head.contains("<html") || head.contains("<head") || head.contains("<body");
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) if ((b & 0xFF) > ' ') return false;
        return true;
    }

    private static boolean isRobotsTxt(String url) {
        try {
            String path = URI.create(url).getRawPath();
            return "/robots.txt".equals(path);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String reason(Throwable e) {
        Throwable t = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }
}
