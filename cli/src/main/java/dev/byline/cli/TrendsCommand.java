package dev.byline.cli;

import dev.byline.corpus.DocumentStream;
import dev.byline.render.TermCharts;
import dev.byline.terms.TrendBy;
import dev.byline.terms.Trends;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tech.tablesaw.api.Table;

/** {@code byline trends WORD PATHS --by date|month|year|outlet}: how often terms are used over time or by outlet. */
@Command(name = "trends", mixinStandardHelpOptions = true,
        header = "Count terms per date, month, year or outlet.",
        description = {
            "How often terms are used per date, month, year or outlet: one row per group",
            "and term (group, term, count, docs, terms, per_10k). WORD is one term or",
            "several, comma-separated (putin,\"peace talks\"), each a word or a phrase made",
            "into terms as the text is (Putin’s is putin; stemmed with --stem; a stop word",
            "needs --keep-stopwords). A phrase is counted as an n-gram within sentences,",
            "per 10,000 words. Documents without a date (or outlet) are left out."
        })
final class TrendsCommand implements Callable<Integer>, Usage.Checked {
    @Mixin
    WordAndPaths loading;

    @Mixin
    TermSelection selection;

    @Mixin
    OutputOptions output;

    @Mixin
    ChartOption chart;

    @Option(names = "--by", paramLabel = "GROUP", defaultValue = "DATE",
            description = "date, month, year or outlet (default: date).", converter = TrendByConverter.class)
    TrendBy by;

    @Spec
    CommandSpec spec;

    @Override
    public void checkUsage(CommandSpec command) {
        List<String> terms = terms();
        if (terms.isEmpty()) {
            throw Usage.error(command, "name at least one term (e.g. putin,nato)");
        }
        for (String term : terms) {
            Usage.query(command, term, selection.options(1));
        }
    }

    private List<String> terms() {
        return Arrays.stream(loading.word.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }

    @Override
    public Integer call() {
        List<String> terms = terms();
        // Streamed: a few numbers per group are all that is kept (the metadata stays: dates and outlets are in it).
        DocumentStream documents = loading.stream();
        Table trends = Trends.of(documents, terms, by, selection.options(1));
        LoadingOptions.warn(spec.commandLine().getErr(), documents.problems());
        chart.write(() -> TermCharts.trend(trends));
        TableWriter.write(trends, output, spec.commandLine().getOut());
        return 0;
    }

    /** date, month, year, outlet in any case. */
    static final class TrendByConverter implements picocli.CommandLine.ITypeConverter<TrendBy> {
        @Override
        public TrendBy convert(String value) {
            for (TrendBy b : TrendBy.values()) {
                if (b.column().equalsIgnoreCase(value)) {
                    return b;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not one of date, month, year, outlet");
        }
    }
}
