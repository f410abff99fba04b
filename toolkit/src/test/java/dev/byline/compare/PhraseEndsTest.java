package dev.byline.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** The quick "no" in front of WordNet's phrase lookup never turns away a phrase the lookup accepts. */
class PhraseEndsTest {
    private static final Thesaurus WORDNET = Thesaurus.wordNet();
    private static final PhraseEnds ENDS = PhraseEnds.read();

    @Test
    void inflectedIrregularAndGluedEntriesAreLetThrough() {
        for (String phrase : List.of("work stoppage", "work stoppages", "puts forward", "went out", "gravy boats",
                "talk abouted", "point outs", "carried out", "taking part")) {
            assertTrue(WORDNET.isPhraseByLookup(phrase), phrase + " is a WordNet entry (premise)");
            assertTrue(ENDS.admits(phrase), phrase);
        }
    }

    @Test
    void pairsThatCannotBeAnEntryAreTurnedAway() {
        for (String phrase : List.of("quickly purple", "senate yesterday", "voters angrily")) {
            assertFalse(WORDNET.isPhraseByLookup(phrase), phrase + " is no WordNet entry (premise)");
            assertFalse(ENDS.admits(phrase), phrase);
        }
    }

    /** Every 50th word pair of ordinary news (the spin detector's own counts): the filter agrees with the full lookup on every entry. */
    @Test
    void agreesWithTheFullLookupOnEveryEntryAmongRealNewsPairs() throws Exception {
        List<String> pairs = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(NewsNgrams.class.getResourceAsStream("news-ngrams.tsv.gz")), StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                String key = line.substring(0, Math.max(0, line.lastIndexOf('\t')));
                if (key.indexOf(' ') > 0 && key.matches("[a-z]+ [a-z]+") && n++ % 50 == 0) {
                    pairs.add(key);
                }
            }
        }
        int entries = 0;
        int admitted = 0;
        List<String> missed = new ArrayList<>();
        for (String p : pairs) {
            boolean admits = ENDS.admits(p);
            admitted += admits ? 1 : 0;
            if (WORDNET.isPhraseByLookup(p)) {
                entries++;
                if (!admits) {
                    missed.add(p);
                }
            }
        }
        assertTrue(entries > 30, "the sample holds WordNet entries: " + entries);
        assertEquals(List.of(), missed, "entries the quick no turned away");
        assertTrue(admitted < pairs.size() / 2, "the filter turns most ordinary pairs away: " + admitted + " of " + pairs.size());
    }
}
