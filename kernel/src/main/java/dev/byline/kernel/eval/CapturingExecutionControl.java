package dev.byline.kernel.eval;

import java.lang.reflect.Field;
import jdk.jshell.execution.LocalExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;
import java.util.Map;

/**
 * JShell's in-process execution engine, with two additions: it hands the evaluator the actual
 * object of a variable (not only its string form) so the kernel can render a Table as HTML, and it
 * routes {@code System.exit} in snippet code to {@link ExitGuard} so a cell cannot end the kernel.
 *
 * <p>In-process execution is what makes a warm cell fast (no JDI round trip). Its {@code stop()}
 * stops hot loops because the JDK instruments snippet bytecode with stop checks: at backward
 * branches since JDK 20 (JDK-8289613) and also at method entry since JDK 25 (JDK-8355323).
 */
final class CapturingExecutionControl extends LocalExecutionControl {
    private volatile Object captured;
    private volatile ExitRequestedException exit;

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

    @Override
    public void load(ClassBytecodes[] classes) throws ClassInstallException, NotImplementedException, EngineTerminationException {
        ClassBytecodes[] guarded = new ClassBytecodes[classes.length];
        for (int i = 0; i < classes.length; i++) {
            guarded[i] = new ClassBytecodes(classes[i].name(), ExitGuard.rewrite(classes[i].bytecodes()));
        }
        super.load(guarded);
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
            created = new CapturingExecutionControl();
            return created;
        }

        CapturingExecutionControl control() {
            return created;
        }
    }
}
