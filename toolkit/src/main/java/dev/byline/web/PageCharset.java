package dev.byline.web;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The character set a web page is written in, decided as a browser decides it: a byte-order mark, else the HTTP
 * {@code Content-Type} header (from a WARC record), else a {@code <meta charset>} or {@code http-equiv} declaration
 * or an XML prolog in the first 4 KB (read as UTF-16 when the bytes are markup two bytes wide), else UTF-8 when the bytes are valid UTF-8, else windows-1252 (the web's
 * default for undeclared pages, as the WHATWG encoding standard has it). The page is decoded as declared; a
 * declaration Java does not know is reported, never guessed around.
 *
 * <pre>{@code
 * PageCharset.Decoded page = PageCharset.decode(bytes, "text/html; charset=ISO-8859-1");
 * page.text();     // the page as characters
 * page.charset();  // ISO-8859-1, and page.source() says it came from the HTTP header
 * }</pre>
 */
public final class PageCharset {
    private static final int PRESCAN = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_PROLOG = Pattern.compile(
            "^\\s*<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9._:\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9._:\\-]+)",
            Pattern.CASE_INSENSITIVE);

    private PageCharset() {
    }

    /** Where the charset was read from. */
    public enum Source { BYTE_ORDER_MARK, HTTP_HEADER, META, XML_PROLOG, VALID_UTF8, WEB_DEFAULT }

    /**
     * A page as text.
     *
     * @param text    the decoded page
     * @param charset the charset it was decoded with
     * @param source  where that charset came from
     */
    public record Decoded(String text, Charset charset, Source source) {
    }

    /**
     * Decodes {@code bytes}.
     *
     * @param contentType the HTTP {@code Content-Type} header, or null for a page saved to disk
     * @throws UnknownCharsetException if the page declares a charset Java does not know
     */
    public static Decoded decode(byte[] bytes, String contentType) {
        int bom = bomLength(bytes);
        if (bom > 0) {
            Charset cs = bom == 3 ? StandardCharsets.UTF_8
                    : (bytes[0] & 0xFF) == 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
            return new Decoded(new String(bytes, bom, bytes.length - bom, cs), cs, Source.BYTE_ORDER_MARK);
        }
        Charset wide = utf16Order(bytes);
        if (contentType != null) {
            Matcher m = HEADER_CHARSET.matcher(contentType);
            if (m.find()) {
                Charset cs = charset(m.group(1));
                if (cs.equals(StandardCharsets.UTF_16) && wide != null) {
                    cs = wide;   // "UTF-16" without a byte-order mark: the bytes show which end comes first
                }
                return new Decoded(new String(bytes, cs), cs, Source.HTTP_HEADER);
            }
        }
        if (wide != null) {
            // a UTF-16 page without a byte-order mark: its declaration is only legible read as UTF-16
            String head = new String(bytes, 0, Math.min(bytes.length, 2 * PRESCAN), wide);
            for (Pattern p : new Pattern[] {XML_PROLOG, META_CHARSET}) {
                Matcher m = p.matcher(head);
                if (m.find() && charset(m.group(1)).name().startsWith("UTF-16")) {
                    return new Decoded(new String(bytes, wide), wide, p == XML_PROLOG ? Source.XML_PROLOG : Source.META);
                }
            }
        }
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN), StandardCharsets.ISO_8859_1);
        Matcher xml = XML_PROLOG.matcher(head);
        if (xml.find()) {
            return declared(bytes, xml.group(1), Source.XML_PROLOG);
        }
        Matcher meta = META_CHARSET.matcher(head);
        if (meta.find()) {
            return declared(bytes, meta.group(1), Source.META);
        }
        if (isUtf8(bytes)) {
            return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8, Source.VALID_UTF8);
        }
        Charset web = Charset.forName("windows-1252");
        return new Decoded(new String(bytes, web), web, Source.WEB_DEFAULT);
    }

    /** The declared charset of an HTTP {@code Content-Type} value, if it names one. */
    public static Optional<String> declaredIn(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        Matcher m = HEADER_CHARSET.matcher(contentType);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static Decoded declared(byte[] bytes, String name, Source source) {
        Charset cs = charset(name);
        // a UTF-16 declaration inside bytes we could read as ASCII is a known mislabel: browsers read such pages as UTF-8
        if (cs.name().startsWith("UTF-16")) {
            cs = StandardCharsets.UTF_8;
        }
        return new Decoded(new String(bytes, cs), cs, source);
    }

    private static Charset charset(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        // the WHATWG standard reads these labels as windows-1252, a superset browsers use for them
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
            n = "windows-1252";
        }
        try {
            return Charset.forName(n);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UnknownCharsetException(name);
        }
    }

    /**
     * UTF-16LE or UTF-16BE when the first bytes are mostly ASCII characters written two bytes wide (a zero byte beside
     * each): markup in UTF-16 without a byte-order mark; else null.
     */
    private static Charset utf16Order(byte[] b) {
        int pairs = Math.min(b.length, 512) / 2;
        if (pairs < 8) {
            return null;
        }
        int low = 0;
        int high = 0;
        for (int i = 0; i < pairs; i++) {
            boolean first = b[2 * i] == 0;
            boolean second = b[2 * i + 1] == 0;
            if (second && !first) {
                low++;
            } else if (first && !second) {
                high++;
            }
        }
        return low >= 0.9 * pairs ? StandardCharsets.UTF_16LE : high >= 0.9 * pairs ? StandardCharsets.UTF_16BE : null;
    }

    private static int bomLength(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return 3;
        }
        if (b.length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)) {
            return 2;
        }
        return 0;
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** A page declares a charset that Java does not know. */
    public static final class UnknownCharsetException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnknownCharsetException(String name) {
            super("declares charset '" + name + "', which this Java does not know");
        }
    }
}
