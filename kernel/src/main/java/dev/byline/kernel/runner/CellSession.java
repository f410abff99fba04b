package dev.byline.kernel.runner;

import com.google.gson.JsonObject;
import java.util.List;

/**
 * Where the notebook runner executes code cells: the kernel's own evaluator and display code, one
 * fresh session per notebook. The runner knows nothing of JShell; the kernel knows nothing of files.
 */
public interface CellSession extends AutoCloseable {
    /**
     * Runs one code cell.
     *
     * @param source         the cell's source, magics included
     * @param executionCount the number Jupyter would show as {@code In [n]}
     * @return the cell's nbformat outputs, in the order produced, and whether it failed
     */
    CellRun run(String source, int executionCount);

    /** Asks the running cell to stop (a cell over its time limit); returns at once. */
    default void interrupt() {
    }

    /** Ends the session and frees what it holds. */
    @Override
    void close();

    /**
     * What running a cell produced.
     *
     * @param outputs  nbformat output objects (stream, display_data, execute_result, error)
     * @param failed   true if the cell raised an error
     * @param endsRun  true if nothing more may run in this session (a cell that could not be stopped is still busy)
     */
    record CellRun(List<JsonObject> outputs, boolean failed, boolean endsRun) {
        public CellRun {
            outputs = List.copyOf(outputs);
        }

        public CellRun(List<JsonObject> outputs, boolean failed) {
            this(outputs, failed, false);
        }
    }
}
