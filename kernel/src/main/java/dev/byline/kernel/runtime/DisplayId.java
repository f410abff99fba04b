package dev.byline.kernel.runtime;

/**
 * The handle {@link Notebook#display} returns, for {@link Notebook#updateDisplay}. A cell ending in
 * {@code display(x)} shows x once: the handle itself is not displayed.
 */
public record DisplayId(String id) {
    @Override
    public String toString() {
        return id;
    }
}
