package dev.byline.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A generated news-like corpus with planted near-duplicates, from a fixed seed: independent
 * articles over a shared Zipf-distributed vocabulary (English function words and made-up content
 * words), plus pairs where the second is a light edit of the first (a paragraph dropped, a few words
 * changed, paragraphs reordered), which the toolkit labels {@code copy}.
 */
final class SyntheticCorpus {
    private static final String[] FUNCTION = ("the of and to a in that is was he for it with as his on be at by i this had not "
            + "are but from or have an they which one you were her all she there would their we him been has when who will more "
            + "no if out so said what up its about into than them can only other new some could time these two may then do first "
            + "any my now such like our over man me even most made after also did many before must through back years where much "
            + "your way well down should because each just those people how too little state good very make world still own see "
            + "men work long get here between both life being under never day same another know while last might us great old year").split(" ");

    /** A planted pair: the original's id and the edited copy's. */
    record Planted(String original, String copy) {
    }

    private final Random random;
    private final String[] content;

    private SyntheticCorpus(long seed, int vocabulary) {
        this.random = new Random(seed);
        String[] syllables = {"ka", "lo", "mi", "ren", "to", "vas", "der", "pol", "sun", "tri", "gal", "mor", "ne", "ista",
                "bar", "cel", "dun", "fer", "hol", "jin", "kur", "lem", "nor", "pra", "quen", "ros", "sel", "tav", "ul", "vin"};
        content = new String[vocabulary];
        for (int i = 0; i < vocabulary; i++) {
            StringBuilder w = new StringBuilder();
            int n = 2 + random.nextInt(2);
            for (int k = 0; k < n; k++) {
                w.append(syllables[random.nextInt(syllables.length)]);
            }
            content[i] = w.toString();
        }
    }

    /**
     * Writes {@code independent} articles and {@code planted} original/copy pairs as .txt files into
     * {@code dir}; returns the planted pairs (ids in file-name order).
     */
    static List<Planted> write(Path dir, long seed, int independent, int planted) throws IOException {
        SyntheticCorpus g = new SyntheticCorpus(seed, 4000);
        Files.createDirectories(dir);
        List<Planted> pairs = new ArrayList<>();
        int doc = 0;
        for (int i = 0; i < independent; i++) {
            write(dir, doc++, g.article());
        }
        for (int p = 0; p < planted; p++) {
            List<String> original = g.article();
            String a = write(dir, doc++, original);
            String b = write(dir, doc++, g.edit(original));
            pairs.add(new Planted(a, b));
        }
        return pairs;
    }

    private static String write(Path dir, int n, List<String> paragraphs) throws IOException {
        String id = String.format("g%04d", n);
        Files.writeString(dir.resolve(id + ".txt"), String.join("\n\n", paragraphs) + "\n", StandardCharsets.UTF_8);
        return id;
    }

    private List<String> article() {
        List<String> paragraphs = new ArrayList<>();
        int n = 4 + random.nextInt(5);
        for (int p = 0; p < n; p++) {
            StringBuilder b = new StringBuilder();
            int sentences = 1 + random.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                if (s > 0) {
                    b.append(' ');
                }
                b.append(sentence());
            }
            paragraphs.add(b.toString());
        }
        return paragraphs;
    }

    private String sentence() {
        int n = 8 + random.nextInt(15);
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < n; k++) {
            String w = random.nextInt(100) < 45 ? FUNCTION[zipf(FUNCTION.length)] : content[zipf(content.length)];
            if (k == 0) {
                w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            } else {
                b.append(' ');
            }
            b.append(w);
            if (k < n - 1 && random.nextInt(12) == 0) {
                b.append(',');
            }
        }
        return b.append(random.nextInt(10) == 0 ? "?" : ".").toString();
    }

    /** A rank in [0, size) with probability roughly proportional to 1 / (rank + 1). */
    private int zipf(int size) {
        double u = random.nextDouble();
        return Math.min(size - 1, (int) Math.floor(Math.exp(u * Math.log(size + 1.0))) - 1);
    }

    private List<String> edit(List<String> original) {
        List<String> copy = new ArrayList<>(original);
        if (copy.size() > 4) {
            copy.remove(random.nextInt(copy.size()));
        }
        for (int k = 0; k < 3; k++) {
            int p = random.nextInt(copy.size());
            String[] words = copy.get(p).split(" ");
            int w = 1 + random.nextInt(Math.max(1, words.length - 2));
            words[w] = content[random.nextInt(content.length)];
            copy.set(p, String.join(" ", words));
        }
        if (random.nextBoolean()) {
            Collections.swap(copy, 0, copy.size() - 1);
        }
        return copy;
    }
}
