package dev.byline.kernel.magics;

/**
 * A magic: {@code %name args} on a line, or {@code %%name args} heading a cell with a body.
 * Returns a value to display, or null.
 */
@FunctionalInterface
public interface Magic {
    /**
     * @param args the rest of the magic's line
     * @param body the cell below a {@code %%} line, or null for a line magic
     */
    Object run(String args, String body) throws Exception;
}
