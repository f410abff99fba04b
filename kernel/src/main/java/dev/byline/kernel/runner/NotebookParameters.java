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
 * How a value becomes a literal of that type (Java's numeric forms, booleans in any case) is
 * {@link ParameterLiteral}'s business; a value that cannot be one is an error naming the parameter.
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

    /**
     * The variables a parameters cell declares, name to declared type, in order.
     *
     * <pre>{@code
     * NotebookParameters.declarations("int top = 5;\ndouble ratio = 0.5;"); // {top=int, ratio=double}
     * }</pre>
     */
    public static Map<String, String> declarations(String parametersSource) {
        Map<String, String> types = new LinkedHashMap<>();
        Matcher m = DECLARATION.matcher(parametersSource);
        while (m.find()) {
            types.put(m.group(2), m.group(1).strip());
        }
        return types;
    }

    /**
     * Checks that every value can be a literal of the type {@code parametersSource} declares for it, so that a bad
     * value is reported before anything runs rather than as a compile error in the injected cell.
     *
     * @throws BylineException naming the parameter and the type, e.g. {@code -p top=abc: not an int (declared in
     *                         the parameters cell)}
     */
    public void check(String parametersSource) {
        injectedSource(parametersSource);
    }

    /**
     * The source of the cell to inject after a parameters cell with {@code parametersSource}.
     *
     * @throws BylineException if a value cannot be a literal of its declared type (see {@link #check})
     */
    public String injectedSource(String parametersSource) {
        Map<String, String> types = declarations(parametersSource);
        StringBuilder b = new StringBuilder("// Parameters injected by byline notebooks -p\n");
        values.forEach((name, value) -> {
            String type = types.getOrDefault(name, "var");
            String literal = ParameterLiteral.of(type, value)
                    .orElseThrow(() -> new BylineException(ParameterLiteral.problem(name, value, type)));
            b.append(type).append(' ').append(name).append(" = ").append(literal).append(";\n");
        });
        return b.toString().stripTrailing();
    }
}
