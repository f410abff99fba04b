package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The person behind an organisation or a time phrase taken as the speaker mention (fifteenth pass): an organisation
 * inside a named person's role ("Ada Vosberg, the communications director for the Harbour Democratic Party said"),
 * before the role and the name ("Lindqvist’s Ohio state director, Ada Vosberg,"), and a leading time phrase that is
 * no part of a description ("long before Harbour Hall officials started to …"), and a name after the people who speak
 * for it ("Aides to Mr. Lindqvist said", "a spokesman for Ada Vosberg could only quip", "Lindqvist’s potential VP then
 * revealed"). Every sentence is written for this test.
 */
class RoleOwnersTest {
    @Test
    void anOrganisationAfterARoleAndForIsThePersonsRole() {
        List<Quote> qs = Q.in("The county party asked for a recount on Friday.\n\nAda Vosberg, the communications director "
                + "for the Harbour Democratic Party said in a statement. \u201CThere are no paper ballots to "
                + "recount.\u201D");
        assertEquals("Ada Vosberg", Q.exactly(qs, "There are no paper ballots to recount.").speaker());
    }

    @Test
    void anOrganisationAfterWhoIsChairmanOfIsThePersonsRole() {
        List<Quote> qs = Q.in("\u201CThis shocking new ad raises new questions about the race,\u201D Ivo Lindqvist, who is "
                + "chairman of Our Valley Fund said in a statement.");
        assertEquals("Ivo Lindqvist", Q.exactly(qs, "This shocking new ad raises new questions about the race,").speaker());
    }

    @Test
    void anOrganisationInsideTheMentionAfterATitleAndOfIsThePersonsRole() {
        List<Quote> qs = Q.in("Restaurants say tipped workers are seeing a pay cut.\n\nAnton Brekke, president and CEO of "
                + "Harbour Restaurant Association stated, \u201CIt is not a political problem; it is a math "
                + "problem.\u201D");
        assertEquals("Anton Brekke", Q.exactly(qs, "It is not a political problem; it is a math problem.").speaker());
    }

    @Test
    void aPlaceBeforeARoleAndTheNameIsThePersonsRole() {
        List<Quote> qs = Q.in("In early October, Lindqvist\u2019s Ohio state director, Ada Vosberg, reached out to the firm, "
                + "writing in an email: \u201CWe want to use this soon.\u201D");
        assertEquals("Ada Vosberg", Q.exactly(qs, "We want to use this soon.").speaker());
    }

    @Test
    void aLeadingTimePhraseIsNoPartOfTheDescription() {
        List<Quote> qs = Q.in("The timeline shows that the name was announced on a police scanner several times prior to the "
                + "mayor being briefed on the subject \u2013 and long before Harbour Hall officials started to "
                + "portray the apparent shooting as a \u201Cworkplace\u201D or \u201Cgun control\u201D issue.");
        assertEquals("Harbour Hall officials", Q.exactly(qs, "workplace").speaker());
    }

    @Test
    void theNameAfterARoleStaysThePerson() {
        // passes before too: "Lindqvist campaign manager Ada Vosberg" was already Ada Vosberg
        List<Quote> qs = Q.in("Ivo Lindqvist spoke first. \u201CWe will win Ohio,\u201D said Lindqvist campaign manager Ada "
                + "Vosberg.");
        assertEquals("Ada Vosberg", Q.exactly(qs, "We will win Ohio,").speaker());
    }

    @Test
    void aNameAfterAidesToIsNotTheSpeaker() {
        List<Quote> qs = Q.in("Ivo Lindqvist and his allies want to shape the platform of the post-war era.\n\nAides to Mr. "
                + "Lindqvist said he would push for a ban on \u201Cfracking.\u201D");
        assertEquals("Aides to Mr. Lindqvist", Q.exactly(qs, "fracking.").speaker());
    }

    @Test
    void aNameAfterASpokesmanForIsNotTheSpeaker() {
        List<Quote> qs = Q.in("The debate fell on the Saturday before the holiday, when much of the public was out shopping. "
                + "The scheduling was so odd that a spokesman for Ada Vosberg could only quip: \"I guess "
                + "Christmas Eve was booked.\"");
        assertEquals("a spokesman for Ada Vosberg", Q.exactly(qs, "I guess Christmas Eve was booked.").speaker());
    }

    @Test
    void aNameBeforeItsPossessiveAndAgentIsNotTheSpeaker() {
        List<Quote> qs = Q.in("Ivo Lindqvist praised the speaker on Tuesday.\n\nLindqvist\u2019s potential VP then revealed "
                + "Lindqvist \u201Cstrongly encouraged me to endorse Ada Vosberg, and I am pleased to do it.\u201D");
        assertEquals("Lindqvist\u2019s potential VP", Q.containing(qs, QuoteKind.FULL, "strongly encouraged me").speaker());
    }

    @Test
    void aNameBeforeItsPossessiveAndCampaignIsNotTheSpeaker() {
        List<Quote> qs = Q.in("The delegates met in Harbour City on Monday. Of 45 members put forward by Mr. Lindqvist, the "
                + "chairwoman chose only three, according to Mr. Lindqvist\u2019s campaign.");
        assertEquals("Mr. Lindqvist\u2019s campaign", Q.containing(qs, QuoteKind.INDIRECT, "Of 45 members").speaker());
    }
}
