package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.text.Document;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QuoteHighlighterTest {
    @Test
    void highlightsQuotesByKindAndMarksSpeakers() {
        Document d = Document.of("h", "“Prices will fall,” said Omar Haddad. The so-called “green deal” was signed.");
        String html = Quotes.highlight(d);
        assertTrue(html.contains("<span class=\"q-full\" title=\"full — Omar Haddad (said)\">Prices will fall,</span>"),
                html);
        assertTrue(html.contains("<span class=\"speaker\">Omar Haddad</span>"), html);
        assertTrue(html.contains("<span class=\"q-term\""), html);
    }

    @Test
    void textIsEscapedAndNothingIsFetched() {
        Document d = Document.of("x", "“<script>alert('x')</script> & more,” said Eve Stone.");
        String html = Quotes.highlight(d);
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more,"), html);
        assertFalse(html.contains("http"), html);
        assertFalse(html.contains("<link"), html);
    }

    @Test
    void overlappingAndMultiParagraphSpansStayWellNested() {
        Document d = Document.of("n", "Ruth Adler said the plan was “reckless” and doomed.\n\n"
                + "“We asked for talks. Nobody came.\n\n“We asked again,” Adler said.");
        String html = Quotes.highlight(d);
        int depth = 0;
        Matcher m = Pattern.compile("<(/?)span").matcher(html);
        while (m.find()) {
            depth += m.group(1).isEmpty() ? 1 : -1;
            assertTrue(depth >= 0, html);
        }
        assertEquals(0, depth, html);
        assertEquals(3, html.split("<p>", -1).length - 1);
    }
}
