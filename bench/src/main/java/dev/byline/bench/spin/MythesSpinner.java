package dev.byline.bench.spin;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fourth bench spinner, kept out of all tuning: it uses another thesaurus than the detector's — LibreOffice's
 * English thesaurus (MyThes format, Debian package {@code mythes-en-us}, {@code /usr/share/mythes/th_en_US_v2.dat})
 * — and another choice policy: a meaning of the word picked uniformly, then uniformly any term the thesaurus lists
 * for it, including its "similar" and "generic" terms (hypernyms: "hustler" → "opportunist"), which WordNet synonym
 * sets do not offer. Words the thesaurus has no entry for are looked up by a naive base form (-s, -es, -ed, -d,
 * -ing stripped) and the suffix glued back on, as a word-processor spinner does. Antonyms and "related" terms are
 * never used. Seeded: same input, seed and rate, same output. It shares no code with the detector.
 */
final class MythesSpinner implements Spinner {
    /** Where Debian's mythes-en-us puts the thesaurus. */
    static final Path DEFAULT = Path.of("/usr/share/mythes/th_en_US_v2.dat");
    private static final Pattern WORD = Pattern.compile("\\b[a-z]{3,}\\b");
    private static final String[] SUFFIXES = {"ing", "es", "ed", "s", "d"};

    /** Entry → its meanings, each the list of terms offered (labels like "(generic term)" removed). */
    private final Map<String, List<List<String>>> entries;
    private final double rate;

    MythesSpinner(Path thesaurus, double rate) throws IOException {
        this.entries = read(thesaurus);
        this.rate = rate;
    }

    private static Map<String, List<List<String>>> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + " is missing: install Debian's mythes-en-us (apt-get install mythes-en-us)");
        }
        Map<String, List<List<String>>> out = new HashMap<>(1 << 18);
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            r.readLine();   // the encoding line
            String line;
            while ((line = r.readLine()) != null) {
                int bar = line.lastIndexOf('|');
                String head = line.substring(0, bar);
                int n = Integer.parseInt(line.substring(bar + 1).trim());
                List<List<String>> meanings = new ArrayList<>(n);
                for (int k = 0; k < n; k++) {
                    String[] f = r.readLine().split("\\|");
                    List<String> terms = new ArrayList<>();
                    for (int j = 1; j < f.length; j++) {
                        String t = f[j];
                        if (t.endsWith("(antonym)") || t.endsWith("(related term)")) {
                            continue;
                        }
                        t = t.replaceAll(" \\([a-z ]+ term\\)$", "");
                        if (!t.equals(head) && t.chars().allMatch(c -> Character.isLowerCase(c) || c == ' ')) {
                            terms.add(t);
                        }
                    }
                    if (!terms.isEmpty()) {
                        meanings.add(terms);
                    }
                }
                if (!meanings.isEmpty()) {
                    out.put(head, meanings);
                }
            }
        }
        return out;
    }

    @Override
    public ThesaurusSpinner.Spun spin(String text, long seed) {
        Random random = new Random(seed);
        StringBuilder out = new StringBuilder();
        List<ThesaurusSpinner.Swap> swaps = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        int last = 0;
        while (m.find()) {
            String w = m.group();
            if (ThesaurusSpinner.isFunction(w) || random.nextDouble() >= rate) {
                continue;
            }
            String r = replacement(w, random);
            if (r != null) {
                out.append(text, last, m.start());
                swaps.add(new ThesaurusSpinner.Swap(out.length(), out.length() + r.length(), w, r));
                out.append(r);
                last = m.end();
            }
        }
        out.append(text.substring(last));
        return new ThesaurusSpinner.Spun(out.toString(), swaps);
    }

    private String replacement(String w, Random random) {
        List<List<String>> meanings = entries.get(w);
        String suffix = "";
        for (int k = 0; meanings == null && k < SUFFIXES.length; k++) {
            if (w.endsWith(SUFFIXES[k]) && w.length() > SUFFIXES[k].length() + 2) {
                meanings = entries.get(w.substring(0, w.length() - SUFFIXES[k].length()));
                suffix = SUFFIXES[k];
            }
        }
        if (meanings == null) {
            return null;
        }
        List<String> terms = meanings.get(random.nextInt(meanings.size()));
        String t = terms.get(random.nextInt(terms.size()));
        return t + suffix;
    }
}
