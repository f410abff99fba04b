package dev.byline.terms;

import smile.math.special.Erf;

/**
 * Dunning's log-likelihood G² on a 2×2 contingency table, its p-value, and the log ratio effect size.
 *
 * <pre>{@code
 * double g2 = LogLikelihood.g2(12, 3, 1_000, 20_000);   // 12 of 1,000 words vs 3 of 20,000
 * double p = LogLikelihood.pValue(g2);
 * }</pre>
 */
public final class LogLikelihood {
    private LogLikelihood() {
    }

    /**
     * G² for a word occurring {@code a} times in a target of {@code targetTotal} words and {@code b}
     * times in a reference of {@code referenceTotal} words, in the 4-cell form (Dunning 1993; AntConc):
     * with observed cells {@code O = [a, b; targetTotal - a, referenceTotal - b]} and expected cells
     * {@code E_ij = row_i * column_j / N}, {@code G² = 2 Σ O_ij ln(O_ij / E_ij)} (empty cells add 0).
     */
    public static double g2(long a, long b, long targetTotal, long referenceTotal) {
        return g2x2(a, b, targetTotal - a, referenceTotal - b);
    }

    /** G² of the 2×2 table {@code [o11, o12; o21, o22]}. */
    public static double g2x2(long o11, long o12, long o21, long o22) {
        if (o11 < 0 || o12 < 0 || o21 < 0 || o22 < 0) {
            throw new IllegalArgumentException("contingency cells cannot be negative: " + o11 + ", " + o12 + ", " + o21 + ", " + o22);
        }
        double n = (double) o11 + o12 + o21 + o22;
        if (n == 0) {
            return 0;
        }
        double r1 = o11 + o12;
        double r2 = o21 + o22;
        double c1 = o11 + o21;
        double c2 = o12 + o22;
        double sum = cell(o11, r1 * c1 / n) + cell(o12, r1 * c2 / n) + cell(o21, r2 * c1 / n) + cell(o22, r2 * c2 / n);
        return Math.max(0, 2 * sum);
    }

    private static double cell(double o, double e) {
        return o == 0 ? 0 : o * Math.log(o / e);
    }

    /** The p-value of G² under the χ² distribution with one degree of freedom: {@code erfc(sqrt(G²/2))}. */
    public static double pValue(double g2) {
        return g2 <= 0 ? 1.0 : Erf.erfc(Math.sqrt(g2 / 2));
    }

    /**
     * Hardie's log ratio: {@code log2((a / targetTotal) / (b / referenceTotal))}, with a zero count
     * replaced by 0.5 so that the ratio stays finite. Positive: relatively more frequent in the target.
     */
    public static double logRatio(long a, long b, long targetTotal, long referenceTotal) {
        double x = a == 0 ? 0.5 : a;
        double y = b == 0 ? 0.5 : b;
        return (Math.log((x / targetTotal) / (y / referenceTotal))) / Math.log(2);
    }
}
