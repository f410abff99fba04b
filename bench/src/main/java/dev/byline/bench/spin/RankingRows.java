package dev.byline.bench.spin;

import dev.byline.compare.OriginalRanker;
import dev.byline.compare.SpinDetector;
import dev.byline.text.Document;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code byline-bench spin ranking DIR --split tune --spinner S --out F}: for every one-word swap of the split's spun
 * articles, every candidate original the listing weighs ({@link SpinDetector#candidatesAt}) with its features, one TSV
 * row each, {@code is_original} 1 for the spinner's original: the data {@code bench/spin/fit_ranker.py} fits the
 * ranking's weights on (a conditional logit per swap). Tune split only.
 */
final class RankingRows {
    private RankingRows() {
    }

    static int run(List<Document> docs, Spinner spinner, long seed, Path out) throws Exception {
        SpinDetector detector = SpinDetector.defaults();
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("doc\tswap\toriginal\tseen\tcandidate\tthesaurus\tis_original\tfit\t" + String.join("\t", OriginalRanker.FEATURES) + "\n");
            for (int k = 0; k < docs.size(); k++) {
                Document clean = docs.get(k);
                ThesaurusSpinner.Spun spun = spinner.spin(clean.raw(), seed * 1_000_003L + k);
                Set<Integer> starts = new HashSet<>();
                for (ThesaurusSpinner.Swap s : spun.swaps()) {
                    if (!s.original().contains(" ") && !s.replacement().contains(" ")) {
                        starts.add(s.start());
                    }
                }
                Map<Integer, List<OriginalRanker.Candidate>> at = detector.candidatesAt(Document.of(clean.id() + "-spun", spun.text()), starts);
                int n = 0;
                for (ThesaurusSpinner.Swap s : spun.swaps()) {
                    List<OriginalRanker.Candidate> cs = at.get(s.start());
                    if (cs == null || s.original().contains(" ")) {
                        continue;
                    }
                    String original = s.original().toLowerCase(Locale.ROOT);
                    n++;
                    for (OriginalRanker.Candidate c : cs) {
                        StringBuilder b = new StringBuilder(clean.id()).append('\t').append(n).append('\t').append(original).append('\t')
                                .append(s.replacement().toLowerCase(Locale.ROOT)).append('\t').append(c.word()).append('\t').append(c.thesaurus())
                                .append('\t').append(c.word().equals(original) ? 1 : 0).append('\t').append(String.format(Locale.ROOT, "%.4f", c.fit()));
                        for (double f : c.features()) {
                            b.append('\t').append(String.format(Locale.ROOT, "%.4f", f));
                        }
                        w.write(b.append('\n').toString());
                    }
                }
            }
        }
        System.out.println(docs.size() + " articles -> " + out);
        return 0;
    }
}
