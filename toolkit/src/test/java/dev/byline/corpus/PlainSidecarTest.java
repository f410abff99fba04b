package dev.byline.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PlainSidecarTest {
    private static final Path FILE = Path.of("corpus.csv");

    /**
     * Whatever the one-pass reading accepts, commons-csv reads to the same rows in the same order with no problem; on
     * random sidecars built from the characters that make CSV hard (quotes, commas, line ends, spaces, blank ids,
     * bad dates, repeated ids), with and without the rows kept.
     */
    @Test
    void acceptsOnlyWhatTheCsvParserReadsTheSameWithoutProblems() {
        Random random = new Random(24);
        String[] pieces = {"a", "b", "x y", ",", "\"", "\"\"", "\n", "\r\n", "\r", " ", "\t", "2026-01-02", "2026-13-40",
            "", "id", "date", "é", "’"};
        int accepted = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder(random.nextBoolean() ? "id,outlet,date\n" : "");
            for (int k = random.nextInt(40); k > 0; k--) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            if (random.nextBoolean()) {
                b.append(random.nextBoolean() ? "\n" : "\r\n");
            }
            accepted += sameAsTheParser(b.toString()) ? 1 : 0;
        }
        for (int i = 0; i < 2_000; i++) {
            accepted += sameAsTheParser(wellFormed(random)) ? 1 : 0;
        }
        assertTrue(accepted > 1_500, "the one-pass reading took " + accepted + " sidecars");
    }

    @Test
    void readsQuotedFieldsWithMarksCommasAndLineBreaks() {
        String text = "id,title,date\r\n"
                + "a,\"He said \"\"no\"\", then left\",2026-01-02\r\n"
                + "b,\"two\nlines\",\r\n";
        Map<String, Map<String, String>> rows = PlainSidecar.read(text, true);
        assertNotNull(rows);
        assertEquals("He said \"no\", then left", rows.get("a").get("title"));
        assertEquals("two\nlines", rows.get("b").get("title"));
        assertEquals(List.of("title", "date"), List.copyOf(rows.get("a").keySet()));
    }

    @Test
    void leavesEveryFileWithAProblemToTheParser() {
        assertNull(PlainSidecar.read("id,date\na,2026-02-30\n", false));   // a date that is no day
        assertNull(PlainSidecar.read("id,date\na,2026-01-02\na,2026-01-03\n", false));   // an id twice
        assertNull(PlainSidecar.read("id,date\n,2026-01-02\n", false));   // no id
        assertNull(PlainSidecar.read("id,date\na\n", false));   // a field missing
        assertNull(PlainSidecar.read("outlet,date\nX,2026-01-02\n", false));   // no id column
        assertNull(PlainSidecar.read("id\na\n\nb\n", false));   // a blank line
        assertNull(PlainSidecar.read("id\n a\n", false));   // spaces the parser trims
    }

    private static String wellFormed(Random random) {
        StringBuilder b = new StringBuilder("id,title,date\n");
        for (int k = 0; k < 1 + random.nextInt(5); k++) {
            b.append("doc").append(k).append(',');
            b.append(random.nextBoolean() ? "plain title" : "\"a, \"\"quoted\"\"\ntitle\"").append(',');
            b.append(random.nextBoolean() ? "2025-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10) : "");
            b.append(random.nextBoolean() ? "\n" : "\r\n");
        }
        return b.toString();
    }

    private static boolean sameAsTheParser(String text) {
        boolean any = false;
        for (boolean keepRows : new boolean[] {true, false}) {
            Map<String, Map<String, String>> plain = PlainSidecar.read(text, keepRows);
            if (plain == null) {
                continue;
            }
            List<LoadProblem> problems = new ArrayList<>();
            Map<String, Map<String, String>> parsed = Metadata.parse(FILE, text, problems, keepRows);
            assertEquals(List.of(), problems, "for [" + text + "]");
            assertEquals(List.copyOf(parsed.entrySet()), List.copyOf(plain.entrySet()), "for [" + text + "]");
            for (Map.Entry<String, Map<String, String>> e : parsed.entrySet()) {
                assertEquals(List.copyOf(e.getValue().entrySet()), List.copyOf(plain.get(e.getKey()).entrySet()));
            }
            any = true;
        }
        return any;
    }
}
