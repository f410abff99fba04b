package dev.byline.corpus;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVException;

/**
 * The wording of load problems that start as an exception of the JDK, Gson or Commons CSV: one plain line saying
 * what is wrong and where (line, column), never a class name, a library's advice or its internal notation (such as
 * Gson's {@code path $.text}); {@link LoadProblem} adds the file.
 */
final class LoadMessages {
    /** A link that leads back to a folder above it, which the walk does not follow again. */
    static final String LINK_LOOP = "link loop: leads back to a folder that holds it; not followed";

    /** Links that lead to each other (a.txt to b.txt, b.txt to a.txt), never to a file or folder. */
    static final String LINK_CYCLE = "link loop: following its links leads back to it; not followed";

    /** After the end of a JSON value, more text: in a .json file, likely a JSON Lines file under the wrong name. */
    static final String JSON_TRAILING = "more text after the end of the JSON value";

    /** Where Gson puts the place: {@code <reason> at line 1 column 24 path $.text} and maybe a line of advice. */
    private static final Pattern GSON = Pattern.compile("(?s)(.*?) at line (\\d+) column (\\d+).*");
    /** A Java class name before a message, as in {@code java.io.IOException: ...}. */
    private static final Pattern CLASS_PREFIX = Pattern.compile("^(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*: *");
    /** A number Commons CSV wrote with {@code %,d}: digit groups split by the locale's separator. */
    private static final String NUMBER = "(\\d{1,3}(?:\\D\\d{3})*|\\d+)";
    private static final Pattern CSV_OPEN_QUOTE = Pattern.compile(
            "\\(startline " + NUMBER + "\\) EOF reached before encapsulated token finished.*");
    private static final Pattern CSV_AFTER_QUOTE = Pattern.compile(
            "Invalid character between encapsulated token and delimiter at line: " + NUMBER + ",.*");
    private static final Pattern CSV_BAD_SEQUENCE = Pattern.compile("\\(line " + NUMBER + "\\) invalid parse sequence.*");
    private static final Pattern CSV_DUPLICATE = Pattern.compile("The header contains a duplicate name: \"(.*)\" in .*");

    private LoadMessages() {
    }

    /** What a file-system exception means, without the path (the problem names it) or the exception's class. */
    static String io(IOException e) {
        return switch (e) {
            case AccessDeniedException denied -> "permission denied";
            case NoSuchFileException missing -> "no such file or directory";
            case FileSystemLoopException loop -> LINK_LOOP;
            case NotDirectoryException notDir -> "not a directory";
            // ELOOP, which the JDK words "Too many levels of symbolic links or unable to access attributes of ..."
            case FileSystemException fs when fs.getReason() != null && fs.getReason().startsWith("Too many levels of sym")
                    -> LINK_CYCLE;
            case FileSystemException fs when fs.getReason() != null -> lowerFirst(plain(fs.getReason()));
            case FileSystemException fs -> "input/output error";
            default -> e.getMessage() == null ? "input/output error" : plain(e.getMessage());
        };
    }

    /** Why the walk could not follow the link {@code link}: its target is missing, or cannot be looked at. */
    static String unfollowedLink(Path link) {
        String target;
        try {
            target = Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            target = "?";
        }
        try {
            Files.readAttributes(link, BasicFileAttributes.class);
            return "link to " + target + " could not be followed";   // it came back since the walk looked
        } catch (NoSuchFileException e) {
            return "broken link: its target " + target + " does not exist";
        } catch (IOException e) {
            String why = io(e);
            return why.equals(LINK_CYCLE) || linksLeadBack(link) ? LINK_CYCLE : "cannot follow link to " + target + ": " + why;
        }
    }

