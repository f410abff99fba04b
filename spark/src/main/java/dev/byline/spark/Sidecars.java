package dev.byline.spark;

import dev.byline.BylineException;
import dev.byline.corpus.LoadProblem;
import dev.byline.corpus.Metadata;
import dev.byline.corpus.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/**
 * Reads {@code corpus.csv} metadata sidecars with the toolkit's reader ({@link Metadata}), from any Hadoop
 * file system, so that documents carry the same metadata in Spark (the compare job's source inference reads
 * dates and outlets) and a bad sidecar row is the same problem. The driver reads them (about 0.9 GB of heap per
 * million rows, so {@code --driver-memory} follows the sidecar), and the rows reach the documents by a join on
 * their ids, so no executor holds more than its share of them.
 */
final class Sidecars {
    private Sidecars() {
    }

    /** Adds the rows of {@code sidecar} to {@code rows}, ids prefixed with {@code prefix/} when not empty. */
    static void read(Path sidecar, String prefix, Configuration conf, Map<String, Map<String, String>> rows, BadInput bad) {
        List<LoadProblem> problems = new ArrayList<>();
        SourceFile source = new SourceFile(java.nio.file.Path.of(Inputs.display(sidecar.toString())), "",
                () -> sidecar.getFileSystem(conf).open(sidecar));
        Map<String, Map<String, String>> read = Metadata.read(source, problems);
        for (LoadProblem p : problems) {
            bad.report(new BylineException(p.file(), p.message()));
        }
        read.forEach((id, row) -> rows.put(prefix.isEmpty() ? id : prefix + "/" + id, row));
    }

    /** The sidecar's file name, {@value Metadata#SIDECAR}. */
    static boolean isSidecar(Path file) {
        return file.getName().equals(Metadata.SIDECAR);
    }
}
