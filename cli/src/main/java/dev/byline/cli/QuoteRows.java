package dev.byline.cli;

import dev.byline.quotes.QuoteRow;
import java.util.List;

/**
 * The quotation table's rows ({@code Quotes.rows}) as a {@link Tabular}, with the columns and values of
 * {@code Quotes.table}: doc, quote_id, part, start, end, text, kind, speaker, speaker_id, speaker_start,
 * speaker_end, verb, marks, paragraph, words. Printing these instead of the Tablesaw table spares
 * {@code byline quotes} building dictionary-encoded columns of strings that are mostly unique (the texts).
 */
final class QuoteRows {
    private static final List<String> NAMES = List.of("doc", "quote_id", "part", "start", "end", "text", "kind",
            "speaker", "speaker_id", "speaker_start", "speaker_end", "verb", "marks", "paragraph", "words");

    private QuoteRows() {
    }

    static Tabular of(List<QuoteRow> rows) {
        return new ListTabular<>(rows, NAMES, QuoteRows::numeric, QuoteRows::cell);
    }

    private static boolean numeric(int column) {
        return switch (column) {
            case 1, 3, 4, 8, 9, 10, 13, 14 -> true;
            default -> false;
        };
    }

    private static Object cell(QuoteRow r, int column) {
        return switch (column) {
            case 0 -> text(r.doc());
            case 1 -> r.quoteId();
            case 2 -> text(r.part());
            case 3 -> r.start();
            case 4 -> r.end();
            case 5 -> text(r.text());
            case 6 -> text(r.kind());
            case 7 -> text(r.speaker());
            case 8 -> r.speakerId();
            case 9 -> r.speakerStart();
            case 10 -> r.speakerEnd();
            case 11 -> text(r.verb());
            case 12 -> text(r.marks());
            case 13 -> r.paragraph();
            case 14 -> r.words();
            default -> throw new IndexOutOfBoundsException("no column " + column);
        };
    }

    /** A missing string is the empty string, as a Tablesaw string column stores it. */
    private static String text(String s) {
        return s == null ? "" : s;
    }
}
