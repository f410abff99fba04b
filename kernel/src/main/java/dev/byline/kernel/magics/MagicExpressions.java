package dev.byline.kernel.magics;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line magic used as an expression, IJava's {@code List<String> added = %jars lib/*.jar}: the magic and the rest
 * of its line become a call, {@code dev.byline.kernel.runtime.Kernel.lineMagic("jars", List.of("lib/*.jar"))}.
 * Only a registered magic's name counts, and only where an operand is expected (after {@code =}, {@code (},
 * {@code ,}, {@code ?}, {@code :}, {@code ->} or {@code return}), so {@code a %b} stays the remainder operator; a
 * {@code %} inside a string literal is left alone. A line starting with {@code %} is a magic line, not this.
 *
 * <pre>{@code
 * MagicExpressions.rewrite("var added = %jars lib/*.jar", magics)
 * // var added = dev.byline.kernel.runtime.Kernel.lineMagic("jars", java.util.List.of("lib/*.jar"))
 * }</pre>
 */
final class MagicExpressions {
    private static final Pattern MAGIC = Pattern.compile("%([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern OPERAND_EXPECTED = Pattern.compile("(?:[=(,?:]|->|\\breturn)\\s*$");

    private MagicExpressions() {
    }

    static String rewrite(String code, Magics magics) {
        if (code.indexOf('%') < 0) {
            return code;
        }
        String[] lines = code.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            lines[i] = rewriteLine(lines[i], magics);
        }
        return String.join("\n", lines);
    }

    private static String rewriteLine(String line, Magics magics) {
        Matcher m = MAGIC.matcher(line);
        while (m.find()) {
            String before = line.substring(0, m.start());
            if (insideString(before) || !OPERAND_EXPECTED.matcher(before).find() || magics.line(m.group(1)).isEmpty()) {
                continue;
            }
            String rest = line.substring(m.end()).strip();
            boolean semicolon = rest.endsWith(";");
            if (semicolon) {
                rest = rest.substring(0, rest.length() - 1).strip();
            }
            return before + "dev.byline.kernel.runtime.Kernel.lineMagic(" + literal(m.group(1)) + ", java.util.List.of("
                    + String.join(", ", words(rest).stream().map(MagicExpressions::literal).toList()) + "))"
                    + (semicolon ? ";" : "");
        }
        return line;
    }

    private static boolean insideString(String before) {
        boolean in = false;
        for (int i = 0; i < before.length(); i++) {
            char c = before.charAt(i);
            if (c == '\\' && in) {
                i++;
            } else if (c == '"') {
                in = !in;
            }
        }
        return in;
    }

    private static List<String> words(String args) {
        List<String> out = new ArrayList<>();
        for (String w : args.split("\\s+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static String literal(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
