package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A named subject after a sentence's opening conjunction ("But even Brandt has …") or after two opening phrases ("At
 * meeting after meeting, to loud crowds, Brandt promised …") is someone a later "he" may stand for, as a name that
 * opens its sentence already was, as is the subject after ", but" or a semicolon, past a party-and-state tag ("(D-Ore.)") or an opening bracket (twentieth pass). Every sentence is written for this test.
 */
class OpeningSubjectsTest {
    private static final String BEFORE = "Harbour vote splits the council.\n\nKarl Brandt, the port director, met the "
            + "council on Monday.\n\n\u201CWe will build the port this year,\u201D said Ivo Lind, the mayor.\n\n";
    private static final String AFTER = "\n\n\u201CWhen I visit other towns, it is not my job to judge them,\u201D he said.";

    @Test
    void aNameAfterAnOpeningButIsTheNextHe() {
        // fails before: "he" went to Ivo Lind, the last one quoted
        List<Quote> qs = Q.in(BEFORE + "But even Brandt has doubts about the plan." + AFTER);
        assertEquals("Karl Brandt", Q.containing(qs, QuoteKind.FULL, "not my job").speaker());
    }

    @Test
    void aNameAfterTwoOpeningPhrasesIsTheNextHe() {
        // fails before: only the first comma of the sentence was read
        List<Quote> qs = Q.in(BEFORE + "At meeting after meeting, to loud crowds, Brandt promised to cut the fees."
                + AFTER);
        assertEquals("Karl Brandt", Q.containing(qs, QuoteKind.FULL, "not my job").speaker());
    }

    @Test
    void aOneWordNameWithNoFullerFormIsNoOneAHeStandsFor() {
        // guard: "Congress" is written only alone, so no person; the he stays with the mayor
        List<Quote> qs = Q.in(BEFORE + "But Congress has doubts about the plan." + AFTER);
        assertEquals("Ivo Lind", Q.containing(qs, QuoteKind.FULL, "not my job").speaker());
    }

    @Test
    void aNameAfterAConjunctionWithNoVerbIsNoSubject() {
        // guard: "And Brandt's men" is a possessed subject; the he stays with the mayor
        List<Quote> qs = Q.in(BEFORE + "And Brandt\u2019s men stayed home." + AFTER);
        assertEquals("Ivo Lind", Q.containing(qs, QuoteKind.FULL, "not my job").speaker());
    }

    @Test
    void theSubjectAfterCommaButIsTheNextHe() {
        // fails before: only a sentence's first subject was read
        List<Quote> qs = Q.in(BEFORE + "Some members have been friendly to the plan, but Brandt, who has welcomed help "
                + "from the unions, does not mince words." + AFTER);
        assertEquals("Karl Brandt", Q.containing(qs, QuoteKind.FULL, "not my job").speaker());
    }

    @Test
    void aCapitalisedOpeningWordDoesNotHideTheSubjectAfterTheComma() {
        // fails before: "Days" opened the sentence as a name, so the subject after the comma was never read
        List<Quote> qs = Q.in(BEFORE + "Days after the vote, Brandt volunteered to take the mayor\u2019s place." + AFTER);
        assertEquals("Karl Brandt", Q.containing(qs, QuoteKind.FULL, "not my job").speaker());
    }

    @Test
    void aPlaceAfterASemicolonIsNoOneAHeStandsFor() {
        // guard: "Oslo" is written only alone; the he stays with the mayor
        List<Quote> qs = Q.in(BEFORE + "Some towns backed the plan; Oslo has not." + AFTER);
        assertEquals("Ivo Lind", Q.containing(qs, QuoteKind.FULL, "not my job").speaker());
    }

    @Test
    void aPartyAndStateTagAfterTheNameIsSteppedOver() {
        // fails before: "(D-Ore.)" after the name hid the verb, so the she went to no one the sentence named
        List<Quote> qs = Q.in(BEFORE + "Ms. Hunder, a trader, sold her boats.\n\nRep. Ada Vos (D-Ore.) last month "
                + "joked to the mayor that the port was a dream." + AFTER.replace(" he said", " she said"));
        assertEquals("Ada Vos", Q.containing(qs, QuoteKind.FULL, "not my job").speaker());
    }

    @Test
    void aNameAfterMeanwhileIsTheNextHe() {
        // fails before: "Meanwhile" with no comma after it opened no phrase the subject was read after
        List<Quote> qs = Q.in(BEFORE + "Meanwhile Brandt, who was honoured by the guild, spoke about the fees." + AFTER);
        assertEquals("Karl Brandt", Q.containing(qs, QuoteKind.FULL, "not my job").speaker());
    }

    @Test
    void aSentenceInParenthesesIsReadForItsSubject() {
        // fails before: the bracket before the name hid the sentence's subject
        List<Quote> qs = Q.in(BEFORE + "(Karl Brandt defended the mayor and refused to sell the boats.)" + AFTER);
        assertEquals("Karl Brandt", Q.containing(qs, QuoteKind.FULL, "not my job").speaker());
    }
}
