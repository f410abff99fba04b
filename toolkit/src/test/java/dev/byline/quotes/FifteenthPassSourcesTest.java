package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which mention or cue is a quotation's source (fifteenth pass, classes counted on the dev part of PolNeAR's train
 * split): the source "according to" names whatever its shape, ... Every sentence is written for this test; no article
 * text is copied.
 */
class FifteenthPassSourcesTest {
    @Test
    void whateverPeopleAccordingToNamesAreTheSourceNotTheClausesSubject() {
        List<Quote> qs = Q.in("According to their friends and advisers, Mayor Ruiz and her deputy Tomas Berg have "
                + "fretted for weeks that slogans like \u201Cwe build for everyone\u201D no longer move voters.");
        assertEquals("their friends and advisers", Q.exactly(qs, "we build for everyone").speaker());
        List<Quote> q2 = Q.in("According to some on the docks, Okafor was \u201Cin a foul mood\u201D all week.");
        assertEquals("some on the docks", Q.exactly(q2, "in a foul mood").speaker());
        List<Quote> q3 = Q.in("According to dock workers familiar with the harbour, the new channel is "
                + "\u201Ctoo narrow by half.\u201D");
        assertEquals("dock workers familiar with the harbour", Q.exactly(q3, "too narrow by half.").speaker());
    }

    @Test
    void aThingAccordingToNamesIsNoSource() {
        // "according to" meaning "in keeping with": the voters pick, no preference speaks
        List<Quote> qs = Q.in("Most voters simply pick \u201Cred\u201D or \u201Cblue\u201D according to their "
                + "inherited loyalty, Ana Ruiz said.");
        assertEquals("Ana Ruiz", Q.exactly(qs, "red").speaker());
    }
}
