package dev.byline.cli;

import static dev.byline.cli.CompareCommandsTest.file;
import static dev.byline.cli.CorpusCommandTest.corpus;
import static dev.byline.cli.CorpusCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.byline.cli.CorpusCommandTest.Run;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that cannot be read or written: the message gives the reason in words, and nothing is replaced unasked. */
class FileErrorsTest {
    @TempDir
    Path dir;

    @Test
    void ioReasonsAreWordsNotBarePaths() {
        Path f = dir.resolve("x.svg");
        assertEquals("permission denied", IoReasons.writing(f, new AccessDeniedException(f.toString())));
        assertEquals("read-only file system",
                IoReasons.writing(f, new FileSystemException(f.toString(), null, "Read-only file system")));
        Path missing = dir.resolve("nodir/x.svg");
        assertEquals("no such folder: " + dir.resolve("nodir"), IoReasons.writing(missing, new NoSuchFileException(missing.toString())));
        assertEquals("cannot create a file in " + dir, IoReasons.writing(f, new NoSuchFileException(f.toString())));
        assertEquals("no such file", IoReasons.reading(f, new NoSuchFileException(f.toString())));
    }

    @Test
    void chartThatCannotBeCreatedSaysWhy() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "Linux /proc");
        Run r = run("terms", corpus(), "--chart", "/proc/x.svg", "--format", "csv");
        assertEquals(Main.BAD_INPUT, r.code(), r.err());
        assertEquals("byline: /proc/x.svg: cannot write the chart: cannot create a file in /proc", r.err().strip());
    }

    @Test
    void stopWordListThatIsNotTextSaysSo() throws IOException {
        Path binary = dir.resolve("stop.bin");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, (byte) 0xc3});
        Run r = run("terms", corpus(), "--stopwords", binary.toString());
        assertEquals(Main.BAD_INPUT, r.code(), r.err());
        assertEquals("byline: " + binary + ": cannot read the stop-word list: not valid UTF-8 text", r.err().strip());
    }

    @Test
    void htmlPageInAMissingFolderFailsBeforeAnyWork() {
        for (String command : new String[] {"align", "drift"}) {
            Path html = dir.resolve("nodir/page.html");
            Run r = run(command, file("000"), file("001"), "--format", "csv", "--html", html.toString());
            assertEquals(Main.BAD_INPUT, r.code(), r.err());
            assertEquals("byline: " + html + ": no such folder: " + dir.resolve("nodir"), r.err().strip());
            assertEquals("", r.out(), "checked before the table is made");
        }
    }

    @Test
    void existingHtmlPageIsReplacedOnlyWithOverwrite() throws IOException {
        for (String command : new String[] {"align", "drift"}) {
            Path html = dir.resolve(command + ".html");
            Files.writeString(html, "mine");
            Run refused = run(command, file("000"), file("001"), "--format", "csv", "--html", html.toString());
            assertEquals(Main.BAD_INPUT, refused.code(), refused.err());
            assertEquals("byline: " + html + ": already exists; add --overwrite to replace it", refused.err().strip());
            assertEquals("mine", Files.readString(html));
            Run replaced = run(command, file("000"), file("001"), "--format", "csv", "--html", html.toString(), "--overwrite");
            assertEquals(0, replaced.code(), replaced.err());
            assertTrue(Files.readString(html).startsWith("<!DOCTYPE html>"), "the page");
        }
    }
}
