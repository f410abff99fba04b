package dev.byline.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.byline.text.Document;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private static List<Token> tokens(String text) {
        Document d = Document.of("t", text);
        return Tokenizer.tokenize(d, 0, text.length());
    }

    private static String texts(String text) {
        return tokens(text).stream().map(Token::text).collect(Collectors.joining("|"));
    }

    private static String kinds(String text) {
        return tokens(text).stream().map(t -> t.kind().name()).collect(Collectors.joining("|"));
    }

    @Test
    void possessiveWithCurlyApostropheSplitsIntoWordAndClitic() {
        assertEquals("the|head|of|Estonia|’s|foreign|intelligence", texts("the head of Estonia’s foreign intelligence"));
        List<Token> t = tokens("Estonia’s");
        assertEquals("estonia", t.get(0).norm());
        assertEquals(TokenKind.CLITIC, t.get(1).kind());
        assertEquals("'s", t.get(1).norm());
    }

    @Test
    void straightApostrophePossessiveAlsoSplits() {
        assertEquals("Russia|'s|almost", texts("Russia's almost"));
    }

    @Test
    void contractionsStayWholeButTheCliticSIsSplitAsSpacyDoes() {
        assertEquals("he|doesn’t|know|they’ll|It|'s", texts("he doesn’t know they’ll It's"));
        assertEquals("doesn't", tokens("doesn’t").get(0).norm());
    }

    @Test
    void leadingElisionsKeepTheirApostrophe() {
        assertEquals("give|'em|hell|in|the|’90s", texts("give 'em hell in the ’90s"));
        assertEquals("rock|’n’|roll", texts("rock ’n’ roll"));
    }

    @Test
    void acronymsAndHyphenatedCompoundsAreOneToken() {
        assertEquals("U.S.-brokered|talks", texts("U.S.-brokered talks"));
        assertEquals("with|the|U.S.|in|a|meaningful|way|.", texts("with the U.S. in a meaningful way."));
        assertEquals("Washington|D.C.", texts("Washington D.C."));
        assertEquals("an|11-year-old|girl", texts("an 11-year-old girl"));
        assertEquals("almost|4-year-old|invasion", texts("almost 4-year-old invasion"));
        assertEquals("WORD", kinds("4-year-old"));
    }

    @Test
    void abbreviationsAndInitialsKeepTheirPeriod() {
        assertEquals("Dr.|Smith|met|Gen.|Jones|on|Jan.|5", texts("Dr. Smith met Gen. Jones on Jan. 5"));
        assertEquals("J.|Smith|said", texts("J. Smith said"));
        assertEquals("no|.", texts("no."));
    }

    @Test
    void numbersWithDecimalsAndThousandsAreOneNumber() {
        assertEquals("2.8|million|and|1,000|and|300|and|5|per|cent", texts("2.8 million and 1,000 and 300 and 5 per cent"));
        assertEquals("NUMBER|WORD", kinds("2.8 million"));
        assertEquals("SYMBOL|NUMBER|NUMBER|SYMBOL", kinds("$5 50%"));
        assertEquals("January|22-23|,|2026", texts("January 22-23, 2026"));
    }

    @Test
    void quotationMarksDashesAndEllipsesAreTheirOwnTokens() {
        assertEquals("“|outsmart|”", texts("“outsmart”"));
        assertEquals("QUOTE|WORD|QUOTE", kinds("«Anchorage»"));
        assertEquals("outlast|—|and|outmanoeuvre|—|everyone", texts("outlast — and outmanoeuvre — everyone"));
        assertEquals("DASH", kinds("–"));
        assertEquals("wait|…|and|...|see", texts("wait … and ... see"));
        assertEquals("win|(|in|Ukraine|)|at", texts("win (in Ukraine) at"));
    }

    @Test
    void handlesAndLinksAreSingleTokens() {
        assertEquals("channel|(|@nationalherald|)", texts("channel (@nationalherald)"));
        assertEquals("LINK", kinds("https://example.org/a?b=c"));
        assertEquals("see|https://example.org/x|.", texts("see https://example.org/x."));
        // words of h and w take the plain-word path unless a link starts there
        assertEquals("he|said|www.example.org|was|how|http|:|who", texts("he said www.example.org was how http: who"));
        assertEquals("WORD|WORD|PUNCT|WORD|PUNCT|LINK", kinds("with what. www, http://x.org"));
        assertEquals("who|...|when|.|.|what|?|(|why|)", texts("who... when.. what? (why)"));
    }

    @Test
    void everyTokenPointsAtItsExactRawText() {
        String raw = " date 2026-02-10 LONDON — Putin’s “main enemy,” he said… (U.S.-brokered).";
        Document d = Document.of("t", raw);
        for (Token t : Tokenizer.tokenize(d, 0, raw.length())) {
            assertEquals(raw.substring(t.start(), t.end()), t.text());
            assertEquals(false, t.text().isBlank(), "no blank tokens");
        }
    }
}
