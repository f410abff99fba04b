package dev.byline.compare;

import dev.byline.FittedWeights;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@link SpinEvidence}'s logistic model: P(swap | a word's features), read as a likelihood ratio
 * spun : written (the model's odds over the base odds of its training words).
 *
 * <pre>{@code
 * SpinEvidenceModel m = SpinEvidenceModel.builtIn(SpinEvidence.FEATURES);
 * double lnLr = m.logRatio(features);
 * }</pre>
 *
 * <p>The model reads the features and, crossed with each news-frequency bin, the margin and gain
 * bins, the text's own uses and WordNet's use count ({@link #inputs}): a margin of 4 nats says
 * little about a word news saw once and much about one it saw a thousand times. Its weights are
 * in {@code spin-evidence.tsv} beside this class, one "input TAB weight" line each, written by
 * {@code bench/spin/fit_evidence.py} (which expands the inputs the same way) from the bench's
 * tune split spun by the WordNet spinners only; a file whose inputs are not these, in this order,
 * is refused at load rather than read wrongly.
 */
final class SpinEvidenceModel {
    /** The feature-name prefix of the news-frequency bins, crossed with {@link #CROSSED}. */
    static final String FREQ = "log_freq_";
    /** Feature-name prefixes crossed with every frequency bin. */
    static final List<String> CROSSED = List.of("margin_rare_", "margin_any_", "gain_left_", "gain_right_", "word_in_text", "log_uses", "lm_gain_");

    private final int[] freq;
    private final int[] crossed;
    private final double intercept;
    private final double baseLogOdds;
    private final double[] weights;

    private SpinEvidenceModel(List<String> features, double intercept, double baseLogOdds, double[] weights) {
        this.freq = indices(features, List.of(FREQ));
        this.crossed = indices(features, CROSSED);
        this.intercept = intercept;
        this.baseLogOdds = baseLogOdds;
        this.weights = weights;
    }

    private static int[] indices(List<String> features, List<String> prefixes) {
        List<Integer> out = new ArrayList<>();
        for (String p : prefixes) {
            for (int i = 0; i < features.size(); i++) {
                if (features.get(i).startsWith(p)) {
                    out.add(i);
                }
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The names of the model's inputs for these features: the features, then "freq*crossed" for each pair. */
    static List<String> inputs(List<String> features) {
        List<String> names = new ArrayList<>(features);
        for (int f : indices(features, List.of(FREQ))) {
            for (int c : indices(features, CROSSED)) {
                names.add(features.get(f) + "*" + features.get(c));
            }
        }
        return List.copyOf(names);
    }

    /** The natural log of the likelihood ratio spun : written for a word's features. */
    double logRatio(double[] f) {
        double z = intercept;
        int k = 0;
        for (; k < f.length; k++) {
            z += weights[k] * f[k];
        }
        for (int a : freq) {
            if (f[a] == 0) {
                k += crossed.length;   // one-hot: most frequency bins are 0 for a word, and so is every product with them
                continue;
            }
            for (int c : crossed) {
                z += weights[k++] * f[a] * f[c];
            }
        }
        return z - baseLogOdds;
    }

    /** The model in {@code spin-evidence.tsv} beside this class, checked against {@code features}' inputs. */
    static SpinEvidenceModel builtIn(List<String> features) {
        try (InputStream in = SpinEvidenceModel.class.getResourceAsStream("spin-evidence.tsv")) {
            if (in == null) {
                throw new IllegalStateException("spin-evidence.tsv is missing from the toolkit jar");
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), features);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SpinEvidenceModel read(BufferedReader lines, List<String> features) throws IOException {
        FittedWeights f = FittedWeights.read(lines, "spin-evidence.tsv", inputs(features),
                Set.of("base_log_odds", "intercept"), "input", "bench/spin/fit_evidence.py");
        double base = f.constant("base_log_odds");
        double intercept = f.constant("intercept");
        if (Double.isNaN(base) || Double.isNaN(intercept)) {
            throw new IllegalStateException("spin-evidence.tsv: base_log_odds or intercept missing (refit with "
                    + "bench/spin/fit_evidence.py)");
        }
        return new SpinEvidenceModel(features, intercept, base, f.weights());
    }
}
