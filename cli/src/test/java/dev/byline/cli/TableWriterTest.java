package dev.byline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class TableWriterTest {
    private static final Table T = Table.create("t", StringColumn.create("term", "putin", "rosin"),
            DoubleColumn.create("per_10k", 242.914979757085, 0.000123456));

    private static String write(java.util.function.BiConsumer<Tabular, PrintWriter> how) {
        StringWriter s = new StringWriter();
        PrintWriter w = new PrintWriter(s);
        how.accept(Tabular.of(T), w);
        w.flush();
        return s.toString();
    }

    @Test
    void tableFormatRoundsDoublesForReading() {
        String out = write((t, w) -> TableWriter.text(t, 60, w));
        assertEquals("term   per_10k\n-----  --------\nputin     242.9\nrosin  0.000123\n(2 rows)\n", out);
    }

    @Test
    void maxWidthCutsTextButNeverNumbers() {
        Table t = Table.create("t", StringColumn.create("term", "negotiated"), DoubleColumn.create("p_value", 7.81e-10));
        StringWriter text = new StringWriter();
        TableWriter.text(Tabular.of(t), 4, new PrintWriter(text, true));
        assertEquals("term  p_value\n----  --------\nneg…  7.81e-10\n(1 row)\n", text.toString().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void columnsThatKeepTheirEndAreCutAtTheirStart() {
        Table t = Table.create("t", StringColumn.create("left", "a negotiated settlement. Kaupo "),
                StringColumn.create("match", "Rosin"), StringColumn.create("right", ", the head of Estonia’s service"));
        StringWriter text = new StringWriter();
        TableWriter.text(Tabular.of(t), 12, new PrintWriter(text, true), java.util.Set.of("left"));
        assertEquals("…ent. Kaupo   Rosin  , the head …", text.toString().lines().toList().get(2));
    }

    @Test
    void csvAndJsonKeepEveryDigit() {
        assertEquals("term,per_10k\r\nputin,242.914979757085\r\nrosin,1.23456E-4\r\n", write(TableWriter::csv));
        assertEquals("{\"term\":\"putin\",\"per_10k\":242.914979757085}\n{\"term\":\"rosin\",\"per_10k\":1.23456E-4}\n",
                write(TableWriter::json));
    }

    @Test
    void missingCellsAreBlankExceptInJsonWhereOnlyStringsStayText() {
        IntColumn count = IntColumn.create("count", new int[] {3});
        count.appendMissing();
        BooleanColumn mark = BooleanColumn.create("mark", new boolean[] {true});
        mark.appendMissing();
        Table t = Table.create("t", StringColumn.create("term", "a", ""), count, mark);
        StringWriter csv = new StringWriter();
        StringWriter json = new StringWriter();
        StringWriter text = new StringWriter();
        TableWriter.csv(Tabular.of(t), new PrintWriter(csv, true));
        TableWriter.json(Tabular.of(t), new PrintWriter(json, true));
        TableWriter.text(Tabular.of(t), 60, new PrintWriter(text, true));
        assertEquals("term,count,mark\r\na,3,true\r\n\"\",,\r\n", csv.toString());   // commons-csv quotes an empty first field
        assertEquals("{\"term\":\"a\",\"count\":3,\"mark\":true}\n{\"term\":\"\",\"count\":null,\"mark\":null}\n",
                json.toString().replace(System.lineSeparator(), "\n"));
        assertEquals("term  count  mark\n----  -----  ----\na         3  true\n\n(2 rows)\n",
                text.toString().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void csvFieldsAreQuotedExactlyAsCommonsCsvRfc4180QuotesThem() throws java.io.IOException {
        // every string of up to 4 characters from an alphabet of the characters quoting depends on, as the
        // first and a later field of a record
        char[] alphabet = {'a', ',', '"', '\n', '\r', ' ', '\t', '#', '!', '$', '\u00e9'};
        java.util.List<String> values = new java.util.ArrayList<>(java.util.List.of(""));
        java.util.List<String> shorter = java.util.List.of("");
        for (int length = 1; length <= 4; length++) {
            java.util.List<String> longer = new java.util.ArrayList<>();
            for (String v : shorter) {
                for (char c : alphabet) {
                    longer.add(v + c);
                }
            }
            values.addAll(longer);
            shorter = longer;
        }
        StringBuilder expected = new StringBuilder();
        org.apache.commons.csv.CSVPrinter printer = new org.apache.commons.csv.CSVPrinter(expected,
                org.apache.commons.csv.CSVFormat.RFC4180);
        StringBuilder actual = new StringBuilder();
        for (String v : values) {
            printer.printRecord(v, v, "x");
            TableWriter.field(actual, v, true);
            TableWriter.field(actual, v, false);
            TableWriter.field(actual, "x", false);
            actual.append("\r\n");
        }
        assertEquals(expected.toString(), actual.toString());
    }
}
