package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A definite description as a speaker ("the Vermont senator said") right after a sentence whose subject is one named
 * person the description does not contradict is that person (sixteenth pass); with a second person named before it,
 * an object in place of the subject, or a role the article gave the person that the description does not share, it
 * stays as written. Every sentence is written for this test.
 */
class DescribedSubjectsTest {
    @Test
    void theDescriptionAfterTheSubjectsSentenceIsThatPerson() {
        List<Quote> qs = Q.in("The debate in Harbour City ran late on Thursday.\n\nOlle Brandvik warned against a "
                + "drawn-out count, but offered a darker forecast. \u201CA split convention would be a disaster for all "
                + "of us,\u201D the Vermont senator said.");
        assertEquals("Olle Brandvik", Q.exactly(qs, "A split convention would be a disaster for all of us,").speaker());
    }

    @Test
    void theSubjectOfTheCueBeforeAQuotedParagraphCounts() {
        List<Quote> qs = Q.in("Marit Holloway spoke on the harbour plan.\n\n\u201CWe are not winning yet,\u201D Holloway "
                + "said on a morning show. \u201CI think the council will ask for more.\u201D\n\nThe Democratic "
                + "front-runner and former port commissioner said the city \u201Cclearly\u201D needed a new dock.");
        assertEquals("Marit Holloway", Q.containing(qs, QuoteKind.PARTIAL, "clearly").speaker());
    }

    @Test
    void aSecondPersonWithAnotherRoleIsPassedOver() {
        List<Quote> qs = Q.in("Nobody expected the test on Wednesday.\n\nSen. Pavel Ostrander responded first, ripping "
                + "into Mayor Ilse Dunmore late on Tuesday night.\n\n\u201CI have warned about this for a year,\u201D "
                + "the Harbour senator and presidential candidate said in a statement.");
        assertEquals("Pavel Ostrander", Q.exactly(qs, "I have warned about this for a year,").speaker());
    }

    @Test
    void twoPeopleBeforeTheDescriptionLeaveItAsWritten() {
        // guard: passes before too
        List<Quote> qs = Q.in("The hearing ended early.\n\nOlle Brandvik attacked Marit Holloway over the budget. "
                + "\u201CThe numbers simply do not add up,\u201D the Vermont senator said.");
        assertEquals("the Vermont senator", Q.exactly(qs, "The numbers simply do not add up,").speaker());
    }

    @Test
    void aPersonNamedAsAnObjectIsNoSubject() {
        List<Quote> qs = Q.in("The harbour was closed for a day.\n\nPolice arrested Olle Brandvik at the gate on "
                + "Monday. \u201CHe did not resist at all,\u201D the officer said.");
        assertEquals("the officer", Q.exactly(qs, "He did not resist at all,").speaker());
    }

    @Test
    void aSpokesmanSpeaksForThePersonAndIsNotThem() {
        List<Quote> qs = Q.in("The budget vote was delayed again.\n\nOlle Brandvik declined to comment on the delay. "
                + "\u201CThe senator will speak next week,\u201D the spokesman said.");
        assertEquals("the spokesman", Q.exactly(qs, "The senator will speak next week,").speaker());
    }

    @Test
    void aDescriptionOfSomeoneTheWindowIntroducedStaysAsWritten() {
        // guard: passes before too
        List<Quote> qs = Q.in("The show opened on Friday.\n\nAs Ada Vosberg delivered her speech, a fashion designer for "
                + "the label watched from her home and rolled her eyes.\n\n\u201CIt is hard enough to come back to "
                + "work,\u201D said the designer, who works for another brand.");
        assertEquals("the designer", Q.exactly(qs, "It is hard enough to come back to work,").speaker());
    }

    @Test
    void aSubjectWhoNeverSpokeDoingSomethingElseIsNotTheSpeaker() {
        // guard: passes before too
        List<Quote> qs = Q.in("The city stopped the programme years ago.\n\nOlle Brandvik met Mayor Marit Holloway "
                + "to restart it. Mayor Holloway disbanded the unit in April.\n\n\u201CThere is hatred like nobody "
                + "has seen,\u201D the presidential candidate said.");
        assertEquals("the presidential candidate", Q.exactly(qs, "There is hatred like nobody has seen,").speaker());
    }

