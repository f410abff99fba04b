package dev.byline.kernel;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * IJava's and JJava's environment variables, honoured where they make sense for Byline's kernel and runner
 * ({@code JJAVA_X} and {@code IJAVA_X} both count, JJava's first):
 * {@code _CLASSPATH} (entries added to the session; simple globs: {@code lib/*.jar}, {@code lib/} for all files),
 * {@code _STARTUP_SCRIPTS_PATH} (.jshell files run at start, magics allowed), {@code _STARTUP_SCRIPT} (code run
 * at start) and {@code _COMPILER_OPTS} (javac options, e.g. {@code -parameters}). Their {@code _TIMEOUT} is not
 * taken: a cell is stopped by interrupt in Jupyter, and by {@code byline notebooks --timeout} in the runner.
 *
 * <pre>{@code
 * KernelEnvironment env = KernelEnvironment.from(System.getenv());
 * env.classpath()      // [/home/me/lib/a.jar, ...]
 * }</pre>
 */
public record KernelEnvironment(List<Path> classpath, Map<String, String> startupScripts, List<String> compilerOptions) {
    public KernelEnvironment {
        classpath = List.copyOf(classpath);
        startupScripts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(startupScripts));   // in order
        compilerOptions = List.copyOf(compilerOptions);
    }

    /** This JVM's class path (as the evaluator takes it) followed by {@link #classpath()}. */
    public List<Path> withDefaultClasspath() {
        List<Path> all = new ArrayList<>(dev.byline.kernel.eval.JavaEvaluator.defaultClasspath());
        all.addAll(classpath);
        return all;
    }

    /** Reads the variables; a start-up script that cannot be read is an error naming it. */
    public static KernelEnvironment from(Map<String, String> env) {
        List<Path> classpath = new ArrayList<>();
        Map<String, String> scripts = new LinkedHashMap<>();
        List<String> options = new ArrayList<>();
        for (String prefix : List.of("JJAVA_", "IJAVA_")) {
            classpath.addAll(paths(env.get(prefix + "CLASSPATH")));
            for (Path script : paths(env.get(prefix + "STARTUP_SCRIPTS_PATH"))) {
                if (Files.isRegularFile(script)) {
                    try {
                        scripts.put(script.toString(), Files.readString(script, StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        throw new IllegalStateException(prefix + "STARTUP_SCRIPTS_PATH: cannot read " + script + ": " + e.getMessage());
                    }
                }
            }
            String code = env.get(prefix + "STARTUP_SCRIPT");
            if (code != null && !code.isBlank()) {
                scripts.put(prefix + "STARTUP_SCRIPT", code);
            }
            String opts = env.get(prefix + "COMPILER_OPTS");
            if (opts != null && !opts.isBlank()) {
                options.addAll(List.of(opts.strip().split("\\s+")));
            }
        }
        return new KernelEnvironment(classpath, scripts, options);
    }

    /** Entries separated by the platform's path separator; {@code dir/*.jar} and {@code dir/} expand to files. */
    static List<Path> paths(String value) {
        List<Path> out = new ArrayList<>();
        if (value == null || value.isBlank()) {
            return out;
        }
        for (String entry : value.split(File.pathSeparator)) {
            String e = entry.strip();
            if (e.isEmpty()) {
                continue;
            }
            if (e.endsWith("/")) {
                e = e + "*";
            }
            int slash = e.lastIndexOf('/');
            String name = e.substring(slash + 1);
            if (name.contains("*") || name.contains("?")) {
                Path dir = Path.of(slash < 0 ? "." : e.substring(0, Math.max(slash, 1))).toAbsolutePath().normalize();
                if (Files.isDirectory(dir)) {
                    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, name)) {
                        List<Path> found = new ArrayList<>();
                        files.forEach(p -> found.add(p.toAbsolutePath()));
                        found.sort(null);
                        out.addAll(found);
                    } catch (IOException ex) {
                        throw new IllegalStateException("cannot list " + dir + ": " + ex.getMessage());
                    }
                }
            } else {
                out.add(Path.of(e).toAbsolutePath().normalize());
            }
        }
        return out;
    }
}
