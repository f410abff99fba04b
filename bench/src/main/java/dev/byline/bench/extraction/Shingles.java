package dev.byline.bench.extraction;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Body-text agreement as article-extraction benchmarks score it: the texts as lower-case words, each cut into
 * 4-word shingles (a bag: a shingle twice counts twice), precision and recall of the extracted bag against the
 * expected one, and their F1. Two empty texts agree (F1 1); one empty text against another scores 0.
 */
final class Shingles {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    static final int N = 4;

    /** Precision, recall, F1. */
    record Score(double precision, double recall, double f1) {
    }

    private Shingles() {
    }

    static Score score(String extracted, String expected) {
        Map<String, Integer> got = bag(extracted);
        Map<String, Integer> want = bag(expected);
        int gotSize = got.values().stream().mapToInt(Integer::intValue).sum();
        int wantSize = want.values().stream().mapToInt(Integer::intValue).sum();
        if (gotSize == 0 && wantSize == 0) {
            return new Score(1, 1, 1);
        }
        if (gotSize == 0 || wantSize == 0) {
            return new Score(0, 0, 0);
        }
        int common = 0;
        for (Map.Entry<String, Integer> e : got.entrySet()) {
            common += Math.min(e.getValue(), want.getOrDefault(e.getKey(), 0));
        }
        double p = (double) common / gotSize;
        double r = (double) common / wantSize;
        return new Score(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    static Map<String, Integer> bag(String text) {
        java.util.List<String> words = new java.util.ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        Map<String, Integer> bag = new HashMap<>();
        if (words.size() < N && !words.isEmpty()) {
            bag.merge(String.join(" ", words), 1, Integer::sum);   // a text shorter than one shingle is one
        }
        for (int i = 0; i + N <= words.size(); i++) {
            bag.merge(String.join(" ", words.subList(i, i + N)), 1, Integer::sum);
        }
        return bag;
    }
}
