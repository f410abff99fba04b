package dev.byline.kernel.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
                List.of("-Xmx2g"), false);
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
        Path spec = new KernelSpecInstaller(JAVA_HOME, jar).install(dir.resolve("share/jupyter"), "byline", "B", List.of(), false);
        Doctor doctor = new Doctor(new JupyterPaths(Map.of("JUPYTER_PATH", dir.resolve("share/jupyter").toString(),
                "JUPYTER_DATA_DIR", dir.resolve("user").toString()), dir));
        assertEquals(Check.Status.OK, kernelspecCheck(doctor).status());
        Files.delete(spec.resolve("byline.jar"));
        Check missing = kernelspecCheck(doctor);
        assertEquals(Check.Status.MISSING, missing.status());
        assertTrue(missing.detail().contains("byline.jar") && missing.detail().contains("byline kernel install"), missing.detail());
    }

    private static Check kernelspecCheck(Doctor doctor) {
        return doctor.run("byline").stream().filter(c -> c.what().equals("kernelspec")).findFirst().orElseThrow();
    }
}
