package dev.byline.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnswerFormTest {
    @Test
    void idsWithOrWithoutTheirFileExtensionAreOneAnswer() {
        assertEquals(AnswerForm.hash("q", "007_abc"), AnswerForm.hash("q", "007_abc.txt"));
        assertEquals(AnswerForm.hash("q", "news/007_abc"), AnswerForm.hash("q", " news/007_abc.MD "));
    }

    @Test
    void namesInAnyCaseSpacingOrQuotesAreOneAnswer() {
        assertEquals("marieke de vries", AnswerForm.item("  Marieke   DE vries. "));
        assertEquals(AnswerForm.item("O'Neill"), AnswerForm.item("O’Neill"));
        assertEquals(AnswerForm.item("outlast"), AnswerForm.item("“outlast”"));
    }

    @Test
    void aSetInAnyOrderOrWrittenAsLinesIsOneAnswer() {
        String h = AnswerForm.hash("pair", List.of("b", "a"));
        assertEquals(h, AnswerForm.hash("pair", Set.of("a", "b")));
        assertEquals(h, AnswerForm.hash("pair", "a.txt; b"));
        assertEquals(h, AnswerForm.hash("pair", "b\na\n"));
        assertEquals(h, AnswerForm.hash("pair", new String[] {"A", "B", "a"}));
        assertNotEquals(h, AnswerForm.hash("pair", "a"));
    }

    @Test
    void phrasePairsMayBeWrittenWithAnyArrowOrAsAMap() {
        String h = AnswerForm.hash("p", "sphere of affect = sphere of influence");
        assertEquals(h, AnswerForm.hash("p", "Sphere of affect -> sphere of influence"));
        assertEquals(h, AnswerForm.hash("p", "sphere of affect → sphere of influence"));
        assertEquals(h, AnswerForm.hash("p", Map.of("sphere of affect", "sphere of influence")));
    }

    @Test
    void numbersCompareByValueAndTheQuestionSaltsTheHash() {
        assertEquals(AnswerForm.hash("q", 3), AnswerForm.hash("q", "3.0"));
        assertEquals(AnswerForm.hash("q", 2.5), AnswerForm.hash("q", "2.50"));
        assertNotEquals(AnswerForm.hash("q1", "x"), AnswerForm.hash("q2", "x"));
        assertEquals(List.of(), AnswerForm.items(null));
        assertEquals(List.of(), AnswerForm.items("  ; \n"));
    }
}
