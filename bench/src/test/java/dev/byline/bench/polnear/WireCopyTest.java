package dev.byline.bench.polnear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WireCopyTest {
    private static final String TITLE = "Harbour talks stall as the union holds out";
    private static final String QUOTE = "“We will not sign a deal that cuts the night shift, and we have told the port "
            + "so in writing,”";
    private static final String ARTICLE = TITLE + "\n\n"
            + "ROTTERDAM — Talks between the port authority and the dockers' union broke down on Tuesday after a "
            + "third round of bargaining failed to settle the question of night work.\n\n"
            + QUOTE + " said Anneke Visser, who leads the union's negotiators.\n\n"
            + "The port said it would put a new offer on the table next week.\n";

    private static GoldArticle article() {
        int q = ARTICLE.indexOf(QUOTE);
        int s = ARTICLE.indexOf("Anneke Visser");
        return new GoldArticle("a.txt", ARTICLE, "a.ann",
                List.of(new GoldAttribution(s, s + "Anneke Visser".length(), "said", q, q + QUOTE.length()),
                        new GoldAttribution(-1, -1, "", 0, 5)),
                TrainSplit.Part.DEV);
    }

    private static String words(String s) {
        // every layout's double marks as one straight mark, single marks and apostrophes as one straight one
        return s.replace("``", "\"").replace("''", "\"").replaceAll("[“”]", "\"").replaceAll("[‘’]", "'")
                .replaceAll("\\s+", " ").strip();
    }

    @Test
    void wrappedIndentFillsParagraphsTo70ColumnsOpenedByAnIndentWithTheTitleKept() {
        String t = WireCopy.copy(article(), WireCopy.Style.WRAPPED_INDENT).article().text();
        List<String> lines = t.lines().toList();
        assertEquals(TITLE, lines.get(0));
        assertEquals("", lines.get(1));
        assertTrue(lines.stream().skip(2).noneMatch(String::isEmpty), t);
        assertEquals(3, lines.stream().filter(l -> l.startsWith("    ")).count(), t);
        assertTrue(lines.stream().skip(2).allMatch(l -> l.strip().length() <= WireCopy.WIDTH), t);
        assertTrue(lines.size() > 6, "the long paragraphs are wrapped: " + t);
        assertEquals(words(ARTICLE), words(t));
    }

    @Test
    void wrappedBlankKeepsABlankLineBetweenParagraphs() {
        String t = WireCopy.copy(article(), WireCopy.Style.WRAPPED_BLANK).article().text();
        assertEquals(3, t.split("\n\n", -1).length - 1, t);
        assertTrue(t.lines().allMatch(l -> !l.startsWith(" ") && l.length() <= WireCopy.WIDTH), t);
        assertEquals(words(ARTICLE), words(t));
    }

    @Test
    void goldSpansMoveWithTheirWordsInEveryLayout() {
        for (WireCopy.Style style : WireCopy.Style.values()) {
            GoldArticle c = WireCopy.copy(article(), style).article();
            GoldAttribution g = c.attributions().get(0);
            assertEquals("Anneke Visser", c.text().substring(g.sourceStart(), g.sourceEnd()), style.label());
            String content = c.text().substring(g.contentStart(), g.contentEnd());
            assertEquals(words(QUOTE), words(content), style.label());
            assertFalse(Character.isWhitespace(content.charAt(content.length() - 1)), style.label());
            assertEquals(-1, c.attributions().get(1).sourceStart(), "an unannotated source stays unannotated");
        }
    }

    @Test
    void goldQuotationsAreFoundOnThePublishedTextAndMovedSoEveryLayoutIsScoredOnTheSameOnes() {
        List<GoldQuotes.GoldQuote> clean = WireCopy.copy(article(), WireCopy.Style.CLEAN).gold();
        assertEquals(1, clean.size());
        for (WireCopy.Style style : WireCopy.Style.values()) {
            WireCopy.Copy c = WireCopy.copy(article(), style);
            assertEquals(1, c.gold().size(), style.label() + ": a quotation wrapped over lines is still one");
            GoldQuotes.GoldQuote q = c.gold().get(0);
            assertEquals("We will not sign a deal that cuts the night shift, and we have told the port so in writing,",
                    words(c.article().text().substring(q.start(), q.end())), style.label());
            assertEquals(c.article().attributions().get(0), q.attribution(), style.label());
        }
    }

    @Test
    void typewriterWritesCurlyDoubleMarksAsBackticksAndApostrophes() {
        GoldArticle c = WireCopy.copy(article(), WireCopy.Style.TYPEWRITER).article();
        GoldAttribution g = c.attributions().get(0);
        String content = c.text().substring(g.contentStart(), g.contentEnd());
        assertTrue(content.startsWith("``We will not sign"), content);
        assertTrue(content.endsWith("writing,''"), content);
        assertFalse(c.text().contains("“") || c.text().contains("”"));
    }

    @Test
    void archiveWritesEveryDoubleMarkAsTwoApostrophesAndEverySingleMarkStraight() {
        String published = TITLE + "\n\n“Talks are ‘over,’ for now,” the union’s chief said.\n";
        GoldArticle a = new GoldArticle("c.txt", published, "c.ann", List.of(), TrainSplit.Part.DEV);
        String copy = WireCopy.copy(a, WireCopy.Style.ARCHIVE).article().text();
        assertTrue(copy.contains("''Talks are 'over,' for now,'' the union's chief said."), copy);
    }

    @Test
    void aLineOfThePublishedTextStaysALineOfItsOwnInTheCopy() {
        String published = TITLE + "\n\n“The port has a choice to make this week, and it knows what we want.”\n"
                + "Anneke Visser, union negotiator\n\nTalks resume on Monday.\n";
        GoldArticle a = new GoldArticle("b.txt", published, "b.ann", List.of(), TrainSplit.Part.DEV);
        List<String> lines = WireCopy.copy(a, WireCopy.Style.WRAPPED_INDENT).article().text().lines().toList();
        assertEquals(List.of(TITLE, "", "    “The port has a choice to make this week, and it knows what we want.”",
                "    Anneke Visser, union negotiator", "    Talks resume on Monday."), lines);
    }

    @Test
    void anUnknownLayoutIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WireCopy.Style.parse("fax"));
        assertTrue(e.getMessage().contains("'fax'"), e.getMessage());
    }
}
