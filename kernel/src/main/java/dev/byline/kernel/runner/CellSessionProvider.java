package dev.byline.kernel.runner;

import java.util.ServiceLoader;

/**
 * Opens {@link CellSession}s. The kernel registers one (a {@code META-INF/services} entry) that
 * evaluates with the same JShell evaluator and display code as the Jupyter kernel.
 */
public interface CellSessionProvider {
    /** Opens a fresh session. */
    CellSession open();

    /**
     * The registered provider.
     *
     * @throws IllegalStateException if none is on the class path
     */
    static CellSessionProvider load() {
        return ServiceLoader.load(CellSessionProvider.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("no CellSessionProvider on the class path"));
    }
}
