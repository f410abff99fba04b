package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A crowd's chant, shout or cheer as a quotation's source: the noun of crying out ("the old chant", "chants of") is no
 * cue verb, and the chanters are those it comes "from", those moved "to" it, or the subject of the clause that takes
 * it up. Every sentence is written for this test; no article text is copied.
 */
class ChantsTest {
    @Test
    void theSubjectThatTakesUpAChantChantsIt() {
        List<Quote> qs = Q.in("Boos rained down when Ruiz named the owner, and at one point the delegates loudly took "
                + "up the old chant \u201CLock him out!\u201D again.");
        assertEquals("the delegates", Q.exactly(qs, "Lock him out!").speaker());
        List<Quote> q2 = Q.in("A mix of dock workers, students and retirees joined in a loud chant of \u201CSave the "
                + "docks!\u201D as they marched.");
        assertEquals("a mix of dock workers", Q.exactly(q2, "Save the docks!").speaker());
    }

    @Test
    void theGroupMovedToAChantOrTheOneItComesFromChantsIt() {
        List<Quote> qs = Q.in("Playing the prosecutor, Ms. Ruiz roused the crowd to loud chants of \u201CFour more "
                + "years!\u201D");
        assertEquals("the crowd", Q.exactly(qs, "Four more years!").speaker());
        List<Quote> q2 = Q.in("The chairman called a voice vote. \u201CRecount now,\u201D came shouts from the "
                + "delegates, as the gallery booed.");
        assertEquals("the delegates", Q.exactly(q2, "Recount now,").speaker());
    }

    @Test
    void aPlaceBeforeTheChantOrAVerbOfChantingKeepsItsSpeaker() {
        // the office is where the senator walked, not who chanted; the senator's own words follow
        List<Quote> qs = Q.in("Walking into the office to chants of \u201CRuiz! Ruiz!,\u201D the senator said her "
                + "campaign was \u201Cclosing strong.\u201D");
        assertEquals("the senator", Q.exactly(qs, "closing strong.").speaker());
        // "chant" after a plural is the verb: the supporters chant
        List<Quote> q2 = Q.in("The supporters chant \u201CFour more years!\u201D at every stop.");
        assertEquals("the supporters", Q.exactly(q2, "Four more years!").speaker());
    }
}
