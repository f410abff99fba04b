package dev.byline.kernel.eval;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import jdk.jshell.execution.DirectExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * JShell's execution engine, in this process (no debugger round trip, so a warm cell is fast), built for a kernel:
 * <ul>
 * <li>a cell runs on a virtual thread of its own, so an interrupt unblocks what the JDK lets a virtual thread be
 *     interrupted out of: socket accept, read and write, channels, sleeps, waits, locks, queues;</li>
 * <li>snippets and the classes of added jars carry stop checks and exit guards ({@link SnippetBytecode});</li>
 * <li>a cell that still has not stopped {@link #STOP_GRACE_MILLIS} after an interrupt (blocked in a file read, busy
 *     in JDK code that has no stop checks) is left behind on its thread, and the evaluator told what it was doing,
 *     so the kernel answers instead of staying busy;</li>
 * <li>it hands the evaluator the object of a variable, not only its string form, so a Table renders as HTML.</li>
 * </ul>
 */
final class CapturingExecutionControl extends DirectExecutionControl {
    /** How long an interrupted cell has to stop before it is left behind. */
    static final long STOP_GRACE_MILLIS = 600;
    private final SessionClassLoader loader;
    private volatile Object captured;
    private volatile ExitRequestedException exit;
    private volatile boolean holding;
    private volatile Thread cellThread;
    private volatile long stopAt;
    private volatile String leftBehind;
    private Field stopFlag;

    private CapturingExecutionControl(SessionClassLoader loader) {
        super(loader);
        this.loader = loader;
    }

    /** While holding, snippets are compiled and loaded but not run (the evaluator's whole-cell compile check). */
    void holdInvocations(boolean hold) {
        holding = hold;
    }

    @Override
    public String invoke(String className, String methodName) throws RunException, EngineTerminationException, InternalException {
        return holding ? "" : super.invoke(className, methodName);
    }

    @Override
    public void load(ClassBytecodes[] classes) throws ClassInstallException, NotImplementedException, EngineTerminationException {
        if (stopFlag == null) {
            super.load(new ClassBytecodes[] {new ClassBytecodes(SnippetBytecode.STOP_CLASS, SnippetBytecode.stopClass())});
            try {
                stopFlag = findClass(SnippetBytecode.STOP_CLASS).getField("stop");
            } catch (ReflectiveOperationException e) {
                throw new ClassInstallException("the stop flag class did not load: " + e, new boolean[classes.length]);
            }
        }
        ClassBytecodes[] guarded = new ClassBytecodes[classes.length];
        for (int i = 0; i < classes.length; i++) {
            guarded[i] = new ClassBytecodes(classes[i].name(), SnippetBytecode.rewrite(classes[i].bytecodes()));
        }
        super.load(guarded);
    }

    @Override
    protected String invoke(Method doit) throws Exception {
        if (stopAt != 0) {
            throw new StoppedException();   // stopped between two snippets of the cell (while compiling the next)
        }
        CompletableFuture<Object> result = new CompletableFuture<>();
        Thread thread = Thread.ofVirtual().name(ExitGuard.CELL_THREAD).unstarted(() -> {
            try {
                result.complete(doit.invoke(null));
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        thread.setContextClassLoader(loader.classLoader());
        cellThread = thread;
        thread.start();
        try {
            while (true) {
                try {
                    return valueString(result.get(50, TimeUnit.MILLISECONDS));
                } catch (TimeoutException e) {
                    long since = stopAt;
                    if (since != 0 && System.nanoTime() - since > STOP_GRACE_MILLIS * 1_000_000) {
                        leftBehind = where(thread);
                        throw new StoppedException();
                    }
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof InvocationTargetException ite && ite.getCause() instanceof CellStopped) {
                        throw new StoppedException();
                    }
                    if (cause instanceof Exception ex) {
                        throw ex;
                    }
                    throw new InvocationTargetException(cause);
                }
            }
        } finally {
            cellThread = null;
        }
    }

    /** The top frames of a thread that would not stop, for the reader. */
    private static String where(Thread thread) {
        List<String> frames = new ArrayList<>();
        for (StackTraceElement f : thread.getStackTrace()) {
            if (frames.size() == 4 || f.getClassName().startsWith("jdk.internal.reflect.")) {
                break;
            }
            frames.add(f.getClassName().startsWith("REPL.") ? "the cell" : f.getClassName() + "." + f.getMethodName());
        }
        return frames.isEmpty() ? "code that does not respond to interrupts" : String.join(" < ", frames);
    }

    /** Forgets an earlier stop: a new cell starts (the evaluator calls this before its first snippet). */
    void resetStop() {
        stopAt = 0;
        setStop(false);
    }

    /** Stops the cell: the running snippet at once (or within the grace period), any later one before it starts. */
    @Override
    public void stop() {
        setStop(true);
        stopAt = System.nanoTime();
        Thread thread = cellThread;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void setStop(boolean value) {
        try {
            if (stopFlag != null) {
                stopFlag.setBoolean(null, value);
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("the stop flag is not accessible", e);
        }
    }

    /** What the last cell left behind was doing when it was given up on, then forgotten; null if none was. */
    String takeLeftBehind() {
        String s = leftBehind;
        leftBehind = null;
        return s;
    }

    @Override
    protected String throwConvertedInvocationException(Throwable cause) throws RunException, InternalException {
        exit = cause instanceof ExitRequestedException e ? e : null;   // JShell passes on only its class name and message
        return super.throwConvertedInvocationException(cause);
    }

    /** The exit the last failed invocation asked for, then forgotten. */
    ExitRequestedException takeExit() {
        ExitRequestedException e = exit;
        exit = null;
        return e;
    }

    @Override
    public String varValue(String className, String varName) throws RunException, EngineTerminationException, InternalException {
        try {
            Field field = findClass(className).getDeclaredField(varName);
            field.setAccessible(true);
            captured = field.get(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            captured = null;
        }
        return super.varValue(className, varName);
    }

    /** The object read by the last {@code varValue}, then forgotten. */
    Object takeCaptured() {
        Object o = captured;
        captured = null;
        return o;
    }

    /** Creates the engine for {@link jdk.jshell.JShell.Builder#executionEngine}, remembering it. */
    static final class Provider implements ExecutionControlProvider {
        private volatile CapturingExecutionControl created;

        @Override
        public String name() {
            return "byline-local";
        }

        @Override
        public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
            created = new CapturingExecutionControl(new SessionClassLoader());
            return created;
        }

        CapturingExecutionControl control() {
            return created;
        }
    }
}
