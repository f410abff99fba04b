package dev.byline.kernel;

import dev.byline.kernel.runner.CellSession;
import dev.byline.kernel.runner.CellSessionProvider;

/** Registers {@link NotebookSession} with the notebook runner (see META-INF/services). */
public final class NotebookSessionProvider implements CellSessionProvider {
    @Override
    public CellSession open() {
        return new NotebookSession();
    }
}
