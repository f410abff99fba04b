package dev.byline.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.quotes.Quote;
import dev.byline.quotes.Quotes;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Quotation marks as archives type them are marks; apostrophes stay inside their words. */
class TypewriterMarksTest {
    private static List<String> tokens(String text) {
        return Tokenizer.tokenize(Document.of("t", text), 0, text.length()).stream().map(Token::text).toList();
    }

    @Test
    void doubledBackticksAndDoubledApostrophesAreOneQuotationMarkEach() {
        String text = "He called it ``a fair deal'' and ''a start.''";
        List<Token> ts = Tokenizer.tokenize(Document.of("t", text), 0, text.length());
        List<Token> marks = ts.stream().filter(t -> t.kind() == TokenKind.QUOTE).toList();
        assertEquals(List.of("``", "''", "''", "''"), marks.stream().map(Token::text).toList());
        assertTrue(QuoteMarks.isOpening(marks.get(0)));
        assertTrue(QuoteMarks.isClosing(marks.get(1)));
        assertTrue(QuoteMarks.isOpening(marks.get(2)));
        assertTrue(QuoteMarks.isClosing(marks.get(3)));
        assertEquals('\u201C', QuoteMarks.canonical("``"));
        assertEquals('"', QuoteMarks.canonical("''"));
    }

    @Test
    void straightApostrophesInWordsElisionsAndDecadesAreNotMarks() {
        assertEquals(List.of("OPEC", "'s", "output", "in", "the", "'80s", "and", "rock", "'n'", "roll", "didn't", "fall"),
                tokens("OPEC's output in the '80s and rock 'n' roll didn't fall"));
    }

    @Test
    void threeApostrophesAfterAWordCloseTheInnerSingleQuotationFirst() {
        // typewriter copy writes a single quotation inside a double one as ``... 'inner,''' said X
        String text = "``He told me, 'You are the best,''' she said. '''Sir, we stay,' he told them,'' she added.";
        List<String> marks = Tokenizer.tokenize(Document.of("t", text), 0, text.length()).stream()
                .filter(t -> t.kind() == TokenKind.QUOTE).map(Token::text).toList();
        assertEquals(List.of("``", "'", "'", "''", "''", "'", "'", "''"), marks);
        List<String> quotes = Quotes.find(Document.of("t", text)).stream().map(Quote::text).toList();
        assertTrue(quotes.contains("He told me, 'You are the best,'"), quotes::toString);
        assertTrue(quotes.contains("'Sir, we stay,' he told them,"), quotes::toString);
    }
}
