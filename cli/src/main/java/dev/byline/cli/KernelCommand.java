package dev.byline.cli;

import dev.byline.BylineException;
import dev.byline.kernel.KernelLauncher;
import dev.byline.kernel.install.JupyterPaths;
import dev.byline.kernel.install.Installed;
import dev.byline.kernel.install.KernelSpecInstaller;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code byline kernel install|uninstall|run}: the Jupyter kernel. */
@Command(name = "kernel", mixinStandardHelpOptions = true,
        header = "Install, remove or run the Byline Jupyter kernel.",
        description = "Install, remove or run the Byline Jupyter kernel (Java on JShell, toolkit preloaded).",
        subcommands = {KernelCommand.Install.class, KernelCommand.Uninstall.class, KernelCommand.Run.class})
final class KernelCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a subcommand: install, uninstall or run");
    }

    /** Where to install: one of --user (default), --sys-prefix, --prefix DIR. */
    static final class Target {
        @Option(names = "--user", description = "Install for this user (the default): the Jupyter user data dir.")
        boolean user;

        @Option(names = "--sys-prefix", description = "Install into the Python environment that runs 'jupyter'.")
        boolean sysPrefix;

        @Option(names = "--prefix", paramLabel = "DIR", description = "Install into DIR/share/jupyter/kernels.")
        Path prefix;

        Path dataDir() {
            if (prefix != null) {
                return prefix.toAbsolutePath().resolve("share/jupyter");
            }
            if (sysPrefix) {
                return Path.of(pythonSysPrefix()).resolve("share/jupyter");
            }
            return JupyterPaths.current().userDataDir();
        }
    }

    static Path dataDir(Target target) {
        return target == null ? JupyterPaths.current().userDataDir() : target.dataDir();
    }

    /** sys.prefix of the Python that runs 'jupyter' (its shebang), else of python3. */
    static String pythonSysPrefix() {
        String python = "python3";
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path jupyter = Path.of(dir, "jupyter");
            if (Files.isRegularFile(jupyter)) {
                try (BufferedReader r = Files.newBufferedReader(jupyter, StandardCharsets.UTF_8)) {
                    String first = r.readLine();
                    if (first != null && first.startsWith("#!") && !first.contains(" ")) {
                        python = first.substring(2).strip();
                    }
                } catch (IOException e) {
                    // not a script: keep python3
                }
                break;
            }
        }
        try {
            Process p = new ProcessBuilder(python, "-c", "import sys; print(sys.prefix)").start();
            String out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine();
            if (p.waitFor() == 0 && out != null && !out.isBlank()) {
                return out.strip();
            }
        } catch (IOException e) {
            // reported below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new BylineException("--sys-prefix: cannot ask " + python + " for sys.prefix; use --prefix DIR instead");
    }

    static Path ownJar() {
        try {
            return Path.of(KernelCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new BylineException("cannot locate the byline jar: " + e.getMessage());
        }
    }

    @Command(name = "install", mixinStandardHelpOptions = true,
            header = "Install the kernelspec, so that Jupyter lists \"Java (Byline)\".",
            description = {"Write the kernelspec (kernel.json with absolute java and jar paths, logos, and a",
                "class-data archive for fast starts) so Jupyter lists \"Java (Byline)\"."})
    static final class Install implements Callable<Integer> {
        @ArgGroup(exclusive = true)
        Target target;

        @Option(names = "--name", defaultValue = "byline", description = "Kernelspec name (default: ${DEFAULT-VALUE}).")
        String name;

        @Option(names = "--display-name", description = "Name shown in Jupyter (default: \"Java (Byline)\").")
        String displayName;

        @Option(names = "--jvm-opt", paramLabel = "OPT", description = "A JVM option for the kernel, e.g. --jvm-opt=-Xmx4g (repeatable).")
        List<String> jvmOptions = new ArrayList<>();

        @Option(names = "--no-archive", description = "Skip the class-data archive (start-up is then slower).")
        boolean noArchive;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Path javaHome = Path.of(System.getProperty("java.home"));
            Path jar = ownJar();
            String shown = displayName != null ? displayName
                    : name.equals("byline") ? "Java (Byline)" : "Java (Byline, " + name + ")";
            Installed done = new KernelSpecInstaller(javaHome, jar).install(dataDir(target), name, shown, jvmOptions, !noArchive);
            spec.commandLine().getOut().println("Installed kernelspec " + name + " in " + done.dir());
            spec.commandLine().getOut().println("  java: " + javaHome.resolve("bin/java") + " (Java " + Runtime.version() + ")");
            spec.commandLine().getOut().println("  jar:  " + jar);
            spec.commandLine().getOut().println("  start-up cache: " + done.startupCache());
            return 0;
        }
    }

    @Command(name = "uninstall", mixinStandardHelpOptions = true, description = "Remove the kernelspec.")
    static final class Uninstall implements Callable<Integer> {
        @ArgGroup(exclusive = true)
        Target target;

        @Option(names = "--name", defaultValue = "byline", description = "Kernelspec name (default: ${DEFAULT-VALUE}).")
        String name;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Path dataDir = dataDir(target);
            if (KernelSpecInstaller.uninstall(dataDir, name)) {
                spec.commandLine().getOut().println("Removed kernelspec " + name + " from " + JupyterPaths.kernelDir(dataDir, name));
                return 0;
            }
            throw new BylineException("no kernelspec " + name + " in " + JupyterPaths.kernelDir(dataDir, name));
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true, description = "Run the kernel for a Jupyter connection file (Jupyter does this).")
    static final class Run implements Callable<Integer> {
        @Parameters(paramLabel = "CONNECTION_FILE", description = "The JSON file Jupyter writes with ports and key.")
        Path connectionFile;

        @Override
        public Integer call() {
            KernelLauncher.run(connectionFile, KernelLauncher.version());
            return 0;
        }
    }
}
