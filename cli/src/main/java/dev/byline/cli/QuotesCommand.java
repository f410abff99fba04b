package dev.byline.cli;

import dev.byline.BylineException;
import dev.byline.corpus.DocumentStream;
import dev.byline.quotes.QuoteKind;
import dev.byline.quotes.QuoteRow;
import dev.byline.quotes.Quotes;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code byline quotes PATHS}: one row per quotation, with its kind and speaker. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        header = "Find who said what: one row per quotation, with its speaker.",
        description = {
            "Find who said what: one row per quotation, with doc, quote_id, part, start,",
            "end, text, kind (full, partial, term, indirect), speaker, speaker_start,",
            "speaker_end, verb, marks, paragraph, words. part is title for a quotation in",
            "the headline (offsets into the headline's own text) or body (offsets into the",
            "raw file text: raw.substring(start, end) is exactly the text)."
        })
final class QuotesCommand implements Callable<Integer>, Usage.Checked {
    @Mixin
    LoadingOptions loading;

    @Mixin
    OutputOptions output;

    @Mixin
    TitleOption title;

    @Option(names = "--kind", paramLabel = "KINDS", split = ",",
            description = "Only these kinds, comma-separated: full, partial, term, indirect (default: all).")
    List<String> kinds;

    @Spec
    CommandSpec spec;

    @Override
    public void checkUsage(CommandSpec command) {
        if (kinds != null) {
            try {
                parseKinds(kinds);
            } catch (BylineException e) {
                throw Usage.error(command, "--kind: " + e.getMessage());
            }
        }
    }

    @Override
    public Integer call() {
        // Streamed: each file is read, its quotations made into rows and its text dropped.
        // The sidecar's rows are not joined: no column of the table comes from them (the layout reads a sidecar
        // date only for a dateline's year, and the rules read the dateline's span alone); ids and problems stay.
        DocumentStream documents = loading.stream().withoutMetadata();
        List<QuoteRow> rows = Quotes.rows(documents, title.parts());
        LoadingOptions.warn(spec.commandLine().getErr(), documents.problems());
        if (kinds != null && !kinds.isEmpty()) {
            Set<String> wanted = parseKinds(kinds);
            rows = rows.stream().filter(r -> wanted.contains(r.kind())).toList();
        }
        TableWriter.write(QuoteRows.of(rows), output, spec.commandLine().getOut());
        return 0;
    }

    static Set<String> parseKinds(List<String> kinds) {
        EnumSet<QuoteKind> set = EnumSet.noneOf(QuoteKind.class);
        for (String k : kinds) {
            try {
                set.add(QuoteKind.valueOf(k.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new BylineException("unknown quote kind '" + k + "' (use: "
                        + String.join(", ", Arrays.stream(QuoteKind.values()).map(QuoteKind::label).toList()) + ")");
            }
        }
        return set.stream().map(QuoteKind::label).collect(java.util.stream.Collectors.toSet());
    }
}
