package dev.byline.kernel.install;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where Jupyter looks for kernelspecs, following {@code jupyter_core.paths}: {@code JUPYTER_PATH}
 * first, then the user data dir ({@code JUPYTER_DATA_DIR} or the platform default), then the
 * system prefixes.
 */
public final class JupyterPaths {
    private final Map<String, String> env;
    private final Path home;

    public JupyterPaths(Map<String, String> env, Path home) {
        this.env = env;
        this.home = home;
    }

    /** For this process's environment and home directory. */
    public static JupyterPaths current() {
        return new JupyterPaths(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** The user's Jupyter data directory, where {@code --user} installs. */
    public Path userDataDir() {
        String explicit = env.get("JUPYTER_DATA_DIR");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("mac")) {
            return home.resolve("Library/Jupyter");
        }
        if (os.contains("win")) {
            return Path.of(env.getOrDefault("APPDATA", home.toString())).resolve("jupyter");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share")).resolve("jupyter");
    }

    /** Every directory whose {@code kernels/} Jupyter searches, in Jupyter's order. */
    public List<Path> dataDirs() {
        LinkedHashSet<Path> dirs = new LinkedHashSet<>();
        String jp = env.get("JUPYTER_PATH");
        if (jp != null) {
            for (String s : jp.split(File.pathSeparator)) {
                if (!s.isBlank()) {
                    dirs.add(Path.of(s));
                }
            }
        }
        dirs.add(userDataDir());
        dirs.add(Path.of("/usr/local/share/jupyter"));
        dirs.add(Path.of("/usr/share/jupyter"));
        return new ArrayList<>(dirs);
    }

    /** The kernelspec directory for a data dir and kernel name. */
    public static Path kernelDir(Path dataDir, String name) {
        return dataDir.resolve("kernels").resolve(name);
    }
}
