package dev.byline.jjava;

import java.lang.reflect.Method;
import org.dflib.jjava.jupyter.Extension;
import org.dflib.jjava.jupyter.kernel.BaseKernel;

/**
 * The JJava extension (named in {@code META-INF/services/org.dflib.jjava.jupyter.Extension}): when the toolkit joins a
 * JJava kernel's class path ({@code %maven}, {@code %jars}, {@code JJAVA_CLASSPATH}), JJava installs it, and it
 * runs Byline's start-up imports and {@link JJavaDisplay#attach()} in the notebook.
 *
 * <p>JJava loads extensions in a class loader of their own, beside the notebook's: a {@code Table} class seen here is
 * not the one the user's cells make. So nothing is registered from here; the set-up is evaluated as notebook code,
 * where the classes are the user's.
 */
public final class BylineExtension implements Extension {
    @Override
    public void install(BaseKernel kernel) {
        evaluate(kernel, Shown.startupSource());
        evaluate(kernel, JJavaDisplay.class.getName() + ".attach();");
    }

    /** JJava's evalBuilder(source).eval() where it has one (1.0 alphas after a6), else the older evalRaw(source). */
    static Object evaluate(BaseKernel kernel, String source) {
        try {
            Method builder = findMethod(kernel.getClass(), "evalBuilder");
            if (builder != null) {
                Object b = builder.invoke(kernel, source);
                Method eval = findMethod(builder.getReturnType(), "eval");
                return eval.invoke(b);
            }
            return kernel.evalRaw(source);
        } catch (ReflectiveOperationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IllegalStateException("Byline's set-up failed on this JJava kernel: " + cause, cause);
        }
    }

    private static Method findMethod(Class<?> type, String name) {
        for (Method m : type.getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == (name.equals("eval") ? 0 : 1)) {
                return m;
            }
        }
        return null;
    }
}
