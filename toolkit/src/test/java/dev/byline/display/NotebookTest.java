package dev.byline.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The notebook helpers' IJava semantics that need no kernel: rendering as requested MIME types. */
class NotebookTest {
    @Test
    void textRendersAsAnyRequestedTypeWithItsPlainTextKept() {
        MimeBundle b = Notebook.render("<b>Bold</b>", "text/html", "text/markdown");
        assertEquals(Map.of("text/plain", "<b>Bold</b>", "text/html", "<b>Bold</b>", "text/markdown", "<b>Bold</b>"), b.data());
    }

    @Test
    void aTypeTheRendererDoesNotMakeIsLeftOut() {
        MimeBundle b = Notebook.render(Notebook.svg("<svg/>"), "text/markdown");
        assertEquals(java.util.Set.of("text/plain"), b.data().keySet());
        // a chart is also inline HTML (nbconvert 6's HTML export empties image/svg+xml outputs)
        assertEquals(java.util.Set.of("text/plain", "text/html"), Notebook.render(Notebook.svg("<svg/>"), "text/html").data().keySet());
    }

    @Test
    void aWildcardTakesEveryTypeOfItsKind() {
        Table t = Table.create("t", StringColumn.create("word", "spin"));
        MimeBundle b = Notebook.render(t, "text/*");
        assertTrue(b.data().get("text/html").contains(">spin</td>"), b.data().toString());
        assertEquals(java.util.Set.of("text/plain", "text/html"), b.data().keySet());
    }

    @Test
    void displayOutsideANotebookKernelSaysWhatToDo() {
        DisplaySink before = Notebook.sink();
        Notebook.attach(null);
        try {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> Notebook.display("x"));
            assertTrue(e.getMessage().contains("Setup"), e.getMessage());
        } finally {
            Notebook.attach(before);
        }
    }
}
