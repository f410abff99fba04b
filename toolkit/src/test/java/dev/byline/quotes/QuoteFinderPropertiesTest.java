package dev.byline.quotes;

import dev.byline.text.Document;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Assertions;

/**
 * The finder never throws, and every quote it reports is a real, bounded span of the text.
 *
 * <p>Seeds are fixed so that a build gives the same result every time (CI must not fail on a new random
 * find at an arbitrary moment). To explore, drop a seed locally and raise the tries: 20,000 random tries of
 * each property ran clean on 2026-11-23; an earlier random run found "according to he ," (now a regression test).
 */
class QuoteFinderPropertiesTest {
    private static final String MARKS = "\"'“”‘’«»‹›„‟‚‛";

    @Property(tries = 300, seed = "20261123")
    void neverThrowsOnRandomUnicode(@ForAll String text) {
        check(text);
    }

    @Property(tries = 300, seed = "20261124")
    void neverThrowsOnNewsLikeTextFullOfQuoteMarks(@ForAll("newsLike") String text) {
        check(text);
    }

    @Property(tries = 10, seed = "20261125")
    void neverThrowsOnVeryLongInputs(@ForAll("longText") String text) {
        check(text);
    }

    @Provide
    Arbitrary<String> newsLike() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("said", "told", "added", "he", "she", "they", "Rosin", "Kaupo Rosin", "the official",
                        "according to", "a", "the", "and", ",", ".", ":", "—", "\n\n", "who", "of", "Mr.", "U.S."),
                Arbitraries.strings().withChars(MARKS).ofMinLength(1).ofMaxLength(2),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(9));
        return pieces.list().ofMaxSize(120).map(list -> String.join(" ", list));
    }

    @Provide
    Arbitrary<String> longText() {
        return newsLike().list().ofMinSize(200).ofMaxSize(400).map(list -> String.join(" ", list));
    }

    private static void check(String text) {
        Document d = Document.of("p", text);
        List<Quote> quotes = Quotes.find(d);
        for (Quote q : quotes) {
            Assertions.assertTrue(q.start() >= 0 && q.start() <= q.end() && q.end() <= text.length());
            Assertions.assertEquals(text.substring(q.start(), q.end()), q.text());
            if (q.speakerMention() != null) {
                Assertions.assertTrue(q.speakerMention().end() <= text.length());
            }
        }
        Quotes.table(quotes);
        QuoteHighlighter.html(d, quotes);
    }
}
