package dev.byline.bench.harness;

import dev.byline.BylineException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The byline command line as a separate process: which commands and options it has, and running
 * one to a file. The prefix is the launcher ({@code ./byline}) or, in tests, {@code java -cp … Main}.
 *
 * <pre>{@code
 * BylineCli cli = new BylineCli(List.of("./byline"));
 * if (cli.has("quotes", null)) { Path csv = cli.runToFile(List.of("quotes", dir, "--format", "csv"), out); }
 * }</pre>
 */
public final class BylineCli {
    private final List<String> prefix;
    private final Map<String, Optional<String>> help = new HashMap<>();

    /** The CLI started by {@code prefix}. */
    public BylineCli(List<String> prefix) {
        this.prefix = List.copyOf(prefix);
    }

    /** The command prefix. */
    public List<String> prefix() {
        return prefix;
    }

    /** True when {@code command} exists and, if {@code option} is given, its help mentions it. */
    public boolean has(String command, String option) {
        Optional<String> text = help(command);
        return text.isPresent() && (option == null || text.get().contains(option));
    }

    private Optional<String> help(String command) {
        return help.computeIfAbsent(command, c -> {
            List<String> argv = new ArrayList<>(prefix);
            argv.addAll(List.of(c, "--help"));
            try {
                Path out = Files.createTempFile("byline-help", ".txt");
                try {
                    Process p = new ProcessBuilder(argv).redirectErrorStream(true).redirectOutput(out.toFile()).start();
                    int exit = p.waitFor();
                    String text = Files.readString(out, StandardCharsets.UTF_8);
                    // an unknown command falls through to the root's --help, which also exits 0: whose usage is it?
                    boolean exists = exit == 0 && text.lines().anyMatch(l -> l.matches("Usage: \\S+ " + c + "\\b.*"));
                    return exists ? Optional.of(text) : Optional.empty();
                } finally {
                    Files.deleteIfExists(out);
                }
            } catch (IOException e) {
                throw new BylineException("cannot run " + String.join(" ", argv) + ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BylineException("interrupted");
            }
        });
    }

    /**
     * Runs {@code args} with stdout to {@code out}.
     *
     * @throws BylineException with byline's last stderr line when it exits non-zero
     */
    public Path runToFile(List<String> args, Path out) {
        List<String> argv = new ArrayList<>(prefix);
        argv.addAll(args);
        try {
            Path err = Files.createTempFile("byline-err", ".txt");
            try {
                Process p = new ProcessBuilder(argv).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                int exit = p.waitFor();
                if (exit != 0) {
                    List<String> lines = Files.readAllLines(err, StandardCharsets.UTF_8);
                    throw new BylineException("byline " + String.join(" ", args) + " failed (exit " + exit + "): "
                            + (lines.isEmpty() ? "" : lines.getLast()));
                }
                return out;
            } finally {
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new BylineException("cannot run " + String.join(" ", argv) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BylineException("interrupted");
        }
    }
}
