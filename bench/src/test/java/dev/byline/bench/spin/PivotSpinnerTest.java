package dev.byline.bench.spin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PivotSpinnerTest {
    @Test
    void englishWordsTranslatingOneGermanWordInOneSenseAreOneGroupAndNotesAndBritishSpellingsAreLeftOut(@TempDir Path dir)
            throws Exception {
        // Written for this test in the dictd layout of Debian's dict-de-en: headword, grammar line, translations.
        Path dict = dir.resolve("german-english.dict.dz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dict))) {
            out.write("""
                    Entscheidung
                     {f}
                       decision; ruling (of a court); to determination
                    Zentrum
                     {n}
                       centre [Br.]; center; core
                    Haus
                     {n}
                       house
                    Entscheidungen
                     {pl}
                       decisions; rulings
                    """.getBytes(StandardCharsets.UTF_8));
        }
        Map<String, List<List<String>>> m = PivotSpinner.read(dict);
        assertEquals(List.of(List.of("ruling", "determination")), m.get("decision"));
        assertEquals(List.of(List.of("core")), m.get("center"));
        assertFalse(m.containsKey("centre"), "a British spelling is no synonym of the American one");
        assertFalse(m.containsKey("house"), "a one-word translation offers no synonym");
        assertEquals(List.of(List.of("decisions")), m.get("rulings"));

        ThesaurusSpinner.Spun spun = PivotSpinner.of(dict, 1.0).spin("the court's decision stands", 7);
        assertTrue(spun.text().equals("the court's ruling stands") || spun.text().equals("the court's determination stands"),
                spun.text());
        assertEquals(spun, PivotSpinner.of(dict, 1.0).spin("the court's decision stands", 7));
    }
}
