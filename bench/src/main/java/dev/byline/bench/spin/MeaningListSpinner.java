package dev.byline.bench.spin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * A spinner over a thesaurus of meanings (word → its meanings, each a list of terms), as the MyThes and Aiksaurus
 * spinners read them: each lower-case content word is, with probability {@code rate}, swapped for a term of one of its
 * meanings picked uniformly; a word without an entry is looked up by a naive base form (-ing, -es, -ed, -s, -d
 * stripped) and the suffix glued back on, as a word-processor spinner does. Seeded: same input, seed and rate, same
 * output. It shares no code with the detector.
 */
final class MeaningListSpinner implements Spinner {
    private static final Pattern WORD = Pattern.compile("\\b[a-z]{3,}\\b");
    private static final String[] SUFFIXES = {"ing", "es", "ed", "s", "d"};

    private final Map<String, List<List<String>>> entries;
    private final double rate;

    MeaningListSpinner(Map<String, List<List<String>>> entries, double rate) {
        this.entries = entries;
        this.rate = rate;
    }

    /**
     * Word → its meanings from groups of synonyms: each word of a group that {@code keep} accepts gets the group's other
     * words as one meaning, in the groups' order.
     */
    static Map<String, List<List<String>>> byWord(Collection<List<String>> groups, Predicate<String> keep) {
        Map<String, List<List<String>>> out = new TreeMap<>();
        for (List<String> g : groups) {
            for (String w : g) {
                if (keep.test(w)) {
                    List<String> others = new ArrayList<>(g);
                    others.remove(w);
                    out.computeIfAbsent(w, k -> new ArrayList<>()).add(others);
                }
            }
        }
        return out;
    }

    /**
     * A UTF-8 reader over a dictd dictionary (dictzip, which a gzip reader reads whole), or an {@link IOException} that
     * names the Debian package which installs it.
     */
    static BufferedReader dictzip(Path dict, String debianPackage) throws IOException {
        if (!Files.isRegularFile(dict)) {
            throw new IOException(dict + " is missing: install Debian's " + debianPackage + " (apt-get install "
                    + debianPackage + ")");
        }
        return new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(dict)),
                StandardCharsets.UTF_8));
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
