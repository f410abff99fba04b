package dev.byline.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.text.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpanTest {
    private final Document doc = Document.of("d", "Kaupo Rosin said Moscow is playing for time.");

    @Test
    void spanTextIsReadFromTheDocument() {
        Span s = Span.of(doc, 0, 11);
        assertEquals("Kaupo Rosin", s.text());
        assertEquals(11, s.length());
        assertTrue(s.contains(Span.of(doc, 6, 11)));
    }

    @Test
    void spanOutsideTheTextIsRejectedWithOffsetsInTheMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Span.of(doc, 5, 500));
        assertTrue(e.getMessage().contains("[5, 500)"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Span.of(doc, 6, 3));
    }

    @Test
    void tokensInHonoursTheAlignmentPolicy() {
        // "Rosin" is [6, 11); a range [7, 16) cuts it and covers "said" [12, 16)
        assertEquals(List.of("said"), doc.tokensIn(7, 16, Alignment.CONTRACT).stream().map(Token::text).toList());
        assertEquals(List.of("Rosin", "said"), doc.tokensIn(7, 16, Alignment.EXPAND).stream().map(Token::text).toList());
        assertEquals(List.of(), doc.tokensIn(7, 16, Alignment.STRICT));
        assertEquals(List.of("Rosin", "said"), doc.tokensIn(6, 16, Alignment.STRICT).stream().map(Token::text).toList());
    }

    @Test
    void paragraphAndSentenceViewsShareTheDocumentTokens() {
        Document two = Document.of("p", "First one. Second one.\n\nNew paragraph here.");
        assertEquals(2, two.paragraphs().size());
        assertEquals(3, two.sentences().size());
        assertEquals(2, two.paragraphs().get(0).sentences().size());
        assertEquals(List.of("New", "paragraph", "here", "."),
                two.paragraphs().get(1).tokens().stream().map(Token::text).toList());
    }
}
