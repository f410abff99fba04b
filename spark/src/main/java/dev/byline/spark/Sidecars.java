package dev.byline.spark;

import dev.byline.BylineException;
import dev.byline.corpus.Metadata;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/**
 * Reads {@code corpus.csv} metadata sidecars as the toolkit does (id, outlet, date, title, url,
 * language, notes, and any other column), so that documents carry the same metadata in Spark —
 * the compare job's source inference reads dates and outlets. Sidecars are small; the driver reads
 * them and ships the rows to the tasks.
 */
final class Sidecars {
    private Sidecars() {
    }

    /** Adds the rows of {@code sidecar} to {@code rows}, ids prefixed with {@code prefix/} when not empty. */
    static void read(Path sidecar, String prefix, Configuration conf, Map<String, Map<String, String>> rows, BadInput bad) {
        String shown = Inputs.display(sidecar.toString());
        byte[] bytes;
        try (InputStream in = sidecar.getFileSystem(conf).open(sidecar)) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            bad.report(new BylineException(java.nio.file.Path.of(shown), "cannot read: " + Inputs.oneLine(e.getMessage())));
            return;
        }
        String text;
        try {
            text = Utf8.decode(shown, bytes);
        } catch (BylineException e) {
            bad.report(e);
            return;
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            if (!parser.getHeaderMap().containsKey("id")) {
                bad.report(new BylineException(java.nio.file.Path.of(shown), "metadata sidecar has no 'id' column (columns: "
                        + String.join(", ", parser.getHeaderNames()) + ")"));
                return;
            }
            for (CSVRecord r : parser) {
                if (!r.isConsistent()) {
                    bad.report(new BylineException(java.nio.file.Path.of(shown), "line " + (r.getRecordNumber() + 1)
                            + ": expected " + parser.getHeaderNames().size() + " fields, found " + r.size()));
                    continue;
                }
                Map<String, String> row = new LinkedHashMap<>(r.toMap());
                String id = row.remove("id");
                if (id != null && !id.isBlank()) {
                    rows.put(prefix.isEmpty() ? id : prefix + "/" + id, row);
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            bad.report(new BylineException(java.nio.file.Path.of(shown), dev.byline.corpus.LoadWording.malformedCsv(e)));
        }
    }

    /** The sidecar's file name, {@value Metadata#SIDECAR}. */
    static boolean isSidecar(Path file) {
        return file.getName().equals(Metadata.SIDECAR);
    }
}
