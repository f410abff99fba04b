package dev.byline.kernel.eval;

import java.util.concurrent.CountDownLatch;

/** Counted down by a test's cell once it runs (public, for the cell's class loader), so the test stops it running. */
public final class CellStarted {
    public static final CountDownLatch LATCH = new CountDownLatch(1);

    private CellStarted() {
    }
}
