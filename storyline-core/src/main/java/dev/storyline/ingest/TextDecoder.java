package dev.storyline.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a page into text. Pages often lie about or omit their charset, so the order is:
 * byte-order mark, then strict UTF-8 (it almost never decodes non-UTF-8 text by accident), then the charset
 * the HTTP {@code Content-Type} header names (when there was one), then the charset an HTML page declares, then
 * ICU's statistical detector, then windows-1252 (what browsers assume).
 */
public final class TextDecoder {

    private static final Pattern DECLARED_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);

    private TextDecoder() {
    }

    /** Decodes {@code bytes}; {@code html} says whether to look for a declared charset in the markup. */
    public static String decode(byte[] bytes, boolean html) {
        return decode(bytes, html, null);
    }

    /**
     * Decodes {@code bytes} that came with an HTTP {@code Content-Type} naming {@code headerCharset} (null when it
     * named none); the header is believed before the markup's declaration, as browsers do.
     */
    public static String decode(byte[] bytes, boolean html, String headerCharset) {
        Charset bom = byteOrderMark(bytes);
        if (bom != null) {
            int skip = bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
            return new String(bytes, skip, bytes.length - skip, bom);
        }
        String utf8 = strictUtf8(bytes);
        if (utf8 != null) return utf8;
        Charset header = headerCharset == null || headerCharset.isBlank() ? null : charsetNamed(headerCharset.strip().replace("\"", ""));
        if (header != null && !header.equals(StandardCharsets.UTF_8)) return new String(bytes, header);
        if (html) {
            Charset declared = declaredCharset(bytes);
            if (declared != null && !declared.equals(StandardCharsets.UTF_8)) return new String(bytes, declared);
        }
        Charset detected = detected(bytes);
        return new String(bytes, detected != null ? detected : Charset.forName("windows-1252"));
    }

    private static Charset byteOrderMark(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) return StandardCharsets.UTF_8;
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) return StandardCharsets.UTF_16BE;
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) return StandardCharsets.UTF_16LE;
        return null;
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Charset declaredCharset(byte[] bytes) {
        // The declaration must sit in the first few KB (HTML spec: 1024 bytes; real pages stray further).
        String head = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED_CHARSET.matcher(head);
        if (!m.find()) return null;
        return charsetNamed(m.group(1));
    }

    private static Charset detected(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes.length > 65536 ? java.util.Arrays.copyOf(bytes, 65536) : bytes);
        CharsetMatch match = detector.detect();
        return match != null && match.getConfidence() >= 30 ? charsetNamed(match.getName()) : null;
    }

    private static Charset charsetNamed(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        // Browsers read latin-1 and ascii labels as windows-1252; so do we.
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) n = "windows-1252";
        try {
            return Charset.forName(n);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}
