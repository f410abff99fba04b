package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.fail;

import dev.byline.text.Document;
import java.util.List;

/** Test helpers: find quotes in a string and pick one out by its text. */
final class Q {
    private Q() {
    }

    static List<Quote> in(String text) {
        return Quotes.find(Document.of("wire", text));
    }

    /** The one quote whose text is exactly {@code text}, failing with the quotes found if there is none. */
    static Quote exactly(List<Quote> quotes, String text) {
        return quotes.stream().filter(q -> q.text().equals(text)).findFirst()
                .orElseGet(() -> fail("no quote \"" + text + "\" among " + quotes));
    }

    /** The first quote of this kind whose text contains {@code part}. */
    static Quote containing(List<Quote> quotes, QuoteKind kind, String part) {
        return quotes.stream().filter(q -> q.kind() == kind && q.text().contains(part)).findFirst()
                .orElseGet(() -> fail("no " + kind.label() + " quote containing \"" + part + "\" among " + quotes));
    }

    static List<Quote> direct(List<Quote> quotes) {
        return quotes.stream().filter(q -> q.kind() != QuoteKind.INDIRECT).toList();
    }
}
