package dev.byline.cli;

import dev.byline.kernel.install.Check;
import dev.byline.kernel.install.Doctor;
import dev.byline.kernel.install.JupyterPaths;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code byline doctor}: what the kernel needs and whether it is there. */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        header = "Check the JDK, Jupyter and the installed kernelspec.",
        description = "Check the JDK (21+, with JShell), Jupyter, and the installed kernelspec; exit 1 if something is missing.")
final class DoctorCommand implements Callable<Integer> {
    @Option(names = "--name", defaultValue = "byline", description = "Kernelspec name (default: ${DEFAULT-VALUE}).")
    String name;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Check> checks = new Doctor(JupyterPaths.current()).run(name);
        PrintWriter out = spec.commandLine().getOut();
        for (Check c : checks) {
            out.printf("%-8s %-11s %s%n", c.status(), c.what(), c.detail());
        }
        boolean missing = checks.stream().anyMatch(c -> c.status() == Check.Status.MISSING);
        out.println(missing ? "Something is missing; see the lines above." : "All set: open Jupyter and pick \"Java (Byline)\".");
        return missing ? Main.BAD_INPUT : 0;
    }
}
