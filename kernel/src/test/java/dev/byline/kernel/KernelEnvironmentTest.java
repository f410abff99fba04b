package dev.byline.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.byline.kernel.eval.JavaEvaluator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** IJava's and JJava's environment variables as Byline's kernel reads them. */
class KernelEnvironmentTest {
    @Test
    void classpathGlobsExpandToTheFilesTheyMatchFromBothPrefixes(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("lib"));
        Files.writeString(dir.resolve("lib/b.jar"), "");
        Files.writeString(dir.resolve("lib/a.jar"), "");
        Files.writeString(dir.resolve("lib/notes.txt"), "");
        Files.createDirectories(dir.resolve("classes"));
        String lib = dir.resolve("lib").toString().replace('\\', '/');
        KernelEnvironment env = KernelEnvironment.from(Map.of(
                "JJAVA_CLASSPATH", lib + "/*.jar",
                "IJAVA_CLASSPATH", dir.resolve("classes").toString()));
        assertEquals(List.of(dir.resolve("lib/a.jar"), dir.resolve("lib/b.jar"), dir.resolve("classes")), env.classpath());
    }

    @Test
    void startupScriptsFromPathsAndCodeRunInOrder(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("init.jshell"), "int fromFile = 1;");
        KernelEnvironment env = KernelEnvironment.from(Map.of(
                "IJAVA_STARTUP_SCRIPTS_PATH", dir.resolve("init.jshell").toString(),
                "IJAVA_STARTUP_SCRIPT", "int fromCode = 2;"));
        assertEquals(List.of("int fromFile = 1;", "int fromCode = 2;"), List.copyOf(env.startupScripts().values()));
    }

    @Test
    void compilerOptionsReachTheCompiler() throws Exception {
        KernelEnvironment env = KernelEnvironment.from(Map.of("JJAVA_COMPILER_OPTS", "-parameters"));
        try (JavaEvaluator java = JavaEvaluator.create(List.of(), List.of(), env.compilerOptions())) {
            java.eval("class P { void m(int width) { } }", "[1]");
            Object name = java.eval("P.class.getDeclaredMethod(\"m\", int.class).getParameters()[0].getName()", "[2]").value();
            assertEquals("width", name, "-parameters keeps parameter names (javac's default gives arg0)");
        }
    }
}
