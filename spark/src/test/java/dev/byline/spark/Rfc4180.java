package dev.byline.spark;

import java.util.ArrayList;
import java.util.List;

/** Reads CSV as the jobs write it (RFC 4180: quoted fields, doubled quotes, newlines inside quotes). */
final class Rfc4180 {
    private Rfc4180() {
    }

    /** The records of {@code text}, each a field array; a final line break ends the last record. */
    static List<String[]> parse(String text) {
        List<String[]> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
                continue;
            }
            switch (c) {
                case '"' -> quoted = true;
                case ',' -> {
                    fields.add(field.toString());
                    field.setLength(0);
                }
                case '\r' -> { }
                case '\n' -> {
                    fields.add(field.toString());
                    field.setLength(0);
                    records.add(fields.toArray(String[]::new));
                    fields.clear();
                    any = false;
                    continue;
                }
                default -> field.append(c);
            }
            any = true;
        }
        if (any || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(fields.toArray(String[]::new));
        }
        return records;
    }
}
