package dev.byline.kernel.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ClassIndexGateTest {
    @Test
    void theIndexerWaitsUntilTheSessionHasBeenLeftAloneForTheQuietTime() {
        ClassIndexGate gate = new ClassIndexGate();
        gate.used();
        assertFalse(gate.quiet(), "just used");
        long start = System.nanoTime();
        gate.awaitQuiet();
        long waitedMillis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(waitedMillis >= ClassIndexGate.QUIET_MILLIS - 20, "waited " + waitedMillis + " ms");
        assertTrue(gate.quiet());
    }

    @Test
    void aCellRunningLongerThanTheQuietTimeOrARequestOnItsWayKeepsTheIndexerWaiting() throws InterruptedException {
        ClassIndexGate gate = new ClassIndexGate();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicBoolean waiting = new AtomicBoolean();
        gate.inUse(running::get);
        gate.userWaiting(waiting::get);
        Thread.sleep(ClassIndexGate.QUIET_MILLIS + 100);
        assertFalse(gate.quiet(), "a cell is running");
        running.set(false);
        waiting.set(true);
        assertFalse(gate.quiet(), "a request is waiting");
        waiting.set(false);
        assertTrue(gate.quiet());
    }

    @Test
    void aClosingSessionLetsTheIndexerGoAtOnce() {
        ClassIndexGate gate = new ClassIndexGate();
        gate.used();
        gate.open();
        assertTrue(gate.quiet());
        gate.awaitQuiet();   // returns at once: JShell's indexer thread is shared by every session in the JVM
    }
}
