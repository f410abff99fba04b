package dev.byline.spark;

import dev.byline.BylineException;
import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/**
 * Writes a job's table twice under the output directory: {@code NAME.parquet/} for the next job and
 * {@code NAME.csv/} (RFC 4180, with a header in each part) for people and spreadsheets. Both are
 * Spark output directories: part files in row order, so concatenating a CSV directory's parts
 * (less repeated headers) gives the whole table in order.
 *
 * <pre>{@code
 * Outputs.write(table, Path.of("out"), "terms", false);   // out/terms.parquet/, out/terms.csv/
 * }</pre>
 */
public final class Outputs {
    private Outputs() {
    }

    /**
     * Writes {@code table} (already sorted) as {@code out/NAME.parquet} and {@code out/NAME.csv}.
     *
     * @throws BylineException if either exists and {@code overwrite} is false
     */
    public static void write(Dataset<Row> table, String out, String name, boolean overwrite) {
        String parquet = out + "/" + name + ".parquet";
        String csv = out + "/" + name + ".csv";
        SaveMode mode = overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
        if (!overwrite) {
            for (String target : new String[] {parquet, csv}) {
                if (exists(table, target)) {
                    throw new BylineException(Path.of(target), "already exists; choose another --out or add --overwrite");
                }
            }
        }
        Dataset<Row> cached = table.persist();
        try {
            cached.write().mode(mode).parquet(parquet);
            cached.write().mode(mode).option("header", "true").option("escape", "\"").option("encoding", "UTF-8")
                    .csv(csv);
        } finally {
            cached.unpersist();
        }
    }

    private static boolean exists(Dataset<Row> table, String target) {
        try {
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(target);
            return p.getFileSystem(table.sparkSession().sparkContext().hadoopConfiguration()).exists(p);
        } catch (java.io.IOException e) {
            throw new BylineException(Path.of(target), "cannot check: " + Inputs.oneLine(e.getMessage()), e);
        }
    }
}
