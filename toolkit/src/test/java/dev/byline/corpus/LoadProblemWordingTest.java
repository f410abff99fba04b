package dev.byline.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Load problems in the words of the file's reader: what is wrong and where, on one line, without a Java class
 * name, a library's notation (Gson's {@code path $.text}) or its advice (a URL, a method to call).
 */
class LoadProblemWordingTest {
    /** What a load problem must never show: class names, Gson's paths and links, Commons CSV's notation. */
    private static final Pattern INTERNALS = Pattern.compile(
            "org\\.apache|com\\.google|java\\.|Exception|https?:|\\$\\.|\\bpath \\$|startline|encapsulated|Strictness|JsonReader");

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    /** The problems of loading {@code dir}, each checked for one line and no internals. */
    private List<LoadProblem> problems() {
        List<LoadProblem> problems = Corpus.load(dir).problems();
        for (LoadProblem p : problems) {
            assertFalse(p.message().contains("\n"), p.message());
            assertFalse(INTERNALS.matcher(p.message()).find(), p.message());
        }
        return problems;
    }

    @Test
    void csvWithAQuoteNeverClosedSaysSoOnTheLineItOpens() throws IOException {
        Path csv = write("a.csv", "id,text\nr1,One.\nr2,\"Two.\nr3,Three.\n");
        assertEquals(List.of(new LoadProblem(csv,
                "malformed CSV: line 3: a quoted field is not closed before the end of the file")), problems());
    }

    @Test
    void csvLineNumbersPastAThousandAreWholeNumbers() throws IOException {
        StringBuilder rows = new StringBuilder("id,text\n");
        for (int i = 2; i < 1234; i++) {
            rows.append('r').append(i).append(",Row.\n");
        }
        Path csv = write("a.csv", rows + "r1234,\"Never closed.\n");   // Commons CSV writes this line as 1,234
        assertEquals(List.of(new LoadProblem(csv,
                "malformed CSV: line 1234: a quoted field is not closed before the end of the file")), problems());
    }

    @Test
    void csvWithTextAfterAClosingQuoteSaysHowToWriteAQuote() throws IOException {
        write("good.txt", "Fine.");
        Path csv = write("a.csv", "id,text\nr1,One.\nr2,\"Two\" and more\n");
        assertEquals(List.of(new LoadProblem(csv, "malformed CSV: line 3: text after the closing quote of a field"
                + " (a quote inside a quoted field is written twice: \"\")")), problems());
    }

    @Test
    void csvHeaderWithAnEmptyColumnNameIsReportedOnLineOne() throws IOException {
        write("good.txt", "Fine.");
        Path csv = write("a.csv", "id,text,\nr1,One.,x\n");
        assertEquals(List.of(new LoadProblem(csv, "malformed CSV: line 1: a column name in the header is empty")),
                problems());
    }

    @Test
    void csvRowProblemsNameTheLineTheRowStartsOnPastQuotedLineBreaks() throws IOException {
        Path csv = write("a.csv", "id,text\nr1,\"One,\nstill one.\"\nr2,Two.,extra\n\"r3\",\"\"\n");
        assertEquals(List.of(new LoadProblem(csv, "line 4: expected 2 fields, found 3"),
                new LoadProblem(csv, "line 5: column 'text' is empty")), problems());
    }

    @Test
    void sidecarProblemsUseTheSameWordsAndNeverStopTheLoad() throws IOException {
        write("a.txt", "Alpha.");
        Path sidecar = write("corpus.csv", "id,outlet,\na,Wire,x\n");
        assertEquals(List.of(new LoadProblem(sidecar, "malformed CSV: line 1: a column name in the header is empty")),
                problems());
        write("corpus.csv", "id,notes\na,\"Two\nlines\"\na,again\nb,\"never closed\n");
        assertEquals(List.of(new LoadProblem(sidecar, "line 4: id 'a' appears twice; the later row wins"),
                new LoadProblem(sidecar, "malformed CSV: line 5: a quoted field is not closed before the end of the file")),
                problems());
    }

