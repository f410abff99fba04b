package dev.byline.kernel.install;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.byline.BylineException;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Locale;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * Writes a kernelspec: {@code kernel.json} naming the absolute java path (so a different {@code java} on PATH
 * cannot break the kernel) and the kernel's own copy of the jar, the interrupt mode, logos, and a start-up cache
 * made by a training run from that copy, so later starts skip class loading and verification whatever is rebuilt.
 *
 * <pre>{@code
 * Installed done = new KernelSpecInstaller(javaHome, jar).install(dataDir, "byline", "Java (Byline)", List.of("-Xmx2g"), true);
 * System.out.println(done.dir() + ": " + done.startupCache());
 * }</pre>
 */
public final class KernelSpecInstaller {
    /** The main class the kernelspec runs. */
    public static final String MAIN = "dev.byline.kernel.KernelLauncher";
    /** The kernel's own copy of the jar, in the kernelspec folder. */
    static final String JAR = "byline.jar";
    /**
     * How long the training run may take. It needs ~7 s of CPU; on a machine busy with other work it has taken 70 s
     * (load 21 on 2 cores), and the earlier limit of 120 s made a busy install end with no cache at all, so every start
     * took the slow path (~1.4 s to the first result instead of ~0.6 s) without a word.
     */
    static final long TRAINING_LIMIT_SECONDS = 600;
    private final Path java;
    private final Path jar;

    /**
     * @param javaHome the JDK that will run the kernel
     * @param jar      the jar holding the kernel and the toolkit
     */
    public KernelSpecInstaller(Path javaHome, Path jar) {
        this.java = javaHome.resolve("bin").resolve(isWindows() ? "java.exe" : "java").toAbsolutePath();
        this.jar = jar.toAbsolutePath();
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
    }

    /** Installs into {@code dataDir/kernels/name}; says where, and whether the start-up cache was made. */
    public Installed install(Path dataDir, String name, String displayName, List<String> jvmOptions, boolean archive) {
        if (!name.matches("[A-Za-z0-9._-]+")) {
            throw new BylineException("kernel name '" + name + "' may hold only letters, digits, '.', '_' and '-'");
        }
        if (!Files.isExecutable(java)) {
            throw new BylineException("no java executable at " + java);
        }
        if (!Files.isRegularFile(jar)) {
            throw new BylineException("no kernel jar at " + jar + " (build it with ./mvnw package)");
        }
        Path dir = JupyterPaths.kernelDir(dataDir, name);
        try {
            Files.createDirectories(dir);
            // the kernel runs its own copy of the jar: a start-up cache is valid only for the very jar it was made from
            // (the JVM compares its time stamp and drops the cache without a word), and the build's jar is rewritten by
            // every ./mvnw package or verify
            Path kernelJar = dir.resolve(JAR);
            if (!jar.equals(kernelJar)) {
                Files.copy(jar, kernelJar, StandardCopyOption.REPLACE_EXISTING);
            }
            Path cache = dir.resolve(archiveName());
            Files.deleteIfExists(dir.resolve("byline.jsa"));
            Files.deleteIfExists(dir.resolve("byline.aot"));
            String cacheState = archive ? train(kernelJar, cache, jvmOptions) : "none (--no-archive): starts are slower";
            List<String> argv = new ArrayList<>();
            argv.add(java.toString());
            argv.addAll(baseOptions());
            if (Files.isRegularFile(cache)) {
                argv.addAll(useArchive(cache));
            }
            argv.addAll(jvmOptions);
            argv.addAll(List.of("-cp", kernelJar.toString(), MAIN, "{connection_file}"));
            JsonObject spec = new JsonObject();
            JsonArray a = new JsonArray();
            argv.forEach(a::add);
            spec.add("argv", a);
            spec.addProperty("display_name", displayName);
            spec.addProperty("language", "java");
            spec.addProperty("interrupt_mode", "message");
            JsonObject metadata = new JsonObject();
            metadata.addProperty("debugger", false);
            spec.add("metadata", metadata);
            Files.writeString(dir.resolve("kernel.json"),
                    new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(spec) + "\n",
                    StandardCharsets.UTF_8);
            try {
                writeLogo(dir.resolve("logo-64x64.png"), 64);
                writeLogo(dir.resolve("logo-32x32.png"), 32);
            } catch (RuntimeException | java.awt.AWTError | LinkageError e) {
                // no fonts or no AWT on this machine: Jupyter shows its default logo instead
            }
            return new Installed(dir, cacheState);
        } catch (IOException e) {
            throw new BylineException("cannot write the kernelspec in " + dir + ": " + e.getMessage());
        }
    }

