package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Words in marks that are the writer's, not anyone's speech, found among the spans Byline gave as quotations on
 * PolNeAR's train split (dev part, ninth pass): the title a person is the author or host of, a quoted word the
 * sentence is about ("“Containment” has been …"), a title opening its sentence with its description in
 * apposition, a show someone told something or gave an interview, the values of markup left in the text, and a
 * digest's kicker in capitals. Every sentence is written for this test; no article
 * text is copied.
 */
class NinthPassSpanShapesTest {
    @Test
    void theTitleSomeoneIsTheAuthorOrHostOfIsATerm() {
        List<Quote> qs = Q.in("Nora Vance, author of \u201CThe Quiet Harbour,\u201D a history of the port, said the plan "
                + "would fail. Her brother is now host of \u201CLate Hours With Tom Berg.\u201D");
        assertEquals(QuoteKind.TERM, Q.exactly(qs, "The Quiet Harbour,").kind());
        assertEquals(QuoteKind.TERM, Q.exactly(qs, "Late Hours With Tom Berg.").kind());
    }

    @Test
    void aQuotedWordTheSentenceIsAboutIsATermNotSpeech() {
        List<Quote> qs = Q.in("The ministers disagreed on the aim. \u201CContainment\u201D has been the policy since 1951. "
                + "\u201CSea Wall\u201D was nominated for an award. \u201CHold firm,\u201D said Ana Ruiz.");
        assertEquals(QuoteKind.TERM, Q.exactly(qs, "Containment").kind());
        assertNull(Q.exactly(qs, "Containment").speaker());
        assertEquals(QuoteKind.TERM, Q.exactly(qs, "Sea Wall").kind());
        assertEquals("Ana Ruiz", Q.exactly(qs, "Hold firm,").speaker());
    }

    @Test
    void aTitleOpeningItsSentenceWithItsDescriptionOrARelativeClauseIsATitle() {
        List<Quote> qs = Q.in("Old shows are back. \u201CTides Of Iron,\u201D an HBO series that first aired in 1990, will "
                + "return on Friday. \u201COpen Water,\u201D which will be in bookstores on Tuesday, follows a banker.");
        assertEquals(QuoteKind.TERM, Q.exactly(qs, "Tides Of Iron,").kind());
        assertEquals(QuoteKind.TERM, Q.exactly(qs, "Open Water,").kind());
    }

    @Test
    void aShowSomeoneToldOrGaveAnInterviewIsATitle() {
        List<Quote> qs = Q.in("\u201CWe have to cut the levy,\u201D Ana Ruiz told \u201CHarbour Morning\u201D on Friday. "
                + "She said so again in an interview with \u201CThe Late Desk.\u201D");
        assertEquals(QuoteKind.TERM, Q.exactly(qs, "Harbour Morning").kind());
        assertEquals(QuoteKind.TERM, Q.exactly(qs, "The Late Desk.").kind());
        assertEquals("Ana Ruiz", Q.exactly(qs, "We have to cut the levy,").speaker());
    }

    @Test
    void theValuesOfMarkupLeftInTheTextAreNobodysWords() {
        List<Quote> qs = Q.in("Ruiz said she would run. <post author=\"@riverdesk\" date=\"May 2, 2016\">Ruiz is in, "
                + "she told us.</post> Watch it at <a href=\"http://example.org/clip\">the desk</a>.");
        assertEquals(QuoteKind.TERM, Q.exactly(qs, "@riverdesk").kind());
        assertEquals(QuoteKind.TERM, Q.exactly(qs, "May 2, 2016").kind());
        assertEquals(QuoteKind.TERM, Q.exactly(qs, "http://example.org/clip").kind());
        assertNull(Q.exactly(qs, "May 2, 2016").speaker());
    }

    @Test
    void aDigestKickerInCapitalsIsTheWritersHeadingNotSpeech() {
        List<Quote> qs = Q.in("The port had a long week.\n\n2. FOR DOCK TOWNS \u2018THE TIDE HAS TURNED.\u2019\n\nThe port reopened on Monday. "
                + "\u201CWe are back,\u201D said Ana Ruiz.");
        assertEquals(QuoteKind.TERM, Q.exactly(qs, "THE TIDE HAS TURNED.").kind());
        assertEquals("Ana Ruiz", Q.exactly(qs, "We are back,").speaker());
    }
}
