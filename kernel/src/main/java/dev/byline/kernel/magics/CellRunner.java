package dev.byline.kernel.magics;

import dev.byline.kernel.eval.CellFailure;
import dev.byline.kernel.eval.JavaEvaluator;
import dev.byline.kernel.eval.Outcome;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a notebook cell: a {@code %%magic} heading takes the whole cell; otherwise {@code %magic}
 * lines and Java code run in the order written. Code keeps its line numbers (magic lines become
 * blank), so errors point at the lines the user sees.
 *
 * <pre>{@code
 * Outcome o = runner.run("%classpath lib/extra.jar\nnew Extra().name()", "[4]");
 * }</pre>
 */
public final class CellRunner {
    private final JavaEvaluator java;
    private final Magics magics;
    // the cell being run: its label, and the line (from 0) where the code of the magic being called starts
    private String label = "";
    private int magicLine;

    public CellRunner(JavaEvaluator java, Magics magics) {
        this.java = java;
        this.magics = magics;
    }

    /** Runs the cell; the outcome is the value of its last part. */
    public Outcome run(String cell, String label) throws CellFailure {
        String outerLabel = this.label;
        int outerLine = this.magicLine;
        this.label = label;
        try {
            return runCell(cell, label);
        } finally {
            this.label = outerLabel;
            this.magicLine = outerLine;
        }
    }

    /**
     * Runs code a magic of the running cell was given (the body of {@code %%time}, the rest of a {@code %time} line)
     * as part of that cell: errors name the cell and the line of the cell the code is on.
     */
    public Outcome runPart(String code) throws CellFailure {
        return run("\n".repeat(magicLine) + code, label);
    }

    private Outcome runCell(String cell, String label) throws CellFailure {
        String stripped = cell.stripLeading();
        if (stripped.startsWith("%%")) {
            // the body starts on the line after the %% line (blank lines before it are kept out of stripped)
            String before = cell.substring(0, cell.length() - stripped.length());
            magicLine = (int) before.chars().filter(c -> c == '\n').count() + 1;
            int eol = stripped.indexOf('\n');
            String head = (eol < 0 ? stripped : stripped.substring(0, eol)).substring(2).strip();
            String body = eol < 0 ? "" : stripped.substring(eol + 1);
            String name = head.split("\\s+", 2)[0];
            String args = head.substring(name.length()).strip();
            Magic magic = magics.cell(name).orElseThrow(() -> unknown("%%" + name));
            return call(magic, args, body);
        }
        String[] lines = cell.split("\n", -1);
        Outcome last = Outcome.none();
        int codeStart = -1;
        for (int i = 0; i <= lines.length; i++) {
            boolean magicLine = i < lines.length && lines[i].stripLeading().startsWith("%");
            if (i == lines.length || magicLine) {
                if (codeStart >= 0) {
                    String code = codeBetween(lines, codeStart, i);
                    if (!code.isBlank()) {
                        last = java.eval(MagicExpressions.rewrite(code, magics), label);
                    }
                    codeStart = -1;
                }
                if (magicLine) {
                    this.magicLine = i;
                    String head = lines[i].strip().substring(1);
                    String name = head.split("\\s+", 2)[0];
                    String args = head.substring(name.length()).strip();
                    Magic magic = magics.line(name).orElseThrow(() -> unknown("%" + name));
                    last = call(magic, args, null);
                }
            } else if (codeStart < 0) {
                codeStart = i;
            }
        }
        return last;
    }

    private static String codeBetween(String[] lines, int from, int to) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < to; i++) {
            out.add(i < from ? "" : lines[i]);
        }
        return String.join("\n", out);
    }

    private MagicException unknown(String what) {
        return new MagicException("unknown magic " + what + ". " + magics.describe().replace('\n', ' '));
    }

    private static Outcome call(Magic magic, String args, String body) throws CellFailure {
        Object result;
        try {
            result = magic.run(args, body);
        } catch (CellFailure | MagicException e) {
            throw e;
        } catch (Exception e) {
            throw new MagicException(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return result == null || result instanceof Silent ? Outcome.none() : result instanceof Outcome o ? o : Outcome.of(result);
    }
}
