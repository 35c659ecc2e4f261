package dev.storyline.sources.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * Undoes a {@code Content-Encoding} of gzip or deflate with a cap on the decoded size, since a few kilobytes of
 * gzip can decode to gigabytes (a gzip bomb). The JDK client decodes nothing by itself.
 */
final class ContentDecoding {

    /** The decoded body, or why it could not be decoded. */
    sealed interface Result {
        record Decoded(byte[] body) implements Result {
        }

        record Undecodable(String reason) implements Result {
        }
    }

    private ContentDecoding() {
    }

    static Result decode(byte[] body, String contentEncoding, long maxDecoded) {
        if (contentEncoding == null || contentEncoding.isBlank()) return new Result.Decoded(body);
        byte[] current = body;
        // Encodings are listed in the order applied: undo them from the last.
        String[] codings = contentEncoding.split(",");
        for (int i = codings.length - 1; i >= 0; i--) {
            String coding = codings[i].strip().toLowerCase(Locale.ROOT);
            try {
                current = switch (coding) {
                    case "identity", "" -> current;
                    case "gzip", "x-gzip" -> capped(new GZIPInputStream(new ByteArrayInputStream(current)), maxDecoded);
                    case "deflate" -> inflate(current, maxDecoded);
                    default -> null;
                };
            } catch (TooLarge e) {
                return new Result.Undecodable("the " + coding + " body decodes to more than the "
                        + Durations.bytes(maxDecoded) + " cap (a compression bomb?); stopped decoding");
            } catch (IOException e) {
                return new Result.Undecodable("the " + coding + " body is corrupt: " + e.getMessage());
            }
            if (current == null) return new Result.Undecodable("unsupported Content-Encoding " + coding);
        }
        return new Result.Decoded(current);
    }

    /** zlib-wrapped deflate as the RFC says, else raw deflate as some servers send. */
    private static byte[] inflate(byte[] body, long maxDecoded) throws IOException {
        try {
            return capped(new InflaterInputStream(new ByteArrayInputStream(body), new Inflater(false)), maxDecoded);
        } catch (ZipException e) {
            return capped(new InflaterInputStream(new ByteArrayInputStream(body), new Inflater(true)), maxDecoded);
        }
    }

    private static byte[] capped(InputStream in, long max) throws IOException {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (out.size() + (long) n > max) throw new TooLarge();
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }

    private static final class TooLarge extends IOException {
        TooLarge() {
            super("decoded body over the cap");
        }
    }
}
