package dev.byline.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kernel process driven over ZeroMQ, as Jupyter drives it. */
class KernelProcessTest {
    @TempDir
    static Path dir;
    static KernelClient kernel;

    @BeforeAll
    static void start() throws Exception {
        kernel = new KernelClient(dir);
        JsonObject info = kernel.awaitReady(Duration.ofSeconds(60)).content();
        assertEquals("5.3", info.get("protocol_version").getAsString());
        Thread.sleep(200);   // let the IOPub subscription settle before the first cell
    }

    @AfterAll
    static void stop() {
        kernel.close();
    }

    private record Ran(KernelClient.Msg reply, List<KernelClient.Msg> outputs) {
        String status() {
            return reply.content().get("status").getAsString();
        }

        Optional<KernelClient.Msg> first(String type) {
            return outputs.stream().filter(m -> m.type().equals(type)).findFirst();
        }

        String plainResult() {
            return first("execute_result").orElseThrow(() -> new AssertionError("no execute_result; reply " + reply.content()
                    + ", outputs " + outputs.stream().map(m -> m.type() + " " + m.content()).toList()))
                    .content().getAsJsonObject("data").get("text/plain").getAsString();
        }
    }

    private static Ran run(String code) {
        String id = kernel.execute(code, false);
        KernelClient.Msg reply = kernel.shellReply(id, 60_000);
        assertNotNull(reply, "no reply to " + code);
        return new Ran(reply, kernel.outputs(id, 10_000));
    }

    @Test
    void messageInterruptStopsAHotLoopAndTheNextCellRuns() throws Exception {
        String id = kernel.execute("long spins = 0;\nwhile (true) { if (spins++ == 0) { System.out.println(\"spinning\"); "
                + "System.out.flush(); } }", false);
        boolean spinning = false;
        long end = System.currentTimeMillis() + 60_000;
        while (!spinning && System.currentTimeMillis() < end) {
            for (KernelClient.Msg m : kernel.outputs(id, 200)) {
                spinning |= m.type().equals("stream") && m.content().get("text").getAsString().contains("spinning");
            }
        }
        assertTrue(spinning, "the loop never started");
        long t0 = System.nanoTime();
        KernelClient.Msg ack = kernel.controlReply(kernel.sendControl("interrupt_request", new JsonObject()), 5_000);
        assertNotNull(ack, "no interrupt_reply");
        KernelClient.Msg reply = kernel.shellReply(id, 5_000);
        assertNotNull(reply, "the loop was not stopped within 5 s");
        assertTrue(System.nanoTime() - t0 < 2_000_000_000L, "interrupt took over 2 s");
        assertEquals("Interrupted", reply.content().get("ename").getAsString());
        kernel.outputs(id, 2_000);
        assertEquals("true", run("spins > 0").plainResult());
    }

    @Test
    void sigintStopsASleepingCellLikeJupytersSignalMode() throws Exception {
        // A kernel started from a process that ignores SIGINT (a build run in the background by a script) inherits
        // that, and no JVM can then handle it; the kernel says so in its log. Nothing to test in such a run.
        org.junit.jupiter.api.Assumptions.assumeFalse(KernelLauncher.sigintIgnoredAtStart(),
                "SIGINT is ignored in this test run's process, and so in the kernel it starts");
        String id = kernel.execute("Thread.sleep(60_000);", false);
        Thread.sleep(700);
        new ProcessBuilder("kill", "-INT", String.valueOf(kernel.process().pid())).start().waitFor(5, TimeUnit.SECONDS);
        KernelClient.Msg reply = kernel.shellReply(id, 5_000);
        assertNotNull(reply, "SIGINT did not stop the cell");
        assertEquals("error", reply.content().get("status").getAsString());
        kernel.outputs(id, 2_000);
        assertTrue(kernel.process().isAlive(), "SIGINT must not kill the kernel");
        assertEquals("3", run("1 + 2").plainResult());
    }

    @Test
    void badlySignedRequestIsDroppedAndNeverExecuted() throws Exception {
        JsonObject c = new JsonObject();
        c.addProperty("code", "int forged = 1;");
        c.addProperty("silent", false);
        String id = kernel.sendShell("execute_request", c, false);
        assertNull(kernel.shellReply(id, 1_500), "a forged request got a reply");
        Ran check = run("forged");
        assertEquals("error", check.status(), "the forged cell ran: its variable exists");
        assertEquals("1", run("1").plainResult());
    }

