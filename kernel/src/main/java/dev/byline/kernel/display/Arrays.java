package dev.byline.kernel.display;

import java.lang.reflect.Array;

/**
 * Arrays as JShell shows them, element type, length and contents: {@code int[3] { 1, 2, 3 }},
 * {@code String[2] { "a", "b" }}, nested arrays within; long arrays cut after {@link #SHOWN} elements.
 */
final class Arrays {
    /** Elements shown before the rest is counted. */
    static final int SHOWN = 1_000;

    private Arrays() {
    }

    static String show(Object array) {
        StringBuilder sb = new StringBuilder();
        append(sb, array);
        return sb.toString();
    }

    private static void append(StringBuilder sb, Object value) {
        if (value == null) {
            sb.append("null");
            return;
        }
        if (!value.getClass().isArray()) {
            if (value instanceof String s) {
                sb.append('"').append(s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")).append('"');
            } else if (value instanceof Character c) {
                sb.append('\'').append(c).append('\'');
            } else {
                sb.append(value);
            }
            return;
        }
        int n = Array.getLength(value);
        Class<?> component = value.getClass().getComponentType();
        // int[][] has length n of int[]: written int[n][] as Java declares it
        String type = component.getSimpleName();
        int dims = type.indexOf('[');
        sb.append(dims < 0 ? type + "[" + n + "]" : type.substring(0, dims) + "[" + n + "]" + type.substring(dims)).append(" {");
        for (int i = 0; i < Math.min(n, SHOWN); i++) {
            sb.append(i == 0 ? " " : ", ");
            append(sb, Array.get(value, i));
        }
        if (n > SHOWN) {
            sb.append(", … ").append(n - SHOWN).append(" more");
        }
        sb.append(n == 0 ? "}" : " }");
    }
}
