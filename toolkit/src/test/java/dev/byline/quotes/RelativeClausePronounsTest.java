package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A he or she inside a "who" clause hanging on a name is that name, not the last person quoted (nineteenth pass).
 * Every sentence is written for this test.
 */
class RelativeClausePronounsTest {
    @Test
    void aHeInAWhoClauseSetOffByDashesIsTheNameBeforeIt() {
        // fails before: "he" went to Olle Brandvik, the last one quoted
        List<Quote> qs = Q.in("\u201CThe harbour must stay open,\u201D port candidate Olle Brandvik said on Friday."
                + "\n\nParty leader Ivo Lindqvist - who earlier said he would \u201Cshut the locks for good\u201D - "
                + "spoke at a rally on Sunday.");
        assertEquals("Ivo Lindqvist", Q.containing(qs, QuoteKind.PARTIAL, "shut the locks").speaker());
    }

    @Test
    void aSheInAWhoClauseAfterACommaIsTheNameBeforeIt() {
        // guard: passes before too (the clause's "who" is the cue's subject)
        List<Quote> qs = Q.in("\u201CThe port is ready,\u201D said Mrs. Hunder, a trader.\n\nThe mayor answered "
                + "Kari Tollefsen, who then said she would \u201Cfight the tolls to the end.\u201D");
        assertEquals("Kari Tollefsen", Q.containing(qs, QuoteKind.PARTIAL, "fight the tolls").speaker());
    }

    @Test
    void aNameOfTheOtherGenderIsPassedOver() {
        // guard: "he" is not Mrs. Vos
        List<Quote> qs = Q.in("\u201CThe motion is a stunt,\u201D said Mr. Rolf Amund, a teacher.\n\n"
                + "Mrs. Ada Vos - who said he would \u201Cvote the motion down\u201D - spoke first.");
        assertEquals("Rolf Amund", Q.containing(qs, QuoteKind.PARTIAL, "vote the motion").speaker());
    }

    @Test
    void twoNamesBeforeWhoSayNotWhich() {
        // guard: the clause hangs on two people; "he" stays with the last man quoted
        List<Quote> qs = Q.in("\u201CThe motion is a stunt,\u201D said Mr. Rolf Amund, a teacher.\n\n"
                + "Lind and Vos - who said he was \u201Cplainly wrong\u201D - left early.");
        assertEquals("Rolf Amund", Q.containing(qs, QuoteKind.PARTIAL, "plainly wrong").speaker());
    }
}
