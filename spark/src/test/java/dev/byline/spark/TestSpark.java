package dev.byline.spark;

import dev.byline.corpus.Corpus;
import dev.byline.corpus.LoadOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** One local[2] Spark session for all the module's tests (starting one costs seconds), and helpers. */
final class TestSpark {
    private static SparkSession session;

    private TestSpark() {
    }

    static synchronized SparkSession session() {
        if (session == null) {
            session = LocalSpark.session("tests", "local[2]");
        }
        return session;
    }

    /** The repository's corpus/ directory. */
    static Path corpus() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("corpus")) && Files.isRegularFile(p.resolve("corpus/corpus.csv"))) {
                return p.resolve("corpus");
            }
        }
        throw new IllegalStateException("corpus/ not found above " + Path.of("").toAbsolutePath());
    }

    /** The toolkit's corpus for the same paths, strict (the Spark jobs fail on bad input by default, too). */
    static Corpus toolkit(Path... paths) {
        return Corpus.load(LoadOptions.defaults().strict(true), paths);
    }

    /** A job's table as rows, in the job's order. */
    static List<Row> rows(Dataset<Row> table) {
        return new ArrayList<>(table.collectAsList());
    }
}
