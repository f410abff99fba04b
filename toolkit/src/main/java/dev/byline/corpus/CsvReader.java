package dev.byline.corpus;

import dev.byline.text.Document;
import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads {@code .csv} files (RFC 4180, a header row): one document a row, the text in the text column, the id
 * in the id column or else {@code FILE_ID#ROW}; the other columns are metadata.
 */
final class CsvReader extends Utf8TextReader {
    @Override
    public Set<String> extensions() {
        return Set.of("csv");
    }

    @Override
    FileReading read(SourceFile file, String text, LoadOptions options) {
        FileReading.Builder out = new FileReading.Builder();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        LineNumbers lines = new LineNumbers(text);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            if (!parser.getHeaderMap().containsKey(options.textField())) {
                out.problem(file.path(), "no '" + options.textField() + "' column (columns: "
                        + String.join(", ", parser.getHeaderNames()) + "); choose the text column with --text-field");
                return out.build();
            }
            for (CSVRecord r : parser) {
                long line = lines.at(r.getCharacterPosition());   // where the record starts, quoted line breaks counted
                if (!r.isConsistent()) {
                    out.problem(file.path(), "line " + line + ": expected " + parser.getHeaderNames().size()
                            + " fields, found " + r.size());
                    continue;
                }
                Map<String, String> row = new LinkedHashMap<>(r.toMap());
                String body = row.remove(options.textField());
                if (body == null || body.isBlank()) {
                    out.problem(file.path(), "line " + line + ": column '" + options.textField() + "' is empty");
                    continue;
                }
                String id = row.remove(options.idField());
                if (id == null || id.isBlank()) {
                    id = file.id() + "#" + r.getRecordNumber();
                }
                out.document(Document.fromFile(id, file.path(), body, row), "line " + line);
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            out.problem(file.path(), LoadWording.malformedCsv(e));
        }
        return out.build();
    }
}
