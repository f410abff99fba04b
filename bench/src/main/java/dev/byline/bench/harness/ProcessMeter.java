package dev.byline.bench.harness;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command as its own process and measures it: wall time around the process, and peak
 * resident memory from GNU time ({@code /usr/bin/time -f %M}, which covers waited-for children).
 * Output goes to files, so a chatty process is never slowed by a full pipe.
 */
public final class ProcessMeter {
    /** GNU time, when installed (Debian package {@code time}). */
    static final Path GNU_TIME = Path.of("/usr/bin/time");

    private final Path scratch;
    private final long timeoutSeconds;

    /** A meter writing its temporary files under {@code scratch}, killing runs after {@code timeoutSeconds}. */
    public ProcessMeter(Path scratch, long timeoutSeconds) {
        this.scratch = scratch;
        this.timeoutSeconds = timeoutSeconds;
    }

    /** Runs {@code argv} in {@code workdir} and measures it. */
    public ProcessRun run(List<String> argv, Path workdir) throws IOException {
        Files.createDirectories(scratch);
        Path out = Files.createTempFile(scratch, "out", ".txt");
        Path err = Files.createTempFile(scratch, "err", ".txt");
        Path mem = Files.createTempFile(scratch, "mem", ".txt");
        try {
            List<String> command = new ArrayList<>();
            boolean timed = Files.isExecutable(GNU_TIME);
            if (timed) {
                command.addAll(List.of(GNU_TIME.toString(), "-q", "-f", "%M", "-o", mem.toString()));
            }
            command.addAll(argv);
            ProcessBuilder pb = new ProcessBuilder(command).directory(workdir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(
                            new java.io.File("/dev/null")));
            long t0 = System.nanoTime();
            Process p = pb.start();
            boolean finished;
            try {
                finished = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IOException("interrupted");
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (!finished) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                return new ProcessRun(seconds, -1, -1, 0, "timed out after " + timeoutSeconds + " s");
            }
            long peak = timed ? peakKb(mem) : -1;
            return new ProcessRun(seconds, peak, p.exitValue(), lines(out), lastLine(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            Files.deleteIfExists(mem);
        }
    }

    private static long peakKb(Path mem) throws IOException {
        // GNU time writes "Command exited with non-zero status N" before the figure when the command fails
        for (String line : Files.readAllLines(mem, StandardCharsets.UTF_8).reversed()) {
            if (line.strip().matches("\\d+")) {
                return Long.parseLong(line.strip());
            }
        }
        return -1;
    }

    private static long lines(Path file) throws IOException {
        long n = 0;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            while (r.readLine() != null) {
                n++;
            }
        }
        return n;
    }

    private static String lastLine(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        for (String line : lines.reversed()) {
            if (!line.isBlank()) {
                return new String(line.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8).strip();
            }
        }
        return "";
    }
}
