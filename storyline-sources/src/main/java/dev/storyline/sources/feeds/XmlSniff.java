package dev.storyline.sources.feeds;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading the first bytes of a body: its character encoding (BOM, then the XML declaration, then the HTTP
 * header, then UTF-8; a body declared UTF-8 that is not is re-read as Windows-1252, the superset of Latin-1 that
 * servers mean), and the name of its root element and DOCTYPE, which tell a feed from a sitemap from an HTML page.
 */
final class XmlSniff {

    private static final Pattern XML_DECL_ENCODING = Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    private static final Pattern CHARSET_PARAM = Pattern.compile("(?i)charset\\s*=\\s*\"?([A-Za-z0-9._:-]+)");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The text of a body and how it was decoded. */
    record Decoded(String text, Charset charset, boolean recoded) {
    }

    /** The start of a document: its DOCTYPE name (or null), its root element's name, and where the DOCTYPE lies. */
    record Prolog(String doctype, String root, int doctypeStart, int doctypeEnd) {
        boolean isHtml() {
            return "html".equalsIgnoreCase(doctype) || root != null
                    && (root.equalsIgnoreCase("html") || root.equalsIgnoreCase("head") || root.equalsIgnoreCase("body"));
        }

        String localRoot() {
            if (root == null) return null;
            int colon = root.indexOf(':');
            return colon < 0 ? root : root.substring(colon + 1);
        }
    }

    private XmlSniff() {
    }

    static Decoded decode(byte[] body, String contentType) {
        if (startsWith(body, 0xEF, 0xBB, 0xBF)) return strictOrLatin(body, 3, StandardCharsets.UTF_8);
        if (startsWith(body, 0xFE, 0xFF)) return new Decoded(new String(body, 2, body.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, false);
        if (startsWith(body, 0xFF, 0xFE)) return new Decoded(new String(body, 2, body.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, false);
        String head = new String(body, 0, Math.min(body.length, 256), StandardCharsets.ISO_8859_1);
        Charset charset = charset(XML_DECL_ENCODING.matcher(head));
        if (charset == null && contentType != null) charset = charset(CHARSET_PARAM.matcher(contentType));
        if (charset == null) charset = StandardCharsets.UTF_8;
        return strictOrLatin(body, 0, charset);
    }

    private static Charset charset(Matcher m) {
        if (!m.find()) return null;
        try {
            return Charset.forName(m.group(1));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static Decoded strictOrLatin(byte[] body, int offset, Charset charset) {
        if (charset.equals(StandardCharsets.ISO_8859_1) || charset.name().equalsIgnoreCase("US-ASCII"))
            charset = WINDOWS_1252; // what servers mean by it (curly quotes in 0x80–0x9F)
        try {
            CharBuffer chars = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body, offset, body.length - offset));
            return new Decoded(chars.toString(), charset, false);
        } catch (CharacterCodingException e) {
            // Declared one encoding, written in another: almost always Latin-1 (Windows-1252) declared as UTF-8.
            Charset fallback = charset.equals(WINDOWS_1252) ? StandardCharsets.UTF_8 : WINDOWS_1252;
            return new Decoded(new String(body, offset, body.length - offset, fallback), fallback, true);
        }
    }

    private static boolean startsWith(byte[] body, int... prefix) {
        if (body.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((body[i] & 0xff) != prefix[i]) return false;
        return true;
    }

    /** Skips the XML declaration, processing instructions, comments and whitespace; reads the DOCTYPE and root. */
    static Prolog prolog(String text) {
        int i = 0, n = text.length();
        String doctype = null;
        int doctypeStart = -1, doctypeEnd = -1;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\uFEFF') {
                i++;
            } else if (text.startsWith("<?", i)) {
                int end = text.indexOf("?>", i);
                if (end < 0) return new Prolog(doctype, null, doctypeStart, doctypeEnd);
                i = end + 2;
            } else if (text.startsWith("<!--", i)) {
                int end = text.indexOf("-->", i);
                if (end < 0) return new Prolog(doctype, null, doctypeStart, doctypeEnd);
                i = end + 3;
            } else if (text.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
                doctypeStart = i;
                int j = i + 9;
                while (j < n && Character.isWhitespace(text.charAt(j))) j++;
                int nameStart = j;
                while (j < n && !Character.isWhitespace(text.charAt(j)) && text.charAt(j) != '>' && text.charAt(j) != '[') j++;
                doctype = text.substring(nameStart, j);
                int subset = text.indexOf('[', j), close = text.indexOf('>', j);
                if (subset >= 0 && (close < 0 || subset < close)) {
                    int subsetEnd = text.indexOf("]", subset);
                    close = subsetEnd < 0 ? -1 : text.indexOf('>', subsetEnd);
                }
                if (close < 0) return new Prolog(doctype, null, doctypeStart, n);
                doctypeEnd = close + 1;
                i = doctypeEnd;
            } else if (c == '<') {
                int j = i + 1;
                while (j < n && !Character.isWhitespace(text.charAt(j)) && text.charAt(j) != '>' && text.charAt(j) != '/') j++;
                return new Prolog(doctype, text.substring(i + 1, j), doctypeStart, doctypeEnd);
            } else {
                return new Prolog(doctype, null, doctypeStart, doctypeEnd);
            }
        }
        return new Prolog(doctype, null, doctypeStart, doctypeEnd);
    }

    /** The MIME type of a Content-Type header, lower case, without parameters; "" when none. */
    static String mime(String contentType) {
        if (contentType == null) return "";
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }
}
