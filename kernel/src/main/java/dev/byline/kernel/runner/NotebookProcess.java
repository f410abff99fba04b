package dev.byline.kernel.runner;

import dev.byline.BylineException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The child process that executes one notebook, started by {@link NotebookRunner} in the notebook's
 * own directory (so relative paths mean what they mean in Jupyter) with a fresh JVM per notebook.
 *
 * <p>Usage: {@code NotebookProcess --in NB --out NB [-p NAME=VALUE]... [--continue-on-error] [--timeout S]
 * [--precision N]}.
 * It reports each code cell on standard output as a line starting with {@link #EVENT}; exit 0 when
 * every cell ran, 3 when a cell failed, 4 when a cell ran past its time limit, 1 on bad input.
 */
public final class NotebookProcess {
    /** Marks progress lines, so that anything a cell prints cannot be mistaken for one. */
    static final String EVENT = "\u0001byline-cell\t";
    static final int CELL_FAILED = 3;
    static final int TIMED_OUT = 4;

    private NotebookProcess() {
    }

    public static void main(String[] args) {
        PrintStream events = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        Path in = null;
        Path out = null;
        List<String> params = new ArrayList<>();
        boolean continueOnError = false;
        long timeoutSeconds = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--in" -> in = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "-p" -> params.add(args[++i]);
                case "--continue-on-error" -> continueOnError = true;
                case "--timeout" -> timeoutSeconds = Long.parseLong(args[++i]);
                case "--precision" -> dev.byline.kernel.display.DisplayOptions.precision(Integer.parseInt(args[++i]));
                default -> {
                    System.err.println("byline: notebook process: unknown argument " + args[i]);
                    System.exit(1);
                }
            }
        }
        try {
            Notebook notebook = Notebook.read(in);
            NotebookParameters parameters = NotebookParameters.parse(params);
            try (RunnerSession session = RunnerSession.open(timeoutSeconds, events)) {
                NotebookExecutor.Result result = new NotebookExecutor(session, parameters, continueOnError)
                        .execute(notebook, e -> events.println(EVENT + e.index() + "\t" + e.codeIndex() + "\t"
                                + e.codeCells() + "\t" + (e.failed() ? "error" : "ok") + "\t" + e.millis() + "\t"
                                + e.summary().replace('\t', ' ').replace('\n', ' ')));
                Notebook.of(in, result.executed()).write(out);
                events.flush();
                System.exit(result.ok() ? 0 : CELL_FAILED);
            }
        } catch (BylineException e) {
            System.err.println("byline: " + e.getMessage());
            System.exit(1);
        }
    }
}
