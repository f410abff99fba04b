package dev.byline.classroom;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The normal form answers are compared in, and their hashes. A worksheet page repeats these rules in
 * its inline script ({@code worksheet.js}), so both must change together.
 *
 * <p>One item is normalised by: curly quotes made straight; spaces collapsed; lower case; a trailing
 * document extension dropped ({@code 000_x.txt} = {@code 000_x}); an arrow between two parts
 * ({@code =}, {@code =>}, {@code ->}, {@code →}) written {@code =>}; quotation marks and sentence
 * punctuation at either end dropped; a plain number written without trailing zeros ({@code 3.0} = {@code 3}).
 * An answer is a set of items: a collection, a map (each entry an item {@code key=>value}), or a
 * string; any string holding line breaks or semicolons is that many items ({@code "a; b"} = two). The hash of an answer is the SHA-256 of the question id, a line break and
 * the answer's sorted distinct items joined by line breaks, so a set in any order is the same answer
 * and a hash copied from one question says nothing about another.
 *
 * <pre>{@code
 * AnswerForm.item("  Kaupo ROSIN ");               // "kaupo rosin"
 * AnswerForm.items(List.of("b.txt", "a"));         // ["a", "b"]
 * AnswerForm.hash("pair", List.of("b", "a"));      // same as hash("pair", List.of("a", "b"))
 * }</pre>
 */
public final class AnswerForm {
    private static final Pattern SEPARATOR = Pattern.compile("[\n;]");
    private static final Pattern TRIM = Pattern.compile("^\\s+|\\s+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern EXTENSION = Pattern.compile("\\.(txt|md|markdown|json|jsonl|csv|html?|warc|warc\\.gz)$");
    private static final Pattern ARROW = Pattern.compile("\\s*(=>|->|→|=)\\s*");
    private static final Pattern ENDS = Pattern.compile("^[\"'.,;:!?\\s]+|[\"'.,;:!?\\s]+$");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+\\.\\d+");

    private AnswerForm() {
    }

    /** One item in normal form. */
    public static String item(String raw) {
        String s = raw.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201C', '"').replace('\u201D', '"');
        // spaces as the worksheet's script sees them (Java's \s, not Unicode white space), so both agree
        s = SPACES.matcher(s).replaceAll(" ").toLowerCase(Locale.ROOT);
        s = TRIM.matcher(s).replaceAll("");
        s = EXTENSION.matcher(s).replaceFirst("");
        s = ARROW.matcher(s).replaceAll("=>");
        s = ENDS.matcher(s).replaceAll("");
        if (NUMBER.matcher(s).matches()) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s;
    }

    /**
     * The sorted distinct items of an answer, each in normal form; empty items dropped. A string is one
     * item; {@code null} has none.
     */
    public static List<String> items(Object answer) {
        TreeSet<String> out = new TreeSet<>();
        collect(answer, out);
        out.remove("");
        return new ArrayList<>(out);
    }

    private static void collect(Object answer, TreeSet<String> out) {
        switch (answer) {
            case null -> { }
            case Collection<?> c -> c.forEach(x -> collect(x, out));
            case Object[] a -> List.of(a).forEach(x -> collect(x, out));
            case Map<?, ?> m -> m.forEach((k, v) -> collect(k + "=>" + v, out));
            default -> {
                for (String part : SEPARATOR.split(String.valueOf(answer))) {
                    out.add(item(part));
                }
            }
        }
    }

    /** The hash a key stores for {@code answer} to {@code question}. */
    public static String hash(String question, Object answer) {
        return hashItems(question, items(answer));
    }

    /** The hash of items already in normal form and sorted. */
    static String hashItems(String question, List<String> items) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            String text = question + "\n" + String.join("\n", items);
            return HexFormat.of().formatHex(d.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
