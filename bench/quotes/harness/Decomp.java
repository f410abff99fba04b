package dev.byline.bench.quotes;

import dev.byline.corpus.DocumentStream;
import dev.byline.corpus.LoadOptions;
import dev.byline.quotes.Quote;
import dev.byline.quotes.Quotes;
import dev.byline.text.Document;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * CPU of each stage of {@code byline quotes}, warm, on one thread: reads every file of a folder through
 * {@code DocumentStream}, then per document times the headline's layout, tokens and quotes, the body's tokens and
 * sentences and its quotes, with thread CPU time; pass after pass in one JVM (the first pass is cold).
 * Run by {@code bench/quotes/decompose.sh}.
 */
public final class Decomp {
    static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();
    static long cpu() { return MX.getCurrentThreadCpuTime(); }

    public static void main(String[] a) throws Exception {
        Path dir = Path.of(a[0]);
        int passes = Integer.parseInt(a[1]);
        String[] names = {"read bytes only", "read+decode+Document", "headline (title line, layout)", "headline tokens",
                "headline quotes", "body tokens+sentences", "body quotes (Quotes.find)", "rows", "timer overhead"};
        for (int p = 0; p < passes; p++) {
            long[] t = new long[names.length];
            List<Path> files;
            try (var s = Files.walk(dir)) { files = s.filter(Files::isRegularFile).sorted().toList(); }
            long c0 = cpu();
            long bytes = 0;
            for (Path f : files) bytes += Files.readAllBytes(f).length;
            t[0] = cpu() - c0;
            DocumentStream ds = DocumentStream.of(LoadOptions.defaults(), dir).withoutMetadata();
            List<Document> docs = new ArrayList<>();
            c0 = cpu();
            ds.forEach(docs::add);
            t[1] = cpu() - c0;
            int quotes = 0;
            for (Document d : docs) {
                long x = cpu();
                Optional<Document> h = d.headline();
                long y = cpu(); t[2] += y - x; x = y;
                if (h.isPresent()) h.get().tokenTable();
                y = cpu(); t[3] += y - x; x = y;
                List<Quote> qs = new ArrayList<>();
                if (h.isPresent()) qs.addAll(Quotes.find(h.get()));
                y = cpu(); t[4] += y - x; x = y;
                d.tokenTable();
                y = cpu(); t[5] += y - x; x = y;
                qs.addAll(Quotes.find(d));
                y = cpu(); t[6] += y - x; x = y;
                quotes += qs.size(); for (Quote q : qs) q.words();
                y = cpu(); t[7] += y - x; x = y;
                y = cpu(); t[8] += (y - x) * 6;
            }
            long sum = 0;
            System.out.printf("pass %d: %d files, %.1f MB, %d quotes%n", p + 1, files.size(), bytes / 1e6, quotes);
            for (int i = 0; i < names.length; i++) {
                if (i > 0 && i < names.length - 1) sum += t[i];   // not the first (a peer) nor the timer estimate
                System.out.printf("  %-34s %7.3f s%n", names[i], t[i] / 1e9);
            }
            System.out.printf("  %-34s %7.3f s  (%.1f MB/s)%n", "total (without read bytes only)", sum / 1e9, bytes / 1e6 / (sum / 1e9));
        }
    }
}
