package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Speaker shapes from the dev part of PolNeAR's train split (thirteenth pass): a definite description of a person
 * the article has named, read through the roles the article itself gives ({@link ArticleRoles}). Every sentence is
 * written for this test; no article text is copied.
 */
class ThirteenthPassShapesTest {
    @Test
    void aDescriptionIsThePersonAnAppositionGaveThatRole() {
        List<Quote> qs = Q.in("Ivo Lind, a retired surgeon, entered the race for the valley seat in May. Voters there "
                + "know him from the clinic he ran for thirty years. \u201CWe need a clinic in every town,\u201D the retired "
                + "surgeon said on Friday. \u201CAnd we need it this year,\u201D he added.");
        assertEquals("Ivo Lind", Q.exactly(qs, "We need a clinic in every town,").speaker());
        assertEquals("Ivo Lind", Q.exactly(qs, "And we need it this year,").speaker());
    }

    @Test
    void aDescriptionIsThePersonATitleBeforeTheNameGaveThatRole() {
        List<Quote> qs = Q.in("The harbour bill passed on Tuesday after a long night. It was pushed by Coastal Sen. Ada "
                + "Vos and opposed by the port authority. \u201CThis is a good day for the fishermen,\u201D the coastal "
                + "senator said.");
        assertEquals("Ada Vos", Q.exactly(qs, "This is a good day for the fishermen,").speaker());
    }

    @Test
    void aDescriptionIsThePersonACopulaGaveThatRole() {
        List<Quote> qs = Q.in("The debate in Lakeside was short. Mara Holt is the county treasurer and has held the post "
                + "since 2009. \u201CThe books are balanced,\u201D the treasurer told the council.");
        assertEquals("Mara Holt", Q.exactly(qs, "The books are balanced,").speaker());
    }

    @Test
    void aDescriptionTwoPeopleFitOrNoLearntRoleFitsStaysAsWritten() {
        List<Quote> two = Q.in("Ivo Lind, a retired surgeon, and Pia Marsh, a retired surgeon from the coast, met on the pier. "
                + "\u201CWe agree on the clinic,\u201D the retired surgeon said.");
        assertEquals("the retired surgeon", Q.exactly(two, "We agree on the clinic,").speaker());
        List<Quote> other = Q.in("Ivo Lind, a retired surgeon, entered the race in May. \u201CWe need a clinic,\u201D "
                + "the young surgeon said.");
        assertEquals("the young surgeon", Q.exactly(other, "We need a clinic,").speaker());
    }

    @Test
    void theRankerNeverMovesAQuoteAwayFromAClosingReport() {
        // the report relays Ortega's cue: the ranker is given the report alone, as it is for "according to"
        List<SpeakerCandidate> cs = QuoteFinder.candidates(dev.byline.text.Document.of("wire", "Asked about the vote, "
                + "Ortega said, \u201CNo comment,\u201D the Lakeside Herald reported."));
        List<SpeakerCandidate> forQuote = cs.stream().filter(c -> c.quoteStart() == cs.get(0).quoteStart()).toList();
        assertEquals(List.of("Lakeside Herald"), forQuote.stream().map(SpeakerCandidate::mention).toList());
        // a report verb that does not close its sentence guards nothing
        List<SpeakerCandidate> open = QuoteFinder.candidates(dev.byline.text.Document.of("wire", "Asked about the vote, "
                + "Ortega said, \u201CNo comment,\u201D and the Lakeside Herald reported it on Monday."));
        org.junit.jupiter.api.Assertions.assertTrue(open.size() > 1, open.toString());
    }

    @Test
    void aParticipleJoinedToAWithParticipleSharesItsSubject() {
        List<Quote> qs = Q.in("Councillors were quick to chime in, with Mayor Dana Okafor tweeting that it was a \"disaster\" "
                + "for the port and asking, \"How can a board with such bad judgement run our harbour?\"");
        assertEquals("Dana Okafor", Q.exactly(qs, "How can a board with such bad judgement run our harbour?").speaker());
        assertEquals("Dana Okafor", Q.exactly(qs, "disaster").speaker());
    }

    @Test
    void aWeakCueWhoseSubjectOpensAClauseAfterAndOwnsTheQuote() {
        List<Quote> qs = Q.in("Pavel Ruiz said he would make the pier \"shine at night,\" and Dana Okafor vowed to "
                + "\"fix the hell\" out of the old port.");
        assertEquals("Dana Okafor", Q.exactly(qs, "fix the hell").speaker());
        assertEquals("Pavel Ruiz", Q.exactly(qs, "shine at night,").speaker());
    }
}
