package dev.byline.bench.spin;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A seventh bench spinner, drawn from no thesaurus at all: English words that translate one German word in one sense of
 * the Ding German–English dictionary (Debian package {@code dict-de-en}, {@code /usr/share/dictd/german-english.dict.dz},
 * GPL-2+), so "ruling" stands for "decision" because both render "Entscheidung". Neither WordNet nor Moby (the detector's
 * thesauri) is read, nor Webster (the held-out spinner's), so it is a spinner the detector's thesauri do not explain that
 * can be fitted on and held out on the tune split. Each entry's English list (terms separated by ';', notes in brackets
 * dropped) is one group of synonyms; a word's meanings are the groups it stands in. The choice policy is
 * {@link MeaningListSpinner}'s: a meaning uniformly, then a term uniformly, naive suffixes glued back on. Seeded.
 */
final class PivotSpinner {
    /** Where Debian's dict-de-en puts the German–English side (dictzip, which a gzip reader reads whole). */
    static final Path DEFAULT = Path.of("/usr/share/dictd/german-english.dict.dz");

    private static final Pattern TERM = Pattern.compile("[a-z]+( [a-z]+)?");
    private static final Pattern NOTES = Pattern.compile("\\{.*?\\}|\\(.*?\\)|\\[.*?\\]|\\b(sth|sb)\\b\\.?|/.*");

    private PivotSpinner() {
    }

    /** The spinner over the German–English dictionary {@code dict}. */
    static Spinner of(Path dict, double rate) throws IOException {
        return new MeaningListSpinner(read(dict), rate);
    }

    /** Word → its meanings (each the other English words of one dictionary entry it stands in). */
    static Map<String, List<List<String>>> read(Path dict) throws IOException {
        Set<List<String>> groups = new LinkedHashSet<>();
        try (BufferedReader r = MeaningListSpinner.dictzip(dict, "dict-de-en")) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.startsWith("   ") || line.indexOf(';') < 0) {
                    continue;   // a German headword, its grammar line, or a one-term translation
                }
                Set<String> group = new LinkedHashSet<>();
                for (String t : line.split(";")) {
                    if (t.contains("[Br.]")) {
                        continue;   // the British spelling beside an American one is the outlet's style, not a synonym
                    }
                    String term = NOTES.matcher(t).replaceAll(" ").strip().replaceAll("\\s+", " ")
                            .toLowerCase(Locale.ROOT).replaceFirst("^(to|a|an|the) ", "");
                    if (TERM.matcher(term).matches()) {
                        group.add(term);
                    }
                }
                if (group.size() > 1) {
                    groups.add(List.copyOf(group));
                }
            }
        }
        return MeaningListSpinner.byWord(groups, w -> TERM.matcher(w).matches());
    }
}
