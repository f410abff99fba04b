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

/**
 * A fourth bench spinner (the detector was never tuned on it and does not read its thesaurus; {@link AiksaurusSpinner}
 * is a fifth of the same kind, from a thesaurus further from WordNet): LibreOffice's
 * English thesaurus (MyThes format, Debian package {@code mythes-en-us}, {@code /usr/share/mythes/th_en_US_v2.dat})
 * — and another choice policy: a meaning of the word picked uniformly, then uniformly any term the thesaurus lists
 * for it, including its "similar" and "generic" terms (hypernyms: "hustler" → "opportunist"), which WordNet synonym
 * sets do not offer. Words the thesaurus has no entry for are looked up by a naive base form (-s, -es, -ed, -d,
 * -ing stripped) and the suffix glued back on, as a word-processor spinner does. Antonyms and "related" terms are
 * never used. Seeded: same input, seed and rate, same output. It shares no code with the detector.
 */
final class MythesSpinner {
    /** Where Debian's mythes-en-us puts the thesaurus. */
    static final Path DEFAULT = Path.of("/usr/share/mythes/th_en_US_v2.dat");

    private MythesSpinner() {
    }

    /** The spinner over the thesaurus file: entry → its meanings, each the terms offered ("(generic term)" labels removed). */
    static Spinner of(Path thesaurus, double rate) throws IOException {
        return new MeaningListSpinner(read(thesaurus), rate);
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
}
