package dev.byline.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user sees for bad usage, as {@code byline} words it: {@code byline-spark: PROBLEM}, a {@code Try …
 * --help} line naming the job, exit code 2 (not 1, which means bad input), no usage text, and no Spark.
 */
class UsageTest {
    @TempDir
    Path tmp;

    private record Run(int code, List<String> lines) {
    }

    private Run run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = SparkMain.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Run(code, bytes.toString(StandardCharsets.UTF_8).lines().toList());
    }

    private void assertUsageError(Run r, String problem, String tryCommand) {
        assertEquals(List.of("byline-spark: " + problem, "Try '" + tryCommand + " --help' for more information."),
                r.lines());
        assertEquals(2, r.code(), String.join("\n", r.lines()));
    }

    @Test
    void ngramBelowOneIsAUsageErrorOfTheJobAndWritesNothing() {
        Path out = tmp.resolve("out");
        assertUsageError(run("tfidf", "corpus", "--out", out.toString(), "--ngram", "0"),
                "--ngram must be at least 1, not 0", "byline-spark tfidf");
        assertUsageError(run("terms", "corpus", "--out", out.toString(), "--ngram", "-3"),
                "--ngram must be at least 1, not -3", "byline-spark terms");
        assertFalse(Files.exists(out), "no output directory");
    }

    @Test
    void wrongTermOptionsAreUsageErrorsWordedAsBylineTerms() {
        String out = tmp.resolve("out").toString();
        assertUsageError(run("terms", "corpus", "--out", out, "--min-length", "0"),
                "--min-length must be at least 1, not 0", "byline-spark terms");
        assertUsageError(run("tfidf", "corpus", "--out", out, "--stemmer", "snowball"),
                "unknown stemmer 'snowball' (porter or lancaster)", "byline-spark tfidf");
    }

    @Test
    void unknownJobIsOneLineListingTheJobs() {
        assertUsageError(run("bogus", "corpus", "--out", tmp.toString()),
                "unknown job 'bogus' (jobs: near-duplicates, terms, tfidf)", "byline-spark");
    }

    @Test
    void missingOutIsOneLineNotTheUsageText() {
        assertUsageError(run("terms", "corpus"), "Missing required option: '--out=DIR'", "byline-spark terms");
    }

    @Test
    void unknownOptionAndMissingPathsAreOneLineEach() {
        String out = tmp.resolve("out").toString();
        assertUsageError(run("near-duplicates", "corpus", "--out", out, "--bogus"),
                "Unknown option: '--bogus'", "byline-spark near-duplicates");
        assertUsageError(run("terms", "--out", out), "Missing required parameter: 'PATHS'", "byline-spark terms");
    }

    @Test
    void noJobAsksForOne() {
        assertUsageError(run(), "name a job (try: byline-spark terms corpus/ --out out/)", "byline-spark");
    }

    @Test
    void helpIsNotAnError() {
        Run r = run("terms", "--help");
        assertEquals(0, r.code());
        assertEquals(List.of(), r.lines(), "help goes to stdout");
    }
}
