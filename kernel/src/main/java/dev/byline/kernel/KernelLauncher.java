package dev.byline.kernel;

import dev.byline.BylineException;
import dev.byline.kernel.protocol.ConnectionInfo;
import dev.byline.kernel.protocol.KernelLog;
import dev.byline.kernel.protocol.KernelServer;
import dev.byline.kernel.session.CellOutput;
import dev.byline.kernel.session.ErrorKind;
import java.nio.file.Path;
import java.util.List;

/**
 * Starts the kernel for a connection file: {@code byline kernel run CONNECTION_FILE}, or
 * {@code java -cp byline.jar dev.byline.kernel.KernelLauncher CONNECTION_FILE}.
 */
public final class KernelLauncher {
    /**
     * The imports every session starts with: the toolkit, Tablesaw's API and the display helpers. The kernel's own
     * functions come first: the imports run as one JShell snippet named by its first import, which a cell repeating
     * it would replace (see {@code StartupSnippets}), and nobody types this one.
     */
    public static final List<String> STARTUP = java.util.stream.Stream.concat(
            java.util.stream.Stream.of("import static dev.byline.kernel.runtime.Kernel.*;"),
            dev.byline.display.StartupImports.forBylineKernel().stream()).toList();

    private KernelLauncher() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: KernelLauncher CONNECTION_FILE");
            System.exit(2);
        }
        if (args[0].equals("--train")) {
            train();
            System.exit(0);   // a normal exit, so -XX:ArchiveClassesAtExit writes the archive
        }
        try {
            run(Path.of(args[0]), version());
        } catch (BylineException e) {
            // the original standard error: by now System.err may already be the notebook's, and no cell is running
            KernelLog.originalErr().println("byline kernel: " + e.getMessage());
            KernelLog.originalErr().flush();
            System.exit(1);
        } catch (RuntimeException | Error e) {
            KernelLog.originalErr().print("byline kernel: failed to start: ");
            e.printStackTrace(KernelLog.originalErr());
            KernelLog.originalErr().flush();
            System.exit(1);
        }
    }

    /** The version in the jar's manifest, or "dev" when run from classes. */
    public static String version() {
        String v = KernelLauncher.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /**
     * What a first session does, once, so the class-data archive made at install holds the classes
     * a real start needs (see {@link Training}).
     */
    static void train() {
        try {
            Training.run(STARTUP);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("training run failed: " + e.getMessage(), e);
        }
    }

    /**
     * Checks the JDK, binds the sockets and serves until Jupyter shuts the kernel down.
     *
     * @throws BylineException when the JDK is too old or lacks JShell, or the file is unreadable
     */
    public static void run(Path connectionFile, String version) {
        KernelLog.trace("main");
        checkJdk();
        ConnectionInfo info = ConnectionInfo.read(connectionFile);
        BylineKernel kernel = new BylineKernel(STARTUP, version);
        KernelServer server = new KernelServer(info, kernel::handle);
        kernel.serve(server);
        server.start();
        KernelLog.trace("sockets bound");
        installSignalInterrupt(kernel);
        exitWithParent();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> explainUnexpectedExit(kernel), "byline-exit-explainer"));
        try {
            Thread.currentThread().join();   // the channel threads serve; this one only keeps the JVM up
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The same checks {@code byline doctor} makes, as one plain sentence when they fail. */
    static void checkJdk() {
        if (Runtime.version().feature() < 21) {
            throw new BylineException("the Byline kernel needs Java 21 or newer; this is Java " + Runtime.version()
                    + " at " + System.getProperty("java.home") + " (reinstall the kernel with a newer JDK)");
        }
        if (ModuleLayer.boot().findModule("jdk.jshell").isEmpty()) {
            throw new BylineException("the Java at " + System.getProperty("java.home")
                    + " has no jdk.jshell module (a JRE, or a jlink image without it); install the kernel with a full JDK");
        }
    }

    /**
     * Jupyter names its own process in JPY_PARENT_PID; when that process dies without shutting the
     * kernel down (killed, crashed), the kernel ends too instead of holding memory as an orphan.
     */
    private static void exitWithParent() {
        String parent = System.getenv("JPY_PARENT_PID");
        if (parent == null || !parent.matches("\\d+")) {
            return;
        }
        ProcessHandle.of(Long.parseLong(parent)).ifPresent(handle -> handle.onExit().thenRun(() -> {
            KernelLog.warn("Jupyter (pid " + parent + ") has gone; the kernel exits");
            Runtime.getRuntime().halt(0);
        }));
    }

    /** Jupyter's "signal" interrupt mode sends SIGINT; treat it like an interrupt_request. */
    private static void installSignalInterrupt(BylineKernel kernel) {
        // sun.misc.Signal (module jdk.unsupported) is the JDK's only way to handle SIGINT. It is reached
        // reflectively so that compiling Byline prints no "internal proprietary API" warning; it is still there
        // in every JDK from 9 to 25.
        try {
            Class<?> signal = Class.forName("sun.misc.Signal");
            Class<?> handler = Class.forName("sun.misc.SignalHandler");
            Object onInt = java.lang.reflect.Proxy.newProxyInstance(handler.getClassLoader(), new Class<?>[] {handler},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "handle" -> {
                            kernel.interrupt();
                            yield null;
                        }
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        default -> "Byline's SIGINT handler";
                    });
            signal.getMethod("handle", signal, handler).invoke(null, signal.getConstructor(String.class).newInstance("INT"), onInt);
            if (sigintIgnoredAtStart()) {
                // the JVM keeps a signal its parent ignored ignored, and installs no handler for it, silently
                KernelLog.warn("SIGINT was ignored when this process started (a parent started in the background, e.g. "
                        + "with nohup or '&' in a script?), so Jupyter's signal-mode interrupt cannot reach the kernel; "
                        + "interrupt by message still works");
            }
        } catch (java.lang.reflect.InvocationTargetException e) {
            KernelLog.warn("SIGINT cannot be handled here (" + e.getCause().getMessage() + "); interrupt by message still works");
        } catch (ReflectiveOperationException | RuntimeException e) {
            KernelLog.warn("SIGINT cannot be handled here (" + e + "); interrupt by message still works");
        }
    }

    /**
     * Whether this process started with SIGINT ignored (Linux: bit 2 of {@code SigIgn} in {@code /proc/self/status}),
     * as a program started in the background by a shell without job control does; false where that cannot be read.
     */
    static boolean sigintIgnoredAtStart() {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith("SigIgn:")) {
                    return (Long.parseUnsignedLong(line.substring(7).trim(), 16) & (1L << 1)) != 0;
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
        return false;
    }

    /**
     * Which thread called {@code System.exit} and from where: while the shutdown hooks run, that thread waits inside
     * {@code Runtime.exit}, so its stack names it.
     */
    private static String exitCaller() {
        for (var e : Thread.getAllStackTraces().entrySet()) {
            StackTraceElement[] frames = e.getValue();
            for (int i = 0; i < frames.length; i++) {
                if (frames[i].getClassName().equals("java.lang.Runtime") && frames[i].getMethodName().equals("exit")) {
                    Thread t = e.getKey();
                    int caller = i + 1;
                    while (caller < frames.length && isExitMachinery(frames[caller].getClassName())) {
                        caller++;
                    }
                    String where = caller >= frames.length ? ""
                            : frames[caller].getClassName().startsWith("REPL.") ? " in the cell" : " in " + frames[caller];
                    return "thread \"" + t.getName() + "\"" + (t.isDaemon() ? " (daemon)" : "") + " called System.exit" + where;
                }
            }
        }
        return "System.exit or Runtime.halt from code on the kernel's class path";
    }

    private static boolean isExitMachinery(String className) {
        return className.equals("java.lang.System") || className.startsWith("jdk.internal.reflect.")
                || className.startsWith("java.lang.reflect.") || className.startsWith("java.lang.invoke.");
    }

    /**
     * When something a cell called (library code, not the cell itself, whose System.exit is
     * intercepted) ends the JVM, the notebook gets an error saying so before the process goes;
     * Jupyter then offers to restart the kernel.
     */
    private static void explainUnexpectedExit(BylineKernel kernel) {
        if (kernel.isShuttingDown() || kernel.current() == null || kernel.server() == null) {
            return;
        }
        System.out.flush();
        System.err.flush();
        String who = exitCaller();
        CellOutput.Error exit = CellOutput.Error.of(ErrorKind.EXIT, "KernelExit",
                "code run by the cell ended the Java process: " + who,
                List.of("KernelExit: code run by the cell ended the kernel's Java process (" + who + "); Jupyter will "
                        + "restart the kernel and variables are lost. Avoid calling System.exit from libraries in a notebook."));
        kernel.server().publish(kernel.current(), "error", exit.content());
        kernel.server().close();
    }
}
