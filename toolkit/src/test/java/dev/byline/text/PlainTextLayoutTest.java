package dev.byline.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plain-text layouts are read per document from the text: paragraphs, titles and sentences come out as written. */
class PlainTextLayoutTest {
    private static final String P1 = "The harbour authority in Velmora said on Tuesday that the strike by dock workers "
            + "had cost the port more than 40 million crowns in lost fees. \"The market is now trying to price in a "
            + "long dispute,\" said Ana Brel, an analyst at Northfield.";
    private static final String P2 = "Union leaders said they would meet the mayor again on Friday. Talks broke down last "
            + "week over pensions.";
    private static final String P3 = "Shipping lines have begun to divert cargo to Ostmark, the authority said.";

    /** Greedy wrapping at {@code width}, the first line opened by {@code indent}. */
    private static String wrap(String paragraph, int width, String indent) {
        StringBuilder out = new StringBuilder(indent);
        int line = indent.length();
        boolean first = true;
        for (String word : paragraph.split(" ")) {
            if (!first && line + 1 + word.length() > width) {
                out.append('\n');
                line = 0;
            } else if (!first) {
                out.append(' ');
                line++;
            }
            out.append(word);
            line += word.length();
            first = false;
        }
        return out.toString();
    }

    private static List<String> paragraphs(Document d) {
        return d.paragraphs().stream().map(p -> p.text().replaceAll("\\s+", " ")).toList();
    }

    private static List<String> sentences(Document d) {
        return d.sentences().stream().map(s -> s.text().replaceAll("\\s+", " ")).toList();
    }

    private static final Document CLEAN = Document.of("clean", "Strike costs Velmora port millions\n\n" + P1 + "\n\n" + P2 + "\n\n" + P3 + "\n");

    @Test
    void hardWrappedParagraphsOpenedByIndentationReadAsTheCleanText() {
        String raw = "Strike costs Velmora port millions\n\n" + wrap(P1, 70, "    ") + "\n" + wrap(P2, 70, "    ") + "\n"
                + wrap(P3, 70, "    ") + "\n";
        Document d = Document.of("wire", raw);
        assertTrue(raw.lines().count() > 6, raw);
        assertEquals(paragraphs(CLEAN), paragraphs(d));
        assertEquals(sentences(CLEAN), sentences(d));
        assertEquals("Strike costs Velmora port millions", d.title().orElseThrow());
        for (Sentence s : d.sentences()) {
            assertEquals(s.text(), raw.substring(s.start(), s.end()), "offsets into the raw text");
        }
    }

    @Test
    void hardWrappedParagraphsBetweenBlankLinesReadAsTheCleanText() {
        String raw = "Strike costs Velmora port millions\n\n" + wrap(P1, 64, "") + "\n\n" + wrap(P2, 64, "") + "\n\n"
                + wrap(P3, 64, "") + "\n";
        Document d = Document.of("wire", raw);
        assertEquals(paragraphs(CLEAN), paragraphs(d));
        assertEquals(sentences(CLEAN), sentences(d));
    }

    @Test
    void wrappedTextWithoutBlankLinesOrIndentsEndsAParagraphAtAShortLineClosingASentence() {
        String raw = wrap(P1, 70, "") + "\n" + wrap(P2, 70, "") + "\n" + wrap(P3, 70, "") + "\n";
        Document d = Document.of("wire", raw);
        assertEquals(paragraphs(CLEAN), paragraphs(d));
        assertTrue(d.title().isEmpty(), "a wrapped first line is not a title: " + d.title());
    }

    @Test
    void theFirstLineOfAWrappedParagraphIsNeverTheTitle() {
        String raw = wrap("OPEC may be forced to meet before a scheduled June session to discuss falling prices, "
                + "delegates said on Tuesday, as the market slid for a fourth day.", 40, "    ") + "\n"
                + wrap(P2, 40, "    ") + "\n";
        Document d = Document.of("wire", raw);
        assertTrue(d.title().isEmpty(), () -> "title: " + d.title());
        assertTrue(d.sentences().get(0).text().replaceAll("\\s+", " ").startsWith("OPEC may be forced to meet before a scheduled"));
    }

