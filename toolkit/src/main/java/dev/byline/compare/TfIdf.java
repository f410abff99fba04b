package dev.byline.compare;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TF-IDF vectors over content-word stems, L2-normalised, for cosine similarity. Term frequency is
 * sublinear ({@code 1 + ln tf}) and idf is smoothed ({@code ln((1 + N) / (1 + df)) + 1}, as
 * scikit-learn does), so that a word in every document still counts a little and two documents
 * alone can be compared.
 */
final class TfIdf {
    private final Map<String, Double>[] vectors;

    private TfIdf(Map<String, Double>[] vectors) {
        this.vectors = vectors;
    }

    @SuppressWarnings("unchecked")
    static TfIdf of(List<List<Word>> docs) {
        Map<String, Integer>[] counts = new Map[docs.size()];
        Map<String, Integer> df = new HashMap<>();
        for (int d = 0; d < docs.size(); d++) {
            Map<String, Integer> c = new HashMap<>();
            for (Word w : docs.get(d)) {
                if (w.content()) {
                    c.merge(w.stem(), 1, Integer::sum);
                }
            }
            counts[d] = c;
            c.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
        }
        int n = docs.size();
        Map<String, Double>[] vectors = new Map[n];
        for (int d = 0; d < n; d++) {
            Map<String, Double> v = new HashMap<>();
            double norm = 0;
            for (Map.Entry<String, Integer> e : counts[d].entrySet()) {
                double w = (1 + Math.log(e.getValue())) * (Math.log((1.0 + n) / (1.0 + df.get(e.getKey()))) + 1);
                v.put(e.getKey(), w);
                norm += w * w;
            }
            double len = Math.sqrt(norm);
            if (len > 0) {
                v.replaceAll((k, w) -> w / len);
            }
            vectors[d] = v;
        }
        return new TfIdf(vectors);
    }

    /** Cosine of documents {@code a} and {@code b} (their positions in the list given to {@link #of}). */
    double cosine(int a, int b) {
        Map<String, Double> small = vectors[a].size() <= vectors[b].size() ? vectors[a] : vectors[b];
        Map<String, Double> large = small == vectors[a] ? vectors[b] : vectors[a];
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double o = large.get(e.getKey());
            if (o != null) {
                dot += e.getValue() * o;
            }
        }
        return dot;
    }
}
