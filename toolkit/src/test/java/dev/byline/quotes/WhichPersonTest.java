package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which person a chosen speaker mention is (fourteenth pass): a place or organisation written right after
 * "Name of" stands for that named person; a written-out name is never given the words a headline or a modifier
 * put before another written-out name; the department of "Secretary of State Ada Vos" is no part of her name.
 * Every sentence is written for this test.
 */
class WhichPersonTest {
    @Test
    void aPlaceAfterANamedPersonAndOfIsThatPerson() {
        List<Quote> qs = Q.in("Lawmakers met late on Tuesday to settle the budget. Rep. Ada Vosberg of Nebraska, an ally "
                + "of the party's leaders, said the talks had been \u201Cpainful but honest.\u201D");
        assertEquals("Ada Vosberg", Q.exactly(qs, "painful but honest.").speaker());
    }

    @Test
    void anOrganisationAfterANamedPersonAndOfTheIsThatPerson() {
        List<Quote> qs = Q.in("Markets fell for a third day. \u201CInvestors are running out of patience,\u201D said "
                + "Tiberius Okonkwo of the Harbour Policy Institute.");
        assertEquals("Tiberius Okonkwo", Q.exactly(qs, "Investors are running out of patience,").speaker());
    }

    @Test
    void aModifierBeforeAWrittenOutNameIsNoPartOfIt() {
        List<Quote> qs = Q.in("Republican Ivo Lindqvist won the county by nine points. Ivo Lindqvist had trailed "
                + "the Republican field all autumn. \u201CWe listened to the farmers,\u201D Lindqvist said.");
        assertEquals("Ivo Lindqvist", Q.exactly(qs, "We listened to the farmers,").speaker());
    }

    @Test
    void aPlaceBeforeAnInstitutionsNameStaysPartOfIt() {
        // "Carlow Valley" is written on its own too, but "Evening Post" is an institution's name, not a person's
        List<Quote> qs = Q.in("Carlow Valley voters go to the polls on Sunday. The Carlow Valley Evening Post obtained "
                + "the letter first. \u201CWe stand by every word,\u201D the Carlow Valley Evening Post said. The Evening "
                + "Post has covered the county since 1902.");
        assertEquals("Carlow Valley Evening Post", Q.exactly(qs, "We stand by every word,").speaker());
    }

    @Test
    void aHeadlineRunBeforeAWrittenOutNameIsNoPartOfIt() {
        List<Quote> qs = Q.in("Mayor Booed After Thanking Ivo Lindqvist\n\nThe crowd turned on the mayor when he "
                + "thanked Ivo Lindqvist, the developer. \u201CI expected that,\u201D Lindqvist said.");
        assertEquals("Ivo Lindqvist", Q.exactly(qs, "I expected that,").speaker());
    }

    @Test
    void aGivenNameTheArticleUsesOnlyWithTheNameStays() {
        // "Wasserman Schultz" is her short form; "Debbie" is written only before it, so it is part of her name
        List<Quote> qs = Q.in("Debbie Wasserman Schultz chairs the committee. \u201CWe will count every vote,\u201D "
                + "Wasserman Schultz said.");
        assertEquals("Debbie Wasserman Schultz", Q.exactly(qs, "We will count every vote,").speaker());
    }

    @Test
    void theDepartmentOfATitleIsNoPartOfTheName() {
        List<Quote> qs = Q.in("\u201CThe border will stay open,\u201D Secretary of State Ada Vosberg said on Monday. "
                + "\u201CWe have no reason to close it,\u201D Vosberg added.");
        assertEquals("Ada Vosberg", Q.exactly(qs, "The border will stay open,").speaker());
        assertEquals("Ada Vosberg", Q.exactly(qs, "We have no reason to close it,").speaker());
    }

    @Test
    void aPronounNoSpeakerBeforeFitsIsThePersonTheArticleWroteOutWithARole() {
        List<Quote> qs = Q.in("Orchard Growers Promised Relief\n\nDemocratic presidential candidate Ivo Lindqvist promised "
                + "on Monday to cut the tariff on apples within a year.\n\n\u201CNo farmer should lose an orchard to a trade "
                + "war,\u201D he said.");
        assertEquals("Ivo Lindqvist", Q.exactly(qs, "No farmer should lose an orchard to a trade war,").speaker());
    }

    @Test
    void aPronounIsNeverGivenAPlaceWrittenOutBeforeIt() {
        // "New Hampshire" follows "in": a place, not the "he" of the next paragraph
        List<Quote> qs = Q.in("The former governor drew a crowd of 700 in New Hampshire on Monday.\n\n\u201CWe have "
                + "work to do,\u201D he said.");
        assertEquals("he", Q.exactly(qs, "We have work to do,").speaker());
    }

    @Test
    void ofTwoOfOneSurnameWrittenOutInOneSentenceTheFirstIsItsSubject() {
        List<Quote> qs = Q.in("The fire killed three men: crew chief Ivo Lind, driver Tomas Berg, and pump operator Ugo "
                + "Sand.\n\nLast week, the mayor said the families were wrong. However, Annika Berg, mother of Harbour Street "
                + "victim Tomas Berg, forcefully rejected the mayor\u2019s claim.\n\n\u201CThey knew about the wiring for "
                + "years,\u201D Berg said.");
        assertEquals("Annika Berg", Q.exactly(qs, "They knew about the wiring for years,").speaker());
    }
}
