package dev.byline.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Restart as Jupyter does it: shutdown_request with restart=true, then a new process. */
class KernelRestartTest {
    @Test
    void shutdownWithRestartEndsTheProcessAndTheNextStartIsFresh(@TempDir Path dir) throws Exception {
        try (KernelClient first = new KernelClient(dir)) {
            first.awaitReady(Duration.ofSeconds(60));
            String id = first.execute("int remembered = 7;", false);
            assertEquals("ok", first.shellReply(id, 60_000).content().get("status").getAsString());
            JsonObject c = new JsonObject();
            c.addProperty("restart", true);
            KernelClient.Msg reply = first.controlReply(first.sendControl("shutdown_request", c), 10_000);
            assertNotNull(reply, "no shutdown_reply");
            assertTrue(reply.content().get("restart").getAsBoolean());
            assertTrue(first.process().waitFor(10, TimeUnit.SECONDS), "the kernel process did not exit");
            assertEquals(0, first.process().exitValue());
        }
        try (KernelClient second = new KernelClient(dir)) {
            second.awaitReady(Duration.ofSeconds(60));
            String id = second.execute("remembered", false);
            KernelClient.Msg reply = second.shellReply(id, 60_000);
            assertEquals("error", reply.content().get("status").getAsString(), "the new session kept an old variable");
        }
    }

    @Test
    void exitFromCodeTheGuardCannotSeeIsExplainedBeforeTheProcessEnds(@TempDir Path dir) throws Exception {
        try (KernelClient kernel = new KernelClient(dir)) {
            kernel.awaitReady(Duration.ofSeconds(60));
            Thread.sleep(200);
            // reflection is not rewritten by the exit guard, so this really ends the JVM
            String id = kernel.execute("System.class.getMethod(\"exit\", int.class).invoke(null, 5)", false);
            KernelClient.Msg error = firstError(kernel, id);
            assertEquals("KernelExit", error.content().get("ename").getAsString());
            assertTrue(kernel.process().waitFor(10, TimeUnit.SECONDS));
            assertEquals(5, kernel.process().exitValue());
        }
    }

    @Test
    void aDaemonThreadEndingTheJvmIsNamedBeforeTheProcessEnds(@TempDir Path dir) throws Exception {
        try (KernelClient kernel = new KernelClient(dir)) {
            kernel.awaitReady(Duration.ofSeconds(60));
            Thread.sleep(200);
            String id = kernel.execute("Thread killer = new Thread(() -> {\n"
                    + "  try { System.class.getMethod(\"exit\", int.class).invoke(null, 7); } catch (Exception e) { }\n"
                    + "}, \"killer\");\nkiller.setDaemon(true);\nkiller.start();\nThread.sleep(60_000);", false);
            KernelClient.Msg error = firstError(kernel, id);
            String evalue = error.content().get("evalue").getAsString();
            assertTrue(evalue.contains("thread \"killer\" (daemon) called System.exit in the cell"), evalue);
            assertTrue(kernel.process().waitFor(10, TimeUnit.SECONDS));
            assertEquals(7, kernel.process().exitValue());
        }
    }

    @Test
    void aPortAnotherProgramHoldsEndsTheStartWithOneLineNamingIt(@TempDir Path dir) throws Exception {
        int[] ports = KernelClient.freePorts(5);
        try (var held = new java.net.ServerSocket(ports[0], 1, java.net.InetAddress.getByName("127.0.0.1"));
                KernelClient kernel = new KernelClient(dir, ports)) {
            AssertionError failed = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                    () -> kernel.awaitReady(Duration.ofSeconds(60)));
            String message = failed.getMessage();
            assertTrue(message.contains("the kernel exited (1)"), message);
            assertTrue(message.contains("byline kernel: cannot listen on tcp://127.0.0.1:" + ports[0] + " (shell_port")
                    && message.contains("already in use"), message);
            assertTrue(!message.contains("\tat "), "a one-line message, no stack trace: " + message);
        }
    }

    @Test
    void aPortHeldForAMomentAtTheStartIsBoundOnceFreed(@TempDir Path dir) throws Exception {
        int[] ports = KernelClient.freePorts(5);
        var held = new java.net.ServerSocket(ports[3], 1, java.net.InetAddress.getByName("127.0.0.1"));
        try (KernelClient kernel = new KernelClient(dir, ports)) {
            // the kernel binds heartbeat first, then IOPub: once heartbeat answers, it has met the held IOPub port
            long end = System.currentTimeMillis() + 60_000;
            boolean heartbeatUp = false;
            while (!heartbeatUp && System.currentTimeMillis() < end && kernel.process().isAlive()) {
                try (var probe = new java.net.Socket("127.0.0.1", ports[4])) {
                    heartbeatUp = true;
                } catch (java.io.IOException notYet) {
                    Thread.sleep(20);
                }
            }
            assertTrue(heartbeatUp, "the kernel never bound its heartbeat port");
            Thread.sleep(300);
            held.close();
            assertEquals("5.3", kernel.awaitReady(Duration.ofSeconds(60)).content().get("protocol_version").getAsString());
        } finally {
            held.close();
        }
    }

    /** The cell's error message, waiting at most 30 s (the kernel ends after it, so no idle status follows). */
    private static KernelClient.Msg firstError(KernelClient kernel, String id) {
        long end = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < end) {
            for (KernelClient.Msg m : kernel.outputs(id, 250)) {
                if (m.type().equals("error")) {
                    return m;
                }
            }
        }
        throw new AssertionError("no error message before the exit");
    }
}
