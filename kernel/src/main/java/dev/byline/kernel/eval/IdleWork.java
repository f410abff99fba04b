package dev.byline.kernel.eval;

import dev.byline.kernel.protocol.KernelLog;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;

/**
 * Work the evaluator keeps off a cell's path and does while the kernel is idle, on a thread of its own: a step runs
 * only when nothing asked for JShell in the last {@link #QUIET_MILLIS}, no request is waiting, and the evaluator's lock
 * is free, so a request that comes meanwhile waits for one step at most.
 *
 * <pre>{@code
 * IdleWork types = new IdleWork("byline-value-types", lock, temps::hasPending, () -> temps.resolveOldest(...));
 * types.start();   // once there is work; the evaluator calls types.used() whenever it lets go of JShell
 * }</pre>
 */
final class IdleWork {
    /** How long the evaluator must have been left alone before a step runs. */
    static final long QUIET_MILLIS = 50;
    private final String name;
    private final ReentrantLock lock;
    private final BooleanSupplier hasWork;
    private final Runnable step;
    private volatile BooleanSupplier userWaiting = () -> false;
    private volatile long lastUse = System.nanoTime();
    private volatile boolean closed;
    private Thread thread;

    IdleWork(String name, ReentrantLock lock, BooleanSupplier hasWork, Runnable step) {
        this.name = name;
        this.lock = lock;
        this.hasWork = hasWork;
        this.step = step;
    }

    /** What says a request is on its way (the kernel's count of waiting requests). */
    void userWaiting(BooleanSupplier waiting) {
        this.userWaiting = waiting;
    }

    /** The evaluator let go of JShell just now. */
    void used() {
        lastUse = System.nanoTime();
    }

    /** Whether nobody has used JShell for {@link #QUIET_MILLIS} (other idle work may go ahead). */
    boolean quiet() {
        return System.nanoTime() - lastUse > QUIET_MILLIS * 1_000_000L;
    }

    /** Starts the thread, the first time only. */
    synchronized void start() {
        if (thread != null || closed) {
            return;
        }
        thread = Thread.ofPlatform().daemon().name(name).start(() -> {
            while (!closed) {
                try {
                    Thread.sleep(QUIET_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
                // one step at a time, each under the lock, for as long as nobody asks for JShell
                while (!closed && hasWork.getAsBoolean() && quiet()
                        && !userWaiting.getAsBoolean() && lock.tryLock()) {
                    try {
                        step.run();
                    } catch (RuntimeException e) {
                        KernelLog.warn(name + ": a step failed: " + e);
                        return;
                    } finally {
                        lock.unlock();
                    }
                }
            }
        });
    }

    /** Ends the thread after its current step. */
    void close() {
        closed = true;
    }
}
