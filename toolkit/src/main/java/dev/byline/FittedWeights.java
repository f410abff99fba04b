package dev.byline;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The weights of a fitted linear model as the toolkit ships them: "name TAB weight" lines ({@code #} comments and
 * blank lines skipped), one per input in the order the toolkit computes them, plus a few named constants
 * (an intercept, a margin, a base rate) anywhere in the file. A file whose inputs are not the expected ones, in that
 * order, is refused with the first wrong name, so a model is never read against inputs it was not fitted on.
 */
public final class FittedWeights {
    private final double[] weights;
    private final Map<String, Double> constants;

    private FittedWeights(double[] weights, Map<String, Double> constants) {
        this.weights = weights;
        this.constants = constants;
    }

    /**
     * Reads {@code lines} of the file named {@code file}.
     *
     * @param inputs    the input names the weights must follow, in order
     * @param constants the names read as constants instead of inputs
     * @param noun      what an input is called in an error ("feature", "input")
     * @param refit     how to refit, for the error ("byline-bench polnear-ranker")
     * @throws IllegalStateException naming the file and the first line or input that is wrong, or the count read
     */
    public static FittedWeights read(BufferedReader lines, String file, List<String> inputs, Set<String> constants,
                                     String noun, String refit) throws IOException {
        double[] w = new double[inputs.size()];
        Map<String, Double> named = new HashMap<>();
        int k = 0;
        String line;
        while ((line = lines.readLine()) != null) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IllegalStateException(file + ": line '" + line + "' has no tab");
            }
            String name = line.substring(0, tab);
            double value = Double.parseDouble(line.substring(tab + 1).trim());
            if (constants.contains(name)) {
                named.put(name, value);
            } else if (k < inputs.size() && inputs.get(k).equals(name)) {
                w[k++] = value;
            } else {
                throw new IllegalStateException(file + ": " + noun + " " + (k + 1) + " is '" + name + "', expected '"
                        + (k < inputs.size() ? inputs.get(k) : "nothing more") + "' (refit with " + refit + ")");
            }
        }
        if (k != inputs.size()) {
            throw new IllegalStateException(file + ": " + k + " of " + inputs.size() + " " + noun + "s (refit with "
                    + refit + ")");
        }
        return new FittedWeights(w, named);
    }

    /** The inputs' weights, in the inputs' order. */
    public double[] weights() {
        return weights.clone();
    }

    /** The constant named {@code name}, or NaN if the file has none. */
    public double constant(String name) {
        return constants.getOrDefault(name, Double.NaN);
    }
}
