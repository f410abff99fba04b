package dev.byline.kernel.eval;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.security.CodeSigner;
import java.security.CodeSource;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jdk.jshell.execution.LoaderDelegate;
import jdk.jshell.spi.ExecutionControl.ClassBytecodes;
import jdk.jshell.spi.ExecutionControl.ClassInstallException;
import jdk.jshell.spi.ExecutionControl.InternalException;

/**
 * The session's class loader, as JShell's own local one (snippet classes, then the jars and folders the session
 * added, parent first), except that classes read from the added jars pass through {@link SnippetBytecode} as the
 * snippets do: a library a notebook added cannot end the kernel with {@code System.exit} or {@code halt}, and its
 * loops stop at an interrupt. Classes of the JVM's own class path (the toolkit, Tablesaw) come from the parent,
 * unchanged.
 */
final class SessionClassLoader implements LoaderDelegate {
    private final Loader loader = new Loader(ClassLoader.getSystemClassLoader());
    private final Map<String, Class<?>> classes = new HashMap<>();

    ClassLoader classLoader() {
        return loader;
    }

    @Override
    public void load(ClassBytecodes[] cbcs) throws ClassInstallException {
        boolean[] loaded = new boolean[cbcs.length];
        try {
            for (ClassBytecodes c : cbcs) {
                loader.declare(c.name(), c.bytecodes());
            }
            for (int i = 0; i < cbcs.length; i++) {
                Class<?> c = loader.loadClass(cbcs[i].name());
                classes.put(cbcs[i].name(), c);
                loaded[i] = true;
                c.getDeclaredMethods();   // linked now, as JShell's loader does, so errors surface here
            }
        } catch (Throwable e) {
            throw new ClassInstallException("load: " + e.getMessage(), loaded);
        }
    }

    @Override
    public void classesRedefined(ClassBytecodes[] cbcs) {
        for (ClassBytecodes c : cbcs) {
            loader.declare(c.name(), c.bytecodes());
        }
    }

    @Override
    public void addToClasspath(String path) throws InternalException {
        try {
            for (String p : path.split(File.pathSeparator)) {
                loader.add(new File(p).toURI().toURL());
            }
        } catch (IOException e) {
            throw new InternalException(e.toString());
        }
    }

    @Override
    public Class<?> findClass(String name) throws ClassNotFoundException {
        Class<?> c = classes.get(name);
        if (c == null) {
            throw new ClassNotFoundException(name + " not found");
        }
        return c;
    }

    private static final class Loader extends URLClassLoader {
        static {
            registerAsParallelCapable();
        }

        private final Map<String, byte[]> declared = new ConcurrentHashMap<>();

        Loader(ClassLoader parent) {
            super(new URL[0], parent);
        }

        void declare(String name, byte[] bytes) {
            declared.put(name, bytes);
        }

        void add(URL url) {
            addURL(url);
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] snippet = declared.get(name);
            if (snippet != null) {
                return defineClass(name, snippet, 0, snippet.length, (CodeSource) null);
            }
            URL url = findResource(name.replace('.', '/') + ".class");
            if (url == null) {
                throw new ClassNotFoundException(name);
            }
            byte[] raw;
            try (InputStream in = url.openStream()) {
                raw = in.readAllBytes();
            } catch (IOException e) {
                throw new ClassNotFoundException(name + ": " + e.getMessage(), e);
            }
            byte[] guarded = SnippetBytecode.rewrite(raw);
            return defineClass(name, guarded, 0, guarded.length, new CodeSource(url, (CodeSigner[]) null));
        }
    }
}
