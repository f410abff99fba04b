package dev.byline.compare;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Moby Thesaurus II (Grady Ward, 1996, placed in the public domain), the largest free English
 * thesaurus and the source of many word-processor and web spinners' word lists: where the likely
 * original of a spun word is looked for beyond WordNet. Read from {@code moby-thesaurus.tsv.gz}
 * beside this class, pruned by {@code ./byline-bench spin moby} to single lower-case words that
 * the news counts ({@link NewsNgrams}) hold at least twice (head words and terms alike).
 *
 * <pre>{@code
 * MobyThesaurus.builtIn().originals("proclaimed");   // [announced, declared, stated, …]
 * }</pre>
 *
 * <p>A spinner replaced an original o by a term t of o's list, so the originals of a word seen are
 * the heads whose lists hold it (the inverse relation) and, since other thesauri list the pair the
 * other way round, the terms of its own list; each inflected as the word seen is, with the suffix
 * a naive spinner glues on ("proclaimd") and with English spelling ("proclaimed").
 */
final class MobyThesaurus {
    private static volatile MobyThesaurus instance;
    private static final String[] SUFFIXES = {"ing", "es", "ed", "s", "d"};

    private final Map<String, String[]> terms;
    private final Map<String, List<String>> heads;

    private MobyThesaurus(Map<String, String[]> terms) {
        this.terms = terms;
        Map<String, List<String>> inverse = new HashMap<>(terms.size() * 2);
        terms.forEach((head, ts) -> {
            for (String t : ts) {
                inverse.computeIfAbsent(t, k -> new ArrayList<>()).add(head);
            }
        });
        this.heads = inverse;
    }

    /** The built-in pruned Moby thesaurus (read once per JVM, about 0.5 s). */
    static MobyThesaurus builtIn() {
        MobyThesaurus m = instance;
        if (m == null) {
            synchronized (MobyThesaurus.class) {
                if (instance == null) {
                    instance = read();
                }
                m = instance;
            }
        }
        return m;
    }

    private static MobyThesaurus read() {
        String name = "moby-thesaurus.tsv.gz";
        try (InputStream in = MobyThesaurus.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the toolkit's resources");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
            Map<String, String> words = new HashMap<>(1 << 16);
            Map<String, String[]> out = new HashMap<>(1 << 15);
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                String[] ts = line.substring(tab + 1).split(",");
                for (int k = 0; k < ts.length; k++) {
                    ts[k] = words.computeIfAbsent(ts[k], w -> w);   // one String per word: the lists share them
                }
                out.put(words.computeIfAbsent(line.substring(0, tab), w -> w), ts);
            }
            return new MobyThesaurus(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /** How many terms Moby lists for {@code word} (lower case), at least 1: a spinner's odds of picking any one of them. */
    int size(String word) {
        String[] ts = terms.get(word);
        return ts == null ? 1 : ts.length;
    }

    /**
     * The words a spinner using this thesaurus could have replaced by {@code seen} (lower case, one
     * word), inflected like it; never {@code seen} itself. Each comes with the head word whose list
     * size {@link #size} gives.
     */
    List<Original> originals(String seen) {
        Set<Original> out = new LinkedHashSet<>();
        for (Base b : bases(seen)) {
            add(b.word(), b.suffix(), seen, out);
        }
        return List.copyOf(out);
    }

    /** A base form {@code seen} may be, and the suffix a spinner would have glued onto it ("" for the word itself). */
    record Base(String word, String suffix) {
    }

    /**
     * The forms {@code seen} (lower case, one word) may have been made from by a suffix: itself first, then each
     * naive base ("proclaimd" ← proclaim + d, "making" ← make + ing, "stopped" ← stop + ed, "carried" ← carry + ed).
     */
    static List<Base> bases(String seen) {
        List<Base> out = new ArrayList<>();
        out.add(new Base(seen, ""));
        for (String suffix : SUFFIXES) {
            if (seen.endsWith(suffix) && seen.length() > suffix.length() + 2) {
                String base = seen.substring(0, seen.length() - suffix.length());
                out.add(new Base(base, suffix));
                if (suffix.equals("ed") || suffix.equals("ing")) {
                    out.add(new Base(base + "e", suffix));   // "proclaiming" ← proclaim, "making" ← make
                    int n = base.length();
                    if (n > 2 && base.charAt(n - 1) == base.charAt(n - 2)) {
                        out.add(new Base(base.substring(0, n - 1), suffix));   // "stopped" ← stop
                    }
                }
                if ((suffix.equals("ed") || suffix.equals("es")) && base.endsWith("i")) {
                    out.add(new Base(base.substring(0, base.length() - 1) + "y", suffix));   // "carried" ← carry
                }
            }
        }
        return out;
    }

    /** Every head word, sorted. */
    List<String> headWords() {
        return terms.keySet().stream().sorted().toList();
    }

    /** Moby's own list for {@code word} (its terms), empty when it is no head word. */
    List<String> terms(String word) {
        String[] ts = terms.get(word);
        return ts == null ? List.of() : List.of(ts);
    }

    /** The head words whose lists hold {@code word}. */
    List<String> heads(String word) {
        return heads.getOrDefault(word, List.of());
    }

    /** An original, as it would stand in the text, and the head word it was read from. */
    record Original(String word, String head) {
    }

    private void add(String base, String suffix, String seen, Set<Original> out) {
        String[] forward = terms.get(base);
        List<String> inverse = heads.getOrDefault(base, List.of());
        if (forward == null && inverse.isEmpty()) {
            return;
        }
        List<String> bases = new ArrayList<>(inverse);
        if (forward != null) {
            bases.addAll(List.of(forward));
        }
        for (String o : bases) {
            for (String form : inflected(o, suffix)) {
                if (!form.equals(seen)) {
                    out.add(new Original(form, o));
                }
            }
        }
    }

    /** {@code base} with {@code suffix} as a naive spinner glues it on and as English spells it. */
    static List<String> inflected(String base, String suffix) {
        if (suffix.isEmpty()) {
            return List.of(base);
        }
        List<String> forms = new ArrayList<>(3);
        forms.add(base + suffix);
        boolean endsE = base.endsWith("e");
        boolean endsConsonantY = base.length() > 1 && base.endsWith("y") && "aeiou".indexOf(base.charAt(base.length() - 2)) < 0;
        switch (suffix) {
            case "ed", "d" -> forms.add(endsE ? base + "d" : endsConsonantY ? base.substring(0, base.length() - 1) + "ied" : base + "ed");
            case "ing" -> forms.add(endsE && !base.endsWith("ee") ? base.substring(0, base.length() - 1) + "ing" : base + "ing");
            case "s", "es" -> forms.add(endsConsonantY ? base.substring(0, base.length() - 1) + "ies"
                    : base.matches(".*(s|x|z|ch|sh)") ? base + "es" : base + "s");
            default -> {
                // no other suffix is stripped
            }
        }
        return forms.stream().distinct().toList();
    }
}
