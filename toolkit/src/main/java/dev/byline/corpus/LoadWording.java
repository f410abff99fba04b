package dev.byline.corpus;

/**
 * The words {@link Corpus#load} uses for malformed input, for other readers of the same formats (the Spark module
 * reads JSON Lines and {@code corpus.csv} itself) so that a problem reads the same whichever reads the file: one
 * plain line, never a library's class name, advice or internal notation. No Gson type appears here: the toolkit's jar
 * carries Gson relocated, so a caller's Gson objects are passed as what every Gson has (an exception, JSON text).
 *
 * <pre>{@code
 * "line 2: " + LoadWording.malformedJsonLine(e, line)   // line 2: malformed JSON at column 26: a quoted string is not closed
 * }</pre>
 */
public final class LoadWording {
    private LoadWording() {
    }

    /**
     * {@code malformed JSON at column C: WHAT} for a JSON Lines record Gson could not parse ({@code fileLine} is the
     * line as it is in the file; the column is counted on it, leading blanks included).
     */
    public static String malformedJsonLine(RuntimeException e, String fileLine) {
        LoadMessages.JsonError error = LoadMessages.json(e);
        String column = error.column() > 0 && error.line() <= 1
                ? " at column " + (error.column() + fileLine.length() - fileLine.stripLeading().length()) : "";
        return "malformed JSON" + column + ": " + error.what();
    }

    /** {@code malformed CSV: line N: WHAT} for a Commons CSV parsing error. */
    public static String malformedCsv(Exception e) {
        return "malformed CSV: " + LoadMessages.csv(e);
    }

    /**
     * {@code field 'NAME' is a number, not a string} (or an array, an object, null...) for a text field of the wrong
     * type; {@code value} is the JSON value, or any object whose {@code toString()} is its JSON (a Gson element).
     */
    public static String notAString(String field, Object value) {
        return "field '" + field + "' is " + LoadMessages.kindOfJson(String.valueOf(value)) + ", not a string";
    }
}
