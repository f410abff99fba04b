package dev.byline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class TableWriterTest {
    private static final Table T = Table.create("t", StringColumn.create("term", "putin", "rosin"),
            DoubleColumn.create("per_10k", 242.914979757085, 0.000123456));

    private static String write(java.util.function.BiConsumer<Table, PrintWriter> how) {
        StringWriter s = new StringWriter();
        PrintWriter w = new PrintWriter(s);
        how.accept(T, w);
        w.flush();
        return s.toString();
    }

    @Test
    void tableFormatRoundsDoublesForReading() {
        String out = write((t, w) -> TableWriter.text(t, 60, w));
        assertEquals("term   per_10k\n-----  --------\nputin     242.9\nrosin  0.000123\n(2 rows)\n", out);
    }

    @Test
    void csvAndJsonKeepEveryDigit() {
        assertEquals("term,per_10k\r\nputin,242.914979757085\r\nrosin,1.23456E-4\r\n", write(TableWriter::csv));
        assertEquals("{\"term\":\"putin\",\"per_10k\":242.914979757085}\n{\"term\":\"rosin\",\"per_10k\":1.23456E-4}\n",
                write(TableWriter::json));
    }
}
