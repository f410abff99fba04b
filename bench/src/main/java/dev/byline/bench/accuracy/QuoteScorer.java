package dev.byline.bench.accuracy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores found quotations against the planted ones. A planted quotation is found when a predicted
 * span covers at least half of their union (so a span with or without its final comma, or its
 * marks, still counts); each prediction matches at most one planted quotation. Predictions of
 * indirect speech are left out of precision: the generator plants none, so it cannot judge them.
 *
 * <pre>{@code
 * QuoteReport r = QuoteScorer.score(truth, predicted);
 * r.overall().recall();
 * }</pre>
 */
public final class QuoteScorer {
    static final double MIN_OVERLAP = 0.5;

    private QuoteScorer() {
    }

    /** The report: overall, by attribution pattern, by mark style, and precision. */
    public static QuoteReport score(Truth truth, List<PredictedQuote> predicted) {
        Map<String, List<PredictedQuote>> byDoc = new HashMap<>();
        int indirect = 0;
        for (PredictedQuote p : predicted) {
            if ("indirect".equals(p.kind())) {
                indirect++;
                continue;
            }
            byDoc.computeIfAbsent(p.doc(), d -> new ArrayList<>()).add(p);
        }
        int judged = byDoc.values().stream().mapToInt(List::size).sum();
        QuoteScore overall = new QuoteScore("all", 0, 0, 0, 0, 0, 0);
        Map<String, QuoteScore> byPattern = new TreeMap<>();
        Map<String, QuoteScore> byMarks = new TreeMap<>();
        Map<String, List<TruthQuote>> truthByDoc = new TreeMap<>();
        for (TruthQuote t : truth.quotes()) {
            truthByDoc.computeIfAbsent(t.doc(), d -> new ArrayList<>()).add(t);
        }
        int matchedPredictions = 0;
        for (Map.Entry<String, List<TruthQuote>> e : truthByDoc.entrySet()) {
            List<PredictedQuote> candidates = new ArrayList<>(byDoc.getOrDefault(e.getKey(), List.of()));
            List<TruthQuote> planted = new ArrayList<>(e.getValue());
            planted.sort(Comparator.comparingInt(TruthQuote::start));
            for (TruthQuote t : planted) {
                PredictedQuote best = null;
                double bestOverlap = MIN_OVERLAP;
                for (PredictedQuote p : candidates) {
                    double o = overlap(t.start(), t.end(), p.start(), p.end());
                    if (o >= bestOverlap) {
                        best = p;
                        bestOverlap = o;
                    }
                }
                boolean found = best != null;
                if (found) {
                    candidates.remove(best);
                    matchedPredictions++;
                }
                boolean exact = found && best.start() == t.start() && best.end() == t.end();
                boolean speaker = found && speakerExact(t.speaker(), best.speaker());
                boolean part = found && speakerLenient(t.speaker(), best.speaker());
                boolean kind = found && t.kind().equals(best.kind());
                overall = overall.add(found, exact, speaker, part, kind);
                byPattern.merge(t.pattern(), new QuoteScore(t.pattern(), 0, 0, 0, 0, 0, 0).add(found, exact, speaker,
                        part, kind), QuoteScorer::sum);
                byMarks.merge(t.marks(), new QuoteScore(t.marks(), 0, 0, 0, 0, 0, 0).add(found, exact, speaker, part,
                        kind), QuoteScorer::sum);
            }
        }
        return new QuoteReport(overall, List.copyOf(byPattern.values()), List.copyOf(byMarks.values()), judged,
                matchedPredictions, indirect);
    }

    private static QuoteScore sum(QuoteScore a, QuoteScore b) {
        return new QuoteScore(a.group(), a.planted() + b.planted(), a.found() + b.found(), a.exactSpan() + b.exactSpan(),
                a.speakerExact() + b.speakerExact(), a.speakerLenient() + b.speakerLenient(), a.kindRight() + b.kindRight());
    }

    static double overlap(int s1, int e1, int s2, int e2) {
        int inter = Math.min(e1, e2) - Math.max(s1, s2);
        if (inter <= 0) {
            return 0;
        }
        return (double) inter / (Math.max(e1, e2) - Math.min(s1, s2));
    }

    private static String norm(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }

    /** Full name for full name; for a scare quote (no speaker), no speaker. */
    static boolean speakerExact(String truth, String predicted) {
        return norm(truth).equals(norm(predicted));
    }

    /** The predicted speaker is the planted name or a part of it ("Rosin" for "Kaupo Rosin"). */
    static boolean speakerLenient(String truth, String predicted) {
        if (speakerExact(truth, predicted)) {
            return true;
        }
        String p = norm(predicted);
        if (p.isEmpty() || truth == null) {
            return false;
        }
        for (String part : norm(truth).split(" ")) {
            if (part.equals(p) || p.endsWith(" " + part)) {
                return true;
            }
        }
        return false;
    }
}
