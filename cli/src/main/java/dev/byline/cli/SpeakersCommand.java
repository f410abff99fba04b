package dev.byline.cli;

import dev.byline.corpus.DocumentStream;
import dev.byline.quotes.Quotes;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tech.tablesaw.api.Table;

/** {@code byline speakers PATHS}: who gets to speak, per document or across the corpus. */
@Command(name = "speakers", mixinStandardHelpOptions = true,
        header = "Count who gets to speak, per document or across the corpus.",
        description = {
            "Who gets to speak: one row per document and speaker, with doc, speaker,",
            "quotes (quotations of any kind but term), quoted_words (words in the",
            "speaker's direct quotations), direct, indirect."
        })
final class SpeakersCommand implements Callable<Integer> {
    @Mixin
    LoadingOptions loading;

    @Mixin
    OutputOptions output;

    @Option(names = "--across",
            description = "One row per speaker across all documents instead (speaker, docs, quotes, quoted_words,"
                    + " direct, indirect, doc_ids): the same person quoted by several outlets.")
    boolean across;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (across) {
            // across documents the speakers are joined corpus-wide, so the corpus is loaded
            TableWriter.write(Quotes.speakersAcross(loading.load(spec.commandLine().getErr())), output,
                    spec.commandLine().getOut());
            return 0;
        }
        // Streamed: each file is read, its speakers counted and its text dropped.
        DocumentStream documents = loading.stream().withoutMetadata();   // as `quotes`: no column reads the sidecar's rows
        Table table = Quotes.speakers(documents);
        LoadingOptions.warn(spec.commandLine().getErr(), documents.problems());
        TableWriter.write(table, output, spec.commandLine().getOut());
        return 0;
    }
}
