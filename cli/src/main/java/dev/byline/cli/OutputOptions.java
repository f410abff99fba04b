package dev.byline.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The {@code --format} option every analysis command shares. */
public final class OutputOptions implements Usage.Checked {
    @Option(names = "--format", paramLabel = "FORMAT",
            description = "table, csv or json (one object a line). Default: table on a terminal, csv otherwise.")
    OutputFormat format;

    @Option(names = "--max-width", paramLabel = "N", defaultValue = "60",
            description = "In table format, cut text cells longer than N characters, never numbers (default: ${DEFAULT-VALUE}; 0 = no limit).")
    int maxWidth;

    @Override
    public void checkUsage(CommandSpec command) {
        Usage.atLeast(command, "--max-width", maxWidth, 0);
    }

    OutputFormat resolved() {
        if (format != null) {
            return format;
        }
        return System.console() != null ? OutputFormat.table : OutputFormat.csv;
    }
}
