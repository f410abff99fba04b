package dev.byline.compare;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The likely originals of a word the news counts hardly know, from the Moby links {@link MobyThesaurus} leaves out:
 * its pruned lists keep only words the counts hold twice or more, head and term alike, so a spinner's rare replacement
 * ("daylighting" for morning, "jeopardy" for threat) was no key there and its original could not be found from it. Read
 * from {@code moby-rare-words.tsv.gz} beside this class ({@code byline-bench spin moby-rare}; Moby Thesaurus II, Grady
 * Ward, public domain): each rare word, the common words Moby links to it either way, and the size of the list a spinner
 * would have drawn the rare word from.
 *
 * <pre>{@code
 * MobyRareWords.builtIn().originals("daylighting");   // {morning=…, dawn=…, …}: word → list size
 * }</pre>
 */
final class MobyRareWords {
    private static volatile MobyRareWords instance;

    private final Map<String, String[]> words;
    private final Map<String, int[]> sizes;

    private MobyRareWords(Map<String, String[]> words, Map<String, int[]> sizes) {
        this.words = words;
        this.sizes = sizes;
    }

    static MobyRareWords builtIn() {
        MobyRareWords m = instance;
        if (m == null) {
            synchronized (MobyRareWords.class) {
                if (instance == null) {
                    instance = read();
                }
                m = instance;
            }
        }
        return m;
    }

    /**
     * The words a spinner using Moby could have replaced by {@code seen} (lower case, one word) that {@link MobyThesaurus}
     * cannot offer, inflected like it (its naive bases, {@link MobyThesaurus#bases}), each with the size of the list it
     * would have been drawn from; never {@code seen} itself. Empty for a word the counts know.
     */
    Map<String, Integer> originals(String seen) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (MobyThesaurus.Base b : MobyThesaurus.bases(seen)) {
            String[] ws = words.get(b.word());
            if (ws == null) {
                continue;
            }
            int[] ss = sizes.get(b.word());
            for (int k = 0; k < ws.length; k++) {
                for (String form : MobyThesaurus.inflected(ws[k], b.suffix())) {
                    if (!form.equals(seen)) {
                        out.putIfAbsent(form, ss[k]);
                    }
                }
            }
        }
        return out;
    }

    private static MobyRareWords read() {
        String name = "moby-rare-words.tsv.gz";
        try (InputStream in = MobyRareWords.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the toolkit's resources");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
            Map<String, String> shared = new HashMap<>(1 << 15);
            Map<String, String[]> words = new HashMap<>(1 << 16);
            Map<String, int[]> sizes = new HashMap<>(1 << 16);
            String line;
            int row = 0;
            while ((line = r.readLine()) != null) {
                row++;
                if (line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab <= 0) {
                    throw new IllegalStateException(name + " line " + row + ": not 'word TAB word:size,…'");
                }
                String[] parts = line.substring(tab + 1).split(",");
                String[] ws = new String[parts.length];
                int[] ss = new int[parts.length];
                for (int k = 0; k < parts.length; k++) {
                    int colon = parts[k].lastIndexOf(':');
                    ws[k] = shared.computeIfAbsent(parts[k].substring(0, colon), w -> w);
                    ss[k] = Integer.parseInt(parts[k].substring(colon + 1));
                }
                String key = line.substring(0, tab);
                words.put(key, ws);
                sizes.put(key, ss);
            }
            return new MobyRareWords(words, sizes);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }
}
