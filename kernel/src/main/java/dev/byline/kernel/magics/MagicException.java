package dev.byline.kernel.magics;

/** A magic could not do what was asked; the message says why, in one line. */
public final class MagicException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MagicException(String message) {
        super(message);
    }
}
