package dev.byline.quotes;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import dev.byline.corpus.Corpus;
import dev.byline.text.Document;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Scores the quote finder against hand labels: each label is a document, a kind, a speaker and the
 * exact text of the quotation (its marks excluded) or of the reported clause. Quotations are
 * matched one to one, best character overlap first; span precision/recall/F1 count matches,
 * speaker accuracy is over matched pairs (case-insensitive, a leading "the" ignored; a term's
 * null speaker must be null).
 */
final class GoldEvaluation {
    record GoldEntry(String doc, String kind, String speaker, String text, Integer occurrence) {
    }

    record Labelled(Document doc, int start, int end, String kind, String speaker) {
    }

    record Score(int tp, int predicted, int gold) {
        double precision() {
            return predicted == 0 ? 0 : (double) tp / predicted;
        }

        double recall() {
            return gold == 0 ? 0 : (double) tp / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P %.3f  R %.3f  F1 %.3f  (%d matched, %d predicted, %d gold)",
                    precision(), recall(), f1(), tp, predicted, gold);
        }
    }

    record Pair(Labelled gold, Quote predicted, double jaccard) {
    }

    final List<Labelled> gold;
    final List<Quote> predicted;

    /** Loads the corpus at {@code corpusPath}, the labels in resource {@code goldResource}, and runs the finder. */
    GoldEvaluation(Path corpusPath, String goldResource) throws Exception {
        Corpus corpus = Corpus.load(corpusPath);
        List<GoldEntry> entries;
        try (Reader r = new InputStreamReader(Objects.requireNonNull(
                GoldEvaluation.class.getResourceAsStream(goldResource)), StandardCharsets.UTF_8)) {
            entries = new Gson().fromJson(r, new TypeToken<List<GoldEntry>>() { }.getType());
        }
        List<Labelled> g = new ArrayList<>();
        for (GoldEntry e : entries) {
            Document d = corpus.get(e.doc());
            int at = -1;
            for (int k = 0; k <= (e.occurrence() == null ? 0 : e.occurrence()); k++) {
                at = d.raw().indexOf(e.text(), at + 1);
            }
            if (at < 0) {
                throw new IllegalStateException("gold text not in " + e.doc() + ": " + e.text());
            }
            g.add(new Labelled(d, at, at + e.text().length(), e.kind(), e.speaker()));
        }
        gold = List.copyOf(g);
        predicted = Quotes.find(corpus);
    }

    /** One-to-one matching, best character overlap first; pairs need Jaccard ≥ {@code min}. */
    static List<Pair> match(List<Labelled> g, List<Quote> p, double min) {
        List<Pair> candidates = new ArrayList<>();
        for (Labelled l : g) {
            for (Quote q : p) {
                if (q.document() != l.doc()) {
                    continue;
                }
                int inter = Math.min(l.end(), q.end()) - Math.max(l.start(), q.start());
                if (inter <= 0) {
                    continue;
                }
                int union = Math.max(l.end(), q.end()) - Math.min(l.start(), q.start());
                double j = (double) inter / union;
                if (j >= min) {
                    candidates.add(new Pair(l, q, j));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Pair::jaccard).reversed());
        List<Pair> out = new ArrayList<>();
        for (Pair c : candidates) {
            if (out.stream().noneMatch(o -> o.gold() == c.gold() || o.predicted() == c.predicted())) {
                out.add(c);
            }
        }
        return out;
    }

    static String norm(String speaker) {
        if (speaker == null) {
            return "";
        }
        String s = speaker.toLowerCase(Locale.ROOT).trim();
        return s.startsWith("the ") ? s.substring(4) : s;
    }

    static double speakerAccuracy(List<Pair> pairs) {
        long right = pairs.stream().filter(p -> norm(p.gold().speaker()).equals(norm(p.predicted().speaker()))).count();
        return pairs.isEmpty() ? 0 : (double) right / pairs.size();
    }


    /** Prints the figures under {@code label} with every miss, and returns [span F1, speaker accuracy]. */
    double[] report(String label) {
        List<Pair> pairs = match(gold, predicted, 0.5);
        Score all = new Score(pairs.size(), predicted.size(), gold.size());
        double speakers = speakerAccuracy(pairs);
        long kindsRight = pairs.stream().filter(p -> p.gold().kind().equals(p.predicted().kind().label())).count();
        System.out.println("[" + label + "] all kinds, overlap (Jaccard >= 0.5): " + all);
        System.out.printf(Locale.ROOT, "[%s] speaker accuracy on matched: %.3f (%d pairs); kind accuracy: %.3f%n",
                label, speakers, pairs.size(), pairs.isEmpty() ? 0.0 : (double) kindsRight / pairs.size());
        for (Pair p : pairs) {
            if (!norm(p.gold().speaker()).equals(norm(p.predicted().speaker()))) {
                System.out.println("[" + label + "]   speaker miss: " + p.gold().speaker() + " vs " + p.predicted());
            }
            if (!p.gold().kind().equals(p.predicted().kind().label())) {
                System.out.println("[" + label + "]   kind miss: " + p.gold().kind() + " vs " + p.predicted());
            }
        }
        for (Labelled l : gold) {
            if (pairs.stream().noneMatch(p -> p.gold() == l)) {
                System.out.println("[" + label + "]   missed: " + l.kind() + " " + l.doc().raw().substring(l.start(), l.end()));
            }
        }
        for (Quote q : predicted) {
            if (pairs.stream().noneMatch(p -> p.predicted() == q)) {
                System.out.println("[" + label + "]   spurious: " + q);
            }
        }
        return new double[] {all.f1(), speakers};
    }

    /** Scores one slice: direct quotations (exact offsets) or indirect speech (overlap). */
    double[] slice(String label, boolean indirect, double minJaccard) {
        List<Labelled> g = gold.stream().filter(l -> l.kind().equals("indirect") == indirect).toList();
        List<Quote> p = predicted.stream().filter(q -> (q.kind() == QuoteKind.INDIRECT) == indirect).toList();
        List<Pair> pairs = match(g, p, minJaccard);
        Score s = new Score(pairs.size(), p.size(), g.size());
        double speakers = speakerAccuracy(pairs);
        System.out.printf(Locale.ROOT, "[%s] %s: %s; speaker accuracy %.3f%n", label,
                indirect ? "indirect, overlap" : "direct (full/partial/term), exact offsets", s, speakers);
        return new double[] {s.f1(), speakers};
    }
}
