package dev.byline.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.BylineException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnswerKeyTest {
    @TempDir
    Path dir;

    private AnswerKey key() throws IOException {
        Path f = dir.resolve("answers.json");
        Files.writeString(f, "{\"q1\":{\"sha256\":\"" + AnswerKey.hash("Kaupo Rosin")
                + "\",\"hint\":\"Look at who is quoted most.\",\"why\":\"He heads the service.\"},"
                + "\"q2\":{\"sha256\":\"" + AnswerKey.hash(List.of("mentioned", "struggle")) + "\"}}");
        return AnswerKey.load(f);
    }

    @Test
    void rightAnswerInAnyCaseOrSpacingIsAccepted() throws IOException {
        CheckResult r = key().check("q1", "  kaupo   ROSIN ");
        assertTrue(r.right());
        assertEquals("He heads the service.", r.feedback());
    }

    @Test
    void wrongAnswerGetsTheHintAndNeverTheAnswer() throws IOException {
        CheckResult r = key().check("q1", "Fiona Hill");
        assertFalse(r.right());
        assertEquals("Look at who is quoted most.", r.feedback());
        assertFalse(r.html().toLowerCase().contains("rosin"));
    }

    @Test
    void collectionsCompareWithoutOrderAndNumbersByValue() throws IOException {
        assertTrue(key().check("q2", List.of("Struggle", "mentioned")).right());
        assertEquals(AnswerKey.hash(3), AnswerKey.hash(3.0));
        assertEquals(AnswerKey.hash("3"), AnswerKey.hash(3L));
    }

    @Test
    void unknownQuestionAndMalformedKeyAreClearErrors() throws IOException {
        BylineException e = assertThrows(BylineException.class, () -> key().check("q9", "x"));
        assertTrue(e.getMessage().endsWith("no question 'q9' (questions: q1, q2)"), e.getMessage());
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"q1\": 3");
        assertThrows(BylineException.class, () -> AnswerKey.load(bad));
        assertThrows(BylineException.class, () -> AnswerKey.load(dir.resolve("none.json")));
    }
}
