package dev.byline.kernel.session;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.byline.kernel.display.MimeBundle;
import java.util.List;
import java.util.OptionalInt;

/**
 * What running a cell produces, in order: the kernel turns each into a Jupyter message, the headless runner into
 * an nbformat output. One cell-execution path ({@link KernelSession}) emits them for both.
 *
 * <pre>{@code
 * session.run("System.out.println(1);\n2", 1, output -> switch (output) {
 *     case CellOutput.Stream s -> ...;   // "1\n" on stdout
 *     case CellOutput.Result r -> ...;   // the bundle of 2
 *     default -> { }
 * });
 * }</pre>
 */
public sealed interface CellOutput {
    /** Text the cell wrote to {@code System.out} ({@code name} "stdout") or {@code System.err} ("stderr"). */
    record Stream(String name, String text) implements CellOutput {
    }

    /** A value shown with {@code display(x)}; {@code id} is what {@code updateDisplay} names. */
    record Display(String id, MimeBundle bundle) implements CellOutput {
    }

    /** New content for the output shown under {@code id}. */
    record Update(String id, MimeBundle bundle) implements CellOutput {
    }

    /** Clears the cell's output, now or (with {@code wait}) when the next output arrives. */
    record Clear(boolean untilNextOutput) implements CellOutput {
    }

    /** The value of the cell's last expression. */
    record Result(MimeBundle bundle) implements CellOutput {
    }

    /**
     * The cell failed.
     *
     * @param kind       why
     * @param name       the error's short name (an exception class, {@code CompilationError}, {@code SystemExit})
     * @param value      one line
     * @param traceback  the lines the reader sees
     * @param exitStatus the status asked for, when {@code kind} is {@link ErrorKind#EXIT}
     */
    record Error(ErrorKind kind, String name, String value, List<String> traceback, OptionalInt exitStatus)
            implements CellOutput {
        public Error {
            traceback = List.copyOf(traceback);
        }

        /** An error with no exit status. */
        public static Error of(ErrorKind kind, String name, String value, List<String> traceback) {
            return new Error(kind, name, value, traceback, OptionalInt.empty());
        }

        /** The same error worded differently (the runner's words for a time limit or an exit). */
        public Error reworded(String newName, String newValue, List<String> newTraceback) {
            return new Error(kind, newName, newValue, newTraceback, exitStatus);
        }

        /** Jupyter's error content ({@code ename}, {@code evalue}, {@code traceback}): the one place it is built. */
        public JsonObject content() {
            JsonObject c = new JsonObject();
            c.addProperty("ename", name);
            c.addProperty("evalue", value);
            JsonArray tb = new JsonArray();
            traceback.forEach(tb::add);
            c.add("traceback", tb);
            return c;
        }
    }
}