    @Test
    void cellReadingSystemInAsksTheFrontEndForALine() {
        String id = kernel.execute("var in = new Scanner(System.in);\nString name = in.nextLine();\n\"Hello, \" + name", true);
        KernelClient.Msg request = kernel.stdinRequest(30_000);
        assertNotNull(request, "no input_request");
        assertEquals("input_request", request.type());
        kernel.sendInput("Ada");
        KernelClient.Msg reply = kernel.shellReply(id, 30_000);
        assertEquals("ok", reply.content().get("status").getAsString());
        List<KernelClient.Msg> outputs = kernel.outputs(id, 5_000);
        String result = outputs.stream().filter(m -> m.type().equals("execute_result")).findFirst().orElseThrow()
                .content().getAsJsonObject("data").get("text/plain").getAsString();
        assertEquals("Hello, Ada", result);
    }

    @Test
    void systemExitInACellIsReportedAndTheKernelLivesOn() {
        int before = Integer.parseInt(run("int keep = 41;\nkeep + 1").plainResult());
        Ran exit = run("System.exit(3);");
        assertEquals("error", exit.status());
        assertEquals("SystemExit", exit.reply().content().get("ename").getAsString());
        assertTrue(kernel.process().isAlive());
        assertEquals(before, Integer.parseInt(run("keep + 1").plainResult()));
    }

    @Test
    void stackOverflowIsExplainedAndTheSessionKept() {
        Ran overflow = run("int down(int n) { return down(n + 1) + 1; }\ndown(0)");
        assertEquals("java.lang.StackOverflowError", overflow.reply().content().get("ename").getAsString());
        String traceback = overflow.reply().content().get("traceback").toString();
        assertTrue(traceback.contains("still running"), traceback);
        assertTrue(traceback.length() < 4_000, "repeated frames must be folded: " + traceback.length());
        assertEquals("2", run("1 + 1").plainResult());
    }

    @Test
    void outputIsStreamedWhileTheCellRunsNotAtTheEnd() {
        String id = kernel.execute("System.out.println(\"first\");\nThread.sleep(1500);\nSystem.out.println(\"second\");", false);
        long firstAt = -1;
        long idleAt = -1;
        String firstText = null;
        long end = System.currentTimeMillis() + 30_000;
        while (idleAt < 0 && System.currentTimeMillis() < end) {
            for (KernelClient.Msg m : kernel.outputs(id, 100)) {
                if (m.type().equals("stream") && firstAt < 0) {
                    firstAt = System.nanoTime();
                    firstText = m.content().get("text").getAsString();
                }
                if (m.type().equals("status") && m.content().get("execution_state").getAsString().equals("idle")) {
                    idleAt = System.nanoTime();
                }
            }
        }
        assertEquals("first\n", firstText);
        assertTrue(idleAt - firstAt > 1_000_000_000L,
                "the first line came only " + (idleAt - firstAt) / 1_000_000 + " ms before the cell ended");
        kernel.shellReply(id, 5_000);
    }

