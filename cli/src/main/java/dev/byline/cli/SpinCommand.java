package dev.byline.cli;

import dev.byline.compare.SpinDetector;
import dev.byline.corpus.Corpus;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code byline spin PATHS}: synonym-spun ("rewritten by machine") text, per document and per phrase. */
@Command(name = "spin", mixinStandardHelpOptions = true,
        header = "Detect synonym-spun (machine-rewritten) text.",
        description = {
            "Detect synonym-spun text: doc, doc_score (0-1), doc_flagged, and for each flagged phrase start, end, phrase,",
            "likely_original and signal: collocation (a WordNet synonym fits the neighbouring words in ordinary news and",
            "the word does not) or alignment (the document is a spun copy of another in PATHS; each swapped word is",
            "listed beside the source's word), margin (collocation: how much better, in natural-log units, the likely",
            "original fits the neighbours than the phrase) and thesaurus (wordnet, moby, moby2 for an original two Moby",
            "steps away, or source). By default a flagged document lists only its surer phrases (margin at least "
                    + SpinDetector.SURE_WORDNET + ", or " + SpinDetector.SURE_MOBY + " for an original only Moby offers, "
                    + SpinDetector.SURE_TWO_STEP + " two steps away); --all-phrases lists all.",
            "A document with nothing flagged gets one row with empty phrase columns.",
            "An article over " + ArticleLength.MAX_CHARS + " characters is left out with a warning."
        })
final class SpinCommand implements Callable<Integer> {
    @Mixin
    LoadingOptions loading;

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;

    @Option(names = "--all-phrases", description = "list every phrase the collocation test finds in a flagged document, "
            + "the less sure ones too (more of the swaps, and more of the writer's own words)")
    boolean allPhrases;

    @Override
    public Integer call() {
        Corpus corpus = ArticleLength.withinLimit("spin", loading.load(spec.commandLine().getErr()),
                spec.commandLine().getErr());
        SpinDetector detector = allPhrases ? SpinDetector.defaults().allPhrases() : SpinDetector.defaults();
        TableWriter.write(detector.table(corpus), output, spec.commandLine().getOut());
        return 0;
    }
}
