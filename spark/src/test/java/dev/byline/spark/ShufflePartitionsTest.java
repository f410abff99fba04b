package dev.byline.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ShufflePartitionsTest {
    private static final long MB = 1L << 20;

    @Test
    void smallInputsGetOnePartitionPerCoreNotSparksTwoHundred() {
        assertEquals(2, ShufflePartitions.forInput(0, 2));
        assertEquals(2, ShufflePartitions.forInput(31 * MB, 2));
        assertEquals(8, ShufflePartitions.forInput(31 * MB, 8));
    }

    @Test
    void largeInputsGetOnePartitionPer32Megabytes() {
        assertEquals(11, ShufflePartitions.forInput(325 * MB, 2));
        assertEquals(102, ShufflePartitions.forInput(3254 * MB, 2));
        assertEquals(10_000, ShufflePartitions.forInput(1L << 50, 2));
    }
}
