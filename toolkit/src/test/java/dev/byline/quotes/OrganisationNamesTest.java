package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An organisation's name written with lower-case joiners ("Institute for Coastal and Harbour Studies", "Court of
 * Appeals for the 2nd Circuit") is one name when its tail is taken as a speaker mention: the speaker is the
 * organisation, or the people it is written after with "of"; and a role noun right before a written-out name is that
 * person's role whatever the noun ("the Yemen-born extremist cleric Anwar al-Awlaki") (eighteenth pass). Every
 * sentence is written for this test.
 */
class OrganisationNamesTest {
    @Test
    void twoPeopleOfAnInstituteWithForAndAndInItsName() {
        List<Quote> qs = Q.in("The port plan was approved in March.\n\n\u201CThe tunnels under the harbour would take a "
                + "decade to finish,\u201D engineers Tomas Brennick and Ilse Marquardt of Oslo's Institute for "
                + "Coastal and Harbour Studies wrote in May.");
        assertEquals("Tomas Brennick and Ilse Marquardt",
                Q.exactly(qs, "The tunnels under the harbour would take a decade to finish,").speaker());
    }

    @Test
    void aCourtOfAppealsForACircuitIsOneName() {
        List<Quote> qs = Q.in("Mayor Ivo Lindqvist spoke first.\n\nIn May, the Harbour Court of Appeals for the 2nd "
                + "Circuit reversed the ruling, saying the city could not accept \u201Cpublic order\u201D as a reason.");
        assertEquals("Harbour Court of Appeals for the 2nd Circuit", Q.exactly(qs, "public order").speaker());
    }

    @Test
    void aPersonOfAnInstituteWithForInItsNameIsThePerson() {
        // guard: the walk back stops at the institute's head word, never runs over "of" into the person's name
        List<Quote> qs = Q.in("The port plan was approved in March.\n\n\u201CNo one has priced the dredging,\u201D said "
                + "Ada Vosberg of the Harbour Institute for Policy Studies.");
        assertEquals("Ada Vosberg", Q.exactly(qs, "No one has priced the dredging,").speaker());
    }

    @Test
    void twoNamesJoinedWithoutAnInstituteStayTwoPeople() {
        // guard: "Oslo and Bergen" has no head word of an organisation; nothing is joined across "of"
        List<Quote> qs = Q.in("The ferry strike entered its third week.\n\n\u201CWe will sail on Monday,\u201D said Rep. "
                + "Ada Vosberg of Oslo and Bergen.");
        assertEquals("Ada Vosberg", Q.exactly(qs, "We will sail on Monday,").speaker());
    }

    @Test
    void aRoleNounRightBeforeAWrittenOutNameIsThatPersonsRole() {
        List<Quote> qs = Q.in("Officials discussed the video on Monday.\n\nBefore the speech, the Yemen-born extremist "
                + "cleric Anwar al-Awlaki, who died in 2011, is shown lecturing: \u201CLeave the cities before the "
                + "winter comes, all of you.\u201D");
        assertEquals("Anwar al-Awlaki",
                Q.exactly(qs, "Leave the cities before the winter comes, all of you.").speaker());
    }

    @Test
    void aVerbBetweenTwoNamesIsNoTitle() {
        // guard: with no determiner before the first name, a word between two names is no title ("supports"); a
        // first version read "Olsby supports Democrat Ada Vosberg" as Ada Vosberg's title
        List<Quote> qs = Q.in("\u201CSchools come first,\u201D says Marit Olsby, 41, of Tromso, who works in retail. "
                + "Olsby supports Democrat Ada Vosberg in the race. \u201CI am a nurse, and I still cannot pay my "
                + "loans.\u201D");
        assertEquals("Marit Olsby", Q.exactly(qs, "I am a nurse, and I still cannot pay my loans.").speaker());
    }
}
