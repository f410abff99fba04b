package dev.byline.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.text.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

class OriginalRankerTest {
    @Test
    void theFittedRankingNamesTheOriginalThatFitsBothSidesNotTheThesaurusNeighbourOfAnotherSense() {
        // Written for this test in the shape a thesaurus spinner leaves: "deplete" stands for "spend" ("spend more time
        // on the road"). WordNet offers "eat" and "consume" for "deplete" (the sense of using up); the noisy channel
        // held Moby's "spend" back by five nats and named "eat". The fitted ranking weighs the trigram fit (two words
        // after) above the bigram sides and names "spend".
        Document spun = Document.of("spun", """
                The senator aforesaid the coalition must onslaught the militant aggroup, and the police announced a \
                curfew after the hearing on Tuesday.

                Commuters in the region deplete more time on the road than they did a decade ago, the report enunciate, \
                and many of them aforesaid they would take the train if it ran on time.

                The governor enunciate state troopers would guard the stations. The municipality council aforesaid it \
                would pay for extra lighting near the market, and residents guess the plan will not be enough.
                """);
        SpinReport r = SpinDetector.defaults().allPhrases().analyse(spun);
        assertTrue(r.flagged(), "score " + r.score());
        List<String> found = r.phrases().stream().map(p -> p.text() + "<-" + p.likelyOriginal()).toList();
        assertTrue(found.contains("deplete<-spend"), found.toString());
        assertTrue(found.contains("aforesaid<-said"), found.toString());
        for (SpinPhrase p : r.phrases()) {
            assertEquals(p.text(), spun.raw().substring(p.start(), p.end()));
        }
    }

    @Test
    void theInflectionASuffixCopyingSpinnerKeepsIsReadOffTheEnding() {
        assertEquals("ing", OriginalRanker.inflection("talking"));
        assertEquals("ed", OriginalRanker.inflection("proclaimed"));
        assertEquals("s", OriginalRanker.inflection("voters"));
        assertEquals("", OriginalRanker.inflection("press"));
        assertEquals("", OriginalRanker.inflection("status"));
        assertEquals("", OriginalRanker.inflection("king"));
        assertEquals("", OriginalRanker.inflection("spend"));
    }

    @Test
    void theNoisyChannelWeightsScoreAsTheThirteenthSessionsRankingDid() {
        // fit − ln(channel) − Moby's extra margin: bigram sides −4 and −6, trigram −10, one use elsewhere, a list of 8.
        double[] f = {-4, -6, -10, Math.log(2), Math.log(8), 1, 0, 0, 0, 0, 0};
        double fit = 0.5 * (-4 - 6) + 0.5 * -10 + SpinListing.CACHE * Math.log(2);
        assertEquals(fit - Math.log(8) - SpinListing.MOBY_MARGIN, new OriginalRanker(OriginalRanker.NOISY_CHANNEL).score(f), 1e-9);
        assertEquals(OriginalRanker.FEATURES.size(), OriginalRanker.FITTED.length);
    }
}
