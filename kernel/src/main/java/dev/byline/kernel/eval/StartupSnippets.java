package dev.byline.kernel.eval;

import dev.byline.kernel.protocol.KernelLog;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;

/**
 * Runs a session's start-up snippets, the imports every cell sees, as few JShell evaluations as it can.
 *
 * <p>JShell evaluates one snippet at a time, and each costs it a parse, an analysis, a compilation and a class load:
 * the 22 imports of Byline's kernel took ~6 ms of CPU each after the first, on the thread the first cell waits for.
 * JShell keeps the whole source of an import snippet as the text it puts in front of every later compilation
 * ({@code Eval.processImport}, unchanged since JDK 9), so a run of import declarations given as one snippet is in
 * effect as a whole: one evaluation instead of 22 (a probe of JShell alone with Byline's jar and start-up cache, medians of
 * 3 runs: the imports 338 → 265 ms of the thread's CPU, the process 1.15 → 0.92 s by the first cell). JShell names that snippet by its first import: a cell repeating that very
 * import would replace the snippet and with it the others, so the list should start with an import nobody types.
 * When the joined snippet does not compile, each snippet is run on its own, so the error names the one that fails.
 *
 * <pre>{@code
 * StartupSnippets.run(shell, List.of("import static my.Helpers.*;", "import java.util.*;", "import java.io.*;"));
 * }</pre>
 */
final class StartupSnippets {
    private static final Pattern IMPORT = Pattern.compile("\\s*import\\s[^;]+;\\s*");

    private StartupSnippets() {
    }

    /**
     * Evaluates {@code startup} in {@code shell}, imports together when they are all imports.
     *
     * @return whether they ran as one snippet
     * @throws IllegalStateException naming the first snippet that does not compile
     */
    static boolean run(JShell shell, List<String> startup) {
        if (startup.size() > 1 && startup.stream().allMatch(s -> IMPORT.matcher(s).matches())) {
            String joined = String.join("\n", startup);
            List<SnippetEvent> events = shell.eval(joined);
            if (!events.isEmpty() && events.stream().allMatch(e -> e.status() == Snippet.Status.VALID)) {
                KernelLog.trace(startup.size() + " start-up imports as one snippet");
                return true;
            }
            events.forEach(e -> {
                if (e.status().isActive()) {
                    shell.drop(e.snippet());
                }
            });
        }
        for (String snippet : startup) {
            for (SnippetEvent e : shell.eval(snippet)) {
                if (e.status() == Snippet.Status.REJECTED) {
                    throw new IllegalStateException("start-up snippet does not compile: " + snippet + ": "
                            + shell.diagnostics(e.snippet()).map(d -> d.getMessage(Locale.ROOT)).findFirst().orElse(""));
                }
            }
            KernelLog.trace(snippet);
        }
        return false;
    }
}
