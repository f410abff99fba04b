package dev.byline.bench.spin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * {@code byline-bench spin moby MTHESAUR --out FILE}: the toolkit's {@code moby-thesaurus.tsv.gz} from Moby
 * Thesaurus II ({@code mthesaur.txt}: one line per head word, "head,term,term,…"; public domain; also shipped as
 * {@code words.txt} in npm's {@code moby} package). Kept: single lower-case words that the toolkit's news counts hold
 * at least {@link #MIN_COUNT} times, head and term alike, so a likely original can be weighed by the news model; lines
 * "head TAB term,term,…", sorted.
 */
final class MobyPrune {
    /** How often the news counts must hold a word for it to be kept. */
    static final int MIN_COUNT = 2;
    private static final Pattern WORD = Pattern.compile("[a-z]+");

    private MobyPrune() {
    }

    static int run(Path mthesaur, Path out) throws IOException {
        if (out == null) {
            System.err.println("byline-bench spin moby: --out FILE is required");
            return 2;
        }
        Map<String, Integer> counts = newsUnigrams();
        Map<String, TreeSet<String>> kept = new TreeMap<>();
        int lines = 0;
        long pairs = 0;
        try (BufferedReader r = Files.newBufferedReader(mthesaur, StandardCharsets.ISO_8859_1)) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split(",");
                lines++;
                if (!known(f[0], counts)) {
                    continue;
                }
                TreeSet<String> terms = new TreeSet<>();
                for (int k = 1; k < f.length; k++) {
                    if (!f[k].equals(f[0]) && known(f[k], counts)) {
                        terms.add(f[k]);
                    }
                }
                if (!terms.isEmpty()) {
                    kept.computeIfAbsent(f[0], h -> new TreeSet<>()).addAll(terms);
                }
            }
        }
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8)) {
            w.write("# Moby Thesaurus II (Grady Ward, public domain), " + lines + " head words read; kept: single lower-case"
                    + " words the news counts hold >= " + MIN_COUNT + " times; byline-bench spin moby\n");
            for (Map.Entry<String, TreeSet<String>> e : kept.entrySet()) {
                w.write(e.getKey() + "\t" + String.join(",", e.getValue()) + "\n");
                pairs += e.getValue().size();
            }
        }
        System.out.println(lines + " head words read, " + kept.size() + " kept with " + pairs + " terms -> " + out);
        return 0;
    }

    private static boolean known(String w, Map<String, Integer> counts) {
        return WORD.matcher(w).matches() && counts.getOrDefault(w, 0) >= MIN_COUNT;
    }

    /** The single words of the toolkit's news counts ({@code news-ngrams.tsv.gz} on the class path). */
    static Map<String, Integer> newsUnigrams() throws IOException {
        Map<String, Integer> out = new HashMap<>(1 << 17);
        try (InputStream in = MobyPrune.class.getResourceAsStream("/dev/byline/compare/news-ngrams.tsv.gz")) {
            if (in == null) {
                throw new IOException("news-ngrams.tsv.gz is not on the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                int tab = line.lastIndexOf('\t');
                if (line.startsWith("#") || tab < 0 || line.indexOf(' ') >= 0 && line.indexOf(' ') < tab) {
                    continue;
                }
                out.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1)));
            }
        }
        return out;
    }
}
