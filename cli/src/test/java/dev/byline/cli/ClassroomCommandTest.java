package dev.byline.cli;

import static dev.byline.cli.CorpusCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.cli.CorpusCommandTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassroomCommandTest {
    @TempDir
    Path tmp;

    private static Path notebooks() {
        return CompareCommandsTest.corpus().resolveSibling("notebooks");
    }

    @Test
    void keyForCorpusIsTheShippedKeyAndSaysWhatTheToolsAnswered() throws Exception {
        Run r = run("classroom", "key", notebooks().resolve("questions.json").toString(), CompareCommandsTest.corpus().toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(Files.readString(notebooks().resolve("answers.json")), r.out());
        assertTrue(r.err().contains("questions answered by the tools on 5 documents"), r.err());
    }

    @Test
    void worksheetIsOneOfflinePageWithAnAnswerBoxPerQuestionAndNoAnswerInTheClear() throws Exception {
        Path page = tmp.resolve("sheet.html");
        Run r = run("classroom", "worksheet", notebooks().resolve("questions.json").toString(), notebooks().resolve("data").toString(),
                "--out", page.toString());
        assertEquals(0, r.code(), r.err());
        String html = Files.readString(page);
        assertEquals(7, html.split("<form class=\"answer\"", -1).length - 1);
        assertFalse(html.contains("src=\"http") || html.contains("href=\"http") || html.contains("<link"), "no request leaves the page");
        String key = html.substring(html.indexOf("id=\"byline-key\">"), html.indexOf("</script>"));
        assertTrue(key.contains("\"accept\""), key);
        assertFalse(key.toLowerCase().contains("hale"), "the most quoted speaker there is only hashed");
        assertTrue(html.contains("function sha256"));
    }

    @Test
    void anExistingOutputIsKeptWithoutOverwriteAndAKeyForOtherArticlesIsRefused() throws Exception {
        Path out = Files.writeString(tmp.resolve("answers.json"), "mine");
        String questions = notebooks().resolve("questions.json").toString();
        Run r = run("classroom", "key", questions, notebooks().resolve("data").toString(), "--out", out.toString());
        assertEquals(1, r.code());
        assertEquals("mine", Files.readString(out));
        assertTrue(r.err().contains("already exists; add --overwrite"), r.err());
        Run w = run("classroom", "worksheet", questions, notebooks().resolve("data").toString(), "--out", tmp.resolve("w.html").toString(),
                "--key", notebooks().resolve("answers.json").toString());
        assertEquals(1, w.code());
        assertTrue(w.err().contains("was built for another corpus"), w.err());
        assertEquals(1, w.err().lines().count(), w.err());
    }

    @Test
    void aQuestionNamingNoFindingIsOneLineNamingTheFile() throws Exception {
        Path q = Files.writeString(tmp.resolve("q.json"), "{\"questions\":[{\"id\":\"x\",\"finding\":\"nope\"}]}");
        Run r = run("classroom", "key", q.toString(), notebooks().resolve("data").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains(q + ": question 'x': no finding 'nope' (findings: related-pair, "), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }
}