    @Test
    void aPronounAfterAsForNameIsThatName() {
        List<Quote> qs = Q.in("The debate turned to the delegate count.\n\nOlle Brandvik warned against a split "
                + "convention. \u201CThat would be a disaster,\u201D Brandvik said.\n\nAs for Ivo Lindqvist, he said he "
                + "is not worried. \u201CI think I will have the delegates,\u201D he said.");
        assertEquals("Ivo Lindqvist", Q.exactly(qs, "I think I will have the delegates,").speaker());
    }

    @Test
    void aSubjectQuotedBeforeMayDoSomethingElse() {
        List<Quote> qs = Q.in("\u201CWe will win here,\u201D Pavel Ostrander said on Monday.\n\nOstrander sought to lift "
                + "spirits as he stopped by his office. Walking in to cheers, the senator said his campaign was "
                + "\u201Cclosing really strong.\u201D");
        assertEquals("Pavel Ostrander", Q.containing(qs, QuoteKind.PARTIAL, "closing really strong").speaker());
    }
    @Test
    void aPersonNamedOnlyAsAnObjectLeavesTheSpeakerTheOneSubject() {
        // fails before: Marit Holloway, named after "beaten", made two people
        List<Quote> qs = Q.in("\u201CThe port stays open,\u201D Olle Brandvik said on Monday.\n\nBrandvik later boasted "
                + "that he had beaten Marit Holloway in the count. \u201CI won it fair and square,\u201D the Vermont "
                + "senator said.");
        assertEquals("Olle Brandvik", Q.exactly(qs, "I won it fair and square,").speaker());
    }

    @Test
    void aSentenceOpeningWithSomeoneWhoNeverSpokeIsReadPast() {
        // fails before: "Holloway disbanded the unit" stopped the reading back
        List<Quote> qs = Q.in("\u201CWe need more police,\u201D Olle Brandvik said on Monday.\n\nBrandvik later called "
                + "on Mayor Marit Holloway to restart the unit. Holloway disbanded it in April.\n\n\u201CThere is "
                + "hatred like nobody has seen,\u201D the presidential candidate said.");
        assertEquals("Olle Brandvik", Q.exactly(qs, "There is hatred like nobody has seen,").speaker());
    }

    @Test
    void aSpeakerNamedAgainAsAnObjectAfterTheSubjectIsNoAnswer() {
        // guard: Holloway, who has not spoken, is the sentence's subject; Brandvik only its object
        List<Quote> qs = Q.in("\u201CWe need more police,\u201D Olle Brandvik said on Monday.\n\nMarit Holloway met "
                + "Ada Vos and defended Brandvik in an interview. \u201CIt shows a lack of character,\u201D the Senate "
                + "minority leader said.");
        assertEquals("the Senate minority leader", Q.exactly(qs, "It shows a lack of character,").speaker());
    }

    @Test
    void aSentenceAboutSomeoneUnnamedIsNotReadPast() {
        // guard: "Another worshipper … said" is about someone the article does not name
        List<Quote> qs = Q.in("\u201CThe mosque was calm,\u201D Olle Brandvik said, adding that Ivo Lind rarely came."
                + "\n\nAnother worshipper who did not want to be named said he heard Lind speak of revenge. \u201CI "
                + "think it was hate,\u201D the man said.");
        assertEquals("the man", Q.exactly(qs, "I think it was hate,").speaker());
    }

    @Test
    void aDescriptionIntroducingSomeoneNewStaysAsWritten() {
        // guard: "the organizer of a rally" is not the speaker before it
        List<Quote> qs = Q.in("\u201CWe will march anyway,\u201D said Olle Brandvik, a protest leader.\n\n"
                + "Even the organizer of a harbour rally said the rules were wrong. \u201CYou stick everybody together "
                + "face to face,\u201D the organizer of a harbour rally said.");
        assertEquals("the organizer of a harbour rally",
                Q.exactly(qs, "You stick everybody together face to face,").speaker());
    }
}
