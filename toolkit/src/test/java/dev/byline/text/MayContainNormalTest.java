package dev.byline.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.text.Document;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MayContainNormalTest {
    private static final String[] PIECES = {
        "peace", "Peace", "PEACE", "pEaCe", "peac", "eace", "pe", "ace", "talks", "TALKS", "don't", "don’t", "DON‘T",
        "donʼt", "don′t", "well-known", "well‐known", "WELL‑KNOWN", "kyiv", "Kyiv", "\u212Ayiv", "KYIV", "İstanbul",
        "istanbul", "Σ", "σ", "ς", "U.S.", "u.s.", "4-year-old", "’s", "'s", "Estonia’s", "ESTONIA'S", "x", "—", ",", ".",
        "“", "”", "\u00A0", " ", " ", "\n", "2.8", "café", "CAFÉ", "naïve"
    };

    private static final List<String> QUERIES = List.of("peace", "talks", "don't", "well-known", "kyiv", "istanbul",
            "u.s", "4-year-old", "estonia", "'s", "café", "naïve", "x", "2.8", "σ", "eace", "pe");

    /** Never false where a token has the normal form (it would drop a match); false on most texts without one. */
    @Test
    void falseOnlyWhenNoTokenHasTheNormalForm() {
        Random random = new Random(17);
        int skipped = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(8); k > 0; k--) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
                if (random.nextBoolean()) {
                    b.append(' ');
                }
            }
            String text = b.toString();
            List<Token> tokens = Tokenizer.tokenize(Document.of("t", text), 0, text.length());
            for (String query : QUERIES) {
                boolean present = tokens.stream().anyMatch(t -> t.norm().equals(query));
                boolean may = NormalForms.mayContainNormal(text, query);
                assertTrue(may || !present, "'" + query + "' is a token of [" + text + "]");
                skipped += may ? 0 : 1;
            }
        }
        assertTrue(skipped > 100_000, "most texts without the word are ruled out: " + skipped);
        assertTrue(NormalForms.mayContainNormal("The \u212AYIV talks", "kyiv"), "Kelvin sign lower-cases to k");
        assertFalse(NormalForms.mayContainNormal("Peace talks", "war"));
    }
}
