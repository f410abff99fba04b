package dev.byline.terms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * One value per thread for the length of one computation: the counters and accumulators a parallel
 * stream's threads each fill. Unlike a {@link ThreadLocal}, nothing stays attached to the pool's threads
 * once the computation's object is dropped, which matters in a long-running notebook kernel.
 */
final class PerThread<T> {
    private final Map<Thread, T> values = new ConcurrentHashMap<>();
    private final Supplier<T> make;

    PerThread(Supplier<T> make) {
        this.make = make;
    }

    /** This thread's value, made on first use. */
    T get() {
        return values.computeIfAbsent(Thread.currentThread(), t -> make.get());
    }

    /** Every value made so far; call once the parallel work is over. */
    List<T> all() {
        return new ArrayList<>(values.values());
    }
}
