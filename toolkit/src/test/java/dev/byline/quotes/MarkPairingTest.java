package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkPairingTest {
    @Test
    void curlyStraightAndGuillemetQuotesAreAllFound() {
        List<Quote> qs = Q.in("“We will not retreat,” said Maria Lopez. \"Nothing has changed,\" said Tom Reed. "
                + "«The border stays closed,» said Anna Weber.");
        assertEquals("We will not retreat,", Q.exactly(qs, "We will not retreat,").text());
        assertEquals("\"\"", Q.exactly(qs, "Nothing has changed,").marks());
        assertEquals("«»", Q.exactly(qs, "The border stays closed,").marks());
    }

    @Test
    void quoteOffsetsPointIntoTheRawTextWithoutTheMarks() {
        String text = "The mayor said the plan was “dead on arrival” and left.";
        Quote q = Q.exactly(Q.in(text), "dead on arrival");
        assertEquals("dead on arrival", text.substring(q.start(), q.end()));
        assertEquals('“', text.charAt(q.start() - 1));
        assertEquals("“”", q.marks());
    }

    @Test
    void mixedMarksPairAcrossStyles() {
        List<Quote> qs = Q.in("Both sides, she told reporters, \"need a deal that holds for years” and will keep talking.");
        Quote q = Q.exactly(qs, "need a deal that holds for years");
        assertEquals("\"”", q.marks());
    }

    @Test
    void apostrophesAreNeverQuotationMarks() {
        List<Quote> qs = Q.in("Estonia’s leaders’ plans for rock ’n’ roll nights in the ’90s style were shelved, "
                + "officials said on Monday.");
        assertTrue(Q.direct(qs).isEmpty(), () -> "found " + qs);
    }

    @Test
    void singleMarksAreQuotesWhenTheyPair() {
        List<Quote> qs = Q.in("The so-called ‘phantom budget’ was never published.");
        Quote q = Q.exactly(qs, "phantom budget");
        assertEquals(QuoteKind.TERM, q.kind());
        assertEquals("‘’", q.marks());
    }

    @Test
    void nestedQuotesStayInsideTheOuterQuote() {
        List<Quote> qs = Q.in("“They told us ‘go home’ and we did not,” said Omar Haddad, a farmer.");
        List<Quote> direct = Q.direct(qs);
        assertEquals(1, direct.size(), () -> "found " + direct);
        assertEquals("They told us ‘go home’ and we did not,", direct.get(0).text());
        assertEquals("Omar Haddad", direct.get(0).speaker());
    }

    @Test
    void multiSentenceQuoteIsOneQuote() {
        List<Quote> qs = Q.in("“Prices rose again. Wages did not. People are angry,” said Lena Fischer, an economist.");
        Quote q = Q.exactly(qs, "Prices rose again. Wages did not. People are angry,");
        assertEquals(QuoteKind.FULL, q.kind());
        assertEquals("Lena Fischer", q.speaker());
    }

    @Test
    void quoteContinuingOverParagraphsIsOneQuoteFromFirstOpeningToLastClosing() {
        String text = "Union leader Carla Mendes spoke for an hour on Friday.\n\n"
                + "“We asked for talks in March. Nobody came.\n\n"
                + "“We asked again in May, and again nobody came,” Mendes said.\n\n"
                + "The company did not respond.";
        List<Quote> qs = Q.direct(Q.in(text));
        assertEquals(1, qs.size(), () -> "found " + qs);
        Quote q = qs.get(0);
        assertTrue(q.text().startsWith("We asked for talks in March."));
        assertTrue(q.text().endsWith("nobody came,"));
        assertEquals("Carla Mendes", q.speaker());
        assertEquals(1, q.paragraph());
    }

    @Test
    void singleMarkQuoteContinuesOverParagraphsInBritishStyle() {
        String text = "Fleet owner Sian Pryce said: ‘The season is lost. We will tie up the boats.\n\n"
                + "‘Nobody in Cardiff has called us back’.\n\nThe ministry declined to comment.";
        List<Quote> qs = Q.direct(Q.in(text));
        assertEquals(1, qs.size(), () -> "found " + qs);
        assertEquals("The season is lost. We will tie up the boats.\n\n‘Nobody in Cardiff has called us back",
                qs.get(0).text());
        assertEquals("Sian Pryce", qs.get(0).speaker());
    }

    @Test
    void unclosedQuoteEndsWithItsParagraphAndDoesNotSwallowTheRest() {
        String text = "The minister said “we will never agree to this deal and left the room.\n\n"
                + "Talks resume on Monday, officials said. “It is over,” said Ivan Petrov.";
        List<Quote> qs = Q.in(text);
        Quote open = Q.containing(qs, QuoteKind.FULL, "we will never agree");
        assertEquals("“", open.marks());
        assertTrue(open.text().endsWith("left the room."), open::text);
        Quote later = Q.exactly(qs, "It is over,");
        assertEquals("Ivan Petrov", later.speaker());
    }

    @Test
    void strayClosingMarkIsIgnored() {
        List<Quote> qs = Q.in("The vote passed” by a wide margin. “It was close,” said Ruth Adler.");
        assertEquals(1, Q.direct(qs).size(), () -> "found " + qs);
        assertEquals("Ruth Adler", Q.exactly(qs, "It was close,").speaker());
    }

    @Test
    void emptyAndMarkOnlyTextsGiveNoQuotes() {
        assertTrue(Q.in("").isEmpty());
        assertTrue(Q.direct(Q.in("“ ” \" \" « »")).isEmpty());
    }

    @Test
    void typewriterMarksPairAsDoubleQuotationMarks() {
        List<Quote> qs = Q.in("The minister called it ''a fair deal for everyone'' on Monday. ``We will sign it this week,'' "
                + "said Ana Brel.");
        assertEquals("''''", Q.exactly(qs, "a fair deal for everyone").marks());
        assertEquals("``''", Q.exactly(qs, "We will sign it this week,").marks());
    }

    @Test
    void lowNinetyNineMarksCloseWithSixtySixMarks() {
        List<Quote> qs = Q.in("\u201EWir bleiben bis zum Ende\u201C, sagte Anna Weber. Later she said the talks were "
                + "\u201Eover\u201C for now.");
        assertEquals("\u201E\u201C", Q.exactly(qs, "Wir bleiben bis zum Ende").marks());
        assertEquals("\u201E\u201C", Q.exactly(qs, "over").marks());
    }

    @Test
    void straightSingleQuotesPairButApostrophesDoNot() {
        List<Quote> qs = Q.in("OPEC's officials, veterans of the '80s glut, called the plan 'a sensible step' and "
                + "played rock 'n' roll.");
        assertEquals(List.of("a sensible step"), Q.direct(qs).stream().map(Quote::text).toList());
    }

    @Test
    void aLeftMarkTypedForARightOneClosesTheQuote() {
        List<Quote> qs = Q.in("The rules are loose.\n\n“It is rare,“ said Lara Nunes, a lawyer. “It is hard to do well.”"
                + "\n\nHe banned “Frozen“ and other films for being too “soft.”");
        assertEquals("Lara Nunes", Q.exactly(qs, "It is rare,").speaker());
        Q.exactly(qs, "It is hard to do well.");
        Q.exactly(qs, "Frozen");
        Q.exactly(qs, "soft.");
    }
}
