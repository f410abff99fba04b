package dev.byline.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tech.tablesaw.api.Table;

/**
 * A small corpus with the cases where reading file by file could differ from loading everything: an id
 * seen in two files, files whose path order is not their id order, a .jsonl of several records in no id
 * order, a sidecar with a row for no document, a file that cannot be read, boilerplate lines.
 */
public final class TrickyCorpus {
    private TrickyCorpus() {
    }

    /** Writes the corpus into {@code dir} and returns it. */
    public static Path write(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("wire"));
        write(dir.resolve("b.txt"), "LONDON (AP) — Peace talks began on Monday, officials said.\n\n"
                + "Follow us on: Facebook, Twitter\n\nThe minister said the talks would go on. Peace is near.\n");
        write(dir.resolve("b-1.txt"), "Peace talks stalled.\n\nAdvertisement\n\nThe minister left early.\n");
        write(dir.resolve("wire/a.md"), "# Talks resume\n\nThe minister and the envoy met again. Peace talks resumed.\n");
        write(dir.resolve("feed.jsonl"), "{\"id\": \"z\", \"text\": \"Zebra crossings and peace talks.\", \"outlet\": \"Feed\"}\n"
                + "{\"id\": \"c\", \"text\": \"Peace, peace and more peace.\", \"topic\": \"war\"}\n"
                + "not json\n"
                + "{\"id\": \"b\", \"text\": \"A second b: its id is taken by b.txt.\"}\n");
        Files.write(dir.resolve("broken.txt"), new byte[] {(byte) 0xC3, (byte) 0x28});
        write(dir.resolve("corpus.csv"), "id,outlet,date,title,url\n"
                + "b,The Wire,2026-02-10,,https://example.org/b\n"
                + "wire/a,Other,2026-02-11,,\n"
                + "ghost,Nobody,2026-01-01,,\n");
        return dir;
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Same name, columns (name and type) and cells, row for row. */
    public static void assertSameTable(Table expected, Table actual) {
        assertEquals(expected.name(), actual.name());
        assertEquals(expected.columnNames(), actual.columnNames());
        for (int c = 0; c < expected.columnCount(); c++) {
            assertEquals(expected.column(c).type(), actual.column(c).type(), expected.column(c).name());
        }
        assertEquals(expected.rowCount(), actual.rowCount());
        for (int r = 0; r < expected.rowCount(); r++) {
            for (int c = 0; c < expected.columnCount(); c++) {
                assertEquals(expected.column(c).get(r), actual.column(c).get(r),
                        "row " + r + ", column " + expected.column(c).name());
            }
        }
    }
}
