package dev.byline.kernel.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.byline.kernel.runner.CellSession.CellRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * IJava's documented examples (its README and docs/display.md, kernel.md, magics.md, 1.3.0) run on Byline's kernel
 * session as a user types them. Maven resolution goes to a repository in a temporary folder, never ~/.m2.
 */
class IJavaContractTest {
    private static RunnerSession session;
    private static int count;
    @TempDir
    static Path tmp;
    private static String previousRepo;

    @BeforeAll
    static void open() throws IOException {
        previousRepo = System.getProperty("maven.repo.local");
        System.setProperty("maven.repo.local", tmp.resolve("local-m2").toString());
        session = RunnerSession.open(0, System.err);
    }

    @AfterAll
    static void close() {
        session.close();
        if (previousRepo == null) {
            System.clearProperty("maven.repo.local");
        } else {
            System.setProperty("maven.repo.local", previousRepo);
        }
    }

    private static CellRun run(String cell) {
        CellRun run = session.run(cell, ++count);
        assertFalse(run.failed(), () -> cell + "\n-> " + run.outputs());
        return run;
    }

    private static List<JsonObject> of(CellRun run, String type) {
        return run.outputs().stream().filter(o -> o.get("output_type").getAsString().equals(type)).toList();
    }

    private static String data(JsonObject output, String mime) {
        var d = output.getAsJsonObject("data").get(mime);
        return d == null ? null : Notebook.multiline(d);
    }

    private static String printed(CellRun run) {
        StringBuilder sb = new StringBuilder();
        of(run, "stream").forEach(o -> sb.append(Notebook.multiline(o.get("text"))));
        return sb.toString();
    }

    @Test
    void readmeHelloWorld() {
        run("String helloWorld = \"Hello world!\"");
        assertEquals("Hello world!", data(of(run("helloWorld"), "execute_result").get(0), "text/plain"));
    }

    @Test
    void displayAsJavascript() {
        JsonObject shown = of(run("display(\"alert('Hello from IJava!');\", \"application/javascript\");"), "display_data").get(0);
        assertEquals("alert('Hello from IJava!');", data(shown, "application/javascript"));
    }

    @Test
    void displayAsHtmlAndMarkdownWithTheImplicitPlainText() {
        CellRun run = run("display(\"<b>Bold</b>\", \"text/html\", \"text/markdown\");");
        JsonObject shown = of(run, "display_data").get(0);
        assertEquals("<b>Bold</b>", data(shown, "text/html"));
        assertEquals("<b>Bold</b>", data(shown, "text/markdown"));
        assertEquals("<b>Bold</b>", data(shown, "text/plain"));
        assertTrue(of(run, "execute_result").isEmpty(), "the display id is not shown as well: " + run.outputs());
    }

    @Test
    void renderAsMarkdownAsTheCellsValue() {
        JsonObject result = of(run("String md = \"Hello from **IJava**\";\n\nrender(md, \"text/markdown\")"), "execute_result").get(0);
        assertEquals("Hello from **IJava**", data(result, "text/markdown"));
    }

    @Test
    void countdownUpdatesTheDisplayItsStringIdNames() {
        CellRun run = run("""
                String id = display("<b>Countdown:</b> 3", "text/html");
                for (int i = 3; i >= 0; i--) {
                    updateDisplay(id, "<b>Countdown:</b> " + i, "text/html");
                    Thread.sleep(10L);
                }
                render("<b>Liftoff!</b>", "text/html")""");
        assertEquals("<b>Countdown:</b> 0", data(of(run, "display_data").get(0), "text/html"));
        assertEquals("<b>Liftoff!</b>", data(of(run, "execute_result").get(0), "text/html"));
    }

    @Test
    void evalReturnsAnObjectOfTheKernel() {
        assertEquals("6", data(of(run("(int) eval(\"1 + 2\") + 3"), "execute_result").get(0), "text/plain"));
        run("int seven = 7;");
        assertEquals("8", data(of(run("(int) eval(\"seven + 1\")"), "execute_result").get(0), "text/plain"));
    }

    @Test
    void theKernelHandleIsThereByBothNames() {
        assertEquals("true", data(of(run("getKernelInstance() == kernel()"), "execute_result").get(0), "text/plain"));
    }

    @Test
    void aLineMagicAsAnExpressionGivesTheJarsItAdded() throws IOException {
        Path lib = Files.createDirectories(tmp.resolve("lib"));
        emptyJar(lib.resolve("first.jar"));
        emptyJar(lib.resolve("second.jar"));
        String glob = lib.toString().replace('\\', '/') + "/*.jar";
        run("List<String> addedJars = %jars " + glob);
        assertEquals("2", data(of(run("addedJars.size()"), "execute_result").get(0), "text/plain"));
        CellRun byCall = run("List<String> again = lineMagic(\"jars\", List.of(\"" + glob + "\"));\nagain.get(0)");
        assertTrue(data(of(byCall, "execute_result").get(0), "text/plain").endsWith("first.jar"));
    }

    @Test
    void cellMagicAsACall() {
        JsonObject result = of(run("cellMagic(\"html\", List.of(), \"<i>called</i>\")"), "execute_result").get(0);
        assertEquals("<i>called</i>", data(result, "text/html"));
    }

