package dev.byline.jjava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The extension on jjava-jupyter's real kernel classes: JJava finds it through META-INF/services when the kernel
 * starts, and a notebook then shows Byline's values richly, with JJava's own display functions imported as JJava
 * imports them.
 */
class BylineExtensionTest {
    static JShellKernel kernel;

    @BeforeAll
    static void start() {
        kernel = JShellKernel.create();
        kernel.onStartup();   // installs the extensions found on the class path, as JJava does
        // what JJava's own start-up extension imports (org.dflib.jjava.distro.NotebookInitializer)
        kernel.evalRaw("import static org.dflib.jjava.jupyter.kernel.BaseNotebookStatics.*;");
    }

    @AfterAll
    static void stop() {
        kernel.close();
    }

    @BeforeEach
    void forgetDisplays() {
        kernel.displayed.clear();
    }

    @Test
    void theKernelInstallsTheExtensionNamedInTheServiceFile() {
        assertTrue(kernel.extensionNames().contains(BylineExtension.class.getName()), kernel.extensionNames().toString());
    }

    @Test
    void startupImportsLetACellUseTheToolkitAndTablesawByShortName() {
        assertEquals("\"2 rows\"", kernel.evalRaw("Table.create(\"t\", IntColumn.create(\"n\", 1, 2)).rowCount() + \" rows\""));
    }

    @Test
    void aTableShownWithJJavasDisplayIsAnHtmlTable() {
        kernel.evalRaw("display(Table.create(\"words\", StringColumn.create(\"term\", \"spin\", \"quote\")))");
        DisplayData shown = kernel.displayed.getLast();
        Object html = shown.getData(MIMEType.TEXT_HTML);
        assertNotNull(html, "no text/html in " + shown);
        assertTrue(html.toString().contains(">spin</td>"), html.toString());
        assertNotNull(shown.getData(MIMEType.TEXT_PLAIN));
    }

    @Test
    void aCellValueRendersThroughTheKernelsRendererAsItsMimeType() {
        kernel.evalRaw("var shownSvg = render(svg(\"<svg xmlns='http://www.w3.org/2000/svg'/>\"));");
        kernel.evalRaw("var shownHtml = render(html(\"<b>bold</b>\"));");
        kernel.evalRaw("var shownMd = render(markdown(\"*spin*\"));");
        assertEquals("true", kernel.evalRaw("shownSvg.hasDataForType(org.dflib.jjava.jupyter.kernel.display.mime.MIMEType.parse(\"image/svg+xml\"))"));
        assertEquals("\"<b>bold</b>\"", kernel.evalRaw("(String) shownHtml.getData(org.dflib.jjava.jupyter.kernel.display.mime.MIMEType.TEXT_HTML)"));
        assertEquals("true", kernel.evalRaw("shownMd.hasDataForType(org.dflib.jjava.jupyter.kernel.display.mime.MIMEType.parse(\"text/markdown\"))"));
    }

    @Test
    void jjavasDisplayWithRequestedTypesStillWorks() {
        String id = kernel.evalRaw("display(\"<b>Bold</b>\", \"text/html\")").toString();
        assertTrue(id.length() > 2, id);
        assertEquals("<b>Bold</b>", kernel.displayed.getLast().getData(MIMEType.TEXT_HTML));
    }

    @Test
    void loadCorpusShowsItsProgressBarOnTheKernelsDisplay(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "A headline\n\nThe minister said the plan would work.\n");
        Files.writeString(dir.resolve("b.txt"), "Another headline\n\nCritics said it would not.\n");
        String path = dir.toString().replace("\\", "\\\\");
        assertEquals("2", kernel.evalRaw("loadCorpus(\"" + path + "\").size()"));
        DisplayData bar = kernel.displayed.getFirst();
        assertTrue(bar.getData(MIMEType.TEXT_HTML).toString().contains("byline-progress"), bar.toString());
        assertTrue(bar.hasDisplayId(), "the progress bar has a display id, for its updates");
    }
}
