package dev.byline.kernel.eval;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;

/**
 * JShell's file manager with javac's class-path index kept between compilations.
 *
 * <p>javac sets {@code --multi-release} on the file manager at the start of every compilation, and the JDK's file
 * manager drops its index of the class path (which package directories each jar holds) on any such option, even when
 * the value is the one already set. JShell runs four compilations for a cell like {@code 1 + 1}, so each cell re-indexed
 * the ~900 package directories of Byline's jar four times. This wrapper passes a {@code --multi-release} on only when
 * its value changes; every other option (JShell's {@code -classpath} when a jar is added) still reaches the file
 * manager and resets the index as before, so what a compilation sees is unchanged.
 *
 * <p>It is also where JShell's own class index (for completion) can be held back until the session is quiet: see
 * {@link ClassIndexGate}.
 *
 * <pre>{@code
 * JShell shell = JShell.builder().fileManager(SteadyFileManager::new).build();
 * }</pre>
 */
final class SteadyFileManager extends ForwardingJavaFileManager<StandardJavaFileManager> implements StandardJavaFileManager {
    private static final String MULTI_RELEASE = "--multi-release";
    private final ClassIndexGate indexGate;
    private String multiRelease;

    SteadyFileManager(StandardJavaFileManager fileManager) {
        this(fileManager, null);
    }

    /** With JShell's class index held back by {@code indexGate} (see {@link ClassIndexGate}); null: not held back. */
    SteadyFileManager(StandardJavaFileManager fileManager, ClassIndexGate indexGate) {
        super(fileManager);
        this.indexGate = indexGate;
    }

    @Override
    public synchronized boolean handleOption(String current, Iterator<String> remaining) {
        if (MULTI_RELEASE.equals(current) && remaining.hasNext()) {
            String value = remaining.next();
            if (value.equals(multiRelease)) {
                return true;   // already set: passing it on would only throw the class-path index away
            }
            boolean handled = super.handleOption(current, List.of(value).iterator());
            multiRelease = handled ? value : null;
            return handled;
        }
        return super.handleOption(current, remaining);
    }

    @Override
    public boolean isSameFile(FileObject a, FileObject b) {
        return fileManager.isSameFile(a, b);
    }

    @Override
    public Iterable<? extends JavaFileObject> getJavaFileObjectsFromFiles(Iterable<? extends File> files) {
        return fileManager.getJavaFileObjectsFromFiles(files);
    }

    @Override
    public Iterable<? extends JavaFileObject> getJavaFileObjectsFromPaths(Collection<? extends Path> paths) {
        return fileManager.getJavaFileObjectsFromPaths(paths);
    }

    @Override
    public Iterable<? extends JavaFileObject> getJavaFileObjects(File... files) {
        return fileManager.getJavaFileObjects(files);
    }

    @Override
    public Iterable<? extends JavaFileObject> getJavaFileObjects(Path... paths) {
        return fileManager.getJavaFileObjects(paths);
    }

    @Override
    public Iterable<? extends JavaFileObject> getJavaFileObjectsFromStrings(Iterable<String> names) {
        return fileManager.getJavaFileObjectsFromStrings(names);
    }

    @Override
    public Iterable<? extends JavaFileObject> getJavaFileObjects(String... names) {
        return fileManager.getJavaFileObjects(names);
    }

    @Override
    public void setLocation(Location location, Iterable<? extends File> files) throws IOException {
        fileManager.setLocation(location, files);
    }

    @Override
    public void setLocationFromPaths(Location location, Collection<? extends Path> paths) throws IOException {
        fileManager.setLocationFromPaths(location, paths);
    }

    @Override
    public void setLocationForModule(Location location, String moduleName, Collection<? extends Path> paths)
            throws IOException {
        fileManager.setLocationForModule(location, moduleName, paths);
    }

    @Override
    public Iterable<? extends File> getLocation(Location location) {
        return fileManager.getLocation(location);
    }

    @Override
    public Iterable<? extends Path> getLocationAsPaths(Location location) {
        if (indexGate != null && !indexGate.quiet() && calledByClassIndexer()) {
            indexGate.awaitQuiet();
        }
        return fileManager.getLocationAsPaths(location);
    }

    /** Whether JShell's class indexer asks (the first thing it does for each refresh of its index). */
    private static boolean calledByClassIndexer() {
        return StackWalker.getInstance().walk(frames -> frames.anyMatch(f -> f.getMethodName().equals("refreshIndexes")
                && f.getClassName().equals("jdk.jshell.SourceCodeAnalysisImpl")));
    }

    @Override
    public Path asPath(FileObject file) {
        return fileManager.asPath(file);
    }

    @Override
    public void setPathFactory(PathFactory f) {
        fileManager.setPathFactory(Objects.requireNonNull(f));
    }
}