    @Test
    void mavenRepoAndMavenResolveFromTheAddedRepository() throws IOException {
        Path repo = fileRepository("org.example", "greeting", "1.0");
        CellRun added = run("%mavenRepo examples " + repo.toUri());
        assertTrue(printed(added).contains("Maven repository examples added"), printed(added));
        CellRun resolved = run("%maven org.example:greeting:1.0");
        assertTrue(printed(resolved).contains("Added org.example:greeting:jar:1.0"), printed(resolved));
    }

    @Test
    void ivyCoordinatesStillResolveWithADeprecationNote() throws IOException {
        Path repo = fileRepository("org.example", "ivy-style", "2.1");
        run("%addMavenRepo ivy-examples " + repo.toUri());
        CellRun resolved = run("%maven org.example#ivy-style;2.1");
        assertTrue(printed(resolved).contains("deprecated; write org.example:ivy-style:2.1"), printed(resolved));
        assertTrue(printed(resolved).contains("Added org.example:ivy-style:jar:2.1"), printed(resolved));
    }

    @Test
    void loadFromPomCellTakesLooseRepositoryAndDependencyFragments() throws IOException {
        Path repo = fileRepository("org.example", "from-pom", "3.0");
        CellRun resolved = run("""
                %%loadFromPOM
                <repository>
                  <id>examples-pom</id>
                  <url>""" + repo.toUri() + """
                </url>
                </repository>

                <dependency>
                  <groupId>org.example</groupId>
                  <artifactId>from-pom</artifactId>
                  <version>3.0</version>
                </dependency>
                """);
        assertTrue(printed(resolved).contains("Added org.example:from-pom:jar:3.0"), printed(resolved));
    }

    @Test
    void loadFromPomLineReadsAPomFileWithProperties() throws IOException {
        Path repo = fileRepository("org.example", "from-file", "4.0");
        Path pom = tmp.resolve("pom.xml");
        Files.writeString(pom, """
                <project>
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>me</groupId><artifactId>notebook</artifactId><version>1</version>
                  <properties><greeting.version>4.0</greeting.version></properties>
                  <repositories><repository><id>examples-file</id><url>""" + repo.toUri() + """
                </url></repository></repositories>
                  <dependencies>
                    <dependency><groupId>org.example</groupId><artifactId>from-file</artifactId>
                      <version>${greeting.version}</version></dependency>
                    <dependency><groupId>org.example</groupId><artifactId>only-for-tests</artifactId>
                      <version>9</version><scope>test</scope></dependency>
                  </dependencies>
                </project>
                """);
        CellRun resolved = run("%loadFromPOM " + pom.toString().replace('\\', '/'));
        assertTrue(printed(resolved).contains("Added org.example:from-file:jar:4.0"), printed(resolved));
        assertFalse(printed(resolved).contains("only-for-tests"), "test scope is not loaded by default");
    }

    @Test
    void loadOfANotebookRunsItsCodeCells() throws IOException {
        Path nb = tmp.resolve("helpers.ipynb");
        Files.writeString(nb, """
                {"nbformat": 4, "nbformat_minor": 5, "metadata": {},
                 "cells": [
                  {"cell_type": "markdown", "id": "a", "metadata": {}, "source": ["# helpers"]},
                  {"cell_type": "code", "id": "b", "metadata": {}, "execution_count": null, "outputs": [],
                   "source": ["int twice(int x) {\\n", "    return 2 * x;\\n", "}"]},
                  {"cell_type": "code", "id": "c", "metadata": {}, "execution_count": null, "outputs": [],
                   "source": ["int base = 21;"]}
                 ]}
                """);
        run("%load " + nb.toString().replace('\\', '/'));
        assertEquals("42", data(of(run("twice(base)"), "execute_result").get(0), "text/plain"));
    }

    @Test
    void bylinesOwnMagicsStay() {
        assertEquals("<b>kept</b>\n", data(of(run("%%html\n<b>kept</b>\n"), "execute_result").get(0), "text/html"));
        assertTrue(data(of(run("%%markdown\n*kept*"), "execute_result").get(0), "text/html").contains("<em>kept</em>"));
        assertTrue(printed(run("%time 1 + 1")).contains("Wall time"));
    }

    private static void emptyJar(Path jar) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new ZipEntry("README.txt"));
            out.write("test jar".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
        }
    }

    /** A Maven repository in a folder (file:// URL) holding one artifact with a jar and a POM. */
    private static Path fileRepository(String group, String artifact, String version) throws IOException {
        Path repo = tmp.resolve("repo-" + artifact);
        Path dir = Files.createDirectories(repo.resolve(group.replace('.', '/')).resolve(artifact).resolve(version));
        emptyJar(dir.resolve(artifact + "-" + version + ".jar"));
        Files.writeString(dir.resolve(artifact + "-" + version + ".pom"), "<project><modelVersion>4.0.0</modelVersion>"
                + "<groupId>" + group + "</groupId><artifactId>" + artifact + "</artifactId><version>" + version
                + "</version></project>");
        return repo;
    }
}
