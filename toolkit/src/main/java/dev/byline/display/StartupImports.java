package dev.byline.display;

import java.util.List;

/**
 * The imports a notebook session starts with, one snippet each: the JDK's usual packages, the toolkit's, Tablesaw's
 * API and the display types. Byline's kernel adds {@code import static dev.byline.display.Notebook.*}; on JJava and
 * IJava, whose own {@code display}/{@code render}/{@code updateDisplay} stay in charge, only the helpers they lack
 * ({@link #HELPERS}) are imported, by name, so no call is ambiguous.
 *
 * <pre>{@code
 * StartupImports.PACKAGES.forEach(jshell::eval);
 * }</pre>
 */
public final class StartupImports {
    /** The packages and types every session imports. */
    public static final List<String> PACKAGES = List.of(
            "import java.util.*;", "import java.util.function.*;", "import java.util.stream.*;",
            "import java.io.*;", "import java.math.*;", "import java.nio.file.*;", "import java.time.*;",
            "import dev.byline.corpus.*;", "import dev.byline.text.*;", "import tech.tablesaw.api.*;",
            "import dev.byline.terms.*;", "import dev.byline.quotes.*;", "import dev.byline.compare.*;",
            "import dev.byline.classroom.*;", "import dev.byline.web.*;", "import tech.tablesaw.aggregate.*;", "import dev.byline.render.TermCharts;",
            "import dev.byline.render.compare.AlignmentView;", "import dev.byline.render.compare.DriftView;",
            "import dev.byline.display.*;");

    /** The helpers of {@link Notebook} that IJava and JJava have no function of the same name for. */
    public static final List<String> HELPERS = List.of("html", "markdown", "svg", "loadCorpus");

    private StartupImports() {
    }

    /** {@link #PACKAGES} and every helper of {@link Notebook} (Byline's own kernel). */
    public static List<String> forBylineKernel() {
        return concat(PACKAGES, List.of("import static dev.byline.display.Notebook.*;"));
    }

    /** {@link #PACKAGES} and the {@link #HELPERS} by name, leaving display/render/updateDisplay to the host kernel. */
    public static List<String> forHostKernel() {
        return concat(PACKAGES, HELPERS.stream().map(h -> "import static dev.byline.display.Notebook." + h + ";").toList());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
