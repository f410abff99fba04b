package dev.byline.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a Jupyter tool (or the Byline jar) for the integration tests, with Jupyter's paths pointed at a
 * temporary prefix so that nothing of the user's own Jupyter set-up is read or written.
 */
final class JupyterProcess {
    /** Exit code ({@code -1} on timeout) and everything the process printed. */
    record Result(int code, String output) {
    }

    private JupyterProcess() {
    }

    static Result run(List<String> command, Path dir, Path prefix, int timeoutSeconds)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command)).directory(dir.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("JUPYTER_PATH", prefix.resolve("share/jupyter").toString());
        env.put("JUPYTER_DATA_DIR", prefix.resolve("data").toString());
        env.put("JUPYTER_RUNTIME_DIR", prefix.resolve("runtime").toString());
        env.put("PYDEVD_DISABLE_FILE_VALIDATION", "1");
        Process p = pb.start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // Read on another thread so that a hung process still times out instead of blocking the read.
        Thread reader = new Thread(() -> {
            try (InputStream in = p.getInputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "jupyter-output");
        reader.start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            reader.join(5000);
            return new Result(-1, "timed out after " + timeoutSeconds + " s\n" + out.toString(StandardCharsets.UTF_8));
        }
        reader.join();
        return new Result(p.exitValue(), out.toString(StandardCharsets.UTF_8));
    }
}
