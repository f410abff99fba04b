package dev.byline.cli;

import dev.byline.corpus.DocumentStream;
import dev.byline.render.TermCharts;
import dev.byline.terms.Terms;
import java.io.PrintWriter;
import tech.tablesaw.api.Table;

/**
 * The Tablesaw tables of {@code byline terms}: {@code --by-doc}, and the frequency table when
 * {@code --chart} draws it. Kept apart from {@link TermsCommand} so that the plain frequency table, printed from
 * rows, loads no Tablesaw class at all.
 */
final class TermTables {
    private TermTables() {
    }

    /** The table the options of {@code command} ask for, its chart written if one was asked for. */
    static Table of(TermsCommand command, PrintWriter err) {
        int top = command.top;
        // Streamed: each document's counts are kept, never its text; term counts need no metadata, and a large
        // corpus.csv is not worth holding.
        DocumentStream documents = command.loading.stream().withoutMetadata();
        if (command.byDoc && top > 0 && command.chart.chart == null) {
            // each document's top rows kept as the files are read, not every document's whole vocabulary
            Table counts = Terms.count(documents, command.selection.options(command.ngram), top);
            LoadingOptions.warn(err, documents.problems());
            return counts;
        }
        if (command.byDoc) {
            Table counts = Terms.count(documents, command.selection.options(command.ngram));
            LoadingOptions.warn(err, documents.problems());
            Table shown = top > 0 ? topPerDoc(counts, top) : counts;
            // with --top: the terms printed (each document's top N); without: the corpus's most frequent
            command.chart.write(() -> top > 0 ? TermCharts.heatmap(counts, shown) : TermCharts.heatmap(counts, TermsCommand.CHART_TERMS));
            return shown;
        }
        // The frequency rows as a table, which the chart is drawn from.
        Table frequencies = Terms.frequencies(documents, command.selection.options(command.ngram));
        LoadingOptions.warn(err, documents.problems());
        if (frequencies.rowCount() == 0) {
            TermsCommand.requireADocument(documents);
        }
        Table shown = top > 0 && frequencies.rowCount() > top ? frequencies.first(top) : frequencies;
        command.chart.write(() -> TermCharts.topTerms(shown, top > 0 ? top : TermsCommand.CHART_TERMS));
        return shown;
    }

    private static Table topPerDoc(Table counts, int n) {
        Table out = counts.emptyCopy();
        String current = null;
        int kept = 0;
        for (int r = 0; r < counts.rowCount(); r++) {
            String doc = counts.stringColumn("doc").get(r);
            kept = doc.equals(current) ? kept + 1 : 1;
            current = doc;
            if (kept <= n) {
                out.addRow(r, counts);
            }
        }
        return out;
    }
}