    /** Printing in a loop: every line arrives, in order, batched into few messages, and the cell's idle status too. */
    @Test
    void aCellPrintingTwentyThousandLinesLosesNoneAndEnds() {
        String id = kernel.execute("for (int i = 0; i < 20000; i++) System.out.println(\"line \" + i);", false);
        StringBuilder text = new StringBuilder();
        int messages = 0;
        boolean idle = false;
        long end = System.currentTimeMillis() + 60_000;
        while (!idle && System.currentTimeMillis() < end) {
            for (KernelClient.Msg m : kernel.outputs(id, 1_000)) {
                if (m.type().equals("stream")) {
                    text.append(m.content().get("text").getAsString());
                    messages++;
                }
                idle |= m.type().equals("status") && m.content().get("execution_state").getAsString().equals("idle");
            }
        }
        assertTrue(idle, "the cell's idle status never came");
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 20000; i++) {
            expected.append("line ").append(i).append('\n');
        }
        assertEquals(expected.toString(), text.toString());
        assertTrue(messages < 500, messages + " stream messages for 20,000 lines: not batched");
        kernel.shellReply(id, 5_000);
    }

    @Test
    void tableIsShownAsEscapedHtmlWithRowCountAndAsPlainText() {
        Ran ran = run("Table.create(\"quotes\", StringColumn.create(\"text\", \"<script>\", \"b\"))");
        JsonObject data = ran.first("execute_result").orElseThrow().content().getAsJsonObject("data");
        String html = data.get("text/html").getAsString();
        assertTrue(html.contains("&lt;script&gt;") && !html.contains("<script>"), html);
        assertTrue(html.contains("2 rows × 1 column"), html);
        assertTrue(data.get("text/plain").getAsString().contains("<script>"));
    }

    @Test
    void displayAndUpdateDisplayShareADisplayId() {
        Ran ran = run("var shown = display(\"loading\");\nupdateDisplay(shown, svg(\"<svg xmlns='http://www.w3.org/2000/svg'/>\"));");
        KernelClient.Msg shown = ran.first("display_data").orElseThrow();
        KernelClient.Msg updated = ran.first("update_display_data").orElseThrow();
        assertEquals(shown.content().getAsJsonObject("transient").get("display_id"),
                updated.content().getAsJsonObject("transient").get("display_id"));
        assertTrue(updated.content().getAsJsonObject("data").has("image/svg+xml"));
        assertTrue(ran.first("execute_result").isEmpty(), "a display handle is not itself displayed");
    }

    @Test
    void compileErrorNamesTheCellLineAndColumnWithACaret() {
        Ran ran = run("int a = 1;\nint b = a + missing;");
        JsonObject c = ran.reply().content();
        assertEquals("CompilationError", c.get("ename").getAsString());
        assertEquals("line 2, column 13: cannot find symbol", c.get("evalue").getAsString());
        String tb = c.get("traceback").toString();
        assertTrue(tb.contains("int b = a + missing;") && tb.contains("            ^"), tb);
    }

    @Test
    void toolkitIsImportedAndCorpusLoadsInTheFirstCellWithoutMagic() {
        String corpus = Path.of("../corpus").toAbsolutePath().normalize().toString().replace("\\", "\\\\");
        assertEquals("5", run("Corpus.load(\"" + corpus + "\").documents().rowCount()").plainResult());
    }

    @Test
    void cellsQueuedBehindAFailingCellAreAbortedAsRunAllExpects() {
        // the sleep keeps the first cell running while the second request arrives, even on a loaded machine
        String failing = kernel.execute("Thread.sleep(2000);\nthrow new IllegalStateException(\"stop here\");", false);
        String queued = kernel.execute("int ranAfterTheError = 1;", false);
        assertEquals("error", kernel.shellReply(failing, 60_000).content().get("status").getAsString());
        assertEquals("aborted", kernel.shellReply(queued, 10_000).content().get("status").getAsString());
        kernel.outputs(queued, 5_000);
        assertEquals("error", run("ranAfterTheError").status(), "the aborted cell must not have run");
        assertEquals("ok", run("int later = 2;").status(), "cells sent after the abort run again");
    }

    @Test
    void outOfMemoryEndsTheCellNotTheKernelAndSaysSo() {
        Ran ran = run("long[] huge = new long[2_000_000_000];");
        assertEquals("java.lang.OutOfMemoryError", ran.reply().content().get("ename").getAsString());
        String tb = ran.reply().content().get("traceback").toString();
        assertTrue(tb.contains("ran out of memory") && tb.contains("still running") && tb.contains("-Xmx")
                && tb.contains("still held by the session's variables"), tb);
        assertEquals("2", run("1 + 1").plainResult());
    }

    /** Waits until the cell has printed {@code marker}, interrupts it, and returns the reply and how long it took. */
    private static Ran interruptOncePrinted(String id, String marker) throws InterruptedException {
        boolean seen = false;
        long end = System.currentTimeMillis() + 60_000;
        while (!seen && System.currentTimeMillis() < end) {
            for (KernelClient.Msg m : kernel.outputs(id, 200)) {
                seen |= m.type().equals("stream") && m.content().get("text").getAsString().contains(marker);
            }
        }
        assertTrue(seen, "the cell never printed " + marker);
        Thread.sleep(300);   // into the blocking call
        long t0 = System.nanoTime();
        kernel.sendControl("interrupt_request", new JsonObject());
        KernelClient.Msg reply = kernel.shellReply(id, 10_000);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertNotNull(reply, "no reply within 10 s of the interrupt");
        assertTrue(millis < 1_000, "the interrupted cell answered after " + millis + " ms");
        return new Ran(reply, kernel.outputs(id, 2_000));
    }

    @Test
    void interruptStopsACellBlockedInServerSocketAcceptWithinOneSecond() throws Exception {
        // one snippet, so the interrupt finds it in accept(), not compiling a later snippet
        String id = kernel.execute("try (var server = new java.net.ServerSocket(0)) {\n  System.out.println(\"accepting\");\n"
                + "  System.out.flush();\n  server.accept();\n}", false);
        Ran ran = interruptOncePrinted(id, "accepting");
        assertEquals("Interrupted", ran.reply().content().get("ename").getAsString(), ran.reply().content().toString());
        assertEquals("3", run("1 + 2").plainResult());
    }

    @Test
    void interruptStopsACellBlockedInASocketReadWithinOneSecond() throws Exception {
        String id = kernel.execute("try (var listener = new java.net.ServerSocket(0);\n"
                + "     var client = new java.net.Socket(\"127.0.0.1\", listener.getLocalPort());\n"
                + "     var peer = listener.accept()) {\n  System.out.println(\"reading\");\n  System.out.flush();\n"
                + "  client.getInputStream().read();\n}", false);
        Ran ran = interruptOncePrinted(id, "reading");
        assertEquals("Interrupted", ran.reply().content().get("ename").getAsString(), ran.reply().content().toString());
        assertEquals("4", run("2 + 2").plainResult());
    }

    @Test
    void aCellBusyInJdkCodeThatCannotBeStoppedIsLeftRunningAndTheUserIsToldWithinOneSecond() throws Exception {
        String id = kernel.execute("boolean busy() {\n  System.out.println(\"matching\");\n  System.out.flush();\n"
                + "  return java.util.regex.Pattern.compile(\"(.*a){15}\").matcher(\"a\".repeat(30) + \"b\").matches();\n}\n"
                + "busy()", false);
        Ran ran = interruptOncePrinted(id, "matching");
        String tb = ran.reply().content().get("traceback").toString();
        assertTrue(tb.contains("java.util.regex") && tb.contains("Restart the kernel"), tb);
        assertEquals("5", run("2 + 3").plainResult(), "the kernel answers the next cell");
    }

    @Test
    void aCompileErrorAfterAPrintPrintsNothingAndRunsNothing() {
        run("int counted = 0;");
        Ran ran = run("counted++;\nSystem.out.println(\"ran\");\nint bad = \"s\";");
        assertEquals("CompilationError", ran.reply().content().get("ename").getAsString());
        assertTrue(ran.first("stream").isEmpty(), "the cell printed: " + ran.outputs());
        assertEquals("0", run("counted").plainResult());
    }

    @Test
    void haltFromALibraryClassIsReportedWithTheClassAndTheKernelLivesOn() throws Exception {
        Path lib = dir.resolve("quitter");
        Path src = lib.resolve("lib/Quitter.java");
        java.nio.file.Files.createDirectories(src.getParent());
        java.nio.file.Files.writeString(src,
                "package lib;\npublic class Quitter {\n  public static void quit() { Runtime.getRuntime().halt(6); }\n}\n");
        int compiled = javax.tools.ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", lib.toString(), src.toString());
        assertEquals(0, compiled);
        assertEquals("ok", run("%classpath " + lib).status());
        Ran ran = run("lib.Quitter.quit();");
        assertEquals("SystemExit", ran.reply().content().get("ename").getAsString());
        String evalue = ran.reply().content().get("evalue").getAsString();
        assertTrue(evalue.contains("status 6") && evalue.contains("Runtime.halt in lib.Quitter"), evalue);
        assertTrue(kernel.process().isAlive());
        assertEquals("7", run("3 + 4").plainResult());
    }

    @Test
    void systemExitFromAThreadTheCellStartedIsNamedAndTheKernelLivesOn() {
        Ran ran = run("Thread quitter = new Thread(() -> System.exit(2), \"quitter\");\nquitter.start();\nquitter.join();");
        assertEquals("ok", ran.status());
        String err = ran.outputs().stream().filter(m -> m.type().equals("stream"))
                .map(m -> m.content().get("text").getAsString()).reduce("", String::concat);
        assertTrue(err.contains("Thread \"quitter\"") && err.contains("System.exit(2)") && err.contains("did not exit"), err);
        assertTrue(kernel.process().isAlive());
        assertEquals("9", run("4 + 5").plainResult());
    }

    @Test
    void anOutOfMemoryErrorThrownByTheCellIsNotCalledAnExhaustedHeap() {
        Ran ran = run("throw new OutOfMemoryError();");
        assertEquals("java.lang.OutOfMemoryError", ran.reply().content().get("ename").getAsString());
        String tb = ran.reply().content().get("traceback").toString();
        assertTrue(!tb.contains("ran out of memory") && !tb.contains("-Xmx"), tb);
    }

    @Test
    void twoChartsShownInOneCellKeepTheirClipIdsApartAndAChartLeftAsTheValueIsAnImage() {
        String corpus = Path.of("../corpus").toAbsolutePath().normalize().toString().replace("\\", "\\\\");
        Ran ran = run("var charted = Corpus.load(\"" + corpus + "\");\n"
                + "display(svg(TermCharts.topTerms(Terms.frequencies(charted), 10)));\n"
                + "TermCharts.heatmap(Terms.count(charted), 10)");   // a chart's SVG text left as the value, no svg(...)
        String bars = ran.first("display_data").orElseThrow().content().getAsJsonObject("data").get("text/html").getAsString();
        JsonObject heatData = ran.first("execute_result").orElseThrow().content().getAsJsonObject("data");
        assertTrue(heatData.has("image/svg+xml") && !heatData.get("text/plain").getAsString().contains("<svg"),
                "the chart left as the value is shown as an image, not as SVG source: " + heatData.keySet());
        String heat = heatData.get("text/html").getAsString();
        java.util.Set<String> barIds = matches(bars, "id='([^']+)'");
        java.util.Set<String> heatIds = matches(heat, "id='([^']+)'");
        assertTrue(!barIds.isEmpty() && !heatIds.isEmpty(), "both charts define clip paths");
        java.util.Set<String> shared = new java.util.TreeSet<>(barIds);
        shared.retainAll(heatIds);
        assertEquals(java.util.Set.of(), shared, "ids both charts define, so one page clips the other");
        assertTrue(barIds.containsAll(matches(bars, "url\\(#([^)]+)\\)")), "the bars refer to their own clip paths");
        assertTrue(heatIds.containsAll(matches(heat, "url\\(#([^)]+)\\)")), "the heatmap refers to its own clip paths");
    }

    private static java.util.Set<String> matches(String text, String regex) {
        java.util.Set<String> found = new java.util.TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void anArrayLeftAsTheCellValueShowsItsContents() {
        assertEquals("int[3] { 1, 2, 3 }", run("new int[] {1, 2, 3}").plainResult());
        assertEquals("String[2] { \"a\", \"b\" }", run("new String[] {\"a\", \"b\"}").plainResult());
    }

    @Test
    void completionSeesAVariableDeclaredEarlierInTheSameCell() {
        String code = "String headlineText = \"x\";\nint n = 1;\nheadlineT";
        JsonObject request = new JsonObject();
        request.addProperty("code", code);
        request.addProperty("cursor_pos", code.length());
        KernelClient.Msg reply = kernel.shellReply(kernel.sendShell("complete_request", request, true), 30_000);
        assertNotNull(reply, "no complete_reply");
        assertTrue(reply.content().getAsJsonArray("matches").toString().contains("\"headlineText\""), reply.content().toString());
        assertEquals(code.length() - "headlineT".length(), reply.content().get("cursor_start").getAsInt());
    }

    @Test
    void aTableAlignsItsColumnsAndShowsDoublesAtTheDisplayPrecisionSetFromACell() {
        String table = "Table.create(\"t\", StringColumn.create(\"term\", \"putin\"), DoubleColumn.create(\"share\", 23.893617021276597))";
        String html = run(table).first("execute_result").orElseThrow().content().getAsJsonObject("data").get("text/html").getAsString();
        assertTrue(html.contains("<td style=\"text-align: left;\">putin</td><td style=\"text-align: right;\">23.8936</td>"), html);
        try {
            String three = run("DisplayOptions.precision(3);\n" + table).first("execute_result").orElseThrow()
                    .content().getAsJsonObject("data").get("text/html").getAsString();
            assertTrue(three.contains(">23.9<") && !three.contains("23.89"), three);
        } finally {
            assertEquals("ok", run("DisplayOptions.precision(DisplayOptions.DEFAULT_PRECISION);").status());
        }
    }
}
