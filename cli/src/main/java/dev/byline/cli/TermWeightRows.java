package dev.byline.cli;

import dev.byline.terms.TermWeight;
import java.util.List;

/**
 * TF-IDF rows ({@code Terms.tfidfRows}) as a {@link Tabular}, with the columns and values of
 * {@code Terms.tfidf} (doc, term, count, tf_idf) or, {@code ranked}, of {@code Terms.distinctive}
 * (doc, rank, term, count, tf_idf). A million rows print without being put into Tablesaw columns first.
 */
record TermWeightRows(List<TermWeight> rows, boolean ranked) implements Tabular {
    private static final List<String> RANKED = List.of("doc", "rank", "term", "count", "tf_idf");
    private static final List<String> ALL = List.of("doc", "term", "count", "tf_idf");

    @Override
    public int rowCount() {
        return rows.size();
    }

    @Override
    public int columnCount() {
        return ranked ? RANKED.size() : ALL.size();
    }

    @Override
    public String name(int column) {
        return (ranked ? RANKED : ALL).get(column);
    }

    @Override
    public boolean numeric(int column) {
        String name = name(column);
        return !name.equals("doc") && !name.equals("term");
    }

    @Override
    public Object cell(int row, int column) {
        TermWeight w = rows.get(row);
        return switch (name(column)) {
            case "doc" -> w.doc();
            case "rank" -> w.rank();
            case "term" -> w.term();
            case "count" -> w.count();
            case "tf_idf" -> Double.isNaN(w.tfIdf()) ? null : w.tfIdf();   // missing, as in a Tablesaw DoubleColumn
            default -> throw new IndexOutOfBoundsException("no column " + column);
        };
    }
}