    /**
     * Options every start (and the training run, whose archive must match) gets: the serial
     * collector (one core's worth of GC threads, smallest footprint); C1 only (javac and JShell
     * run mostly once per cell, so a quick compile beats a better one); a small initial heap, which
     * grows on demand up to the JDK's default maximum (a quarter of RAM): without it the JVM
     * commits 1/64 of RAM at once and the first cells touch all of it as young generation (259 MiB
     * resident after {@code 1 + 1} on a 24 GB machine, against 160 MiB); and compact object
     * headers where the JDK has them as a product option (25+), 8 bytes less per object.
     */
    private List<String> baseOptions() {
        List<String> options = new ArrayList<>(List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xms32m"));
        if (javaFeature() >= 24) {
            options.add("--sun-misc-unsafe-memory-access=allow");
        }
        if (javaFeature() >= 25) {
            options.add("-XX:+UseCompactObjectHeaders");
        }
        return options;
    }

    /**
     * The start-up cache for the kernel's JDK: an AOT cache (JEP 483/514: classes loaded and
     * linked ahead of time) on JDK 25+, else a dynamic AppCDS archive (JDK 19+ flags, fine on 21).
     */
    private boolean aotCache() {
        return javaFeature() >= 25;
    }

    private String archiveName() {
        return aotCache() ? "byline.aot" : "byline.jsa";
    }

    private List<String> useArchive(Path cache) {
        return aotCache()
                ? List.of("-XX:AOTCache=" + cache, "-Xlog:aot=off", "-Xlog:cds=off")
                : List.of("-XX:SharedArchiveFile=" + cache, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    }

    /** The feature version of the kernel's java, which may differ from the installer's. */
    private int javaFeature() {
        Path release = java.getParent().getParent().resolve("release");
        try {
            for (String line : Files.readAllLines(release)) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String v = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    return Integer.parseInt(v.split("[.+-]")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // fall through to the installer's own version
        }
        return Runtime.version().feature();
    }

    /**
     * Runs the kernel's warm-up once, recording the start-up cache; a failure only costs speed, and is said.
     *
     * @return what was made ("byline.aot, 40 MB, made in 12 s"), or "none: " and why
     */
    private String train(Path kernelJar, Path cache, List<String> jvmOptions) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java.toString());
        cmd.addAll(baseOptions());
        if (aotCache()) {
            cmd.addAll(List.of("-XX:AOTCacheOutput=" + cache, "-Xlog:aot=off", "-Xlog:cds=off"));
        } else {
            cmd.addAll(List.of("-XX:ArchiveClassesAtExit=" + cache, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        }
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", kernelJar.toString(), MAIN, "--train"));
        long start = System.nanoTime();
        Path log = null;
        try {
            log = Files.createTempFile("byline-training", ".log");
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(TRAINING_LIMIT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                Files.deleteIfExists(cache);
                return "none: the training run did not finish in " + TRAINING_LIMIT_SECONDS + " s (is the machine very "
                        + "busy?); the kernel works but starts slower; run byline kernel install again later";
            }
            long seconds = Math.round((System.nanoTime() - start) / 1e9);
            if (p.exitValue() != 0 || !Files.isRegularFile(cache)) {
                Files.deleteIfExists(cache);   // the JVM writes one even when the run failed: it would hold almost nothing
                return "none: the training run ended with status " + p.exitValue() + lastLine(log)
                        + "; the kernel works but starts slower";
            }
            return cache.getFileName() + ", " + (Files.size(cache) >> 20) + " MB, made in " + seconds + " s";
        } catch (IOException e) {
            return "none: the training run could not be started: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "none: the install was interrupted during the training run";
        } finally {
            if (log != null) {
                try {
                    Files.deleteIfExists(log);
                } catch (IOException ignored) {
                    // a temporary file left behind
                }
            }
        }
    }

    /** The training run's last line of output, as ": line", or nothing. */
    private static String lastLine(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        return lines.isEmpty() ? "" : ": " + lines.get(lines.size() - 1).strip();
    }

    private static void writeLogo(Path file, int size) throws IOException {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(0xB0, 0x3A, 0x2E));
        g.fillRoundRect(0, 0, size, size, size / 4, size / 4);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SERIF, Font.BOLD, size * 3 / 4));
        var metrics = g.getFontMetrics();
        g.drawString("B", (size - metrics.stringWidth("B")) / 2, (size + metrics.getAscent() - metrics.getDescent()) / 2);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }

    /** Removes {@code dataDir/kernels/name}; returns whether there was one. */
    public static boolean uninstall(Path dataDir, String name) {
        Path dir = JupyterPaths.kernelDir(dataDir, name);
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
            return true;
        } catch (IOException e) {
            throw new BylineException("cannot remove " + dir + ": " + e.getMessage());
        }
    }
}
