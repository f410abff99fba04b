package dev.byline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A table of many rows that may be read from several threads is written in segments made side by side: the CSV is
 * the one written row after row, every row once and in order, whatever the number of rows around a segment's size.
 */
class ParallelCsvRowsTest {
    record Row(String term, long count, double share) {
    }

    @Test
    void segmentsMadeSideBySideGiveTheRowByRowText() {
        for (int rows : new int[] {16_383, 16_384, 16_385, 40_961}) {
            List<Row> list = new ArrayList<>();
            for (int k = 0; k < rows; k++) {
                String term = k % 97 == 0 ? "quoted, \"" + k + "\"" : "term" + k;
                list.add(new Row(term, rows - k, k % 13 == 0 ? Double.NaN : k / 7.0));
            }
            ListTabular<Row> parallel = new ListTabular<>(list, List.of("term", "count", "share"), c -> c > 0,
                    (r, c) -> c == 0 ? r.term() : c == 1 ? (Object) r.count() : Double.isNaN(r.share()) ? null : r.share());
            Tabular oneByOne = new Tabular() {   // the same cells, not readable in parallel: written row by row
                @Override
                public int rowCount() {
                    return parallel.rowCount();
                }

                @Override
                public int columnCount() {
                    return parallel.columnCount();
                }

                @Override
                public String name(int column) {
                    return parallel.name(column);
                }

                @Override
                public boolean numeric(int column) {
                    return parallel.numeric(column);
                }

                @Override
                public Object cell(int row, int column) {
                    return parallel.cell(row, column);
                }
            };
            assertEquals(csv(oneByOne), csv(parallel), rows + " rows");
        }
    }

    private static String csv(Tabular table) {
        StringWriter out = new StringWriter();
        TableWriter.csv(table, new PrintWriter(out, true));
        return out.toString();
    }
}
