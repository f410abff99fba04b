package dev.byline.kernel.eval;

import dev.byline.kernel.protocol.KernelLog;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

/**
 * Starts JShell on a thread of its own, so it starts while Jupyter connects. The future completes
 * as soon as the start-up imports are in (the session is usable); the same thread then warms the
 * compiler and the completion behind it, giving way whenever {@code userWaiting} says a request
 * needs JShell, so a first cell that arrives early is not kept waiting for the warm-up.
 *
 * <pre>{@code
 * CompletableFuture<JavaEvaluator> java = EvaluatorStart.inBackground(classpath, imports, () -> pending.get() > 0);
 * }</pre>
 */
public final class EvaluatorStart {
    private EvaluatorStart() {
    }

    /** Starts the evaluator; the future fails if a start-up snippet does not compile. */
    public static CompletableFuture<JavaEvaluator> inBackground(List<Path> classpath, List<String> startup,
                                                                BooleanSupplier userWaiting) {
        return inBackground(classpath, startup, List.of(), userWaiting);
    }

    /** {@link #inBackground(List, List, BooleanSupplier)} with options for the compiler. */
    public static CompletableFuture<JavaEvaluator> inBackground(List<Path> classpath, List<String> startup,
                                                                List<String> compilerOptions, BooleanSupplier userWaiting) {
        CompletableFuture<JavaEvaluator> future = new CompletableFuture<>();
        Thread start = new Thread(() -> {
            JavaEvaluator evaluator;
            try {
                evaluator = JavaEvaluator.create(classpath, startup, compilerOptions);
            } catch (RuntimeException | Error e) {
                future.completeExceptionally(e);
                return;
            }
            future.complete(evaluator);
            try {
                evaluator.warmUp(userWaiting);
            } catch (RuntimeException e) {
                KernelLog.warn("the warm-up failed (only the first cell is slower): " + e);
            }
        }, "byline-jshell-start");
        start.setDaemon(true);
        start.start();
        return future;
    }
}
