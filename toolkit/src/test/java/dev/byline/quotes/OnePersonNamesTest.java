package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A "he" or "she" never stands for a one-word name the article shows is no one person: an acronym, a people's plural,
 * a party-and-state tag, a word the article otherwise writes in lower case (seventeenth pass). Every sentence is
 * written for this test.
 */
class OnePersonNamesTest {
    @Test
    void aPeoplesPluralIsNoHe() {
        List<Quote> qs = Q.in("Mayor Ivo Lindqvist toured the camp on Monday.\n\nSyrians say the tents will not last "
                + "the winter. \u201CWe will take more families before the snow,\u201D he said.");
        assertEquals("Ivo Lindqvist", Q.exactly(qs, "We will take more families before the snow,").speaker());
    }

    @Test
    void anAcronymIsNoHe() {
        List<Quote> qs = Q.in("Tomas Brennick ran the state party for a decade.\n\nThe HPC said the vote would "
                + "go ahead. \u201CI have never seen a count like this one,\u201D he said.");
        assertEquals("Tomas Brennick", Q.exactly(qs, "I have never seen a count like this one,").speaker());
    }

    @Test
    void aPartyAndStateTagIsNoHe() {
        List<Quote> qs = Q.in("Rep. Arne Solberg, R-Idaho, chairs the panel.\n\nR-Idaho said the hearing would "
                + "run late. \u201CThere is no reason to keep these files from us,\u201D he said.");
        assertEquals("Arne Solberg", Q.exactly(qs, "There is no reason to keep these files from us,").speaker());
    }

    @Test
    void aPluralOfThePeopleIsTheirThey() {
        List<Quote> qs = Q.in("The council met on Monday.\n\nDemocrats say the budget is too thin. "
                + "\u201CThe schools will pay for this,\u201D they said.");
        assertEquals("Democrats", Q.exactly(qs, "The schools will pay for this,").speaker());
    }

    @Test
    void aSurnameTheArticleAlsoWritesInLowerCaseStaysAPerson() {
        // guard: the article writes "ban" too, but also "Ban Osgard" inside a name: "Ban" stays a person
        List<Quote> qs = Q.in("Ban Osgard has led the refugee agency since May.\n\nThe travel ban was debated at "
                + "length. Ban said the ban was unfair. \u201CWe cannot close the door on them,\u201D he said.");
        assertEquals("Ban", Q.exactly(qs, "We cannot close the door on them,").speaker());   // the person, as Byline names him
    }
}
