package dev.byline.kernel.eval;

import java.util.function.BooleanSupplier;

/**
 * Holds JShell's class index back until the session has been left alone for {@link #QUIET_MILLIS}.
 *
 * <p>As soon as a session is built, JShell indexes every class of the JDK and of the class path on a thread of its own
 * (about 50,000 files with Byline's jar, 0.25-0.3 s of CPU, and ~20 MB of maps that survive into the old generation),
 * pausing only while an evaluation or a completion runs. Started at once it competes for the two cores of a small
 * machine with the start-up imports, the first cell and every cell after it until it is done: 60 ms of its CPU fell
 * before the first result and 5-7 ms into each of the next 30 cells, with the garbage collection and compilation of its
 * own code on top. The index serves only the completion of package names and of classes not imported yet, so it can
 * wait for a pause: "Run All" sends cells back to back, a person reading or typing leaves seconds between them.
 *
 * <p>JShell has no API for this. Its indexer asks the file manager for the locations to index before anything else
 * ({@code SourceCodeAnalysisImpl.refreshIndexes}, through {@code getLocationAsPaths}); {@link SteadyFileManager} calls
 * {@link #awaitQuiet()} there, on that thread only. Should a JDK index another way, nothing waits and the index is
 * built at once, as before.
 *
 * <pre>{@code
 * ClassIndexGate gate = new ClassIndexGate();
 * JShell shell = JShell.builder().fileManager(fm -> new SteadyFileManager(fm, gate)).build();
 * gate.inUse(lock::isLocked);
 * gate.used();      // whenever the session lets go of JShell (each start-up snippet included)
 * gate.open();      // when the session closes: the indexer thread is shared by every JShell in the JVM
 * }</pre>
 */
final class ClassIndexGate {
    /** How long the session must have been left alone before the index is built. */
    static final long QUIET_MILLIS = 1000;
    private static final long POLL_MILLIS = 50;
    private volatile long lastUse = System.nanoTime();
    private volatile BooleanSupplier userWaiting = () -> false;
    private volatile BooleanSupplier inUse = () -> false;
    private volatile boolean open;
    private volatile boolean wanted;

    /** The session let go of JShell just now. */
    void used() {
        lastUse = System.nanoTime();
    }

    /** What says a request is on its way (the kernel's count of waiting requests). */
    void userWaiting(BooleanSupplier waiting) {
        this.userWaiting = waiting;
    }

    /** What says JShell is in use now (the evaluator's lock is held), however long that lasts. */
    void inUse(BooleanSupplier busy) {
        this.inUse = busy;
    }

    /** Lets the indexer through from now on, whatever the session does (it is closing). */
    void open() {
        open = true;
    }

    /**
     * Lets the indexer through now, though JShell is in use, because a completion needs the index (a package name);
     * {@link #settled()} holds it back again for the index's later refreshes (after a jar is added).
     */
    void wanted() {
        wanted = true;
    }

    /** The index a completion wanted is built (or the completion gave up on it). */
    void settled() {
        wanted = false;
    }

    /**
     * Whether a caller would pass now: open, wanted by a completion, or JShell unused for {@link #QUIET_MILLIS} and no
     * request waiting.
     */
    boolean quiet() {
        return open || wanted || System.nanoTime() - lastUse >= QUIET_MILLIS * 1_000_000L && !inUse.getAsBoolean()
                && !userWaiting.getAsBoolean();
    }

    /** Blocks the calling thread (JShell's indexer) until {@link #quiet()}; an interrupt lets it through. */
    void awaitQuiet() {
        while (!quiet()) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