    @Test
    void jsonSyntaxErrorsGiveLineAndColumnInPlainWords() throws IOException {
        write("good.txt", "Fine.");
        Path json = write("a.json", "[\n  {\"id\": \"a\", \"text\": \"One.\"},\n  {\"id\": \"b\", \"text\": \"unterminated}\n]\n");
        assertEquals(List.of(new LoadProblem(json, "malformed JSON: line 5, column 1: a quoted string is not closed")),
                problems());
        write("a.json", "{\"id\": \"a\", \"text\": \"One.\",}");
        assertEquals(List.of(new LoadProblem(json, "malformed JSON: line 1, column 28: expected a field name in quotes")),
                problems());
        write("a.json", "{\"id\": \"a\", \"text\": ");
        assertEquals(List.of(new LoadProblem(json,
                "malformed JSON: line 1, column 21: the text ends before the JSON value is complete")), problems());
    }

    @Test
    void jsonLinesInADotJsonFileAreNamedAsTheLikelyCause() throws IOException {
        write("good.txt", "Fine.");
        Path json = write("a.json", "{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n");
        assertEquals(List.of(new LoadProblem(json, "malformed JSON: line 2, column 1: more text after the end of the JSON"
                + " value (a file of one JSON record a line is read as JSON Lines when named .jsonl)")), problems());
    }

    @Test
    void jsonLinesErrorsGiveTheFilesLineAndTheColumnOnIt() throws IOException {
        Path jsonl = write("a.jsonl", "{\"id\":\"a\",\"text\":\"One.\"}\n    {\"id\":\"b\",\"text\":\"Two\n"
                + "{\"id\" \"c\", \"text\": \"Three.\"}\n{\"id\":\"d\",\"text\":\"Four.\"} {\"id\":\"e\"}\n");
        assertEquals(List.of(new LoadProblem(jsonl, "line 2: malformed JSON at column 26: a quoted string is not closed"),
                new LoadProblem(jsonl, "line 3: malformed JSON at column 7: expected ':' after a field name"),
                new LoadProblem(jsonl, "line 4: malformed JSON at column 27: more text after the end of the JSON value")),
                problems());
    }

    @Test
    void aTextFieldThatIsNotAStringSaysWhatItIs() throws IOException {
        write("good.txt", "Fine.");
        Path jsonl = write("a.jsonl", String.join("\n", "{\"id\":\"d\",\"text\":42}", "{\"id\":\"e\",\"text\":[\"x\"]}",
                "{\"id\":\"f\",\"text\":{\"en\":\"x\"}}", "{\"id\":\"g\",\"text\":null}", "{\"id\":\"h\",\"text\":true}",
                "{\"id\":\"i\",\"body\":\"x\"}", "42"));
        assertEquals(List.of(new LoadProblem(jsonl, "line 1: field 'text' is a number, not a string"),
                new LoadProblem(jsonl, "line 2: field 'text' is an array, not a string"),
                new LoadProblem(jsonl, "line 3: field 'text' is an object, not a string"),
                new LoadProblem(jsonl, "line 4: field 'text' is null, not a string"),
                new LoadProblem(jsonl, "line 5: field 'text' is true or false, not a string"),
                new LoadProblem(jsonl, "line 6: no string field 'text' (fields: id, body); choose the text field with --text-field"),
                new LoadProblem(jsonl, "line 7: expected a JSON object, found a number")), problems());
    }

    @Test
    void aDuplicateIdInsideARecordFileNamesTheLinesOfBothRecords() throws IOException {
        Path jsonl = write("wire.jsonl", "{\"id\":\"x\",\"text\":\"One story.\"}\n\n{\"id\":\"x\",\"text\":\"Another.\"}\n");
        Path csv = write("rows.csv", "id,text\nx,Again.\n");
        // rows.csv comes first in path order: its record is kept, both of the later file's are named
        assertEquals(List.of(
                new LoadProblem(jsonl, "line 1: duplicate id 'x' (already loaded from " + csv + ", line 2); skipped"),
                new LoadProblem(jsonl, "line 3: duplicate id 'x' (already loaded from " + csv + ", line 2); skipped")),
                problems());
        List<String> streamed = new java.util.ArrayList<>();
        DocumentStream stream = DocumentStream.of(LoadOptions.defaults(), dir);
        stream.forEachOrdered(d -> d.id(), id -> { });
        stream.problems().forEach(p -> streamed.add(p.message()));
        assertEquals(2, streamed.stream().filter(m -> m.contains("duplicate id 'x' (already loaded from " + csv + ", line 2)")).count(),
                streamed.toString());
    }
}
