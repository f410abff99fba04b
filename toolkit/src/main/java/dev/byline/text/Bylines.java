package dev.byline.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a byline line: {@code By NAME}, {@code By NAME and NAME}, {@code By NAME, AGENCY} or
 * {@code NAME | OUTLET}. A comma part after the names is the agency unless it holds {@code and}
 * ({@code By A, B and C} names three people); so {@code By A, B} reads B as the agency, the way wire
 * bylines are written.
 */
final class Bylines {
    /** A name: two to five words, each capitalised (or a particle: de, van, al...), no digits. */
    private static final Pattern NAME = Pattern.compile(
            "\\p{Lu}[\\p{L}'\u2019.\\-]*(?:\\s+(?:\\p{Lu}[\\p{L}'\u2019.\\-]*|de|da|del|der|van|von|al|bin|la|le|du)){1,4}");
    /** An agency or outlet: one to six words, the first capitalised. */
    private static final Pattern CREDIT = Pattern.compile("(?:The |the )?\\p{Lu}[\\p{L}&.'\u2019\\-]*(?:\\s+[\\p{L}&.'\u2019\\-]+){0,5}");
    private static final Pattern AND = Pattern.compile("\\s*,?\\s+(?:and|&)\\s+|\\s*&\\s*");
    private static final int MAX_CHARS = 120;

    /** The authors and credit of a byline line. */
    record Read(List<String> authors, String credit) {
    }

    private Bylines() {
    }

    /** The byline of a trimmed line, or null if it is not one. */
    static Read read(String line) {
        if (line.length() > MAX_CHARS || line.isEmpty() || ".!?:;".indexOf(line.charAt(line.length() - 1)) >= 0) {
            return null;
        }
        int bar = line.indexOf(" | ");
        if (bar > 0 && line.indexOf('|', bar + 3) < 0) {
            String name = line.substring(0, bar).strip();
            String outlet = line.substring(bar + 3).strip();
            return NAME.matcher(name).matches() && CREDIT.matcher(outlet).matches() ? new Read(List.of(name), outlet) : null;
        }
        if (!line.regionMatches(true, 0, "by ", 0, 3)) {
            return null;
        }
        String rest = line.substring(3).strip();
        List<String> parts = new ArrayList<>(List.of(rest.split("\\s*,\\s*")));
        String credit = "";
        if (parts.size() >= 2 && !AND.matcher(parts.get(parts.size() - 1)).find()) {
            credit = parts.remove(parts.size() - 1);
            if (!CREDIT.matcher(credit).matches()) {
                return null;
            }
        }
        List<String> authors = new ArrayList<>();
        for (String part : parts) {
            for (String name : AND.split(part)) {
                String n = name.strip();
                if (n.isEmpty()) {
                    continue;
                }
                if (!NAME.matcher(n).matches()) {
                    return null;
                }
                authors.add(n);
            }
        }
        return authors.isEmpty() ? null : new Read(authors, credit);
    }
}
