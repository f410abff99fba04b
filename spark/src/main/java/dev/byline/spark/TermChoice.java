package dev.byline.spark;

import dev.byline.BylineException;
import dev.byline.terms.Stemming;
import dev.byline.terms.TermChoices;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;
import picocli.CommandLine.Option;

/** What counts as a term: the same options as {@code byline terms}, turned into the toolkit's rule. */
public final class TermChoice {
    @Option(names = "--stem", description = "Reduce words to their stems (Porter).")
    boolean stem;

    @Option(names = "--stemmer", paramLabel = "NAME", description = "Stemmer: porter or lancaster (implies --stem).")
    String stemmer;

    @Option(names = "--keep-stopwords", description = "Keep stop words (Smile's default English list is dropped otherwise).")
    boolean keepStopWords;

    @Option(names = "--stopwords", paramLabel = "FILE", description = "More stop words, one a line (# starts a comment).")
    Path stopWordFile;

    @Option(names = "--no-title", description = "Leave each document's headline out: count the body alone.")
    boolean noTitle;

    @Option(names = "--numbers", description = "Count numbers as terms too.")
    boolean numbers;

    @Option(names = "--min-length", paramLabel = "N", defaultValue = "1",
            description = "Drop words shorter than N characters (default: ${DEFAULT-VALUE}).")
    int minLength;

    /**
     * The first wrong setting for n-grams of {@code 1..maxN} terms, in {@code byline terms}'s words
     * ("--ngram must be at least 1, not 0"), or null if all are right. The stop-word file is not read.
     */
    public String problem(int maxN) {
        if (maxN < 1) {
            return "--ngram must be at least 1, not " + maxN;
        }
        if (minLength < 1) {
            return "--min-length must be at least 1, not " + minLength;
        }
        return TermChoices.stemmerProblem(stemmer);
    }

    /** The toolkit's rule for n-grams of {@code 1..maxN} terms. @throws BylineException on a bad setting */
    public ToolkitTermRule rule(int maxN) {
        String problem = problem(maxN);
        if (problem != null) {
            throw new BylineException(problem);
        }
        Stemming stemming = TermChoices.stemming(stem, stemmer);
        Set<String> extra = stopWordFile == null ? Set.of() : readList(stopWordFile);
        return new ToolkitTermRule(maxN, stemming, keepStopWords, extra, numbers, minLength, !noTitle);
    }

    private static Set<String> readList(Path file) {
        try {
            return TermChoices.readStopWords(file);
        } catch (IOException | UncheckedIOException e) {
            throw new BylineException(file, "cannot read the stop-word list: " + Inputs.oneLine(e.getMessage()));
        }
    }
}
