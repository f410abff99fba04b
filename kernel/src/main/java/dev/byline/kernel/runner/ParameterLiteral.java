package dev.byline.kernel.runner;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a {@code -p NAME=VALUE} value into a Java literal of the variable's declared type.
 *
 * <p>Numbers take Java's literal forms: {@code 1_000}, {@code 0x10}, {@code 0b101}, {@code 1e3}, {@code .5},
 * {@code 2.}, a sign, an {@code L}/{@code f}/{@code d} suffix. Two departures, because a value typed on a
 * command line is read as a person means it: a leading zero is decimal ({@code 010} is ten, not Java's octal
 * eight), and {@code boolean} accepts {@code true}/{@code false} in any case ({@code TRUE}, {@code True}).
 * {@code String}, {@code CharSequence} and {@code Object} take any value as a string; {@code char} takes one
 * character. With {@code var} (or no declaration), the value's own form decides: an integer, a decimal number,
 * {@code true}/{@code false}, else a string.
 *
 * <pre>{@code
 * ParameterLiteral.of("double", "1e3");  // Optional[1000.0]
 * ParameterLiteral.of("int", "abc");     // Optional.empty
 * }</pre>
 */
final class ParameterLiteral {
    private static final String DIGITS = "\\d(?:[\\d_]*\\d)?";
    private static final Pattern INTEGER = Pattern.compile(
            "([+-]?)(?:0[xX]([0-9a-fA-F](?:[0-9a-fA-F_]*[0-9a-fA-F])?)|0[bB]([01](?:[01_]*[01])?)|(" + DIGITS + "))([lL]?)");
    private static final Pattern DECIMAL = Pattern.compile(
            "[+-]?(?:" + DIGITS + "\\.(?:" + DIGITS + ")?|\\.(?:" + DIGITS + ")|" + DIGITS + ")(?:[eE][+-]?" + DIGITS
                    + ")?([fFdD]?)");

    private ParameterLiteral() {
    }

    /** The literal for {@code value} as a {@code type}, or empty if it cannot be one. */
    static Optional<String> of(String type, String value) {
        String v = value.strip();
        return switch (simpleName(type)) {
            case "int", "Integer" -> integer(v, 32, false).map(BigInteger::toString);
            case "long", "Long" -> integer(v, 64, true).map(i -> i + "L");
            case "short", "Short" -> integer(v, 16, false).map(BigInteger::toString);
            case "byte", "Byte" -> integer(v, 8, false).map(BigInteger::toString);
            case "double", "Double" -> decimal(v, false);
            case "float", "Float" -> decimal(v, true);
            case "boolean", "Boolean" -> v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")
                    ? Optional.of(v.toLowerCase(Locale.ROOT)) : Optional.empty();
            case "char", "Character" -> value.length() == 1 ? Optional.of(quoted(value, '\'')) : Optional.empty();
            case "String", "CharSequence", "Object" -> Optional.of(quoted(value, '"'));
            case "var" -> inferred(v, value);
            default -> Optional.empty();
        };
    }

    /**
     * Why {@code value} cannot be set: {@code -p top=abc: not an int (declared in the parameters cell)}, or, for a type
     * -p cannot set at all, which types it can.
     */
    static String problem(String name, String value, String type) {
        String t = simpleName(type);
        boolean settable = switch (t) {
            case "int", "Integer", "long", "Long", "short", "Short", "byte", "Byte", "double", "Double", "float",
                    "Float", "boolean", "Boolean", "char", "Character" -> true;
            default -> false;
        };
        if (!settable) {
            return "-p " + name + "=" + value + ": the parameters cell declares " + name + " as " + type
                    + ", and -p sets only numbers, booleans, chars and strings";
        }
        String article = "aeiouAEIOU".indexOf(t.charAt(0)) >= 0 ? "an " : "a ";
        return "-p " + name + "=" + value + ": not " + article + t
                + (t.equals("char") || t.equals("Character") ? " (one character)" : "")
                + " (declared in the parameters cell)";
    }

    private static String simpleName(String type) {
        String t = type.strip();
        return t.startsWith("java.lang.") ? t.substring("java.lang.".length()) : t;
    }

    private static Optional<String> inferred(String v, String raw) {
        Optional<BigInteger> i = integer(v, 64, true);
        if (i.isPresent()) {
            return i.map(n -> n.bitLength() < 32 ? n.toString() : n + "L");
        }
        Optional<String> d = decimal(v, false);
        if (d.isPresent()) {
            return d;
        }
        if (v.equals("true") || v.equals("false")) {
            return Optional.of(v);
        }
        return Optional.of(quoted(raw, '"'));
    }

    /**
     * An integer of {@code bits} bits; hex and binary may use the sign bit as Java allows ({@code 0xFFFFFFFF} is
     * -1 as an int). An {@code L} suffix only for a long.
     */
    private static Optional<BigInteger> integer(String v, int bits, boolean suffixAllowed) {
        Matcher m = INTEGER.matcher(v);
        if (!m.matches() || !m.group(5).isEmpty() && !suffixAllowed) {
            return Optional.empty();
        }
        boolean negative = m.group(1).equals("-");
        BigInteger n;
        BigInteger max = BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE);
        if (m.group(4) != null) {
            n = new BigInteger(m.group(4).replace("_", ""));
            n = negative ? n.negate() : n;
            if (n.compareTo(max) > 0 || n.compareTo(max.negate().subtract(BigInteger.ONE)) < 0) {
                return Optional.empty();
            }
            return Optional.of(n);
        }
        n = m.group(2) != null ? new BigInteger(m.group(2).replace("_", ""), 16)
                : new BigInteger(m.group(3).replace("_", ""), 2);
        if (n.bitLength() > bits || bits < 32 && n.compareTo(max) > 0) {
            return Optional.empty(); // Java lets only int and long literals reach the sign bit
        }
        if (n.testBit(bits - 1)) {
            n = n.subtract(BigInteger.ONE.shiftLeft(bits));
        }
        return Optional.of(negative ? n.negate() : n);
    }

    private static Optional<String> decimal(String v, boolean asFloat) {
        Optional<BigInteger> i = integer(v, 64, true);
        if (i.isPresent()) {
            return Optional.of(asFloat ? i.get().floatValue() + "f" : Double.toString(i.get().doubleValue()));
        }
        Matcher m = DECIMAL.matcher(v);
        if (!m.matches()) {
            return Optional.empty();
        }
        String digits = v.replace("_", "");
        if (asFloat) {
            float f = Float.parseFloat(digits);
            return Float.isFinite(f) ? Optional.of(f + "f") : Optional.empty();
        }
        if (m.group(1).equalsIgnoreCase("f")) {
            return Optional.of(Double.toString(Float.parseFloat(digits)));
        }
        double d = Double.parseDouble(digits);
        return Double.isFinite(d) ? Optional.of(Double.toString(d)) : Optional.empty();
    }

    private static String quoted(String value, char quote) {
        StringBuilder b = new StringBuilder().append(quote);
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '"' -> b.append(quote == '"' ? "\\\"" : "\"");
                case '\'' -> b.append(quote == '\'' ? "\\'" : "'");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(c);
            }
        }
        return b.append(quote).toString();
    }
}
