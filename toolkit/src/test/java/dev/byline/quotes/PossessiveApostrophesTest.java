package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A lone apostrophe after a word in s ("Tess Harris’ campaign", "Ivo Jonas' speech") is the possessive 's, not a
 * quotation mark, once the marks are paired ({@link TextView#readPossessives}); and a name's possessive with the noun it
 * owns is one speaker after an inverted cue ({@code SpeakerAfterCue.ownedNoun}). Shapes counted on the dev part of
 * PolNeAR's train split; every sentence is written for this test.
 */
class PossessiveApostrophesTest {
    @Test
    void aPluralPossessiveIsPartOfItsSubject() {
        List<Quote> qs = Q.in("Tess Harris\u2019 campaign said the levy was \u201Ca tax on the dockers.\u201D");
        assertEquals("Tess Harris\u2019 campaign", Q.exactly(qs, "a tax on the dockers.").speaker());
        List<Quote> q2 = Q.in("Dana Ross, the Reyes\u2019 lawyer, said the family was \u201Cheartbroken.\u201D");
        assertEquals("Dana Ross", Q.exactly(q2, "heartbroken.").speaker());
    }

    @Test
    void aPhraseSetOffByCommasHoldingAPossessiveIsSteppedOver() {
        List<Quote> qs = Q.in("Ana Ruiz, delivering Ivo Jonas' speech, asked the crowd \u201CWhy should we wait?\u201D");
        assertEquals("Ana Ruiz", Q.exactly(qs, "Why should we wait?").speaker());
    }

    @Test
    void aPossessiveAndItsNounSpeakAfterAnInvertedCue() {
        List<Quote> qs = Q.in("\u201CIt is over,\u201D said Lind's campaign, adding that \u201Cnothing will change.\u201D");
        assertEquals("Lind's campaign", Q.exactly(qs, "It is over,").speaker());
        assertEquals("Lind's campaign", Q.exactly(qs, "nothing will change.").speaker());
    }

    @Test
    void marksThatPairStayMarksAndClausesAfterTheCueStayReported() {
        // a single quotation closing on a plural keeps its mark; a name's own possessive stays inside the name
        List<Quote> qs = Q.in("Ross called the levy \u2018a tax on the dockers\u2019 in a speech on Monday.");
        assertEquals("Ross", Q.exactly(qs, "a tax on the dockers").speaker());
        List<Quote> q2 = Q.in("\u201CWe will sail,\u201D the Shippers\u2019 Council said.");
        assertEquals("Shippers\u2019 Council", Q.exactly(q2, "We will sail,").speaker());
        // "said Lind’s reply to the board was …": the possessive opens the reported clause, the subject is before
        List<Quote> q3 = Q.in("Ana Ruiz, who leads the union, said Lind\u2019s reply to the board was \u201Cweak.\u201D");
        assertEquals("Ana Ruiz", Q.exactly(q3, "weak.").speaker());
    }
}
