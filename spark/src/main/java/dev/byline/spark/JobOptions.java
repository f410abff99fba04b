package dev.byline.spark;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options every job takes: what to read, where to write, where to run. */
public final class JobOptions {
    @Parameters(arity = "1..*", paramLabel = "PATHS",
            description = "Directories (read recursively) and files: .txt, .jsonl/.ndjson, .parquet; any Hadoop file system URI.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Output directory; the job writes NAME.parquet/ and NAME.csv/ in it.")
    String out;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master (default: the one spark-submit gives, else local[*]).")
    String master;

    @Option(names = {"--text-column", "--text-field"}, paramLabel = "C", defaultValue = "text",
            description = "JSONL field / Parquet column holding the text (default: ${DEFAULT-VALUE}).")
    String textColumn;

    @Option(names = {"--id-column", "--id-field"}, paramLabel = "C", defaultValue = "id",
            description = "JSONL field / Parquet column holding the document id (default: ${DEFAULT-VALUE}).")
    String idColumn;

    @Option(names = "--skip-bad", description = "Report bad files and records on stderr and go on, instead of stopping.")
    boolean skipBad;

    @Option(names = "--overwrite", description = "Replace outputs that already exist in --out.")
    boolean overwrite;

    /** The text and id columns chosen. */
    public InputColumns columns() {
        return new InputColumns(textColumn, idColumn);
    }
}
