package dev.byline.kernel.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Javadoc comment as JShell hands it over (inline tags, HTML, block tags) turned into plain text for the inspect
 * pane: {@code {@code int}} reads {@code int}, {@code {@link Integer#MAX_VALUE}} reads {@code Integer.MAX_VALUE},
 * paragraphs and list items become lines, and the block tags become "Parameters:", "Returns:" and "Throws:" sections.
 *
 * <pre>{@code
 * JavadocText.plain("Returns the greater of two {@code int} values.\n @param a an argument.")
 * // "Returns the greater of two int values.\n\nParameters:\n  a - an argument."
 * }</pre>
 */
final class JavadocText {
    /** An inline tag, one level of braces inside allowed ({@code {@code Map<K, V>}}, {@code {@code {a}}}). */
    private static final Pattern INLINE = Pattern.compile("\\{@(\\w+)\\s*((?:[^{}]|\\{[^{}]*\\})*)\\}");
    /** The HTML tags Javadoc uses (a type parameter such as {@code <T>} is not one). */
    private static final Pattern TAG = Pattern.compile("<(/?)(p|br|ul|ol|li|pre|code|a|b|i|em|strong|tt|table|tr|td|th|"
            + "thead|tbody|caption|dl|dt|dd|div|span|blockquote|h[1-6]|sup|sub|small|big|u|s|var|kbd|samp|cite|hr|img)"
            + "\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    /** Splits before each {@code <pre>} and after each {@code </pre>}. */
    private static final Pattern PRE = Pattern.compile("(?i)(?=<pre\\b)|(?<=</pre>)");
    private static final Pattern BLOCK = Pattern.compile("(?m)^\\s*@(param|return|throws|exception|since|see|apiNote|implNote|implSpec|author|version|deprecated)\\b");

    private JavadocText() {
    }

    /** The comment as plain text: the description, then a section per kind of block tag. */
    static String plain(String javadoc) {
        Matcher block = BLOCK.matcher(javadoc);
        int descriptionEnd = block.find() ? block.start() : javadoc.length();
        StringBuilder out = new StringBuilder(text(javadoc.substring(0, descriptionEnd)));
        List<String[]> tags = new ArrayList<>();
        if (descriptionEnd < javadoc.length()) {
            block.reset();
            List<Integer> starts = new ArrayList<>();
            while (block.find()) {
                starts.add(block.start());
            }
            starts.add(javadoc.length());
            for (int i = 0; i + 1 < starts.size(); i++) {
                String one = javadoc.substring(starts.get(i), starts.get(i + 1)).strip();
                int space = one.indexOf(' ');
                String name = space < 0 ? one.substring(1) : one.substring(1, space);
                tags.add(new String[] {name, space < 0 ? "" : text(one.substring(space + 1))});
            }
        }
        section(out, "Parameters:", tags, "param", true);
        section(out, "Returns:", tags, "return", false);
        section(out, "Throws:", tags, "throws", true);
        section(out, "Throws:", tags, "exception", true);
        section(out, "Deprecated:", tags, "deprecated", false);
        section(out, "Since:", tags, "since", false);
        section(out, "See also:", tags, "see", false);
        return out.toString().strip();
    }

    /** Adds the tags of one kind under a heading: "  name - text" for named ones, "  text" for the others. */
    private static void section(StringBuilder out, String heading, List<String[]> tags, String kind, boolean named) {
        List<String> lines = new ArrayList<>();
        for (String[] t : tags) {
            if (t[0].equals(kind)) {
                String body = t[1];
                int space = body.indexOf(' ');
                lines.add(named && space > 0 ? body.substring(0, space) + " - " + body.substring(space + 1).strip() : body);
            }
        }
        if (!lines.isEmpty()) {
            out.append("\n\n").append(heading);
            lines.forEach(l -> out.append("\n  ").append(l.replace("\n", "\n    ")));
        }
    }

    /** Inline tags and HTML of one piece of the comment, as text with one space between words and lines kept. */
    private static String text(String piece) {
        // a line break in Javadoc's source is a space, except inside <pre>, where the lines are the example's
        StringBuilder joined = new StringBuilder();
        for (String part : PRE.split(piece)) {
            joined.append(part.regionMatches(true, 0, "<pre", 0, 4) ? part : part.replaceAll("[ \\t]*\\R[ \\t]*", " "));
        }
        Matcher m = INLINE.matcher(joined);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(inline(m.group(1), m.group(2).strip())));
        }
        m.appendTail(sb);
        String s = TAG.matcher(sb.toString()).replaceAll(r -> switch (r.group(2).toLowerCase(java.util.Locale.ROOT)) {
            case "p" -> r.group(1).isEmpty() ? "\n\n" : "";
            case "ul", "ol" -> r.group(1).isEmpty() ? "" : "\n";   // each item starts its own line
            case "br", "pre", "table", "tr", "dl" -> "\n";
            case "li", "dt" -> r.group(1).isEmpty() ? "\n- " : "";
            default -> "";
        });
        s = s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#64;", "@")
                .replace("&nbsp;", " ").replace("&amp;", "&");
        StringBuilder lines = new StringBuilder();
        for (String line : s.split("\n", -1)) {
            lines.append(line.strip().replaceAll("\\s+", " ")).append('\n');
        }
        return lines.toString().replaceAll("\n{3,}", "\n\n").strip();
    }

    private static String inline(String tag, String body) {
        return switch (tag) {
            case "code", "literal", "value", "systemProperty" -> body;
            case "link", "linkplain" -> {
                int space = firstSpaceOutsideParentheses(body);
                String label = space < 0 ? "" : body.substring(space + 1).strip();
                String target = (space < 0 ? body : body.substring(0, space)).replaceFirst("^#", "").replace('#', '.');
                yield label.isEmpty() ? target : label;
            }
            case "inheritDoc" -> "";
            default -> body;
        };
    }

    private static int firstSpaceOutsideParentheses(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (Character.isWhitespace(c) && depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
