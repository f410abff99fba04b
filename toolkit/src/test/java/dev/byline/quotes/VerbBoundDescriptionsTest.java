package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.byline.text.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A speaker description stops before its clause's verb: a film that "shows" someone, a chief who "was", a timing that
 * "doesn’t surprise" anyone. Shapes of wrong speakers on PolNeAR's train split (dev part, twenty-first pass); every
 * sentence is written for this test, no article text is copied.
 */
class VerbBoundDescriptionsTest {
    @Test
    void theDescriptionStopsBeforeAnSFormWithANamedObject() {
        List<Quote> qs = Q.in("The film shows Ada Marsh waiting at the gate and depicts one of the guards asking, "
                + "\u201CWhy are you still here?\u201D");
        assertEquals("the film", Q.exactly(qs, "Why are you still here?").speaker());
    }

    @Test
    void theDescriptionStopsBeforeAnAuxiliaryNegatedOrNot() {
        List<Quote> qs = Q.in("The size of the deficit doesn\u2019t surprise economist Maria Duarte: "
                + "\u201CWe have seen this coming for years.\u201D");
        String speaker = Q.exactly(qs, "We have seen this coming for years.").speaker();
        assertEquals(false, speaker != null && speaker.contains("surprise"), speaker);
    }

    @Test
    void aPastFormWithADeterminerObjectEndsThePhrase() {
        assertEquals("The ferry board", trimmed("The ferry board rejected the plan", 6));
    }

    @Test
    void participlesThatDescribeTheNounStay() {
        List<Quote> qs = Q.in("The newly elected officials said the budget was \u201Ca mess.\u201D A panel of reporters led "
                + "by Tom Brandt asked, \u201CWhere is the money?\u201D");
        assertEquals("the newly elected officials", Q.exactly(qs, "a mess.").speaker());
        assertEquals("a panel of reporters led by Tom Brandt", Q.exactly(qs, "Where is the money?").speaker());
        assertEquals("the fellow senators Ada Vos", trimmed("the fellow senators Ada Vos", 5));
        assertEquals("the aide who was there", trimmed("the aide who was there", 5));
    }

    /** The words the description over the first {@code end} tokens of {@code s} keeps once trimmed. */
    private static String trimmed(String s, int end) {
        TextView v = new TextView(Document.of("wire", s));
        Attribution a = new Attribution(new Mention(0, end, Mention.Type.DESCRIPTION), end, null);
        return VerbBoundDescriptions.trim(v, a).mention().text(v);
    }
}
