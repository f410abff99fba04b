package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The owner of a noun of speaking whose complement holds the quotation ({@link SpeechNounOwners}; the shape counted
 * on the dev part of PolNeAR's train split). Every sentence is written for this test; no article text is copied.
 */
class SpeechNounOwnersTest {
    @Test
    void aPossessiveOwnerOfAClaimSpeaksTheWordsOfItsComplement() {
        List<Quote> qs = Q.in("Governor Ilse Brandt on Tuesday criticised the press for making a story out of Marta "
                + "Ruiz's claim that the harbour authority \u201Chid the accounts from the council,\u201D saying "
                + "reporters had missed the point.");
        assertEquals("Marta Ruiz", Q.exactly(qs, "hid the accounts from the council,").speaker());
        List<Quote> q2 = Q.in("Senator Oskar Lind called Dana Pike's assertion of a \u201Cright to see every file\u201D "
                + "a stunt.");
        assertEquals("Dana Pike", Q.exactly(q2, "right to see every file").speaker());
        List<Quote> q3 = Q.in("The port won the vote, partly because of Mr. Lind's patronizing suggestion that his "
                + "rival was \u201Cbusy enough.\u201D");
        assertEquals("Lind", Q.exactly(q3, "busy enough.").speaker());
    }

    @Test
    void anOwnerAfterByOrInHisWords() {
        List<Quote> qs = Q.in("The council voted late on Monday. Critics seized on the suggestion by a junior minister "
                + "that the port \u201Ccould simply be sold off.\u201D");
        assertEquals("a junior minister", Q.exactly(qs, "could simply be sold off.").speaker());
        List<Quote> q2 = Q.in("In Tom Okafor's words, the plan is \u201Ca gift to the shipping lobby.\u201D");
        assertEquals("Tom Okafor", Q.exactly(q2, "a gift to the shipping lobby.").speaker());
    }

    @Test
    void theSubjectKeepsWordsOutsideTheComplement() {
        // guards: these pass before and after
        List<Quote> qs = Q.in("Mayor Ana Ruiz denounced Lind's remarks as \u201Churtful and petty\u201D on Friday.");
        assertEquals("Ana Ruiz", Q.exactly(qs, "hurtful and petty").speaker());
        List<Quote> q2 = Q.in("Port spokeswoman Ada Vos said Friday that Lind's claim that the dock is for sale is "
                + "\u201Csimply not true.\u201D");
        assertEquals("Ada Vos", Q.exactly(q2, "simply not true.").speaker());
        List<Quote> q3 = Q.in("Harbour master Teo Brandt told the Gazette on Monday that Lind's comments "
                + "\u201Cshow bias to me.\u201D");
        assertEquals("Teo Brandt", Q.exactly(q3, "show bias to me.").speaker());
        List<Quote> q4 = Q.in("In his statement, Oskar Lind said the sale was \u201Ca done deal.\u201D");
        assertEquals("Oskar Lind", Q.exactly(q4, "a done deal.").speaker());
    }
}
