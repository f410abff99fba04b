package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A quotation with no cue of its own, right after a sentence about a named person ("Lind is upbeat about the
 * bridge. “…”"), is that person's. Shapes found on PolNeAR's train split (dev part, seventh pass); every sentence
 * is written for this test, no article text is copied.
 */
class SpeakerOfTheSentenceBeforeTest {
    @Test
    void aQuoteAfterASentenceAboutANamedPersonIsTheirs() {
        List<Quote> qs = Q.in("Mara Lind chairs the county board. Lind is upbeat about the bridge. "
                + "“We will open it in May, whatever the weather.”");
        assertEquals("Mara Lind", Q.exactly(qs, "We will open it in May, whatever the weather.").speaker());
    }

    @Test
    void theSentenceMayEndThePreviousParagraph() {
        List<Quote> qs = Q.in("The actor Tom Brandt spoke at length about the race.\n\n"
                + "Brandt continued his attack on the mayor.\n\n"
                + "“Four years ago she promised a new bridge. We are still waiting.”");
        assertEquals("Tom Brandt", Q.exactly(qs, "Four years ago she promised a new bridge. We are still waiting.")
                .speaker());
    }

    @Test
    void aCapitalisedOpenerThatIsNoNameGivesNoSpeaker() {
        List<Quote> qs = Q.in("Residents came back at night.\n\nBack home, nobody slept.\n\n"
                + "“We are still waiting for the bridge.”");
        assertNull(Q.exactly(qs, "We are still waiting for the bridge.").speaker());
    }

    @Test
    void aLoneWordTheArticleNeverGivesAsASurnameGivesNoSpeaker() {
        List<Quote> qs = Q.in("The storm reached the coast at dawn. Harborview lost power for a day. "
                + "“Nobody came to help us.”");
        assertNull(Q.exactly(qs, "Nobody came to help us.").speaker());
    }
}
