package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.text.Document;
import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fitted speaker ranker ({@code speaker-ranker.tsv}, fitted by {@code byline-bench polnear-ranker} on the dev part
 * of PolNeAR train): shapes where the rules' pick is not the speaker and another candidate is, and the model file's
 * checks. Every sentence is written for this test; no article text is copied.
 */
class SpeakerRankerTest {
    @Test
    void aQuoteInsideAThatClauseAfterAVerbOfThoughtIsTheSpeakersNotTheClausesSubject() {
        // the rules give "commuters", the subject of the clause the quoted word sits in
        List<Quote> qs = Q.in("Mayor Ilse Brandt said on Tuesday she expected that commuters will say \u201Cno\u201D to the plan.");
        assertEquals("Ilse Brandt", Q.exactly(qs, "no").speaker());
    }

    @Test
    void aPronounSubjectOfItsCueStaysTheSourceWhateverTheScores() {
        List<Quote> qs = Q.in("Tom Brandt met the mayor in Lakeside on Monday. \u201CWe will not pay,\u201D he said.");
        assertEquals("he", Q.exactly(qs, "We will not pay,").speakerMention().text());
        double[] f = new double[SpeakerCandidate.FEATURES.size()];
        f[SpeakerCandidate.FEATURES.indexOf("pronoun")] = 1;
        f[SpeakerCandidate.FEATURES.indexOf("cue")] = 1;
        assertTrue(SpeakerCandidate.keepsRule(f));
        f[SpeakerCandidate.FEATURES.indexOf("cue")] = 0;
        assertTrue(!SpeakerCandidate.keepsRule(f));
    }

    @Test
    void theBuiltInModelNamesTheFeaturesTheToolkitComputes() {
        assertNotNull(SpeakerRanker.builtIn(), "speaker-ranker.tsv is in the jar and reads");
    }

    @Test
    void aModelWithOtherFeaturesOrNoMarginIsRefusedAtLoad() {
        List<String> features = List.of("rule", "cue");
        IllegalStateException wrong = assertThrows(IllegalStateException.class, () -> SpeakerRanker.read(
                new BufferedReader(new StringReader("intercept\t0.5\nrule\t1.0\ncue_strong\t2.0\nmargin\t1\n")), features));
        assertTrue(wrong.getMessage().contains("'cue_strong', expected 'cue'"), wrong.getMessage());
        IllegalStateException noMargin = assertThrows(IllegalStateException.class, () -> SpeakerRanker.read(
                new BufferedReader(new StringReader("rule\t1.0\ncue\t2.0\n")), features));
        assertTrue(noMargin.getMessage().contains("no margin"), noMargin.getMessage());
    }

    @Test
    void theRankerSwitchesOnlyWhenACandidateBeatsTheRulesPickByMoreThanTheMargin() throws Exception {
        SpeakerRanker r = SpeakerRanker.read(new BufferedReader(new StringReader("rule\t1.0\ncue\t2.0\nmargin\t1.5\n")),
                List.of("rule", "cue"));
        assertEquals(0, r.choose(new double[] {1.0, 2.0}, 0));
        assertEquals(1, r.choose(new double[] {1.0, 2.6}, 0));
        assertEquals(-1, r.choose(new double[] {1.0, 9.0}, -1));
    }

    @Test
    void everyCandidateOfADirectQuoteHasTheFeaturesInOrderAndTheRulesPickOnce() {
        List<SpeakerCandidate> cs = Quotes.speakerCandidates(Document.of("t",
                "Mayor Ilse Brandt said on Tuesday she expected that commuters will say \u201Cno\u201D to the plan."));
        assertTrue(cs.size() >= 2, cs.toString());
        assertEquals(1, cs.stream().filter(SpeakerCandidate::rule).count());
        cs.forEach(c -> assertEquals(SpeakerCandidate.FEATURES.size(), c.features().length));
    }

    @Test
    void aPronounInAnOpeningClauseBeforeANamedSubjectIsNoCandidate() {
        // the pronoun points forward to the name after the comma: the ranker cannot prefer it to that name
        List<SpeakerCandidate> cs = QuoteFinder.candidates(Document.of("wire", "Ever since he took the helm, Mr. Ouma "
                + "has kept one line for the crew: \u201CNobody sails alone.\u201D"));
        assertTrue(cs.stream().anyMatch(c -> c.mention().equals("Mr. Ouma")), cs.toString());
        assertTrue(cs.stream().noneMatch(c -> c.mention().equals("he")), cs.toString());
        // with no name opening the main clause the pronoun stays one
        List<SpeakerCandidate> other = QuoteFinder.candidates(Document.of("wire", "Ever since he took the helm, the "
                + "crew has kept one line: \u201CNobody sails alone.\u201D"));
        assertTrue(other.stream().anyMatch(c -> c.mention().equals("he")), other.toString());
    }
}
