package dev.byline.kernel.session;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Locale;
import java.util.Optional;

/**
 * Watches how full the heap stays after garbage collection. When variables hold nearly all of it (after an
 * out-of-memory error whose data is still referenced, say), every allocation makes the JVM collect in vain and each
 * cell takes seconds; the session says so once, with the figures and the way out, until memory is freed.
 */
final class HeapWatch {
    /** Share of the maximum heap still in use after a collection from which the session is slow. */
    static final double FULL = 0.85;
    private boolean warned;

    /** Bytes in use after the last collection of each heap pool (what survives: what variables hold). */
    static long retained() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage after = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
            if (after != null) {
                used += after.getUsed();
            }
        }
        return used;
    }

    /** The note to show after a cell, if the heap has just become (and stays) nearly full. */
    Optional<String> afterCell() {
        long max = Runtime.getRuntime().maxMemory();
        long used = retained();
        boolean full = max > 0 && used > FULL * max;
        if (!full) {
            warned = false;
            return Optional.empty();
        }
        if (warned) {
            return Optional.empty();
        }
        warned = true;
        return Optional.of(String.format(Locale.ROOT, "Note: the session's variables hold %d MiB of the %d MiB heap even "
                + "after garbage collection, so every cell now makes the JVM collect in vain and runs slowly. Set the large "
                + "ones to null (big = null;) or restart the kernel; reinstall it with --jvm-opt -Xmx<size> for a larger heap.%n",
                used >> 20, max >> 20));
    }
}
