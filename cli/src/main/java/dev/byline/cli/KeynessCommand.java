package dev.byline.cli;

import dev.byline.corpus.DocumentStream;
import dev.byline.render.TermCharts;
import dev.byline.terms.Keyness;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tech.tablesaw.api.Table;

/** {@code byline keyness PATHS --target IDS}: keywords of some documents against others. */
@Command(name = "keyness", mixinStandardHelpOptions = true,
        header = "Find the keywords of some documents against the others.",
        description = {
            "Keywords of the target documents against the reference (default: all the others), by",
            "log-likelihood G² (Dunning, 4-cell, as AntConc): term, target_count, reference_count,",
            "target_per_10k, reference_per_10k, g2, p_value, log_ratio, direction. Positive keywords first."
        })
final class KeynessCommand implements Callable<Integer>, Usage.Checked {
    @Mixin
    LoadingOptions loading;

    @Mixin
    TermSelection selection;

    @Mixin
    OutputOptions output;

    @Mixin
    ChartOption chart;

    @Option(names = "--target", paramLabel = "IDS", split = ",", required = true,
            description = "Ids of the target documents, comma-separated.")
    List<String> target;

    @Option(names = "--reference", paramLabel = "IDS", split = ",",
            description = "Ids of the reference documents, comma-separated (default: every other document).")
    List<String> reference;

    @Option(names = "--top", paramLabel = "N", defaultValue = "25",
            description = "Show the N strongest keywords of each direction (default: ${DEFAULT-VALUE}; 0 = all).")
    int top;

    @Option(names = "--max-p", paramLabel = "P", defaultValue = "1",
            description = "Show only keywords with p_value <= P, e.g. 0.05 (default: ${DEFAULT-VALUE}, all).")
    double maxP;

    @Spec
    CommandSpec spec;

    @Override
    public void checkUsage(CommandSpec command) {
        Usage.atLeast(command, "--top", top, 0);
        Usage.between(command, "--max-p", maxP, 0, 1);
        if (target.stream().allMatch(String::isBlank)) {
            throw Usage.error(command, "--target names no document");
        }
        if (reference != null) {
            for (String id : target) {
                if (reference.contains(id)) {
                    throw Usage.error(command, "document '" + id + "' is in both --target and --reference");
                }
            }
        }
    }

    @Override
    public Integer call() {
        // Streamed: two pooled counts (target, reference) are all that is kept.
        DocumentStream documents = loading.stream().withoutMetadata();   // the texts are all it needs
        Table all;
        try {
            all = Keyness.of(documents, target, reference == null ? List.of() : reference, selection.options(1));
        } catch (dev.byline.BylineException e) {
            // an id that names no document is often a file that could not be loaded: say which, then why not
            LoadingOptions.warn(spec.commandLine().getErr(), documents.problems());
            throw e;
        }
        LoadingOptions.warn(spec.commandLine().getErr(), documents.problems());
        Table shown = all.emptyCopy();
        int positive = 0;
        int negative = 0;
        for (int r = 0; r < all.rowCount(); r++) {
            if (all.doubleColumn("p_value").get(r) > maxP) {
                continue;
            }
            boolean isPositive = all.stringColumn("direction").get(r).equals("positive");
            int seen = isPositive ? ++positive : ++negative;
            if (top == 0 || seen <= top) {
                shown.addRow(r, all);
            }
        }
        chart.write(() -> TermCharts.keyness(shown, top > 0 ? top : TermsCommand.CHART_TERMS));
        TableWriter.write(shown, output, spec.commandLine().getOut());
        return 0;
    }
}
