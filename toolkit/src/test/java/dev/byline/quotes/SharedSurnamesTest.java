package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two people of one surname in an article ("Tomas Berg" and "Annika Berg", the longer): a short mention "Berg" is the person the
 * mention's title, honorific or nearest earlier written-out mention shows, else "Berg" as written, never the longer
 * name by length alone. Every sentence is written for this test.
 */
class SharedSurnamesTest {
    @Test
    void aTitleTheArticleGaveOnePersonDecides() {
        // "Annika Berg" is longer and nearer, but only Tomas Berg was called governor
        List<Quote> qs = Q.in("Gov. Tomas Berg opened the new bridge on Monday. His sister, Annika Berg, cut the ribbon. "
                + "\u201CThis bridge joins two towns that need each other,\u201D Gov. Berg said.");
        assertEquals("Tomas Berg", Q.exactly(qs, "This bridge joins two towns that need each other,").speaker());
    }

    @Test
    void aGenderedHonorificDecides() {
        List<Quote> qs = Q.in("Tomas Berg said he would not run again. Annika Berg said she would. "
                + "Later that week Tomas Berg spoke to the farmers in the valley. "
                + "\u201CI will fight for the valley,\u201D Mrs. Berg said.");
        assertEquals("Annika Berg", Q.exactly(qs, "I will fight for the valley,").speaker());
        List<Quote> mr = Q.in("Annika Berg said she would run again. Tomas Berg said he would not. "
                + "Later that week Annika Berg spoke to the farmers in the valley. "
                + "\u201CI am done with politics,\u201D Mr. Berg said.");
        assertEquals("Tomas Berg", Q.exactly(mr, "I am done with politics,").speaker());
    }

    @Test
    void theNearestEarlierWrittenOutMentionDecides() {
        List<Quote> qs = Q.in("Annika Berg runs the harbour board. Tomas Berg runs the ferry company. "
                + "\u201CThe ferries will run all winter,\u201D Berg said.");
        assertEquals("Tomas Berg", Q.exactly(qs, "The ferries will run all winter,").speaker());
        List<Quote> other = Q.in("Tomas Berg runs the ferry company. Annika Berg runs the harbour board. "
                + "\u201CThe harbour stays open,\u201D Berg said.");
        assertEquals("Annika Berg", Q.exactly(other, "The harbour stays open,").speaker());
    }

    @Test
    void theOneWhoLastSpokeDecidesOverAWrittenOutMentionInPassing() {
        List<Quote> qs = Q.in("\u201CThe ferries will run all winter,\u201D Tomas Berg said on Monday. He and his wife, "
                + "Annika Berg, bought the company in 2004. \u201CWe will add a night crossing,\u201D Berg said.");
        assertEquals("Tomas Berg", Q.exactly(qs, "We will add a night crossing,").speaker());
    }

    @Test
    void nothingDecidesTheNameStaysAsWritten() {
        // "Berg" comes before either is written out, and no title or honorific tells them apart
        List<Quote> qs = Q.in("\u201CWe will not sell the farm,\u201D Berg said on Sunday. The farm belongs to the family "
                + "of Tomas Berg and Annika Berg, who have run it since 1990.");
        assertEquals("Berg", Q.exactly(qs, "We will not sell the farm,").speaker());
    }

    @Test
    void onePersonOfTheNameStillGetsTheFullestName() {
        List<Quote> qs = Q.in("\u201CWe will not sell the farm,\u201D Berg said on Sunday. The farm belongs to Tomas "
                + "Berg, who has run it since 1990. \u201CNever,\u201D Tomas Berg added.");
        assertEquals("Tomas Berg", Q.exactly(qs, "We will not sell the farm,").speaker());
    }
}
