package dev.byline.kernel.display;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How values are shown, session-wide, as pandas' display options: only the display changes, never the values (a
 * Table keeps every digit). Set from a cell, or for a whole headless run with {@code byline notebooks --precision N}.
 *
 * <pre>{@code
 * DisplayOptions.precision(3);        // 23.893617021276597 shows as 23.9
 * DisplayOptions.format(0.0000000007809699646532286)   // "7.8097e-10" at the default 6
 * }</pre>
 */
public final class DisplayOptions {
    /** pandas' default: six significant digits. */
    public static final int DEFAULT_PRECISION = 6;
    private static volatile int precision = DEFAULT_PRECISION;

    private DisplayOptions() {
    }

    /** The significant digits doubles are shown with. */
    public static int precision() {
        return precision;
    }

    /**
     * Shows doubles with {@code digits} significant digits from now on.
     *
     * @throws IllegalArgumentException unless 1 ≤ digits ≤ 17
     */
    public static void precision(int digits) {
        if (digits < 1 || digits > 17) {
            throw new IllegalArgumentException("precision must be 1 to 17 significant digits, not " + digits);
        }
        precision = digits;
    }

    /**
     * A double as shown: {@link #precision()} significant digits, trailing zeros dropped, in plain notation from
     * 0.0001 up to 10^precision (larger values rounded to a whole number, as counts read best), scientific below;
     * NaN, infinities and whole numbers as Java writes them.
     */
    public static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        if (value == 0) {
            return value == 0 && 1 / value < 0 ? "-0.0" : "0.0";
        }
        int digits = precision;
        double magnitude = Math.abs(value);
        if (magnitude >= Math.pow(10, digits)) {
            return new BigDecimal(value).setScale(0, RoundingMode.HALF_EVEN).toPlainString();
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(digits, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        if (magnitude < 1e-4) {
            String unscaled = rounded.unscaledValue().abs().toString();
            int exponent = unscaled.length() - 1 - rounded.scale();
            String mantissa = unscaled.length() == 1 ? unscaled : unscaled.charAt(0) + "." + unscaled.substring(1);
            return (value < 0 ? "-" : "") + mantissa + "e" + exponent;
        }
        String plain = rounded.toPlainString();
        return plain.contains(".") ? plain : plain + ".0";
    }
}
