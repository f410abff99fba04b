package dev.byline.kernel.install;

import com.google.gson.JsonParser;
import dev.byline.BylineException;
import dev.byline.corpus.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What {@code byline doctor} checks: the JDK (21+, with JShell), Jupyter on PATH, the installed
 * kernelspec and whether its java and jar still exist, whether its start-up cache is there and usable, and the
 * bundled corpus.
 *
 * <pre>{@code
 * for (Check c : new Doctor(JupyterPaths.current()).run("byline")) System.out.println(c);
 * }</pre>
 */
public final class Doctor {
    private final JupyterPaths paths;

    public Doctor(JupyterPaths paths) {
        this.paths = paths;
    }

    /** Runs every check, in order. */
    public List<Check> run(String kernelName) {
        List<Check> checks = new ArrayList<>();
        int feature = Runtime.version().feature();
        String home = System.getProperty("java.home");
        checks.add(feature >= 21
                ? new Check("JDK", Check.Status.OK, "Java " + Runtime.version() + " at " + home)
                : new Check("JDK", Check.Status.MISSING, "Java " + Runtime.version() + " at " + home + "; Byline needs 21+"));
        checks.add(ModuleLayer.boot().findModule("jdk.jshell").isPresent()
                ? new Check("JShell", Check.Status.OK, "module jdk.jshell present")
                : new Check("JShell", Check.Status.MISSING, "this Java has no jdk.jshell module; use a full JDK"));
        checks.add(jupyter());
        checks.add(kernelspec(kernelName));
        checks.add(startupCache(kernelName));
        checks.add(corpus(Path.of("corpus")));
        return checks;
    }

    /** The bundled corpus the notebooks read: worth knowing about, never required by the kernel. */
    private static Check corpus(Path dir) {
        Path shown = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            return new Check("corpus", Check.Status.WARN, "no corpus/ in " + shown.getParent()
                    + " (the notebooks expect it; run doctor from the Byline checkout)");
        }
        try {
            int n = Corpus.load(dir).documents().rowCount();
            return new Check("corpus", n > 0 ? Check.Status.OK : Check.Status.WARN, n + " documents in " + shown);
        } catch (BylineException e) {
            return new Check("corpus", Check.Status.WARN, e.getMessage());
        }
    }

    private static Check jupyter() {
        try {
            Process p = new ProcessBuilder("jupyter", "--version").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0) {
                String client = out.lines().filter(l -> l.strip().startsWith("jupyter_client")).findFirst()
                        .orElse("jupyter found").strip();
                return new Check("Jupyter", Check.Status.OK, client.replaceAll("\\s+", " "));
            }
            return new Check("Jupyter", Check.Status.MISSING, "'jupyter --version' failed; install Jupyter (e.g. apt-get install jupyter-client)");
        } catch (IOException e) {
            return new Check("Jupyter", Check.Status.MISSING, "no 'jupyter' on PATH; install JupyterLab or jupyter-client");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Check("Jupyter", Check.Status.WARN, "check interrupted");
        }
    }

    /** The kernel.json of the kernelspec Jupyter would use for {@code name}, if any. */
    private Optional<Path> spec(String name) {
        return paths.dataDirs().stream().map(dir -> JupyterPaths.kernelDir(dir, name).resolve("kernel.json"))
                .filter(Files::isRegularFile).findFirst();
    }

    /**
     * Whether the kernel starts with its start-up cache: the file named in kernel.json must exist and the JVM must
     * accept it (it silently ignores a cache made for another jar or JDK, and an install on a very busy machine may
     * have made none), checked by starting that java with the cache required.
     */
    private Check startupCache(String name) {
        Optional<Path> spec = spec(name);
        if (spec.isEmpty()) {
            return new Check("start-up cache", Check.Status.WARN, "no kernelspec to check");
        }
        try {
            List<String> argv = JsonParser.parseString(Files.readString(spec.get())).getAsJsonObject().getAsJsonArray("argv")
                    .asList().stream().map(e -> e.getAsString()).toList();
            int cp = argv.indexOf("-cp");
            Optional<String> flag = argv.stream().filter(a -> a.startsWith("-XX:AOTCache=") || a.startsWith("-XX:SharedArchiveFile="))
                    .findFirst();
            if (flag.isEmpty() || cp < 0 || cp + 1 >= argv.size()) {
                return new Check("start-up cache", Check.Status.WARN, "none in " + spec.get()
                        + ": each start takes about 1 s longer; run: byline kernel install");
            }
            List<String> probe = new ArrayList<>(argv.subList(0, cp));
            probe.add(flag.get().startsWith("-XX:AOTCache=") ? "-XX:AOTMode=on" : "-Xshare:on");   // fail instead of ignoring it
            probe.addAll(List.of("-cp", argv.get(cp + 1), "-version"));
            Process p = new ProcessBuilder(probe).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            String file = flag.get().substring(flag.get().indexOf('=') + 1);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Check("start-up cache", Check.Status.WARN, "could not check " + file + " in 60 s");
            }
            return p.exitValue() == 0
                    ? new Check("start-up cache", Check.Status.OK, file + " is used at start")
                    : new Check("start-up cache", Check.Status.WARN, file + " cannot be used (made for another jar or "
                            + "JDK, or missing): each start takes about 1 s longer; run: byline kernel install");
        } catch (IOException | RuntimeException e) {
            return new Check("start-up cache", Check.Status.WARN, "could not check: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Check("start-up cache", Check.Status.WARN, "check interrupted");
        }
    }

    private Check kernelspec(String name) {
        Optional<Path> found = spec(name);
        if (found.isPresent()) {
            Path spec = found.get();
            try {
                var argv = JsonParser.parseString(Files.readString(spec)).getAsJsonObject().getAsJsonArray("argv");
                Path java = Path.of(argv.get(0).getAsString());
                if (!Files.isExecutable(java)) {
                    return new Check("kernelspec", Check.Status.MISSING, spec + " names " + java
                            + ", which no longer exists; run: byline kernel install");
                }
                for (int i = 0; i + 1 < argv.size(); i++) {
                    if (argv.get(i).getAsString().equals("-cp")) {
                        Path jar = Path.of(argv.get(i + 1).getAsString());
                        if (!Files.isRegularFile(jar)) {
                            return new Check("kernelspec", Check.Status.MISSING, spec + " names " + jar
                                    + ", which no longer exists; run: byline kernel install");
                        }
                    }
                }
                return new Check("kernelspec", Check.Status.OK, spec + " (java " + java + ")");
            } catch (IOException | RuntimeException e) {
                return new Check("kernelspec", Check.Status.MISSING, spec + " is unreadable: " + e.getMessage());
            }
        }
        return new Check("kernelspec", Check.Status.MISSING, "no '" + name + "' kernelspec in " + paths.dataDirs()
                + "; run: byline kernel install --user");
    }
}
