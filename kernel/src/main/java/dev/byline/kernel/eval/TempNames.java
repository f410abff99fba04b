package dev.byline.kernel.eval;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * How JShell names the temporary variable of an expression: {@code $1}, {@code $2} ... for the user's values, and a
 * name of their own for the warm-up's and the compile check's, so that those take no number from the user (JShell
 * never reuses a dropped snippet's name, so a number cannot be given back).
 *
 * <pre>{@code
 * TempNames names = new TempNames();
 * JShell shell = JShell.builder().tempVariableNameGenerator(names).build();
 * names.warming(true);    // the warm-up's throw-away values are all $bylineWarmUp
 * }</pre>
 */
final class TempNames implements Supplier<String> {
    private final AtomicBoolean warming = new AtomicBoolean();
    private final AtomicBoolean checking = new AtomicBoolean();
    /** The last number given to a {@code $N}. */
    private final AtomicInteger numbers = new AtomicInteger();

    /** The name of JShell's next temporary variable. */
    @Override
    public String get() {
        return warming.get() ? "$bylineWarmUp" : checking.get() ? "$bylineCheck" : nextValueName();
    }

    /** The next {@code $N}, for a value the evaluator ran itself, as JShell numbers a value (even one that threw). */
    String nextValueName() {
        return "$" + numbers.incrementAndGet();
    }

    /** While set, a temporary variable is the warm-up's own. */
    void warming(boolean on) {
        warming.set(on);
    }

    /** While set, a temporary variable belongs to the compile check. */
    void checking(boolean on) {
        checking.set(on);
    }
}
