package dev.storyline.ingest;

import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

/**
 * Writes WARC files shaped like Common Crawl's CC-NEWS (warcinfo, then request / response / metadata triplets,
 * with the WARC headers Common Crawl sets), generated here with jwarc: no crawl data is copied. The articles are
 * short invented news texts in English, French, German and Spanish.
 */
final class CcNewsWarc implements AutoCloseable {

    static final Instant FIRST_FETCH = Instant.parse("2026-11-30T06:00:00Z");

    static final String ENGLISH = page("en", "Flood barrier holds as river peaks in Riverton",
            "The new flood barrier in Riverton held on Tuesday as the river reached its highest level in forty years. "
                    + "Engineers said the barrier, finished in March, kept the water out of the old town. "
                    + "The mayor thanked the volunteers who filled sandbags through the night.");
    static final String FRENCH = page("fr", "Le barrage de Riverton a tenu pendant la crue",
            "Le nouveau barrage de Riverton a tenu mardi alors que la rivière atteignait son plus haut niveau depuis "
                    + "quarante ans. Les ingénieurs ont expliqué que l'ouvrage, achevé en mars, a protégé la vieille ville. "
                    + "Le maire a remercié les bénévoles qui ont rempli des sacs de sable toute la nuit.");
    static final String GERMAN = page("de", "Hochwasserschutz in Riverton hält dem Pegel stand",
            "Die neue Hochwasserschutzwand in Riverton hat am Dienstag gehalten, als der Fluss den höchsten Stand seit "
                    + "vierzig Jahren erreichte. Die Ingenieure sagten, die im März fertiggestellte Wand habe die Altstadt "
                    + "geschützt. Der Bürgermeister dankte den Freiwilligen, die die ganze Nacht Sandsäcke gefüllt hatten.");
    static final String SPANISH = page("es", "La barrera de Riverton resistió la crecida del río",
            "La nueva barrera de Riverton resistió el martes cuando el río alcanzó su nivel más alto en cuarenta años. "
                    + "Los ingenieros explicaron que la obra, terminada en marzo, protegió el casco antiguo. "
                    + "El alcalde agradeció a los voluntarios de España que llenaron sacos de arena toda la noche.");
    static final String CHUNKED = page("en", "Riverton schools reopen after the flood",
            "Schools in Riverton reopened on Thursday after the flood waters receded from the lower town. "
                    + "The head teacher said pupils would make up the lost days before the winter holidays.");

    private final FileChannel channel;
    private final WarcWriter writer;
    private final URI warcinfoId;
    private Instant clock = FIRST_FETCH;

    private CcNewsWarc(Path file, boolean gzip) throws IOException {
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        writer = new WarcWriter(channel, gzip ? WarcCompression.GZIP : WarcCompression.NONE);
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("software", List.of("StormCrawler (test fixture written by Storyline's tests)"));
        fields.put("isPartOf", List.of("CC-NEWS-TEST"));
        fields.put("operator", List.of("Storyline tests"));
        fields.put("format", List.of("WARC File Format 1.1"));
        Warcinfo info = new Warcinfo.Builder().filename(file.getFileName().toString()).fields(fields).date(clock).build();
        warcinfoId = info.id();
        writer.write(info);
    }

    static CcNewsWarc create(Path file) throws IOException {
        return new CcNewsWarc(file, file.getFileName().toString().endsWith(".gz"));
    }

