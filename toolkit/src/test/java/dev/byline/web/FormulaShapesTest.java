package dev.byline.web;

import static dev.byline.web.StoryPage.STORY;
import static dev.byline.web.StoryPage.read;

import org.junit.jupiter.api.Test;

/**
 * Formulas in a story, as MathJax renders MathML: a wrapper its renderer names like a context menu, a drawn copy
 * hidden from screen readers and the MathML beside it. Our own page, in the shape MathJax 3 writes.
 */
class FormulaShapesTest {
    private static String formula(String mathml) {
        return "<mjx-container class=\"MathJax CtxtMenu_Attached_0\" jax=CHTML><mjx-math aria-hidden=true><mjx-mi>drawn</mjx-mi>"
                + "</mjx-math><mjx-assistive-mml display=inline><math>" + mathml + "</math></mjx-assistive-mml></mjx-container>";
    }

    @Test
    void formulaOutsideAParagraphIsReadWithItsText() {
        // a page of worked examples sets its text loose in a division and its formulas in headings, not in paragraphs
        read("<article>" + STORY + "<h2>The load on a pile " + formula("<mi>F</mi> <mo>=</mo> <mi>m</mi> <mi>g</mi>")
                + "</h2><div>The engineers weighed each pile with " + formula("<mi>g</mi> <mo>=</mo> <mn>9.81</mn>")
                + " and found the load twice what the old drawings gave.</div></article>")
                .keeps("The load on a pile F = m g", "with g = 9.81 and found")
                .drops("drawn");
    }

    @Test
    void menuNamedWrapperWithoutAFormulaStillGoes() {
        read("<article>" + STORY + "<div>The engineers weighed each pile and found the load twice what the old drawings"
                + " gave.<span class=\"CtxtMenu_Attached_0\">Copy link</span></div></article>")
                .keeps("old drawings gave.")
                .drops("Copy link");
    }
}
