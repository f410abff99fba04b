package dev.byline.bench.polnear;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** Counts for one part of the train split. Mutable while scoring, read once for the report. */
final class PolnearScore {
    int articles;
    int goldQuotes;
    int predictedQuotes;
    int exact;
    /** gold quotations overlapped by some predicted direct quotation */
    int overlapped;
    int namedFound;
    int namedRight;
    int namedNoSpeaker;
    /** sources annotated on the cue word itself ("said"): no one to match, not scored (since 2026-12-07, names17) */
    int namedOnCueWord;
    int pronounFound;
    int pronounGiven;
    int pronounAgrees;
    int predictedIndirect;
    int indirectOnSpeechContent;
    int indirectOnAnyContent;
    int indirectExactish;
    final Map<CueKind, int[]> recallByCue = new EnumMap<>(CueKind.class);

    void add(PolnearScore o) {
        articles += o.articles;
        goldQuotes += o.goldQuotes;
        predictedQuotes += o.predictedQuotes;
        exact += o.exact;
        overlapped += o.overlapped;
        namedFound += o.namedFound;
        namedRight += o.namedRight;
        namedNoSpeaker += o.namedNoSpeaker;
        namedOnCueWord += o.namedOnCueWord;
        pronounFound += o.pronounFound;
        pronounGiven += o.pronounGiven;
        pronounAgrees += o.pronounAgrees;
        predictedIndirect += o.predictedIndirect;
        indirectOnSpeechContent += o.indirectOnSpeechContent;
        indirectOnAnyContent += o.indirectOnAnyContent;
        indirectExactish += o.indirectExactish;
        o.recallByCue.forEach((k, v) -> {
            int[] c = recallByCue.computeIfAbsent(k, x -> new int[2]);
            c[0] += v[0];
            c[1] += v[1];
        });
    }

    String report(String title) {
        StringBuilder b = new StringBuilder();
        double p = ratio(exact, predictedQuotes);
        double r = ratio(exact, goldQuotes);
        b.append(String.format(Locale.ROOT, "## %s: %d articles%n", title, articles));
        b.append(String.format(Locale.ROOT, "direct quotations: gold %d, predicted %d, exact %d: P %.3f R %.3f F1 %.3f"
                + " (overlapping a gold quote: %d, %.3f of gold)%n", goldQuotes, predictedQuotes, exact, p, r,
                p + r == 0 ? 0 : 2 * p * r / (p + r), overlapped, ratio(overlapped, goldQuotes)));
        b.append(String.format(Locale.ROOT, "speaker, named or described source: %d/%d right = %.3f (no speaker given: %d)%n",
                namedRight, namedFound, ratio(namedRight, namedFound), namedNoSpeaker));
        b.append(String.format(Locale.ROOT, "  sources annotated on the cue word (\"said\", \"according to\"), not scored: %d%n",
                namedOnCueWord));
        b.append(String.format(Locale.ROOT, "speaker, pronoun source: resolved to a name on the pronoun %d/%d = %.3f; "
                + "that name is the last named source before it %d/%d = %.3f%n", pronounGiven, pronounFound,
                ratio(pronounGiven, pronounFound), pronounAgrees, pronounFound, ratio(pronounAgrees, pronounFound)));
        b.append(String.format(Locale.ROOT, "indirect speech: predicted %d; precision on speech-cued contents %.3f, "
                + "on any attributed content %.3f; bounds within 3 chars of the content %d%n", predictedIndirect,
                ratio(indirectOnSpeechContent, predictedIndirect), ratio(indirectOnAnyContent, predictedIndirect),
                indirectExactish));
        for (Map.Entry<CueKind, int[]> e : recallByCue.entrySet()) {
            if (e.getKey() != CueKind.NOT_SPEECH) {
                b.append(String.format(Locale.ROOT, "  recall, cue %-22s %4d/%4d = %.3f%n", e.getKey().label,
                        e.getValue()[0], e.getValue()[1], ratio(e.getValue()[0], e.getValue()[1])));
            }
        }
        return b.toString();
    }

    static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
