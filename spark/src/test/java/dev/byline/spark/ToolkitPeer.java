package dev.byline.spark;

import dev.byline.compare.Similarity;
import dev.byline.corpus.DocumentStream;
import dev.byline.corpus.LoadOptions;
import dev.byline.terms.TermOptions;
import dev.byline.terms.Terms;
import java.nio.file.Path;
import tech.tablesaw.api.Table;

/**
 * The single-machine peer of the Spark jobs for whole-process benchmarks: the toolkit's own call
 * for each job on the same input, writing CSV like the job does. Not a test; run by hand:
 * {@code java -cp spark/target/test-classes:spark/target/classes:$(cat spark/target/classpath.txt)
 * dev.byline.spark.ToolkitPeer near-duplicates DIR OUT.csv}.
 */
public final class ToolkitPeer {
    private ToolkitPeer() {
    }

    public static void main(String[] args) {
        LoadOptions options = LoadOptions.defaults().strict(true);
        if (args[0].equals("near-duplicates")) {
            // streamed, as `byline compare` reads a corpus this size: the toolkit's figure is its command's
            Table t = Similarity.table(DocumentStream.of(options, Path.of(args[1])), d -> true);
            t.write().csv(args[2]);
            System.err.println(args[0] + ": " + t.rowCount() + " rows");
            return;
        }
        // streamed, as `byline terms` reads any corpus: only the vocabulary (terms) or each document's counts
        // (tfidf) are kept, never the texts, so the peer runs where a loaded corpus would not fit the heap
        DocumentStream documents = DocumentStream.of(options, Path.of(args[1])).withoutMetadata();
        Table t = switch (args[0]) {
            case "terms" -> Terms.frequencies(documents, TermOptions.defaults());
            case "tfidf" -> Terms.tfidf(documents, TermOptions.defaults());
            default -> throw new IllegalArgumentException("job: terms, tfidf or near-duplicates");
        };
        t.write().csv(args[2]);
        System.err.println(args[0] + ": " + t.rowCount() + " rows");
    }
}
