package dev.byline.quotes;

import it.unimi.dsi.fastutil.longs.Long2ObjectMap;
import java.util.Arrays;

/**
 * Increasing stamps, appended in order, some of them dead (their speaker was mentioned again and got a newer stamp).
 * A dead stamp stays until dead ones outnumber live ones, when the list is rewritten with the live ones only, so
 * a list costs memory and reading time in proportion to its live stamps, and each removal is O(1) amortised instead
 * of a sorted set's rebalancing. Liveness is read from the map of live speakers by stamp that {@link SpeakerMemory}
 * keeps.
 *
 * <p>For example: {@code add(1); add(2); add(3);} then stamp 2 dies ({@code killed}): {@code size()} is 3 until a
 * rewrite, {@code live()} is 2, and {@code last} is 3.
 */
final class StampList {
    private long[] stamps = new long[4];
    private int size;
    private int live;

    /** Appends {@code stamp}, larger than any stamp added before. */
    void add(long stamp) {
        if (size == stamps.length) {
            stamps = Arrays.copyOf(stamps, size * 2);
        }
        stamps[size++] = stamp;
        live++;
    }

    /** One of this list's stamps has died (it is no longer a key of {@code alive}). */
    void killed(Long2ObjectMap<?> alive) {
        live--;
        if (size > 2 * live + 8) {
            int kept = 0;
            for (int i = 0; i < size; i++) {
                if (alive.containsKey(stamps[i])) {
                    stamps[kept++] = stamps[i];
                }
            }
            size = kept;
        }
    }

    /** The number of live stamps. */
    int live() {
        return live;
    }

    /** The number of stamps held, dead ones included: the bound for {@link #get}. */
    int size() {
        return size;
    }

    /** The {@code i}-th stamp held, in increasing order; it may be dead. */
    long get(int i) {
        return stamps[i];
    }

    /** The largest live stamp, or -1; dead stamps at the end are dropped on the way. */
    long last(Long2ObjectMap<?> alive) {
        while (size > 0 && !alive.containsKey(stamps[size - 1])) {
            size--;
        }
        return size == 0 ? -1 : stamps[size - 1];
    }
}
