package dev.byline.compare;

import dev.byline.text.Document;
import dev.byline.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the spin verdict can read of each content word of a text, thesaurus or not: the bench writes these rows to
 * study document-level signals ({@code byline-bench spin words}). A content word is one {@link SpinDetector} could take
 * for a swap (lower case, letters, not a stop word), read in its American spelling.
 *
 * <pre>{@code
 * for (SpinSignals.Row r : SpinSignals.of(doc)) { ... r.gain() ... r.logRatio() ... }
 * }</pre>
 */
public final class SpinSignals {
    /**
     * One content word: its character offsets, its key, whether the trigram model knows it, its log10 unigram
     * probability there, its context gain ({@link EnglishLm#contextGain}, nats) and its own trigram ln P, its news
     * count, and the evidence model's ln LR when {@link SpinEvidence} weighs it (NaN when WordNet offers it no synonym).
     */
    public record Row(int start, int end, String key, boolean known, double unigram, double gain, double trigram, int newsCount,
            double logRatio) {
    }

    private SpinSignals() {
    }

    /** Every content word of {@code doc}, in text order. */
    public static List<Row> of(Document doc) {
        SpinEvidence evidence = SpinEvidence.defaults();
        NewsNgrams news = NewsNgrams.builtIn();
        List<Token> tokens = doc.tokens();
        String[] keys = NewsNgrams.keys(doc);
        String[] us = evidence.americanKeys(tokens, keys);
        Map<Integer, Double> lr = new HashMap<>();
        for (SpinEvidence.Word w : evidence.of(tokens, keys, SpinDetector.stemCounts(keys))) {
            lr.put(w.start(), w.logRatio());
        }
        EnglishLm lm = EnglishLm.builtIn();
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!SpinDetector.candidate(tokens, keys, i)) {
                continue;
            }
            String w = us[i];
            boolean known = lm.knows(w);
            out.add(new Row(tokens.get(i).start(), tokens.get(i).end(), w, known, lm.unigramLog10(w),
                    known ? lm.contextGain(us, i, SpinDetector.LM_AFTER) : Double.NaN, lm.window(us, i, 1, 0), news.count(w),
                    lr.getOrDefault(tokens.get(i).start(), Double.NaN)));
        }
        return out;
    }
}
