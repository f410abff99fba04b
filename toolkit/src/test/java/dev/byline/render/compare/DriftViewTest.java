package dev.byline.render.compare;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.compare.QuoteDrift;
import dev.byline.text.Document;
import org.junit.jupiter.api.Test;

class DriftViewTest {
    @Test
    void changedWordsAreMarkedAndTextIsEscaped() {
        Document a = Document.of("a", "\"We will <b>never</b> quit this fight,\" said Jo Park.");
        Document b = Document.of("b", "\"We will <b>never</b> quit the fight,\" Jo Park said.");
        String html = DriftView.page(QuoteDrift.compare(a, b), "a", "b");
        assertTrue(html.contains("<del>this</del>"), html);
        assertTrue(html.contains("<ins>the</ins>"), html);
        assertFalse(html.contains("<b>"), html);
        assertTrue(html.contains("&lt;b&gt;"));
    }
}