    /** True if following {@code link}'s links comes back to one of them (the system's words for it vary by locale). */
    private static boolean linksLeadBack(Path link) {
        Set<Path> seen = new HashSet<>();
        Path at = link.toAbsolutePath();
        try {
            while (Files.isSymbolicLink(at)) {
                if (!seen.add(at) || seen.size() > 64) {
                    return true;
                }
                at = at.resolveSibling(Files.readSymbolicLink(at)).normalize();
            }
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
        return false;
    }

    /** True if {@code path} is a link that cannot be followed (its target is missing or out of reach). */
    static boolean isUnfollowableLink(Path path) {
        return Files.isSymbolicLink(path) && !Files.exists(path) && Files.exists(path, LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * A JSON syntax error: its place in the text parsed (line and column from 1, the character where the problem is
     * or the place after the last one when the text ends too soon; 0 if Gson gave none) and what it is.
     */
    record JsonError(int line, int column, String what) {
    }

    static JsonError json(RuntimeException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String message = cause.getMessage() == null ? "" : cause.getMessage();
        Matcher m = GSON.matcher(message);
        if (m.matches()) {
            String reason = plain(m.group(1));
            int column = Integer.parseInt(m.group(3));
            // Gson counts the column after the character it stopped at: name that character, unless it stopped
            // at the end of the text, where the column after the last character is the place to look
            boolean atEnd = reason.startsWith("Unterminated string") || reason.startsWith("Unterminated comment")
                    || reason.startsWith("End of input");
            return new JsonError(Integer.parseInt(m.group(2)), atEnd ? column : Math.max(1, column - 1), jsonReason(reason));
        }
        return new JsonError(0, 0, jsonReason(message.lines().findFirst().orElse("")));
    }

    /** Gson's reasons, as a reader of the file would put them. */
    private static String jsonReason(String gson) {
        String r = plain(gson);
        if (r.startsWith("Unterminated string")) {
            return "a quoted string is not closed";
        } else if (r.startsWith("Unterminated object")) {
            return "an object is not closed (a '}' or ',' is missing)";
        } else if (r.startsWith("Unterminated array")) {
            return "an array is not closed (a ']' or ',' is missing)";
        } else if (r.startsWith("Unterminated comment")) {
            return "a comment is not closed";
        } else if (r.contains("escape")) {
            return "a backslash escape in a string is not valid";
        } else if (r.startsWith("Expected name")) {
            return "expected a field name in quotes";
        } else if (r.startsWith("Expected ':'")) {
            return "expected ':' after a field name";
        } else if (r.startsWith("Expected value") || r.startsWith("Unexpected value")) {
            return "expected a value";
        } else if (r.startsWith("End of input")) {
            return "the text ends before the JSON value is complete";
        } else if (r.contains("setStrictness") || r.contains("LENIENT")) {
            return JSON_TRAILING;
        } else if (r.startsWith("Nesting limit")) {
            return "nested too deeply";
        }
        return r.isEmpty() ? "cannot be parsed" : lowerFirst(r);
    }

    /** {@link #kindOf(JsonElement)} from the value's JSON text. */
    static String kindOfJson(String json) {
        String j = json.strip();
        if (j.isEmpty() || j.equals("null")) {
            return "null";
        }
        return switch (j.charAt(0)) {
            case '[' -> "an array";
            case '{' -> "an object";
            case '"' -> "a string";
            case 't', 'f' -> j.equals("true") || j.equals("false") ? "true or false" : "a value";
            default -> j.matches("-?[0-9][0-9.eE+-]*") ? "a number" : "a value";
        };
    }

    /** What a JSON value is, for a message: "a number", "an array", "null"... */
    static String kindOf(JsonElement e) {
        if (e == null || e.isJsonNull()) {
            return "null";
        } else if (e.isJsonArray()) {
            return "an array";
        } else if (e.isJsonObject()) {
            return "an object";
        }
        JsonPrimitive p = e.getAsJsonPrimitive();
        return p.isString() ? "a string" : p.isNumber() ? "a number" : p.isBoolean() ? "true or false" : "a value";
    }

    /**
     * A Commons CSV parsing error: "line 3: ..." where the library says which line; the header's problems are on
     * line 1. Anything unforeseen keeps the library's words, without class names.
     */
    static String csv(Exception e) {
        Throwable t = e;
        while (!(t instanceof CSVException) && t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = oneLine(t instanceof CSVException ? t.getMessage() : e.getMessage());
        Matcher m;
        if ((m = CSV_OPEN_QUOTE.matcher(message)).matches()) {
            return "line " + digits(m.group(1)) + ": a quoted field is not closed before the end of the file";
        } else if ((m = CSV_AFTER_QUOTE.matcher(message)).matches()) {
            return "line " + digits(m.group(1)) + ": text after the closing quote of a field"
                    + " (a quote inside a quoted field is written twice: \"\")";
        } else if ((m = CSV_BAD_SEQUENCE.matcher(message)).matches()) {
            return "line " + digits(m.group(1)) + ": cannot be read as CSV";
        } else if (message.startsWith("A header name is missing")) {
            return "line 1: a column name in the header is empty";
        } else if ((m = CSV_DUPLICATE.matcher(message)).matches()) {
            return "line 1: column '" + m.group(1) + "' appears twice in the header";
        }
        return plain(message);
    }

    private static String digits(String number) {
        return number.replaceAll("\\D", "");
    }

    /** A message on one line, without the class names Java puts before a wrapped exception's message. */
    static String plain(String message) {
        String s = oneLine(message);
        for (Matcher m = CLASS_PREFIX.matcher(s); m.lookingAt(); m = CLASS_PREFIX.matcher(s)) {
            s = s.substring(m.end());
        }
        return s;
    }

    static String oneLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        return message.replaceAll("\\s+", " ").strip();
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() || s.length() > 1 && Character.isUpperCase(s.charAt(1))
                ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
