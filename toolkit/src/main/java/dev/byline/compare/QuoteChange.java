package dev.byline.compare;

import dev.byline.quotes.Quote;
import dev.byline.text.Span;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One row of a quote-drift comparison: the quotation(s) of one speaker in A, the matching
 * quotation(s) in B, and what changed. A quote one source splits in two ("The lower you go …,"
 * the more people understand "how bad …") and the other gives whole is one row, and so is a quote
 * split around its attribution ("For now," he said, "the belief …").
 *
 * @param speaker          the speaker (A's attribution, else B's; "X / Y" when the two sources name
 *                         the speaker of a matched quote differently, e.g. a description in A, a name in B)
 * @param a                the quotes (pieces) in A, in text order (empty for only-in-b); for made-a-quote,
 *                         A's sentence or reported clause that B put in quotation marks (kind indirect)
 * @param b                the quotes (pieces) in B, in text order (empty for only-in-a)
 * @param change           same (words and speaker agree), edited, cut, stitched, speaker-changed,
 *                         made-a-quote, only-in-a or only-in-b ({@link QuoteChangeKind})
 * @param diff             the word-level edit: "changed “U.S.” → “US”; dropped “on the ground”; added …",
 *                         with "reordered the pieces (“…” first)" when B gives the pieces in another order
 *                         than A (naming the piece B puts first)
 * @param dropped          A's words not carried into B (spans of A)
 * @param added            B's words not in A (spans of B)
 * @param speakerInOther   for a one-sided row, whether the other source directly quotes the same speaker
 *                         (same person or same description) elsewhere; true for a matched row
 */
public record QuoteChange(String speaker, List<Quote> a, List<Quote> b, QuoteChangeKind change, String diff,
        List<Span> dropped, List<Span> added, boolean speakerInOther) {
    /** Keeps each side's pieces in text order, so the texts read as printed and a piece's start is the row's. */
    public QuoteChange {
        a = a.stream().sorted(Comparator.comparingInt(Quote::start)).toList();
        b = b.stream().sorted(Comparator.comparingInt(Quote::start)).toList();
        dropped = List.copyOf(dropped);
        added = List.copyOf(added);
    }

    /** A's quoted text, pieces in text order joined with " … ". */
    public String aText() {
        return a.stream().map(Quote::text).collect(Collectors.joining(" … "));
    }

    /** B's quoted text, pieces in text order joined with " … ". */
    public String bText() {
        return b.stream().map(Quote::text).collect(Collectors.joining(" … "));
    }

    /** Where A's first piece starts, or -1. */
    public int aStart() {
        return a.isEmpty() ? -1 : a.stream().mapToInt(Quote::start).min().getAsInt();
    }

    /** Where B's first piece starts, or -1. */
    public int bStart() {
        return b.isEmpty() ? -1 : b.stream().mapToInt(Quote::start).min().getAsInt();
    }
}
