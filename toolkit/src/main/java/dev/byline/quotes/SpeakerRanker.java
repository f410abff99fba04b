package dev.byline.quotes;

import dev.byline.FittedWeights;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * A fitted linear score over {@link SpeakerCandidates#FEATURES}: the speaker of a quotation is the rules'
 * pick unless another candidate outscores it by more than the fitted margin. The weights are in
 * {@code speaker-ranker.tsv} beside this class ("name TAB weight" lines, plus {@code intercept} and
 * {@code margin}), written by {@code byline-bench polnear-ranker} from the bench's dev part of PolNeAR train;
 * a file whose feature names are not these, in this order, is refused at load rather than read wrongly.
 */
final class SpeakerRanker {
    static final String RESOURCE = "speaker-ranker.tsv";

    private final double[] weights;
    private final double margin;

    SpeakerRanker(double[] weights, double margin) {
        this.weights = weights;
        this.margin = margin;
    }

    /**
     * The model beside this class, or null when the jar has none or the system property
     * {@code byline.quotes.ranker} is {@code off} (the rules alone then choose: how the bench fits and A/B-tests it).
     */
    static SpeakerRanker builtIn() {
        return Holder.MODEL;
    }

    private static final class Holder {
        static final SpeakerRanker MODEL = load();

        private static SpeakerRanker load() {
            if ("off".equals(System.getProperty("byline.quotes.ranker"))) {
                return null;
            }
            try (InputStream in = SpeakerRanker.class.getResourceAsStream(RESOURCE)) {
                return in == null ? null
                        : read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), SpeakerCandidates.FEATURES);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Reads a model, checking that its feature names are {@code features}, in order. */
    static SpeakerRanker read(BufferedReader lines, List<String> features) throws IOException {
        // the intercept is the same for every candidate of a quote: it cannot change a choice
        FittedWeights f = FittedWeights.read(lines, RESOURCE, features, Set.of("margin", "intercept"), "feature",
                "byline-bench polnear-ranker");
        double margin = f.constant("margin");
        if (Double.isNaN(margin)) {
            throw new IllegalStateException(RESOURCE + ": no margin (refit with byline-bench polnear-ranker)");
        }
        return new SpeakerRanker(f.weights(), margin);
    }

    double score(double[] f) {
        double z = 0;
        for (int i = 0; i < f.length; i++) {
            z += weights[i] * f[i];
        }
        return z;
    }

    /**
     * The index of the candidate to use among {@code scores}: the best one if it beats the rules' pick (index
     * {@code rule}) by more than the margin, else {@code rule}. With no rules' pick ({@code rule} &lt; 0), -1.
     */
    int choose(double[] scores, int rule) {
        if (rule < 0) {
            return -1;
        }
        int best = rule;
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] > scores[best]) {
                best = i;
            }
        }
        return scores[best] - scores[rule] > margin ? best : rule;
    }
}
