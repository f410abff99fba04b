package dev.byline.kernel.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class JavadocTextTest {
    @Test
    void inlineTagsReadAsTheirTextAndLinksAsDottedNames() {
        assertEquals("Returns the greater of two int values, closer to Integer.MAX_VALUE; see the index.",
                JavadocText.plain("Returns the greater of two {@code int} values, closer to\n {@link Integer#MAX_VALUE}; see"
                        + " {@linkplain #indexOf(String, int) the index}."));
        assertEquals("Map<K, V> of {a}", JavadocText.plain("{@code Map<K, V>} of {@code {a}}"));
    }

    @Test
    void htmlBecomesParagraphsAndListItemsAndEntitiesTheirCharacters() {
        assertEquals("The length is the number of Unicode code units.\n\nSecond paragraph:\n- one\n- two < three",
                JavadocText.plain("The length is the number of <a href=\"Character.html#unicode\">Unicode\n code units</a>."
                        + "\n<p>\nSecond paragraph:\n<ul><li>one</li>\n<li>two &lt; three</li></ul>"));
    }

    @Test
    void blockTagsBecomeSectionsTypeParametersKept() {
        assertEquals("Picks one.\n\nParameters:\n  a - an argument.\n  <T> - the type\n\nReturns:\n  the larger of a and b."
                        + "\n\nThrows:\n  IllegalArgumentException - if a is negative",
                JavadocText.plain("Picks one.\n\n @param   a   an argument.\n @param <T> the type\n @return  the larger of"
                        + " {@code a} and {@code b}.\n @throws IllegalArgumentException if {@code a} is negative"));
    }

    @Test
    void inspectionShowsTheJdksJavadocAsPlainText() {
        try (JavaEvaluator java = JavaEvaluator.create(List.of(), List.of())) {
            String doc = java.inspect("Math.max", 8).orElseThrow();
            assertTrue(doc.contains("Returns the greater of two int values."), doc);
            assertTrue(doc.contains("Parameters:\n  a - an argument."), doc);
            assertTrue(!doc.contains("{@") && !doc.contains("@param"), doc);
        }
    }
}
