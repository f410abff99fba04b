package dev.byline.kernel.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.byline.BylineException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file that is not a notebook Byline can run is named with what is wrong with it, in words a user acts on. */
class NotebookReadTest {
    @TempDir
    Path dir;

    private String problem(String name, byte[] content) throws IOException {
        Path file = Files.write(dir.resolve(name), content);
        BylineException e = assertThrows(BylineException.class, () -> Notebook.read(file));
        return e.getMessage().substring((file + ": ").length());
    }

    private String problem(String name, String json) throws IOException {
        return problem(name, json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void binaryFileIsNotUtf8TextRatherThanADecoderMessage() throws IOException {
        assertEquals("not a notebook: not UTF-8 text (a notebook is a JSON file)",
                problem("bin.ipynb", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff, (byte) 0xfe}));
    }

    @Test
    void emptyFileAndEmptyObjectSayWhatIsMissing() throws IOException {
        assertEquals("not a notebook: the file is empty", problem("empty.ipynb", ""));
        assertEquals("not a notebook: no 'cells' list (the JSON object is empty)", problem("obj.ipynb", "{}"));
        assertEquals("not a notebook: the JSON is not an object with a 'cells' list", problem("arr.ipynb", "[1, 2]"));
    }

    @Test
    void nbformat3SaysHowToConvertIt() throws IOException {
        String message = problem("old.ipynb", "{\"nbformat\": 3, \"nbformat_minor\": 0, \"worksheets\": [{\"cells\": []}]}");
        assertEquals("nbformat 3 is not supported (Byline reads nbformat 4); convert it with: "
                + "jupyter nbconvert --to notebook --nbformat 4 old.ipynb", message);
    }

    @Test
    void nbformat4WithCellsIsRead() throws IOException {
        Path file = Files.writeString(dir.resolve("ok.ipynb"),
                "{\"nbformat\": 4, \"nbformat_minor\": 5, \"metadata\": {}, \"cells\": []}");
        assertEquals(0, Notebook.read(file).cells().size());
    }
}