    @Test
    void aHeadlineWrappedOverTwoLinesIsOneTitleSpanningThem() {
        String raw = "Dock strike ends as Velmora union backs\nnew pay offer from port owners\n\n"
                + wrap(P1, 60, "    ") + "\n" + wrap(P2, 60, "    ") + "\n";
        Document d = Document.of("wire", raw);
        Span title = d.layout().title().orElseThrow();
        assertEquals(0, title.start());
        assertEquals(raw.indexOf("owners") + "owners".length(), title.end());
        assertEquals("Dock strike ends as Velmora union backs new pay offer from port owners", d.title().orElseThrow());
        assertEquals(2, d.paragraphs().size());
    }

    @Test
    void oneParagraphPerLineStaysOneParagraphPerLine() {
        String raw = P1 + "\n" + P2 + "\n" + P3 + "\n";
        assertEquals(List.of(P1, P2, P3), paragraphs(Document.of("lines", raw)));
        String shortLines = "Ministers met on Monday.\nThey agreed to talk again.\nNo date was set.\n"
                + "The mayor said little.\nCritics called it a stall.\n";
        assertEquals(5, Document.of("short", shortLines).paragraphs().size(), "lines that each close a sentence");
    }

    @Test
    void aMixtureOfWrappedAndUnwrappedParagraphsKeepsBoth() {
        String raw = "Strike costs Velmora port millions\n\n" + wrap(P1, 70, "") + "\n\n" + P2 + "\n\n" + wrap(P3, 50, "")
                + "\n\n" + wrap(P2, 70, "") + "\n";
        Document d = Document.of("mixed", raw);
        assertEquals(List.of(P1, P2, P3, P2), paragraphs(d));
    }

    @Test
    void aQuotationWrappedAcrossLinesIsNotCutAtTheLineEnd() {
        String raw = wrap(P1, 50, "    ") + "\n" + wrap(P2, 50, "    ") + "\n" + wrap(P3, 50, "    ") + "\n";
        Document d = Document.of("wire", raw);
        assertTrue(sentences(d).contains("\"The market is now trying to price in a long dispute,\" said Ana Brel, "
                + "an analyst at Northfield."), () -> String.join("\n", sentences(d)));
    }

    @Test
    void wrappedLayoutsReadTheSameFromUtf8Bytes() {
        for (String raw : List.of(wrap(P1, 70, "    ") + "\n" + wrap(P2, 70, "    ") + "\n",
                wrap(P1, 70, "") + "\n" + wrap(P2, 70, "") + "\n" + wrap(P3, 70, "") + "\n",
                "Dock strike ends as Velmora union backs\nnew pay offer\n\n" + wrap(P1, 60, "  ") + "\n" + wrap(P2, 60, "  "))) {
            byte[] utf8 = raw.getBytes(StandardCharsets.UTF_8);
            Utf8Paragraphs bytes = new Utf8Paragraphs();
            assertTrue(bytes.read(utf8, 0, utf8.length));
            Document d = Document.of("x", raw);
            assertEquals(d.layout().paragraphs().size(), bytes.count(), raw);
            for (int k = 0; k < bytes.count(); k++) {
                int[] p = d.layout().paragraphs().get(k);
                assertEquals(raw.substring(p[0], p[1]), new String(utf8, bytes.ranges()[2 * k],
                        bytes.ranges()[2 * k + 1] - bytes.ranges()[2 * k], StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void shortLinesThatEndSentencesAreNotReadAsWrapped() {
        assertFalse(WrappedLines.of(new Lines.OfString("a\nb\nc"), new int[] {0, 1, 2}, 3).wrapped());
    }
}
