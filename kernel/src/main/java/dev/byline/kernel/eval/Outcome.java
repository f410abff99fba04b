package dev.byline.kernel.eval;

/**
 * What a successful cell produced: either the value of its last expression or nothing (the cell
 * ended with a declaration or a statement).
 *
 * @param hasValue whether the last snippet was an expression with a value to show
 * @param value    that value (may be null when the expression was null)
 */
public record Outcome(boolean hasValue, Object value) {
    /** A cell that shows nothing. */
    public static Outcome none() {
        return new Outcome(false, null);
    }

    /** A cell whose last expression evaluated to {@code value}. */
    public static Outcome of(Object value) {
        return new Outcome(true, value);
    }
}
