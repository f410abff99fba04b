package dev.byline.quotes;

import dev.byline.corpus.DocumentStream;
import dev.byline.text.Document;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import tech.tablesaw.api.Table;

/**
 * The streamed forms of {@link Quotes}' tables: each document is analysed on the thread that read it
 * and only its rows are kept, then the pieces are put in id order, the order a {@code Corpus} gives.
 */
final class QuoteStreams {
    private QuoteStreams() {
    }

    private record Piece<R>(String doc, R value) {
    }

    /** Hands {@code sink} each document's result in id order, as iterating a {@code Corpus} would. */
    static <R> void forEachById(DocumentStream documents, Function<Document, R> analyse, Consumer<R> sink) {
        List<Piece<R>> pieces = new ArrayList<>();
        documents.forEachOrdered(d -> new Piece<>(d.id(), analyse.apply(d)), pieces::add);
        // files are read in path order; ids are paths less extensions, so the two orders can differ
        pieces.sort(Comparator.comparing(Piece::doc));
        pieces.forEach(p -> sink.accept(p.value()));
    }

    /** The per-document tables of {@code analyse}, appended to {@code empty} in id order. */
    static Table concatenated(DocumentStream documents, Function<Document, Table> analyse, Table empty) {
        forEachById(documents, analyse, t -> {
            if (t.rowCount() > 0) {
                empty.append(t);
            }
        });
        return empty;
    }
}
