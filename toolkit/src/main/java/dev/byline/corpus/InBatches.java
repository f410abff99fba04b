package dev.byline.corpus;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Work on the items of a list in parallel, each thread taking the next few items in list order as it finishes the
 * last: the calling thread and the common pool's, as a parallel stream uses them. A parallel stream over a list
 * splits it once into about four parts a thread, so the pass ends when the slowest of them does: one thread can
 * be left with a part of a million words while the others wait (on two processors a part is a quarter of the
 * corpus). Here no thread is more than one small batch behind the others.
 */
final class InBatches {
    /** The most items a thread takes at once (files: a few milliseconds' work). */
    private static final int MOST = 32;

    private InBatches() {
    }

    /**
     * Applies {@code action} to every item of {@code items} (a list with fast random access), on several threads at
     * once. Returns when every item is done; an exception thrown by {@code action} stops the others taking more
     * items and is rethrown here, as a parallel stream rethrows it.
     */
    static <T> void forEach(List<T> items, Consumer<? super T> action) {
        forEach(items.size(), k -> action.accept(items.get(k)));
    }

    /** {@link #forEach(List, Consumer)} of the indexes {@code 0} to {@code n - 1}. */
    static void forEach(int n, IntConsumer action) {
        int threads = Math.min(ForkJoinPool.getCommonPoolParallelism() + 1, n);
        int batch = Math.max(1, Math.min(MOST, n / Math.max(1, threads * 16)));
        AtomicInteger next = new AtomicInteger();
        Runnable work = () -> {
            for (int from = next.getAndAdd(batch); from < n; from = next.getAndAdd(batch)) {
                int to = Math.min(n, from + batch);
                try {
                    for (int k = from; k < to; k++) {
                        action.accept(k);
                    }
                } catch (RuntimeException | Error e) {
                    next.set(n);   // no thread takes another batch
                    throw e;
                }
            }
        };
        if (threads <= 1) {
            work.run();
            return;
        }
        // one task a thread, through a parallel stream: with no pool threads at all (a parallelism of 0) the caller
        // runs them in turn, where a task submitted to the pool and joined would wait forever
        IntStream.range(0, threads).parallel().forEach(t -> work.run());
    }
}
