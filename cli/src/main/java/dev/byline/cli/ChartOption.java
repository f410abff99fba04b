package dev.byline.cli;

import dev.byline.BylineException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code --chart FILE.svg}: also draw the result as an SVG chart (the toolkit's {@code TermCharts}, the same
 * drawing a notebook shows). An existing file is not replaced unless {@code --overwrite} is given, so a
 * chart never silently takes the place of someone's file.
 */
public final class ChartOption implements Usage.Checked {
    @Option(names = "--chart", paramLabel = "FILE.svg", description = "Also write the result as an SVG chart to FILE.svg.")
    Path chart;

    @Option(names = "--overwrite", description = "With --chart: replace FILE.svg if it exists.")
    boolean overwrite;

    /**
     * Checks the chart file before any work is done, as a usage error (exit 2): a .svg name, not an existing file
     * (unless asked), a folder to go in.
     */
    @Override
    public void checkUsage(CommandSpec command) {
        if (chart == null) {
            return;
        }
        if (!chart.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".svg")) {
            throw Usage.error(command, "--chart " + chart + ": the chart is SVG; name the file FILE.svg");
        }
        if (Files.isDirectory(chart)) {
            throw Usage.error(command, "--chart " + chart + " is a folder; name the file FILE.svg");
        }
        if (Files.exists(chart) && !overwrite) {
            throw Usage.error(command, "--chart " + chart + " already exists; add --overwrite to replace it");
        }
        Path parent = chart.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw Usage.error(command, "--chart " + chart + ": no such folder: " + parent);
        }
    }

    /** Writes the chart if one was asked for. */
    void write(Supplier<String> svg) {
        if (chart == null) {
            return;
        }
        try {
            Files.writeString(chart, svg.get(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BylineException(chart, "cannot write the chart: " + IoReasons.writing(chart, e));
        }
    }
}
