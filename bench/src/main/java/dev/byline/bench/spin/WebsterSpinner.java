package dev.byline.bench.spin;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sixth bench spinner, the held-out one once the detector reads Moby's thesaurus (which {@link AiksaurusSpinner}'s
 * data comes from): the synonym paragraphs of Webster's Revised Unabridged Dictionary (1913), as GCIDE carries them
 * (Debian package {@code dict-gcide}, {@code /usr/share/dictd/gcide.dict.dz}). Only the paragraphs from Webster are
 * read (terms separated by ';'); those GCIDE took from WordNet 1.5 (separated by ',', tagged "WordNet") are left out,
 * since the detector reads WordNet. Each list, with its headword, is one group of synonyms (a numbered list is one
 * group per number); a word's meanings are the groups it stands in. The choice policy is
 * {@link MeaningListSpinner}'s: a meaning uniformly, then a term uniformly, naive suffixes glued back on. Neither the
 * detector nor its fitting reads this thesaurus. Seeded: same input, seed and rate, same output.
 */
final class WebsterSpinner {
    /** Where Debian's dict-gcide puts the dictionary (dictzip, which a gzip reader reads whole). */
    static final Path DEFAULT = Path.of("/usr/share/dictd/gcide.dict.dz");

    private static final Pattern HEAD = Pattern.compile("^([A-Za-z][^\\\\]*?) \\\\");
    private static final Pattern TERM = Pattern.compile("[a-z]+( [a-z]+)?");
    private static final Pattern NUMBERED = Pattern.compile("\\b\\d+\\.\\s");

    private WebsterSpinner() {
    }

    /** The spinner over GCIDE's Webster synonym paragraphs in {@code dict}. */
    static Spinner of(Path dict, double rate) throws IOException {
        return new MeaningListSpinner(read(dict), rate);
    }

    /** Word → its meanings (each the other words of a Webster synonym group it stands in). */
    static Map<String, List<List<String>>> read(Path dict) throws IOException {
        List<List<String>> groups = new ArrayList<>();
        try (BufferedReader r = MeaningListSpinner.dictzip(dict, "dict-gcide")) {
            String head = null;
            String line = r.readLine();
            while (line != null) {
                Matcher m = HEAD.matcher(line);
                if (m.find()) {
                    head = m.group(1).replaceAll("[*\"`]", "").strip().toLowerCase(java.util.Locale.ROOT);
                }
                if (!line.startsWith("   Syn: ") || head == null) {
                    line = r.readLine();
                    continue;
                }
                StringBuilder block = new StringBuilder(line.substring(8));
                line = r.readLine();
                while (line != null && line.startsWith("        ") && !line.strip().startsWith("[")) {
                    block.append(' ').append(line.strip());
                    line = r.readLine();
                }
                boolean fromWordNet = line != null && line.strip().startsWith("[") && line.contains("WordNet");
                if (!fromWordNet && block.indexOf(";") >= 0) {
                    for (String sense : NUMBERED.split(block)) {
                        Set<String> group = new LinkedHashSet<>();
                        group.add(head);
                        for (String t : sense.split(";")) {
                            String term = t.replaceAll("\\{|\\}|\\(.*?\\)|\\[.*?\\]", "").strip().replaceAll("\\.$", "").strip()
                                    .toLowerCase(java.util.Locale.ROOT).replaceFirst("^(to|a|an|the) ", "");
                            if (TERM.matcher(term).matches()) {
                                group.add(term);
                            }
                        }
                        if (group.size() > 1) {
                            groups.add(List.copyOf(group));
                        }
                    }
                }
            }
        }
        return MeaningListSpinner.byWord(groups, w -> TERM.matcher(w).matches());
    }
}
