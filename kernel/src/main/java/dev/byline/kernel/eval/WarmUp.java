package dev.byline.kernel.eval;

import dev.byline.kernel.protocol.KernelLog;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;

/**
 * Loads and trains the compiler and JShell's analysis before the user needs them, in steps that yield to the user,
 * on the thread that started the evaluator. Its throw-away cells run under names of their own and are dropped again,
 * so nothing is left in the session and the user's first value is still {@code $1}.
 *
 * <pre>{@code
 * warmUp.run(() -> requestsWaiting.get() > 0);   // returns once done, or when the evaluator closes
 * }</pre>
 */
final class WarmUp {
    /**
     * Throw-away cells of the kinds people run most, one step each (names of the warm-up's own, dropped at the end of
     * the step): the form a plain value cell takes ({@link PlainValue}), an expression on JShell's own path, a
     * variable, a method and a call of it, a statement.
     */
    static final List<List<String>> CELLS = List.of(
            List.of("Object $bylineValue = (String.valueOf(1 + 1));"),
            List.of("String.valueOf(2).length()"),
            List.of("int $bylineWarmUpInt = Integer.parseInt(\"3\") + 1;"),
            List.of("int $bylineWarmUpTwice(int x) { return 2 * x; }", "Object $bylineValue = ($bylineWarmUpTwice(4));"),
            List.of("for (int $bylineI = 0; $bylineI < 2; $bylineI++) { java.util.List.of($bylineI).size(); }"));
    /** How many times the warm-up runs {@link #CELLS} while the kernel is idle. */
    static final int ROUNDS = 4;

    private final ShellState state;
    private final TempNames names;
    /** The evaluator's lock: JShell is not thread-safe, and user requests and the warm-up take turns. */
    private final ReentrantLock lock;
    private final IdleWork valueTypes;
    private final ClassIndexGate indexGate;
    private volatile boolean closed;
    private volatile boolean evaluated;
    private volatile boolean completed;

    WarmUp(ShellState state, TempNames names, ReentrantLock lock, IdleWork valueTypes, ClassIndexGate indexGate) {
        this.state = state;
        this.names = names;
        this.lock = lock;
        this.valueTypes = valueTypes;
        this.indexGate = indexGate;
    }

    /** The user ran a cell: it warmed the compiler as well as the first step would. */
    void cellRan() {
        evaluated = true;
    }

    /** The user asked for a completion: it loaded the analysis as well as the second step would. */
    void completionAsked() {
        completed = true;
    }

    /**
     * Runs the steps: each waits while {@code userWaiting} says a request is coming, and is skipped once the user has
     * done the same thing. Then, only while the kernel is idle, a few rounds of {@link #CELLS}.
     */
    void run(BooleanSupplier userWaiting) {
        whenIdle(userWaiting, false, () -> {
            if (!evaluated) {
                runCells(CELLS.get(0));
            }
        });
        whenIdle(userWaiting, false, () -> {
            if (!completed) {
                state.analysis().completionSuggestions("Strin", 5, new int[1]);
                state.analysis().analyzeCompletion("int x = 1;");
            }
        });
        // javac's code is compiled by the JIT as it becomes hot, cell by cell: right after start that compilation and
        // the interpreted code before it cost more than a cell itself (C1 ~6 ms, the cell's own thread 11-13 ms instead
        // of 7 over the first 30 cells). Cells of the common kinds, run while nobody waits, move that work off the
        // first cells a person runs; a cell that comes meanwhile waits for one of them at most.
        for (int round = 0; round < ROUNDS && !closed; round++) {
            for (List<String> cells : CELLS) {
                whenIdle(userWaiting, true, () -> runCells(cells));
            }
        }
        KernelLog.trace("warm-up done");
    }

    /** Runs throw-away cells under the warm-up's own names and drops what they defined, last first. */
    private void runCells(List<String> cells) {
        names.warming(true);
        List<Snippet> made = new ArrayList<>();
        try {
            for (String cell : cells) {
                for (SnippetEvent e : state.shell().eval(cell)) {
                    if (e.causeSnippet() == null) {
                        made.add(e.snippet());
                    }
                }
            }
        } finally {
            for (int i = made.size() - 1; i >= 0; i--) {
                state.drop(made.get(i));
            }
            names.warming(false);
        }
    }

    /**
     * Runs {@code step} under the lock once no request is waiting (and, if {@code quietFirst}, nobody has used JShell
     * for {@link IdleWork#QUIET_MILLIS}: Run All's cells come back to back, and one should not wait for a step).
     */
    private void whenIdle(BooleanSupplier userWaiting, boolean quietFirst, Runnable step) {
        while (!closed) {
            if (!userWaiting.getAsBoolean() && (!quietFirst || valueTypes.quiet()) && lock.tryLock()) {
                try {
                    if (!userWaiting.getAsBoolean() && !closed) {
                        step.run();
                        return;
                    }
                } finally {
                    indexGate.used();
                    lock.unlock();
                }
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Ends the warm-up after its current step. */
    void close() {
        closed = true;
    }
}
