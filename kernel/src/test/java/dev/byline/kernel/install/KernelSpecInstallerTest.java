package dev.byline.kernel.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.byline.BylineException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KernelSpecInstallerTest {
    private static final Path JAVA_HOME = Path.of(System.getProperty("java.home"));

    @Test
    void kernelJsonNamesAbsoluteJavaAndJarAndPassesJvmOptions(@TempDir Path dir) throws Exception {
        Path jar = Files.writeString(dir.resolve("byline.jar"), "not really a jar");
        Path spec = new KernelSpecInstaller(JAVA_HOME, jar).install(dir.resolve("data"), "byline", "Java (Byline)",
                List.of("-Xmx2g"), false).dir();
        JsonObject json = JsonParser.parseString(Files.readString(spec.resolve("kernel.json"))).getAsJsonObject();
        List<String> argv = json.getAsJsonArray("argv").asList().stream().map(e -> e.getAsString()).toList();
        assertEquals(JAVA_HOME.resolve("bin/java").toAbsolutePath().toString(), argv.get(0));
        assertTrue(argv.contains("-Xmx2g"));
        assertTrue(argv.indexOf("-Xms32m") < argv.indexOf("-Xmx2g"), "a small initial heap, the user's options after it");
        assertEquals(Runtime.version().feature() >= 25, argv.contains("-XX:+UseCompactObjectHeaders"),
                "compact headers only where they are a product option");
        assertEquals(List.of("-cp", spec.resolve("byline.jar").toString(), KernelSpecInstaller.MAIN, "{connection_file}"),
                argv.subList(argv.size() - 4, argv.size()), "the kernel's own copy: rebuilding cannot invalidate its cache");
        assertEquals("not really a jar", Files.readString(spec.resolve("byline.jar")));
        assertEquals("message", json.get("interrupt_mode").getAsString());
        assertEquals("java", json.get("language").getAsString());
        assertEquals(dir.resolve("data/kernels/byline"), spec);
    }

    @Test
    void uninstallRemovesTheKernelspecAndSaysWhetherThereWasOne(@TempDir Path dir) throws Exception {
        Path jar = Files.writeString(dir.resolve("byline.jar"), "x");
        new KernelSpecInstaller(JAVA_HOME, jar).install(dir, "gone", "Gone", List.of(), false);
        assertTrue(KernelSpecInstaller.uninstall(dir, "gone"));
        assertFalse(Files.exists(dir.resolve("kernels/gone")));
        assertFalse(KernelSpecInstaller.uninstall(dir, "gone"));
    }

    @Test
    void missingJarAndBadNameAreOneLineErrors(@TempDir Path dir) {
        BylineException noJar = assertThrows(BylineException.class, () ->
                new KernelSpecInstaller(JAVA_HOME, dir.resolve("none.jar")).install(dir, "byline", "B", List.of(), false));
        assertTrue(noJar.getMessage().contains("none.jar"));
        assertThrows(BylineException.class, () ->
                new KernelSpecInstaller(JAVA_HOME, dir).install(dir, "../escape", "B", List.of(), false));
    }

    @Test
    void jupyterPathComesBeforeTheUserDirAndDataDirIsHonoured() {
        JupyterPaths paths = new JupyterPaths(Map.of("JUPYTER_PATH", "/a:/b", "JUPYTER_DATA_DIR", "/data"), Path.of("/home/u"));
        assertEquals(Path.of("/data"), paths.userDataDir());
        assertEquals(List.of(Path.of("/a"), Path.of("/b"), Path.of("/data")), paths.dataDirs().subList(0, 3));
    }

    @Test
    void doctorFindsTheKernelspecThroughJupyterPathAndNoticesAMissingJar(@TempDir Path dir) throws Exception {
        Path jar = Files.writeString(dir.resolve("byline.jar"), "x");
        Path spec = new KernelSpecInstaller(JAVA_HOME, jar).install(dir.resolve("share/jupyter"), "byline", "B", List.of(), false).dir();
        Doctor doctor = new Doctor(new JupyterPaths(Map.of("JUPYTER_PATH", dir.resolve("share/jupyter").toString(),
                "JUPYTER_DATA_DIR", dir.resolve("user").toString()), dir));
        assertEquals(Check.Status.OK, kernelspecCheck(doctor).status());
        Files.delete(spec.resolve("byline.jar"));
        Check missing = kernelspecCheck(doctor);
        assertEquals(Check.Status.MISSING, missing.status());
        assertTrue(missing.detail().contains("byline.jar") && missing.detail().contains("byline kernel install"), missing.detail());
    }

    @Test
    void aTrainingRunThatFailsLeavesNoCacheAndSaysWhy(@TempDir Path dir) throws Exception {
        Path jar = Files.writeString(dir.resolve("byline.jar"), "not really a jar");
        Installed done = new KernelSpecInstaller(JAVA_HOME, jar).install(dir.resolve("data"), "byline", "B", List.of(), true);
        assertTrue(done.startupCache().startsWith("none: the training run ended with status"), done.startupCache());
        String json = Files.readString(done.dir().resolve("kernel.json"));
        assertFalse(json.contains("AOTCache") || json.contains("SharedArchiveFile"), "no cache named: " + json);
    }

    @Test
    void doctorSaysWhenTheKernelHasNoStartUpCacheOrOneTheJvmWillNotUse(@TempDir Path dir) throws Exception {
        Path jar = Files.writeString(dir.resolve("byline.jar"), "x");
        Path data = dir.resolve("share/jupyter");
        Path spec = new KernelSpecInstaller(JAVA_HOME, jar).install(data, "byline", "B", List.of(), false).dir();
        Doctor doctor = new Doctor(new JupyterPaths(Map.of("JUPYTER_PATH", data.toString(),
                "JUPYTER_DATA_DIR", dir.resolve("user").toString()), dir));
        Check none = check(doctor, "start-up cache");
        assertEquals(Check.Status.WARN, none.status());
        assertTrue(none.detail().startsWith("none") && none.detail().contains("byline kernel install"), none.detail());

        writeSpec(spec, cacheFlag(dir.resolve("gone.cache")), spec.resolve("byline.jar"));
        Check unusable = check(doctor, "start-up cache");
        assertEquals(Check.Status.WARN, unusable.status());
        assertTrue(unusable.detail().contains("cannot be used") && unusable.detail().contains("byline kernel install"),
                unusable.detail());
    }

    @Test
    void doctorAcceptsAStartUpCacheTheJvmUses(@TempDir Path dir) throws Exception {
        assumeTrue(Runtime.version().feature() >= 25, "AOT caches from JDK 25");
        Path jar = dir.resolve("tiny.jar");
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new java.util.jar.JarEntry("note.txt"));
            out.write("x".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Path cache = dir.resolve("tiny.aot");
        Process made = new ProcessBuilder(JAVA_HOME.resolve("bin/java").toString(), "-XX:AOTCacheOutput=" + cache,
                "-Xlog:aot=off", "-Xlog:cds=off", "-cp", jar.toString(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(made.waitFor(120, java.util.concurrent.TimeUnit.SECONDS) && made.exitValue() == 0 && Files.isRegularFile(cache));
        Path data = dir.resolve("share/jupyter");
        Path spec = data.resolve("kernels/byline");
        Files.createDirectories(spec);
        writeSpec(spec, cacheFlag(cache), jar);
        Doctor doctor = new Doctor(new JupyterPaths(Map.of("JUPYTER_PATH", data.toString(),
                "JUPYTER_DATA_DIR", dir.resolve("user").toString()), dir));
        Check ok = check(doctor, "start-up cache");
        assertEquals(Check.Status.OK, ok.status(), ok.detail());
    }

    private static String cacheFlag(Path cache) {
        return Runtime.version().feature() >= 25 ? "-XX:AOTCache=" + cache : "-XX:SharedArchiveFile=" + cache;
    }

    private static void writeSpec(Path spec, String cacheFlag, Path jar) throws Exception {
        com.google.gson.JsonArray argv = new com.google.gson.JsonArray();
        for (String a : List.of(JAVA_HOME.resolve("bin/java").toString(), cacheFlag, "-Xlog:aot=off", "-Xlog:cds=off",
                "-cp", jar.toString(), KernelSpecInstaller.MAIN, "{connection_file}")) {
            argv.add(a);
        }
        JsonObject json = new JsonObject();
        json.add("argv", argv);
        Files.writeString(spec.resolve("kernel.json"), json.toString());
    }

    private static Check check(Doctor doctor, String what) {
        return doctor.run("byline").stream().filter(c -> c.what().equals(what)).findFirst().orElseThrow();
    }

    private static Check kernelspecCheck(Doctor doctor) {
        return doctor.run("byline").stream().filter(c -> c.what().equals("kernelspec")).findFirst().orElseThrow();
    }
}