    /** The fixture every WARC input test reads: one of each kind of record CC-NEWS holds. */
    static Path standard(Path file) throws IOException {
        try (CcNewsWarc warc = create(file)) {
            warc.html("https://news.example.com/2026/11/30/flood-barrier", "text/html; charset=UTF-8", ENGLISH);
            warc.html("https://www.lemonde.example/international/barrage-riverton", "text/html; charset=utf-8", FRENCH);
            warc.response("https://news.example.com/missing", 404, List.of(Map.entry("Content-Type", "text/html")),
                    "<html><body>Not found</body></html>".getBytes(StandardCharsets.UTF_8));
            warc.response("https://news.example.com/img/barrier.jpg", 200, List.of(Map.entry("Content-Type", "image/jpeg")),
                    new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'});
            warc.response("https://zeitung.example.de/hochwasser-riverton", 200, List.of(
                    Map.entry("Content-Type", "text/html; charset=utf-8"), Map.entry("Content-Encoding", "gzip"),
                    Map.entry("Vary", "Accept-Encoding")), gzip(GERMAN.getBytes(StandardCharsets.UTF_8)));
            warc.response("https://news.example.com/robots.txt", 200, List.of(Map.entry("Content-Type", "text/plain")),
                    "User-agent: *\nDisallow:\n".getBytes(StandardCharsets.UTF_8));
            warc.response("https://news.example.com/2026/12/02/schools-reopen", 200, List.of(
                    Map.entry("Content-Type", "text/html"), Map.entry("Transfer-Encoding", "chunked")),
                    chunked(CHUNKED.getBytes(StandardCharsets.UTF_8)));
            warc.html("https://diario.example.es/riverton-crecida", "text/html; charset=ISO-8859-1", SPANISH,
                    StandardCharsets.ISO_8859_1);
            warc.revisit("https://news.example.com/2026/11/30/flood-barrier");
        }
        return file;
    }

    /** A 200 HTML response (with its request and metadata records) in {@code charset}. */
    void html(String url, String contentType, String html, Charset charset) throws IOException {
        response(url, 200, List.of(Map.entry("Content-Type", contentType)), html.getBytes(charset));
    }

    void html(String url, String contentType, String html) throws IOException {
        html(url, contentType, html, StandardCharsets.UTF_8);
    }

    /** A request, a response with this status, headers and raw entity bytes, and a metadata record, as CC writes them. */
    void response(String url, int status, List<Map.Entry<String, String>> headers, byte[] entity) throws IOException {
        clock = clock.plusSeconds(7);
        URI target = URI.create(url);
        WarcRequest request = new WarcRequest.Builder(target).date(clock).warcinfoId(warcinfoId)
                .body(new HttpRequest.Builder("GET", target.getRawPath()).addHeader("Host", target.getHost())
                        .addHeader("User-Agent", "CCBot/2.0 (https://commoncrawl.org/faq/)")
                        .addHeader("Accept-Encoding", "gzip").build())
                .build();
        writer.write(request);
        ByteArrayOutputStream http = new ByteArrayOutputStream();
        StringBuilder head = new StringBuilder("HTTP/1.1 " + status + " " + (status == 200 ? "OK" : "Not Found") + "\r\n");
        boolean chunked = false;
        for (Map.Entry<String, String> h : headers) {
            head.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
            chunked |= h.getKey().equalsIgnoreCase("Transfer-Encoding");
        }
        if (!chunked) head.append("Content-Length: ").append(entity.length).append("\r\n");
        head.append("Date: Mon, 30 Nov 2026 06:00:00 GMT\r\n\r\n");
        http.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        http.writeBytes(entity);
        WarcResponse.Builder response = new WarcResponse.Builder(target).date(clock).warcinfoId(warcinfoId)
                .concurrentTo(request.id())
                .addHeader("WARC-IP-Address", "192.0.2.10")
                .body(MediaType.HTTP_RESPONSE, http.toByteArray());
        String type = headers.stream().filter(h -> h.getKey().equalsIgnoreCase("Content-Type")).map(Map.Entry::getValue)
                .findFirst().orElse("application/octet-stream").split(";")[0];
        response.identifiedPayloadType(type);
        WarcResponse built = response.build();
        writer.write(built);
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("fetchTimeMs", List.of("112"));
        writer.write(new WarcMetadata.Builder().targetURI(target).date(clock).concurrentTo(built.id()).fields(fields).build());
    }

    /** A response record whose block is {@code block} as it is, however malformed. */
    void rawResponse(String url, byte[] block) throws IOException {
        clock = clock.plusSeconds(7);
        writer.write(new WarcResponse.Builder(URI.create(url)).date(clock).body(MediaType.HTTP_RESPONSE, block).build());
    }

    void revisit(String url) throws IOException {
        clock = clock.plusSeconds(7);
        writer.write(new WarcRevisit.Builder(URI.create(url), URI.create("http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"))
                .date(clock).build());
    }

    /** A bare response record with a random body length, for size tests: {@code n} pages of about {@code bytes} each. */
    void filler(int n, int bytes) throws IOException {
        String padding = "<p>" + "Riverton news filler text. ".repeat(Math.max(1, bytes / 27)) + "</p>";
        for (int i = 0; i < n; i++) {
            html("https://news.example.com/filler/" + i + "-" + UUID.nameUUIDFromBytes(("f" + i).getBytes(StandardCharsets.UTF_8)),
                    "text/html; charset=utf-8", "<html lang=\"en\"><head><title>Filler " + i + "</title></head><body>"
                            + padding + "</body></html>");
        }
    }

    @Override
    public void close() throws IOException {
        writer.close();
        channel.close();
    }

    static String page(String lang, String title, String text) {
        return "<!DOCTYPE html>\n<html lang=\"" + lang + "\"><head><meta charset=\"utf-8\"><title>" + title
                + "</title></head><body><article><h1>" + title + "</h1><p>" + text + "</p></article></body></html>";
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    /** The bytes in HTTP/1.1 chunked transfer coding, in chunks of 100 bytes. */
    static byte[] chunked(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < bytes.length; i += 100) {
            int n = Math.min(100, bytes.length - i);
            out.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(bytes, i, n);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
