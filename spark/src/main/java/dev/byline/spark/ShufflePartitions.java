package dev.byline.spark;

import java.io.IOException;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/**
 * The number of SQL shuffle partitions for a job, from the size of its input ({@link SparkMain} applies it
 * unless the user chose one: {@code --conf spark.sql.shuffle.partitions=N}). Spark's default of 200 makes a 30 MB job schedule 200 tiny
 * tasks per shuffle (on a 2-core cluster, 1,000 articles took minutes); a fixed small number makes a 3 GB job
 * sort gigabytes per task. One partition per {@value #BYTES_PER_PARTITION_MB} MB of input text, at least one per
 * core the session has.
 *
 * <pre>{@code
 * ShufflePartitions.apply(spark, List.of("archive/"));   // 325 MB on 2 cores: 11 partitions
 * }</pre>
 */
final class ShufflePartitions {
    static final int BYTES_PER_PARTITION_MB = 32;
    static final String KEY = "spark.sql.shuffle.partitions";

    private ShufflePartitions() {
    }

    /** Partitions for {@code bytes} of input on {@code cores} cores: one per 32 MB, at least {@code cores}, at most 10,000. */
    static int forInput(long bytes, int cores) {
        long bySize = (bytes + BYTES_PER_PARTITION_MB * (1L << 20) - 1) / (BYTES_PER_PARTITION_MB * (1L << 20));
        return (int) Math.min(10_000, Math.max(Math.max(1, cores), bySize));
    }

    /** Sets the session's shuffle partitions from the size of {@code paths}; returns the number. */
    static int apply(SparkSession spark, List<String> paths) {
        long bytes = 0;
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        for (String given : paths) {
            try {
                Path p = new Path(given);
                bytes += p.getFileSystem(conf).getContentSummary(p).getLength();
            } catch (IOException | RuntimeException e) {
                // a missing path is reported by the reading that follows, with the file named
            }
        }
        int n = forInput(bytes, spark.sparkContext().defaultParallelism());
        spark.conf().set(KEY, String.valueOf(n));
        return n;
    }
}
