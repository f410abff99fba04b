package dev.byline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code scripts/OldClassFiles.java}, which the launcher runs on its copy of the jar (JDK 25+) so that the AOT cache
 * keeps picocli's classes: on picocli's own jar, every class comes out at class-file version 50 or later with the same
 * instructions, and a JVM verifies each with the stack map frames written (no fail-over to the old verifier).
 */
class OldClassFilesTest {
    @TempDir
    Path dir;

    @Test
    void picocliComesOutAsJavaSixClassesWithTheSameCode() throws Exception {
        assumeTrue(Runtime.version().feature() >= 24, "the script needs the ClassFile API (JDK 24+)");
        Path script = Path.of("../scripts/OldClassFiles.java").toAbsolutePath().normalize();
        Path original = Path.of(CommandLine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path jar = dir.resolve("picocli.jar");
        Files.copy(original, jar);
        TreeMap<String, byte[]> before = classes(original);
        long old = before.values().stream().filter(b -> major(b) < 50).count();
        assertTrue(old > 100, "picocli is compiled for Java 5: " + old + " old classes");

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        assertEquals(old + "\n", run(List.of(java, script.toString(), jar.toString(), "picocli")));

        TreeMap<String, byte[]> after = classes(jar);
        assertEquals(before.keySet(), after.keySet());
        for (var e : after.entrySet()) {
            assertTrue(major(e.getValue()) >= 50, e.getKey());
        }
        assertEquals(javap(dir.resolve("before"), before), javap(dir.resolve("after"), after));
        try (ZipFile a = new ZipFile(original.toFile()); ZipFile b = new ZipFile(jar.toFile())) {
            ZipEntry manifest = a.getEntry("META-INF/MANIFEST.MF");
            try (InputStream x = a.getInputStream(manifest); InputStream y = b.getInputStream(b.getEntry("META-INF/MANIFEST.MF"))) {
                assertEquals(new String(x.readAllBytes(), StandardCharsets.UTF_8), new String(y.readAllBytes(), StandardCharsets.UTF_8));
            }
        }

        // every class loaded, linked and initialised in a JVM that says how it verified each
        Path loader = dir.resolve("LoadAll.java");
        Files.writeString(loader, """
                import java.net.URL;
                import java.net.URLClassLoader;
                import java.nio.file.Path;
                import java.util.Collections;
                import java.util.zip.ZipFile;
                public class LoadAll {
                    public static void main(String[] args) throws Exception {
                        Path jar = Path.of(args[0]);
                        URLClassLoader l = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
                        int n = 0;
                        try (ZipFile z = new ZipFile(jar.toFile())) {
                            for (var e : Collections.list(z.entries())) {
                                String s = e.getName();
                                if (s.startsWith("picocli/") && s.endsWith(".class")) {
                                    Class.forName(s.substring(0, s.length() - 6).replace('/', '.'), true, l);
                                    n++;
                                }
                            }
                        }
                        System.out.println("loaded " + n);
                    }
                }
                """);
        String log = run(List.of(java, "-Xlog:verification=info", loader.toString(), jar.toString()));
        long picocli = before.keySet().stream().filter(n -> n.startsWith("picocli/")).count();
        assertTrue(log.contains("loaded " + picocli), log.lines().filter(l -> l.startsWith("loaded")).toList().toString());
        long verified = log.lines().filter(l -> l.contains("Verifying class picocli.") && l.endsWith("with new format")).count();
        assertEquals(picocli, verified);
        assertFalse(log.toLowerCase(Locale.ROOT).contains("fail over"), "a class fell back to the old verifier");
    }

    private static TreeMap<String, byte[]> classes(Path jar) throws IOException {
        TreeMap<String, byte[]> out = new TreeMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                if (e.getName().endsWith(".class")) {
                    try (InputStream in = zip.getInputStream(e)) {
                        out.put(e.getName(), in.readAllBytes());
                    }
                }
            }
        }
        return out;
    }

    private static int major(byte[] classFile) {
        return (classFile[6] & 0xFF) << 8 | classFile[7] & 0xFF;
    }

    /** The classes' members and instructions as {@code javap -c -p} prints them, without the headers (file, version). */
    private static String javap(Path dir, TreeMap<String, byte[]> classes) throws IOException {
        List<String> args = new ArrayList<>(List.of("-c", "-p"));
        for (var e : classes.entrySet()) {
            Path file = dir.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.write(file, e.getValue());
            args.add(file.toString());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintWriter w = new PrintWriter(out, true, StandardCharsets.UTF_8);
        ToolProvider.findFirst("javap").orElseThrow().run(w, w, args.toArray(String[]::new));
        w.flush();
        List<String> lines = new ArrayList<>(out.toString(StandardCharsets.UTF_8).lines().toList());
        lines.removeIf(l -> l.startsWith("Classfile ") || l.contains("Last modified") || l.contains("SHA-256 checksum")
                || l.startsWith("Compiled from"));
        return String.join("\n", lines);
    }

    private static String run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out;
    }
}
