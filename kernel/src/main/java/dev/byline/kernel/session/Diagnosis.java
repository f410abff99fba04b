package dev.byline.kernel.session;

import dev.byline.kernel.eval.CellFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Explains the failures that look fatal but are not: the kernel runs cells in its own JVM, so a
 * stack overflow or an exhausted heap ends the cell's thread, not the kernel. Long repeated stack
 * frames (deep recursion) are folded into one line.
 */
final class Diagnosis {
    private Diagnosis() {
    }

    static List<String> explain(CellFailure f) {
        List<String> lines = fold(f.details());
        switch (f.name()) {
            case "java.lang.StackOverflowError" -> lines.add(
                    "The cell recursed too deeply and overflowed its stack. The kernel is still running and "
                            + "your variables are kept; look for a recursion without a base case.");
            case "java.lang.OutOfMemoryError" -> {
                if (isHeapExhaustion(f.getMessage())) {
                    // what survives a collection now is what the session's variables hold, not the failed allocation
                    System.gc();
                    lines.add(String.format(Locale.ROOT, "The cell ran out of memory: the kernel's heap is limited to %d MiB, "
                                    + "and after the error %d MiB of it are still held by the session's variables. The kernel "
                                    + "is still running; set large variables to null (big = null;) or restart the kernel, or "
                                    + "reinstall it with --jvm-opt -Xmx<size> for a larger heap.",
                            Runtime.getRuntime().maxMemory() >> 20, HeapWatch.retained() >> 20));
                } else if ("Requested array size exceeds VM limit".equals(f.getMessage())) {
                    lines.add("No Java array can be that long (the limit is just under 2^31 elements), whatever the heap.");
                }
            }
            default -> { }
        }
        return lines;
    }

    /**
     * Whether an OutOfMemoryError is the JVM's own report of an exhausted heap, not one a cell or a library threw
     * ({@code throw new OutOfMemoryError()} says nothing about the heap).
     */
    static boolean isHeapExhaustion(String message) {
        return "Java heap space".equals(message) || "GC overhead limit exceeded".equals(message);
    }

    private static List<String> fold(List<String> details) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < details.size()) {
            String line = details.get(i);
            int j = i;
            while (j + 1 < details.size() && details.get(j + 1).equals(line)) {
                j++;
            }
            out.add(line);
            if (j > i) {
                out.add("    ... the line above repeats " + (j - i) + " more times");
            }
            i = j + 1;
        }
        return out;
    }
}
