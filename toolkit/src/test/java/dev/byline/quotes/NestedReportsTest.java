package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reports passed on second-hand, and speakers that a cue's other phrases hide. Shapes found on PolNeAR's
 * train split (dev part, sixth pass); every sentence is written for this test, no article text is copied.
 */
class NestedReportsTest {
    @Test
    void aQuoteRelayedAccordingToAReportHasTheReportAsSource() {
        List<Quote> qs = Q.in("The mayor met residents. “They don’t care about politics,” Ruiz said of the families, "
                + "according to a city hall pool report. “Neither do I.”");
        assertEquals("a city hall pool report", Q.exactly(qs, "They don’t care about politics,").speaker());
        assertEquals("a city hall pool report", Q.exactly(qs, "Neither do I.").speaker());
    }

    @Test
    void anOpeningAccordingToCarriesTheQuoteOfTheClauseAfterIt() {
        List<Quote> qs = Q.in("According to Harbour Radio pool reports, Leer said “there is hope” in the town.");
        assertEquals("Harbour Radio pool reports", Q.exactly(qs, "there is hope").speaker());
    }

    @Test
    void aQuoteWithoutAReportKeepsItsOwnSpeaker() {
        List<Quote> qs = Q.in("“We will rebuild the bridge,” Tomas Leer said on Monday in the town hall.");
        assertEquals("Tomas Leer", Q.exactly(qs, "We will rebuild the bridge,").speaker());
    }

    @Test
    void aWebAddressBeforeTheCueIsKeptWhole() {
        List<Quote> qs = Q.in("The count went on. “The river is still rising,” riverwatch.org tweeted. "
                + "“It will crest tonight,” Pia Lund, the analyst who founded floodline.net tweeted.");
        assertEquals("riverwatch.org", Q.exactly(qs, "The river is still rising,").speakerMention().text());
        assertEquals("Pia Lund", Q.exactly(qs, "It will crest tonight,").speaker());
    }

    @Test
    void aNameAfterSaidThatAQuotationFollowsIsTheReportedSubjectNotTheSpeaker() {
        List<Quote> qs = Q.in("In an interview, Sven Ek, a former port manager, said Lind “was heavily involved in all of "
                + "it” and shared in “a great deal of regret.”");
        assertEquals("Sven Ek", Q.exactly(qs, "was heavily involved in all of it").speaker());
        assertEquals("Sven Ek", Q.exactly(qs, "a great deal of regret.").speaker());
    }

    @Test
    void anInvertedSpeakerAfterAQuotationStillSpeaks() {
        List<Quote> qs = Q.in("“We have to reach every voter,” wrote the authors of the party’s review.");
        assertEquals("the authors of the party’s review", Q.exactly(qs, "We have to reach every voter,").speaker());
    }
}
