package dev.byline.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TermChoicesTest {
    @Test
    void aNamedStemmerWinsOverStemAndStemAloneMeansPorter() {
        assertEquals(Stemming.LANCASTER, TermChoices.stemming(true, "Lancaster"));
        assertEquals(Stemming.PORTER, TermChoices.stemming(false, "PORTER"));
        assertEquals(Stemming.PORTER, TermChoices.stemming(true, null));
        assertEquals(Stemming.NONE, TermChoices.stemming(false, null));
    }

    @Test
    void anUnknownStemmerIsAProblemInTheUsersWords() {
        assertEquals("unknown stemmer 'snowball' (porter or lancaster)", TermChoices.stemmerProblem("snowball"));
        assertNull(TermChoices.stemmerProblem(null));
        assertNull(TermChoices.stemmerProblem("porter"));
        assertThrows(IllegalArgumentException.class, () -> TermChoices.stemming(true, "snowball"));
    }

    @Test
    void aStopWordListHasOneWordALineWithCommentsAndBlankLinesSkipped(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("stop.txt");
        Files.writeString(file, "# newsroom words\nsaid\n\n  told  # reported speech\n#whole line\nsaid\n", StandardCharsets.UTF_8);
        assertEquals(Set.of("said", "told"), TermChoices.readStopWords(file));
    }

    @Test
    void aStopWordListThatIsNotUtf8IsAnIoProblem(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("stop.bin");
        Files.write(file, new byte[] {(byte) 0xff, (byte) 0xfe, 0x00, (byte) 0xc3});
        assertThrows(IOException.class, () -> TermChoices.readStopWords(file));
    }
}
