package dev.byline.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.text.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The change values of quote drift on short texts written for this test. */
class DriftChangesTest {
    private static List<QuoteChange> drift(String a, String b) {
        return QuoteDrift.compare(Document.of("a", a), Document.of("b", b));
    }

    @Test
    void sameOnlyWhenWordsAndSpeakerAgree() {
        String text = "“We will rebuild the bridge before winter comes,” said Mayor Lena Ortiz.";
        List<QuoteChange> rows = drift(text, text);
        assertEquals(1, rows.size(), rows.toString());
        assertEquals(QuoteChangeKind.SAME, rows.get(0).change());
    }

    @Test
    void anonymousSourceNamedInTheRewriteIsSpeakerChanged() {
        List<QuoteChange> rows = drift("“We will not sign this trade deal before the election,” a senior trade official said.",
                "“We will not sign this trade deal before the election,” said Hanna Kivi, the trade minister.");
        assertEquals(1, rows.size(), rows.toString());
        assertEquals(QuoteChangeKind.SPEAKER_CHANGED, rows.get(0).change());
        assertTrue(rows.get(0).diff().contains("a senior trade official"), rows.get(0).diff());
        assertTrue(rows.get(0).diff().contains("Hanna Kivi"), rows.get(0).diff());
    }

    @Test
    void narrativeSentenceTurnedIntoAQuotationIsMadeAQuoteWithWordsAddedAndDropped() {
        List<QuoteChange> rows = drift("Luis Ortega runs the city's transport office. For now, the mayor still believes "
                        + "the city can repair the old bridge and outlast every critic, Ortega said.",
                "Luis Ortega runs the transport office. “For now,” he said, “the belief at city hall is that the city "
                        + "can repair the old bridge and outlast — and outspend — everyone else.”");
        QuoteChange r = rows.stream().filter(x -> x.bText().contains("outspend")).findFirst().orElseThrow();
        assertEquals(QuoteChangeKind.MADE_A_QUOTE, r.change(), rows.toString());
        assertTrue(r.aText().contains("repair the old bridge"), r.aText());
        assertTrue(r.diff().contains("“outlast every critic”") || r.diff().contains("every critic"), r.diff());
        assertTrue(!r.added().isEmpty() && !r.dropped().isEmpty(), "words added and dropped: " + r);
    }

    @Test
    void quotationThatKeepsOnlyPartOfTheWordsIsCut() {
        List<QuoteChange> rows = drift("“The river rose faster than anyone expected and we had only minutes to leave "
                        + "our homes,” said Mayor Lena Ortiz.",
                "“The river rose faster than anyone expected,” said Mayor Lena Ortiz.");
        assertEquals(1, rows.size(), rows.toString());
        assertEquals(QuoteChangeKind.CUT, rows.get(0).change());
    }

    @Test
    void twoQuotationsJoinedIntoOneAreStitched() {
        List<QuoteChange> rows = drift("“The council has ignored the warnings for years,” said Mayor Lena Ortiz.\n\n"
                        + "The vote is on Friday.\n\n“Now the whole east side is under water,” Ortiz said.",
                "“The council has ignored the warnings for years and now the whole east side is under water,” "
                        + "said Mayor Lena Ortiz.");
        QuoteChange r = rows.stream().filter(x -> x.bText().contains("warnings")).findFirst().orElseThrow();
        assertEquals(QuoteChangeKind.STITCHED, r.change(), rows.toString());
        assertEquals(2, r.a().size());
    }
}
