package dev.byline.kernel.eval;

import java.util.List;
import java.util.OptionalInt;

/**
 * Why a cell did not complete: a compile error, an exception thrown by the cell, an interrupt, or a
 * {@code System.exit} call. {@link #name()} is the error's short name (an exception class name or
 * {@code CompilationError}), {@link #getMessage()} one line, and {@link #details()} the readable
 * lines the user sees (source with a caret, or a trimmed stack trace pointing at cell lines).
 */
public final class CellFailure extends Exception {
    private static final long serialVersionUID = 1L;

    /** The kinds of failure. */
    public enum Kind { COMPILE, RUNTIME, INTERRUPTED, STUCK, EXIT }

    private final Kind kind;
    private final String name;
    private final transient List<String> details;
    private final transient OptionalInt exitStatus;

    public CellFailure(Kind kind, String name, String message, List<String> details) {
        this(kind, name, message, details, OptionalInt.empty());
    }

    public CellFailure(Kind kind, String name, String message, List<String> details, OptionalInt exitStatus) {
        super(message);
        this.kind = kind;
        this.name = name;
        this.details = List.copyOf(details);
        this.exitStatus = exitStatus;
    }

    /** The status the cell asked the JVM to exit with, for {@link Kind#EXIT}. */
    public OptionalInt exitStatus() {
        return exitStatus;
    }

    public Kind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public List<String> details() {
        return details;
    }
}
