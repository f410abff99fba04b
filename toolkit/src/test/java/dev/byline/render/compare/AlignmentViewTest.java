package dev.byline.render.compare;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.compare.PassageAligner;
import dev.byline.text.Document;
import org.junit.jupiter.api.Test;

class AlignmentViewTest {
    private static final String A = "The minister said the <script>alert(1)</script> plan would cost $5 & more.\n\nA second paragraph stays here.";
    private static final String B = "The minister said the <script>alert(1)</script> plan would cost $5 & more.\n\nSomething new was added.";

    @Test
    void articleTextIsEscapedNeverInjected() {
        String html = AlignmentView.html(PassageAligner.align(Document.of("a", A), Document.of("b", B)));
        assertFalse(html.contains("<script"), html);
        assertTrue(html.contains("&lt;") && html.contains("&gt;"));
        assertTrue(html.contains("&amp;") && !html.contains(" & "), html);
    }

    @Test
    void sharedWordsAreHighlightedAndOneSidedPassagesShowAnEmptyCell() {
        String html = AlignmentView.html(PassageAligner.align(Document.of("a", A), Document.of("b", B)));
        assertTrue(html.contains("<mark>The minister said the"), html);
        assertTrue(html.contains("class=\"b empty\""));
        assertTrue(html.contains("class=\"a empty\""));
        assertTrue(html.contains("only-in-a") && html.contains("only-in-b"));
    }

    @Test
    void pageIsSelfContained() {
        String page = AlignmentView.page(PassageAligner.align(Document.of("a", A), Document.of("b", B)));
        assertTrue(page.startsWith("<!DOCTYPE html>"));
        assertFalse(page.contains("http://") || page.contains("https://") || page.contains("src="), page);
    }
}
