package dev.byline.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenTableTest {

    /** Both ways the tokenizer hands out tokens (records, and the table's columns) give the same tokens. */
    @Test
    void theTableHoldsExactlyTheTokensTheTokenizerListsForNewsText() {
        String text = "WASHINGTON (AP) — However, Whitehouse said www.example.org and https://x.co/a were "
                + "“hardly working,” the U.S.-brokered deal's 4-year-old O’Brien wrote. Why? He didn't say… "
                + "Hwang’s café, AT&T, 2.8 and 1,000 h w wh HOW ``We'' said Zoë naïve.";
        Document d = Document.of("t", text);
        TokenTable t = d.tokenTable();
        List<Token> listed = new java.util.ArrayList<>();
        for (Paragraph p : d.paragraphs()) {   // the table holds the body's tokens, paragraph by paragraph
            listed.addAll(Tokenizer.tokenize(d, p.start(), p.end()));
        }
        assertEquals(true, listed.size() > 40);
        assertEquals(listed.size(), t.size());
        for (int i = 0; i < t.size(); i++) {
            assertEquals(listed.get(i), t.token(i), "token " + i);
        }
    }

    @Test
    void eachWordKnowsTheCaseOfItsFirstLetter() {
        TokenTable t = Document.of("t", "Rosin’s aide said 42 Élan été .").tokenTable();
        int[] cases = new int[t.size()];
        for (int i = 0; i < t.size(); i++) {
            cases[i] = t.initialCase(i);
        }
        // Rosin ’s aide said 42 Élan été .
        assertEquals("[1, 0, -1, -1, 0, 1, -1, 0]", java.util.Arrays.toString(cases));
    }
}
