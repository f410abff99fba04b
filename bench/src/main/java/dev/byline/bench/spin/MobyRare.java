package dev.byline.bench.spin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * {@code byline-bench spin moby-rare MTHESAUR --out FILE}: the toolkit's {@code moby-rare-words.tsv.gz}, the Moby links
 * {@link MobyPrune} leaves out because one side is a word the news counts hold fewer than {@link MobyPrune#MIN_COUNT}
 * times. A spinner's replacement is often such a word ("daylighting" for morning), so its original can only be found
 * from it: for each rare single lower-case word, the words the news counts do hold that Moby links to it in either
 * direction (heads whose list holds it, and the terms of its own list), each with the size of the list a spinner would
 * have drawn the rare word from (the known word's own list when it is a head word, else the rare word's). Lines
 * "rare TAB word:size,word:size,…", sorted.
 */
final class MobyRare {
    private static final Pattern WORD = Pattern.compile("[a-z]+");

    private MobyRare() {
    }

    static int run(Path mthesaur, Path out) throws IOException {
        if (out == null) {
            System.err.println("byline-bench spin moby-rare: --out FILE is required");
            return 2;
        }
        Map<String, Integer> counts = MobyPrune.newsUnigrams();
        Map<String, Integer> listSize = new HashMap<>();
        Map<String, TreeSet<String>> links = new TreeMap<>();
        int lines = 0;
        try (BufferedReader r = Files.newBufferedReader(mthesaur, StandardCharsets.ISO_8859_1)) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split(",");
                lines++;
                String h = f[0];
                if (!WORD.matcher(h).matches()) {
                    continue;
                }
                int size = 0;
                boolean headKnown = known(h, counts);
                for (int k = 1; k < f.length; k++) {
                    String t = f[k];
                    if (t.equals(h) || !WORD.matcher(t).matches()) {
                        continue;
                    }
                    size++;
                    boolean termKnown = known(t, counts);
                    if (headKnown && !termKnown) {
                        links.computeIfAbsent(t, x -> new TreeSet<>()).add(h);
                    } else if (termKnown && !headKnown) {
                        links.computeIfAbsent(h, x -> new TreeSet<>()).add(t);
                    }
                }
                listSize.merge(h, size, Math::max);
            }
        }
        long pairs = 0;
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8)) {
            w.write("# Moby Thesaurus II (Grady Ward, public domain), " + lines + " head words read; each single lower-case word the news"
                    + " counts hold < " + MobyPrune.MIN_COUNT + " times, the words they hold that Moby links to it (either direction),"
                    + " with the size of the list it would be drawn from; byline-bench spin moby-rare\n");
            StringBuilder b = new StringBuilder();
            for (Map.Entry<String, TreeSet<String>> e : links.entrySet()) {
                b.setLength(0);
                b.append(e.getKey()).append('\t');
                boolean first = true;
                for (String o : e.getValue()) {
                    int size = listSize.getOrDefault(o, listSize.getOrDefault(e.getKey(), 1));
                    b.append(first ? "" : ",").append(o).append(':').append(Math.max(1, size));
                    first = false;
                    pairs++;
                }
                w.write(b.append('\n').toString());
            }
        }
        System.out.println(lines + " head words read, " + links.size() + " rare words with " + pairs + " links -> " + out);
        return 0;
    }

    private static boolean known(String w, Map<String, Integer> counts) {
        return counts.getOrDefault(w, 0) >= MobyPrune.MIN_COUNT;
    }
}
