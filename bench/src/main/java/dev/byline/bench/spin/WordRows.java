package dev.byline.bench.spin;

import dev.byline.compare.SpinSignals;
import dev.byline.text.Document;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code byline-bench spin words}: every content word of each tune article, clean (version c), respelt the British way
 * (b) and spun (s), with what {@link SpinSignals} reads of it, one TSV row each: the data document-level spin signals
 * are studied and fitted on. {@code label}: c in a clean or British text, s a word the spinner swapped, u one it left.
 */
final class WordRows {
    private WordRows() {
    }

    static int run(List<Document> docs, Spinner spinner, long seed, Path out) throws Exception {
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("doc\tversion\tlabel\tkey\tknown\tunigram\tgain\ttrigram\tnews_count\tlog_ratio\n");
            for (int k = 0; k < docs.size(); k++) {
                Document clean = docs.get(k);
                write(w, clean.id(), "c", SpinSignals.of(clean), List.of());
                write(w, clean.id(), "b", SpinSignals.of(Document.of(clean.id() + "-uk", BritishCopy.of(clean.raw()))), List.of());
                ThesaurusSpinner.Spun spun = spinner.spin(clean.raw(), seed * 1_000_003L + k);
                write(w, clean.id(), "s", SpinSignals.of(Document.of(clean.id() + "-spun", spun.text())), spun.swaps());
            }
        }
        System.out.println(docs.size() + " articles -> " + out);
        return 0;
    }

    private static void write(Writer w, String doc, String version, List<SpinSignals.Row> rows, List<ThesaurusSpinner.Swap> swaps)
            throws IOException {
        for (SpinSignals.Row r : rows) {
            String label = !version.equals("s") ? "c"
                    : swaps.stream().anyMatch(s -> r.start() < s.end() && s.start() < r.end()) ? "s" : "u";
            w.write(String.join("\t", doc, version, label, r.key(), r.known() ? "1" : "0", f(r.unigram()), f(r.gain()), f(r.trigram()),
                    String.valueOf(r.newsCount()), f(r.logRatio())) + "\n");
        }
    }

    private static String f(double x) {
        return Double.isNaN(x) ? "nan" : String.format(Locale.ROOT, "%.3f", x);
    }
}
