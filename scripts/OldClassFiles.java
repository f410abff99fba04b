import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassFileVersion;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code java scripts/OldClassFiles.java JAR PACKAGE...} (JDK 24+): rewrites, in place, the class files of JAR under the
 * given package folders that are older than Java 6 (class-file version below 50) as version 50, with the stack map
 * frames the version asks for, computed from the code. Nothing else changes: the same instructions, constants, line
 * numbers and attributes.
 *
 * <p>Why: picocli is compiled for Java 5, and the JDK's AOT cache (JEP 483) leaves out a class of that age once it has
 * been linked, and with it every class verified against it. So every {@code byline} run parsed and verified picocli's
 * ~180 classes from the jar again (about 0.07 CPU-seconds of a one-file {@code byline terms}). Rewritten, they are
 * cached like the rest. The launcher runs this once per build on its run copy of the jar, before recording the cache.
 * A version-50 class whose frames the JVM's verifier rejected would still be verified the old way (the JVM fails over
 * below version 51), so the rewrite cannot make a class unloadable.
 *
 * <p>Exit codes: 0 done (and prints how many classes were rewritten), 1 the jar could not be read or written.
 */
public final class OldClassFiles {
    private OldClassFiles() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: java scripts/OldClassFiles.java JAR PACKAGE...");
            System.exit(2);
        }
        Path jar = Path.of(args[0]);
        int rewritten = 0;
        try (FileSystem zip = FileSystems.newFileSystem(jar);
                URLClassLoader classes = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            // the frames need each type's superclass where branches meet: the JDK's own, then the jar's
            ClassFile files = ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(ClassHierarchyResolver.defaultResolver()
                    .orElse(ClassHierarchyResolver.ofResourceParsing(classes))));
            for (int k = 1; k < args.length; k++) {
                Path folder = zip.getPath("/" + args[k].replace('.', '/'));
                if (!Files.isDirectory(folder)) {
                    continue;
                }
                List<Path> found;
                try (Stream<Path> walk = Files.walk(folder)) {
                    found = walk.filter(p -> p.toString().endsWith(".class")).sorted().toList();
                }
                for (Path file : found) {
                    ClassModel model = files.parse(Files.readAllBytes(file));
                    if (model.majorVersion() >= ClassFile.JAVA_6_VERSION) {
                        continue;
                    }
                    byte[] newer = files.transformClass(model, ClassTransform.transformingMethodBodies(CodeTransform.ACCEPT_ALL)
                            .andThen((builder, element) -> {
                                if (element instanceof ClassFileVersion) {
                                    builder.withVersion(ClassFile.JAVA_6_VERSION, 0);
                                } else {
                                    builder.with(element);
                                }
                            }));
                    Files.write(file, newer);
                    rewritten++;
                }
            }
        } catch (Exception e) {
            System.err.println("OldClassFiles: " + jar + ": " + e);
            System.exit(1);
        }
        System.out.println(rewritten);
    }
}
