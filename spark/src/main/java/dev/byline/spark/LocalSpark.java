package dev.byline.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Starts a Spark session for a job: on the cluster spark-submit names, else (or when a
 * {@code local[...]} master is asked for) embedded in this JVM, quiet, with no web UI and few
 * shuffle partitions, as suits one machine.
 *
 * <pre>{@code
 * SparkSession spark = LocalSpark.session("terms", "local[2]");
 * }</pre>
 */
public final class LocalSpark {
    private LocalSpark() {
    }

    /** A session named for {@code job}; {@code master} may be null to take spark-submit's or local[*]. */
    public static SparkSession session(String job, String master) {
        SparkConf conf = new SparkConf();
        String chosen = master != null ? master : conf.get("spark.master", "local[*]");
        SparkSession.Builder b = SparkSession.builder().appName("byline-spark " + job).master(chosen);
        if (chosen.startsWith("local")) {
            int cores = localCores(chosen);
            b.config("spark.ui.enabled", "false")
                    .config("spark.ui.showConsoleProgress", "false")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.sql.shuffle.partitions", String.valueOf(Math.max(2, 2 * cores)))
                    .config("spark.default.parallelism", String.valueOf(Math.max(2, 2 * cores)));
        }
        return b.getOrCreate();
    }

    /** The thread count of local, local[N] or local[*]. */
    static int localCores(String master) {
        int open = master.indexOf('[');
        if (open < 0) {
            return 1;
        }
        String n = master.substring(open + 1, master.indexOf(']', open)).split(",")[0].strip();
        return n.equals("*") ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(n);
    }
}
