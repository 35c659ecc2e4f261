package dev.storyline.sources.archive;

import dev.storyline.sources.fetch.HttpExchange;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The fetch archive as rolling {@code .warc.gz} files (ISO 28500, WARC/1.1, written by jwarc): one gzip member per
 * record so that readers can seek to any record and a file cut short (a crash, kill -9) keeps every record before
 * the cut readable. Each file starts with a {@code warcinfo} record naming Storyline; a new file is begun at every
 * open and when the current one reaches the roll size. File names sort by time:
 * {@code storyline-20261204T195500Z-00001.warc.gz}.
 *
 * <p>Each exchange becomes a {@code request} and a {@code response} record linked by {@code WARC-Concurrent-To}.
 * The fetcher hands over the entity already decoded from gzip/deflate, so the archived HTTP response is rebuilt
 * from status, headers and decoded body: {@code Content-Encoding} and {@code Transfer-Encoding} are dropped,
 * {@code Content-Length} is set to the decoded length, and the removed values are kept in the WARC header
 * {@code Storyline-Decoded-Content-Encoding} (wget's --warc keeps the raw bytes instead; we do not have them).
 * A response reached through redirects names the URL first asked for in {@code Storyline-Requested-URI}.
 *
 * <p>Thread-safe: one lock around writing and rolling.
 */
public final class WarcArchive implements FetchArchive {

    /** Roll to a new file when the current one reaches this many bytes (1 GB, as Common Crawl's files). */
    public static final long DEFAULT_ROLL_BYTES = 1L << 30;

    /** The folder under the data directory where the archive lives. */
    public static final String FOLDER = "archive";

    static final String DECODED_ENCODING_HEADER = "Storyline-Decoded-Content-Encoding";
    /** The URL first asked for, on a response whose target is where redirects led. */
    public static final String REQUESTED_URI_HEADER = "Storyline-Requested-URI";

    private static final Pattern FILE_NAME = Pattern.compile("storyline-(\\d{8}T\\d{6}Z)-(\\d{5,})\\.warc\\.gz");
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    private static final Set<String> DROPPED_HEADERS = Set.of("content-encoding", "transfer-encoding", "content-length");

    private final Path folder;
    private final long rollBytes;
    private final Clock clock;
    private final String software;
    private final Object lock = new Object();
    private int sequence;
    private FileChannel channel;
    private WarcWriter writer;
    private Path current;
    private boolean closed;
    private boolean damaged;

    private WarcArchive(Path folder, long rollBytes, Clock clock, String software) {
        this.folder = folder;
        this.rollBytes = rollBytes;
        this.clock = clock;
        this.software = software;
    }

    /** Opens the archive under {@code <data>/archive/}, rolling at {@link #DEFAULT_ROLL_BYTES}. */
    public static WarcArchive open(Path dataDirectory) throws IOException {
        return open(dataDirectory.resolve(FOLDER), DEFAULT_ROLL_BYTES, Clock.systemUTC());
    }

    /** Opens the archive in {@code folder} itself; a new file is begun now, before the first record. */
    public static WarcArchive open(Path folder, long rollBytes, Clock clock) throws IOException {
        if (rollBytes <= 0) throw new IllegalArgumentException("roll size must be positive: " + rollBytes);
        Files.createDirectories(folder);
        WarcArchive archive = new WarcArchive(folder, rollBytes, clock, softwareName());
        archive.sequence = lastSequence(folder);
        synchronized (archive.lock) {
            archive.roll();
        }
        return archive;
    }

    /**
     * The archive's files in the order they were written: by sequence number, which grows across opens even if
     * the clock went back (the time in the name is for people).
     */
    public static List<Path> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> FILE_NAME.matcher(p.getFileName().toString()).matches())
                    .sorted(Comparator.comparingInt(WarcArchive::sequenceOf).thenComparing(Comparator.naturalOrder()))
                    .toList();
        }
    }

    private static int sequenceOf(Path file) {
        Matcher m = FILE_NAME.matcher(file.getFileName().toString());
        return m.matches() ? Integer.parseInt(m.group(2)) : 0;
    }

    /** The file records are being written to now. */
    public Path currentFile() {
        synchronized (lock) {
            return current;
        }
    }

    @Override
    public void record(HttpExchange exchange) throws IOException {
        Objects.requireNonNull(exchange, "exchange");
        UUID requestId = UUID.randomUUID();
        UUID responseId = UUID.randomUUID();
        WarcRequest request = request(exchange, requestId, responseId);
        WarcResponse response = response(exchange, responseId, requestId);
        synchronized (lock) {
            ensureOpen();
            if (damaged || channel.position() >= rollBytes) roll();
            long start = channel.position();
            try {
                // Request then response, as Common Crawl writes them; each names the other as concurrent.
                writer.write(request);
                writer.write(response);
            } catch (IOException | RuntimeException e) {
                // A failed write (disk full) must not leave half a record for readers to trip on: cut the file back
                // to the last whole record and continue in a new file.
                damaged = true;
                try {
                    channel.truncate(start);
                } catch (IOException ignored) {
                    // The cut is what readers tolerate anyway: every record before it stays readable.
                }
                throw e;
            }
        }
    }

    @Override
    public void flush() throws IOException {
        synchronized (lock) {
            if (channel != null && channel.isOpen()) channel.force(false);
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (lock) {
            if (closed) return;
            closed = true;
            closeCurrent();
        }
    }

    private void ensureOpen() throws IOException {
        if (closed) throw new IOException("the WARC archive in " + folder + " is closed");
    }

    /** Ends the current file (durably) and begins the next with its warcinfo record. Called under the lock. */
    private void roll() throws IOException {
        closeCurrent();
        damaged = false;
        sequence++;
        String name = "storyline-" + STAMP.format(clock.instant()) + "-" + String.format(Locale.ROOT, "%05d", sequence) + ".warc.gz";
        Path file = folder.resolve(name);
        channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        writer = new WarcWriter(channel, WarcCompression.GZIP);
        current = file;
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("software", List.of(software));
        fields.put("format", List.of("WARC File Format 1.1"));
        fields.put("conformsTo", List.of("https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/"));
        fields.put("description", List.of("Article pages fetched by Storyline's follow loop; HTTP entities are stored "
                + "decoded from gzip/deflate (see " + DECODED_ENCODING_HEADER + ")"));
        writer.write(new Warcinfo.Builder().date(clock.instant()).filename(name).fields(fields).build());
        channel.force(true);
    }

    private void closeCurrent() throws IOException {
        if (channel == null) return;
        try {
            if (channel.isOpen()) channel.force(true);
        } finally {
            try {
                writer.close();
            } catch (IOException | RuntimeException e) {
                if (!damaged) throw e; // a writer whose last record failed may fail to close as well
            } finally {
                channel = null;
                writer = null;
            }
        }
    }

    private static WarcResponse response(HttpExchange exchange, UUID id, UUID requestId) throws IOException {
        byte[] head = responseHead(exchange);
        byte[] block = concat(head, exchange.body());
        WarcResponse.Builder builder = new WarcResponse.Builder(exchange.url())
                .recordId(id)
                .concurrentTo(URI.create("urn:uuid:" + requestId))
                .date(exchange.fetchedAt())
                .body(MediaType.HTTP_RESPONSE, block)
                .blockDigest(sha1(block))
                .payloadDigest(sha1(exchange.body()));
        if (!exchange.requested().equals(exchange.url())) builder.addHeader(REQUESTED_URI_HEADER, exchange.requested().toString());
        String decoded = exchange.header("Content-Encoding");
        if (decoded != null && !decoded.isBlank()) builder.addHeader(DECODED_ENCODING_HEADER, decoded.strip());
        InetAddress ip = ipAddress(exchange.ipAddress());
        if (ip != null) builder.ipAddress(ip);
        return builder.build();
    }

    private static WarcRequest request(HttpExchange exchange, UUID id, UUID responseId) throws IOException {
        URI target = exchange.url();
        byte[] block = requestHead(exchange);
        WarcRequest.Builder builder = new WarcRequest.Builder(target)
                .recordId(id)
                .concurrentTo(URI.create("urn:uuid:" + responseId))
                .date(exchange.fetchedAt())
                .body(MediaType.HTTP_REQUEST, block)
                .blockDigest(sha1(block));
        InetAddress ip = ipAddress(exchange.ipAddress());
        if (ip != null) builder.ipAddress(ip);
        return builder.build();
    }

    /** The request line and the headers sent (with {@code Host}, which the JDK client adds itself). */
    static byte[] requestHead(HttpExchange exchange) {
        URI target = exchange.url();
        StringBuilder head = new StringBuilder(256);
        head.append("GET ").append(pathAndQuery(target)).append(" HTTP/1.1\r\n");
        boolean hasHost = exchange.requestHeaders().stream().anyMatch(h -> "host".equalsIgnoreCase(h.getKey()));
        if (!hasHost && target.getRawAuthority() != null) head.append("Host: ").append(target.getRawAuthority()).append("\r\n");
        appendHeaders(head, exchange.requestHeaders(), Set.of());
        head.append("\r\n");
        return head.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The status line and headers as they would have been sent for the decoded entity. */
    static byte[] responseHead(HttpExchange exchange) {
        StringBuilder head = new StringBuilder(256);
        head.append("HTTP/1.1 ").append(exchange.status()).append(' ').append(reason(exchange.status())).append("\r\n");
        appendHeaders(head, exchange.responseHeaders(), DROPPED_HEADERS);
        head.append("Content-Length: ").append(exchange.body().length).append("\r\n\r\n");
        // Header values are ISO-8859-1 on the wire (RFC 9110 5.5); anything else would be replaced by '?'.
        return head.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Headers as {@code Name: value} lines; names that are not HTTP tokens (HTTP/2 pseudo-headers) are left out. */
    private static void appendHeaders(StringBuilder head, List<Map.Entry<String, String>> headers, Set<String> dropped) {
        for (Map.Entry<String, String> h : headers) {
            String name = h.getKey();
            if (name == null || !HEADER_NAME.matcher(name).matches()) continue;
            if (dropped.contains(name.toLowerCase(Locale.ROOT))) continue;
            head.append(name).append(": ").append(singleLine(h.getValue())).append("\r\n");
        }
    }

    private static String singleLine(String value) {
        return value == null ? "" : value.replace('\r', ' ').replace('\n', ' ');
    }

    private static String pathAndQuery(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    private static InetAddress ipAddress(String literal) {
        if (literal == null || literal.isBlank()) return null;
        String s = literal.strip();
        if (s.startsWith("[") && s.endsWith("]")) s = s.substring(1, s.length() - 1);
        // Only literals: never a DNS lookup from the archive.
        if (!s.matches("[0-9.]+|[0-9a-fA-F:.%a-zA-Z]*:[0-9a-fA-F:.%a-zA-Z]*")) return null;
        try {
            return InetAddress.getByName(s);
        } catch (IOException e) {
            return null;
        }
    }

    private static WarcDigest sha1(byte[] bytes) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-1");
            digest.update(bytes);
            return new WarcDigest(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required of every JDK", e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(a.length + b.length);
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 203 -> "Non-Authoritative Information";
            case 204 -> "No Content";
            case 206 -> "Partial Content";
            case 301 -> "Moved Permanently";
            case 302 -> "Found";
            case 304 -> "Not Modified";
            case 404 -> "Not Found";
            case 410 -> "Gone";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 503 -> "Service Unavailable";
            default -> "Status";
        };
    }

    private static int lastSequence(Path folder) throws IOException {
        int last = 0;
        for (Path p : files(folder)) last = Math.max(last, sequenceOf(p));
        return last;
    }

    private static String softwareName() {
        String version = WarcArchive.class.getPackage().getImplementationVersion();
        return "Storyline" + (version == null ? "" : "/" + version) + " (jwarc)";
    }
}
