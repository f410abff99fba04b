package dev.byline.kernel.runner;

import dev.byline.BylineException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Papermill-style parameters: {@code -p NAME=VALUE} overrides a variable of the cell tagged
 * {@code parameters} by injecting a cell right after it, tagged {@code injected-parameters}.
 *
 * <p>The injected declaration keeps the type the parameters cell declared ({@code String corpus = "…";}
 * gives {@code String corpus = "new value";}); JShell lets a later declaration replace an earlier one.
 * Numbers and booleans are written as literals for numeric and boolean types, everything else as a
 * Java string literal.
 */
public final class NotebookParameters {
    private static final Pattern DECLARATION = Pattern.compile(
            "(?m)^\\s*(?:final\\s+)?([A-Za-z_][\\w.<>\\[\\], ]*?)\\s+([A-Za-z_]\\w*)\\s*=");

    private final Map<String, String> values;

    private NotebookParameters(Map<String, String> values) {
        this.values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values)); // keep the order given
    }

    /** No parameters. */
    public static NotebookParameters none() {
        return new NotebookParameters(Map.of());
    }

    /**
     * Parses {@code NAME=VALUE} pairs.
     *
     * @throws BylineException if a pair has no {@code =} or the name is not a Java identifier
     */
    public static NotebookParameters parse(Iterable<String> pairs) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new BylineException("parameter '" + pair + "' is not NAME=VALUE");
            }
            String name = pair.substring(0, eq).strip();
            if (!name.matches("[A-Za-z_]\\w*")) {
                throw new BylineException("parameter name '" + name + "' is not a Java identifier");
            }
            values.put(name, pair.substring(eq + 1));
        }
        return new NotebookParameters(values);
    }

    /** True if there is nothing to inject. */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The name → value pairs. */
    public Map<String, String> values() {
        return values;
    }

    /** The source of the cell to inject after a parameters cell with {@code parametersSource}. */
    public String injectedSource(String parametersSource) {
        Map<String, String> types = new LinkedHashMap<>();
        Matcher m = DECLARATION.matcher(parametersSource);
        while (m.find()) {
            types.put(m.group(2), m.group(1).strip());
        }
        StringBuilder b = new StringBuilder("// Parameters injected by byline notebooks -p\n");
        values.forEach((name, value) -> {
            String type = types.getOrDefault(name, "var");
            b.append(type).append(' ').append(name).append(" = ").append(literal(type, value)).append(";\n");
        });
        return b.toString().stripTrailing();
    }

    private static String literal(String type, String value) {
        String t = type.toLowerCase(java.util.Locale.ROOT);
        boolean numeric = t.equals("int") || t.equals("long") || t.equals("double") || t.equals("float")
                || t.equals("short") || t.equals("integer") || t.equals("var") && value.matches("-?\\d+(\\.\\d+)?");
        if (numeric && value.matches("-?\\d+(\\.\\d+)?")) {
            return t.equals("long") ? value + "L" : t.equals("float") ? value + "f" : value;
        }
        if ((t.equals("boolean") || t.equals("var")) && (value.equals("true") || value.equals("false"))) {
            return value;
        }
        StringBuilder b = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '"' -> b.append("\\\"");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
