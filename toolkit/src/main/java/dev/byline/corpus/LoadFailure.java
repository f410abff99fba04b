package dev.byline.corpus;

/** A file-level load failure inside the loader; becomes a {@link LoadProblem}. */
final class LoadFailure extends Exception {
    private static final long serialVersionUID = 1L;

    LoadFailure(String message) {
        super(message, null, false, false);
    }
}
