package dev.byline.kernel.runtime;

import dev.byline.kernel.eval.CellFailure;
import java.util.List;

/**
 * IJava's notebook functions for the kernel itself, imported statically at start-up: the kernel handle, {@code eval}
 * and the magics as calls.
 *
 * <pre>{@code
 * (int) eval("1 + 2") + 3                      // 6
 * List<String> added = lineMagic("jars", List.of("lib/*.jar"));
 * kernel().classpath()
 * }</pre>
 */
public final class Kernel {
    private static volatile KernelHandle handle;

    private Kernel() {
    }

    /** Connects the functions to the running session (done by the kernel and the notebook runner). */
    public static void attach(KernelHandle kernel) {
        handle = kernel;
    }

    /** The running kernel. */
    public static KernelHandle kernel() {
        KernelHandle h = handle;
        if (h == null) {
            throw new IllegalStateException("no Byline kernel is running in this process");
        }
        return h;
    }

    /**
     * IJava's name for {@link #kernel()}.
     *
     * @deprecated JJava renamed it {@code kernel()}; this stays for IJava notebooks.
     */
    @Deprecated
    public static KernelHandle getKernelInstance() {
        return kernel();
    }

    /** Evaluates code (magics included) in this session; returns the value of its last expression, or null. */
    public static Object eval(String code) throws CellFailure {
        return kernel().eval(code);
    }

    /** {@code %name args...} as a call; the value is the magic's (the jars {@code %jars} added, for instance). */
    public static <T> T lineMagic(String name, List<String> args) {
        return kernel().lineMagic(name, args);
    }

    /** {@code %%name args...} over {@code body} as a call. */
    public static <T> T cellMagic(String name, List<String> args, String body) {
        return kernel().cellMagic(name, args, body);
    }
}
