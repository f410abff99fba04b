package dev.byline.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A document's id is its path under the folder given, whatever shape that folder's path has. */
class WalkIdsTest {
    @Test
    void aFilesPathUnderTheFolderGivenIsWhatRelativizeSays() {
        List<String> roots = List.of("corpus", "corpus/", "/tmp/archive", "/", ".", "./corpus", "a/../b", "../up",
                "a/./b", "/tmp/archive/.././archive");
        List<String> names = List.of("x.txt", "2024/01/story one.txt", "..x.txt", "deep/./name.md", "é/ü.txt");
        for (String r : roots) {
            Path root = Path.of(r);
            for (String name : names) {
                Path file = root.resolve(name);
                assertEquals(root.relativize(file).toString(), CorpusLoader.relative(root, file), r + " + " + name);
            }
        }
    }

    @Test
    void aFileNamedAfterTheFolderButBesideItIsNotCutAsIfUnderIt() {
        Path root = Path.of("/tmp/archive");
        Path beside = Path.of("/tmp/archive2/x.txt");
        assertEquals(root.relativize(beside).toString(), CorpusLoader.relative(root, beside));
    }

    @Test
    void idsDropTheExtensionAfterTheCut() {
        assertEquals("2024/story", CorpusLoader.idOf(Path.of("/tmp/archive"), Path.of("/tmp/archive/2024/story.txt"), true));
        assertEquals("2024", CorpusLoader.idOf(Path.of("/tmp/archive"), Path.of("/tmp/archive/2024"), false));
    }
}
