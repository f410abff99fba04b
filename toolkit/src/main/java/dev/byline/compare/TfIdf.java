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

    @SuppressWarnings({"unchecked", "rawtypes"}) // arrays of maps: Java has no generic array creation
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

    /** Document frequency of each content stem over {@code docs}. */
    static void countDocumentFrequency(List<Word> doc, Map<String, Integer> df) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Word w : doc) {
            if (w.content() && seen.add(w.stem())) {
                df.merge(w.stem(), 1, Integer::sum);
            }
        }
    }

    /** The L2-normalised TF-IDF vector of one document, given corpus document frequencies over {@code n} documents. */
    static Map<String, Double> vector(List<Word> doc, Map<String, Integer> df, int n) {
        Map<String, Integer> c = new HashMap<>();
        for (Word w : doc) {
            if (w.content()) {
                c.merge(w.stem(), 1, Integer::sum);
            }
        }
        Map<String, Double> v = new HashMap<>();
        double norm = 0;
        for (Map.Entry<String, Integer> e : c.entrySet()) {
            double w = (1 + Math.log(e.getValue())) * (Math.log((1.0 + n) / (1.0 + df.getOrDefault(e.getKey(), 0))) + 1);
            v.put(e.getKey(), w);
            norm += w * w;
        }
        double len = Math.sqrt(norm);
        if (len > 0) {
            v.replaceAll((k, w) -> w / len);
        }
        return v;
    }

    static double cosine(Map<String, Double> x, Map<String, Double> y) {
        Map<String, Double> small = x.size() <= y.size() ? x : y;
        Map<String, Double> large = small == x ? y : x;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double o = large.get(e.getKey());
            if (o != null) {
                dot += e.getValue() * o;
            }
        }
        return dot;
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
