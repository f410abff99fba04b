package dev.byline.corpus;

import dev.byline.text.IsoDate;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The metadata sidecar: a {@code corpus.csv} beside the texts, one row per document id, with
 * columns id, outlet, date, title, url, language, notes (any others are kept too).
 */
public final class Metadata {
    /** The sidecar's file name. */
    public static final String SIDECAR = "corpus.csv";

    /** The sidecar columns, in the order tables show them. */
    public static final List<String> COLUMNS = List.of("id", "outlet", "date", "title", "url", "language", "notes");


    private Metadata() {
    }

    /**
     * Reads a sidecar: id → fields. Bad rows are added to {@code problems} and skipped.
     */
    static Map<String, Map<String, String>> read(Path file, List<LoadProblem> problems) {
        return read(file, problems, true);
    }

    /**
     * Reads a sidecar, checking every row as {@link #read(Path, List)} does; without {@code keepRows}, each id maps to
     * an empty map (a pass that joins no metadata needs the ids and the problems, not a map per row).
     */
    static Map<String, Map<String, String>> read(Path file, List<LoadProblem> problems, boolean keepRows) {
        return read(SourceFile.local(file, ""), problems, keepRows);
    }

    /**
     * Reads a sidecar from wherever it is (a Hadoop file system, say): id → fields, in file order. Bad rows are
     * added to {@code problems}, worded as loading words them, and skipped.
     */
    public static Map<String, Map<String, String>> read(SourceFile sidecar, List<LoadProblem> problems) {
        return read(sidecar, problems, true);
    }

    private static Map<String, Map<String, String>> read(SourceFile sidecar, List<LoadProblem> problems, boolean keepRows) {
        Path file = sidecar.path();
        String text;
        try {
            text = TextFiles.read(sidecar);
        } catch (LoadFailure e) {
            problems.add(new LoadProblem(file, e.getMessage()));
            return new LinkedHashMap<>();
        }
        Map<String, Map<String, String>> plain = PlainSidecar.read(text, keepRows);
        if (plain != null) {
            return plain;   // a plainly well-formed file: the same rows, read without the general parser
        }
        return parse(file, text, problems, keepRows);
    }

    /** The sidecar's text read by commons-csv (RFC 4180, header, surrounding spaces ignored): rows and problems. */
    static Map<String, Map<String, String>> parse(Path file, String text, List<LoadProblem> problems, boolean keepRows) {
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).get();
        try (Reader reader = new java.io.StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
            if (!parser.getHeaderMap().containsKey("id")) {
                problems.add(new LoadProblem(file, "metadata sidecar has no 'id' column (columns: "
                        + String.join(", ", parser.getHeaderNames()) + ")"));
                return rows;
            }
            LineNumbers lines = new LineNumbers(text);
            for (CSVRecord r : parser) {
                long line = lines.at(r.getCharacterPosition());   // where the record starts, quoted line breaks counted
                if (!r.isConsistent()) {
                    problems.add(new LoadProblem(file, "line " + line + ": expected "
                            + parser.getHeaderNames().size() + " fields, found " + r.size()));
                    continue;
                }
                Map<String, String> row = keepRows ? r.toMap() : Map.of();   // toMap: a new map of its own
                String id = keepRows ? row.remove("id") : r.get("id");
                if (id == null || id.isBlank()) {
                    problems.add(new LoadProblem(file, "line " + line + ": empty id"));
                    continue;
                }
                String date = keepRows ? row.get("date") : r.isMapped("date") ? r.get("date") : null;
                if (date != null && !date.isBlank() && parseDate(date).isEmpty()) {
                    problems.add(new LoadProblem(file, "line " + line + ": date '" + date
                            + "' is not YYYY-MM-DD"));
                }
                if (rows.put(id, row) != null) {
                    problems.add(new LoadProblem(file, "line " + line + ": id '" + id
                            + "' appears twice; the later row wins"));
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            problems.add(new LoadProblem(file, LoadWording.malformedCsv(e)));
        }
        return rows;
    }

    /** Reads {@code 2026-02-10} or the date part of {@code 2026-02-10T09:00:00Z}; see {@link IsoDate#parse}. */
    public static Optional<LocalDate> parseDate(String value) {
        return IsoDate.parse(value);
    }
}
