package dev.byline.spark;

import dev.byline.BylineException;
import java.io.Serializable;
import java.util.List;
import java.util.TreeSet;
import org.apache.spark.SparkContext;
import org.apache.spark.util.CollectionAccumulator;

/**
 * What a job does with a bad file or record: stop with a one-line message naming it (the default),
 * or, with {@code --skip-bad}, note it and go on. Notes are gathered from every task through a
 * Spark accumulator and printed once by the driver.
 *
 * <pre>{@code
 * BadInput bad = BadInput.skipping(spark.sparkContext());
 * ... inside a task: bad.report(new BylineException(path, "not valid UTF-8"));
 * bad.problems();    // sorted, de-duplicated messages
 * }</pre>
 */
public final class BadInput implements Serializable {
    private static final long serialVersionUID = 1L;

    private final boolean skip;
    private final CollectionAccumulator<String> problems;

    private BadInput(boolean skip, CollectionAccumulator<String> problems) {
        this.skip = skip;
        this.problems = problems;
    }

    /** Any bad input fails the job. */
    public static BadInput failing(SparkContext sc) {
        return new BadInput(false, sc.collectionAccumulator("byline bad input"));
    }

    /** Bad input is reported and skipped. */
    public static BadInput skipping(SparkContext sc) {
        return new BadInput(true, sc.collectionAccumulator("byline bad input"));
    }

    /** True if bad input is skipped rather than fatal. */
    public boolean skips() {
        return skip;
    }

    /**
     * Notes a problem, or throws it when bad input is fatal.
     *
     * @throws BylineException {@code problem} itself, unless skipping
     */
    public void report(BylineException problem) {
        if (!skip) {
            throw problem;
        }
        problems.add(problem.getMessage());
    }

    /** The problems noted so far, sorted and de-duplicated (a retried task may note one twice). */
    public List<String> problems() {
        return List.copyOf(new TreeSet<>(problems.value()));
    }
}
