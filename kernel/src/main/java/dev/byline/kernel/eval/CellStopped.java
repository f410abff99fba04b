package dev.byline.kernel.eval;

/**
 * Thrown into a cell's code (snippets, and classes loaded by the session from {@code %jars} and the like) at its next
 * stop check once the cell is interrupted: an {@link Error}, so a {@code catch (Exception e)} in the cell does not
 * swallow it.
 */
public final class CellStopped extends Error {
    private static final long serialVersionUID = 1L;

    public CellStopped() {
        super("the cell was stopped", null, false, false);
    }
}
