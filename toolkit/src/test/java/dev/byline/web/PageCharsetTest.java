package dev.byline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PageCharsetTest {
    @Test
    void windows1252PageDeclaredInMetaIsDecodedAsDeclared() throws IOException {
        PageCharset.Decoded d = PageCharset.decode(ArticleExtractorTest.fixture("cp1252-page.html"), null);
        assertEquals(PageCharset.Source.META, d.source());
        assertEquals("windows-1252", d.charset().name());
        assertTrue(d.text().contains("„Wir wollen sehen, ob mehr Menschen aufs Rad umsteigen“"));
    }

    @Test
    void httpHeaderWinsOverTheMetaDeclaration() {
        byte[] bytes = "<meta charset=utf-8><p>Gr\u00fc\u00dfe</p>".getBytes(Charset.forName("ISO-8859-15"));
        PageCharset.Decoded d = PageCharset.decode(bytes, "text/html; charset=ISO-8859-15");
        assertEquals(PageCharset.Source.HTTP_HEADER, d.source());
        assertTrue(d.text().contains("Gr\u00fc\u00dfe"));
    }

    @Test
    void xmlPrologDeclaresTheCharset() {
        byte[] bytes = "<?xml version=\"1.0\" encoding=\"ISO-8859-2\"?><html><p>\u0141\u00f3d\u017a</p></html>"
                .getBytes(Charset.forName("ISO-8859-2"));
        PageCharset.Decoded d = PageCharset.decode(bytes, null);
        assertEquals(PageCharset.Source.XML_PROLOG, d.source());
        assertTrue(d.text().contains("\u0141\u00f3d\u017a"));
    }

    @Test
    void undeclaredValidUtf8IsUtf8AndUndeclaredOtherBytesAreTheWebDefault() {
        assertEquals(PageCharset.Source.VALID_UTF8, PageCharset.decode("<p>caf\u00e9</p>".getBytes(StandardCharsets.UTF_8), null).source());
        PageCharset.Decoded d = PageCharset.decode("<p>caf\u00e9</p>".getBytes(StandardCharsets.ISO_8859_1), null);
        assertEquals(PageCharset.Source.WEB_DEFAULT, d.source());
        assertTrue(d.text().contains("caf\u00e9"));
    }

    @Test
    void unknownDeclaredCharsetIsReportedNotGuessed() {
        assertThrows(PageCharset.UnknownCharsetException.class,
                () -> PageCharset.decode("<meta charset=x-klingon><p>a</p>".getBytes(StandardCharsets.US_ASCII), null));
    }
}
