package dev.byline.cli;

import dev.byline.BylineException;
import dev.byline.terms.CaseMode;
import dev.byline.terms.Stemming;
import dev.byline.terms.TermChoices;
import dev.byline.terms.TermOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options saying what counts as a term, shared by the term commands. */
public final class TermSelection implements Usage.Checked {
    @Mixin
    TitleOption title = new TitleOption();

    @Option(names = "--stem", description = "Reduce words to their stems (Porter).")
    boolean stem;

    @Option(names = "--stemmer", paramLabel = "NAME", description = "Stemmer: porter or lancaster (implies --stem).")
    String stemmer;

    @Option(names = "--keep-stopwords", description = "Keep stop words (Smile's default English list is dropped otherwise).")
    boolean keepStopWords;

    @Option(names = "--stopwords", paramLabel = "FILE", description = "More stop words, one a line (# starts a comment).")
    Path stopWordFile;

    @Option(names = "--proper-nouns", description = "Keep proper nouns capitalised (Putin, Trump) instead of lower-casing every word.")
    boolean properNouns;

    @Option(names = "--numbers", description = "Count numbers as terms too.")
    boolean numbers;

    @Option(names = "--min-length", paramLabel = "N", defaultValue = "1",
            description = "Drop words shorter than N characters (default: ${DEFAULT-VALUE}).")
    int minLength;

    @Override
    public void checkUsage(CommandSpec command) {
        Usage.atLeast(command, "--min-length", minLength, 1);
        String problem = TermChoices.stemmerProblem(stemmer);
        if (problem != null) {
            throw Usage.error(command, problem);
        }
    }

    /** The options, with n-grams of {@code 1..maxN}; the values were checked by {@link #checkUsage}. */
    TermOptions options(int maxN) {
        TermOptions o = TermOptions.defaults().withNgrams(1, maxN).withMinLength(minLength).withNumbers(numbers)
                .withParts(title.parts());
        if (keepStopWords) {
            o = o.keepingStopWords();
        }
        if (properNouns) {
            o = o.withCase(CaseMode.KEEP_PROPER_NOUNS);
        }
        Stemming stemming = TermChoices.stemming(stem, stemmer);
        if (stemming != Stemming.NONE) {
            o = o.withStemming(stemming);
        }
        if (stopWordFile != null) {
            o = o.withExtraStopWords(readList(stopWordFile));
        }
        return o;
    }

    private static Set<String> readList(Path file) {
        try {
            return TermChoices.readStopWords(file);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new BylineException(file, "cannot read the stop-word list: " + IoReasons.reading(file, e));
        }
    }
}
