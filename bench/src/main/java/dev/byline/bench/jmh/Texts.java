package dev.byline.bench.jmh;

import dev.byline.bench.generate.CorpusGenerator;
import dev.byline.bench.generate.Vocabulary;
import java.util.ArrayList;
import java.util.List;

/** Generated article texts for the inner-loop benchmarks: the same texts for Byline and its peer. */
final class Texts {
    private Texts() {
    }

    /** {@code n} article texts of the seed-1 corpus. */
    static List<String> articles(int n) {
        CorpusGenerator g = new CorpusGenerator(Vocabulary.load(Vocabulary.DEBIAN_WORDS, 1), 1, Math.max(10, n));
        List<String> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            out.add(g.text(k));
        }
        return out;
    }
}
