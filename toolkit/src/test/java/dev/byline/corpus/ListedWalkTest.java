package dev.byline.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The walk that lists a folder's entries and looks at them on several threads finds what the JDK's walk finds:
 * the same files, sidecars and subfolders, and the same problems, on a folder with every kind of entry the walk
 * treats apart.
 */
class ListedWalkTest {
    @TempDir
    Path dir;

    @Test
    void findsWhatTheJdksWalkFindsWhateverTheEntries() throws IOException {
        Path root = dir.resolve("archive");
        Files.createDirectories(root.resolve("2024/01"));
        Files.writeString(root.resolve("2024/01/b.txt"), "Below the root.\n");
        Files.createDirectories(root.resolve(".hidden-folder"));
        Files.writeString(root.resolve(".hidden-folder/c.txt"), "Hidden.\n");
        for (int k = 0; k < 300; k++) {
            Files.writeString(root.resolve(String.format("%04d.txt", k)), "Story " + k + ".\n");
        }
        Files.writeString(root.resolve(".hidden.txt"), "Hidden file.\n");
        Files.writeString(root.resolve("notes.pdf"), "Not read.\n");
        Files.writeString(root.resolve("page.md"), "# A page\n");
        Files.writeString(root.resolve("corpus.csv"), "id,outlet\n0001,Wire\n");
        Files.createDirectories(root.resolve("folder.txt"));   // a folder named like a file
        Files.writeString(dir.resolve("outside.txt"), "Linked in.\n");
        Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(dir.resolve("elsewhere/d.txt"), "A linked folder.\n");
        boolean links = symlink(root.resolve("linked.txt"), dir.resolve("outside.txt"));
        if (links) {
            symlink(root.resolve("linked-folder"), dir.resolve("elsewhere"));
            symlink(root.resolve("broken.txt"), dir.resolve("nothing.txt"));
            symlink(root.resolve("broken-folder"), dir.resolve("no-folder"));
            symlink(root.resolve("broken.png"), dir.resolve("nothing.png"));
            symlink(root.resolve("loop"), root);
            symlink(root.resolve(".hidden-link.txt"), dir.resolve("nothing.txt"));
        }
        Path closed = root.resolve("closed");
        Files.createDirectories(closed);
        Files.writeString(closed.resolve("e.txt"), "Unreadable folder.\n");
        Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("-wx------"));
        try {
            assertSameWalk(root);
            assertSameWalk(root.resolve("2024"));
            assertSameWalk(root.resolve("0001.txt"));   // a file as the root
            assertSameWalk(root.resolve("missing"));
            if (links) {
                assertSameWalk(root.resolve("linked-folder"));   // a linked root
                assertSameWalk(root.resolve("broken-folder"));
            }
        } finally {
            Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void everyItemIsDoneOnceAndAFailureIsRethrown() {
        for (int n : new int[] {0, 1, 2, 7, 100, 5_000}) {
            AtomicIntegerArray seen = new AtomicIntegerArray(n);
            InBatches.forEach(n, seen::incrementAndGet);
            for (int k = 0; k < n; k++) {
                assertEquals(1, seen.get(k), "item " + k + " of " + n);
            }
        }
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> InBatches.forEach(5_000, k -> {
            if (k == 4_321) {
                throw new IllegalStateException("item " + k);
            }
        }));
        assertTrue(thrown.getMessage().contains("item 4321"), thrown.getMessage());
    }

    private static void assertSameWalk(Path root) {
        List<LoadProblem> walked = new ArrayList<>();
        FolderWalk.Found expected = FolderWalk.find(root, walked, false);
        List<LoadProblem> listed = new ArrayList<>();
        FolderWalk.Found actual = FolderWalk.find(root, listed, true);
        assertEquals(expected.files(), actual.files(), root.toString());
        assertEquals(expected.sidecars(), actual.sidecars(), root.toString());
        assertEquals(walked, listed, root.toString());
    }

    private static boolean symlink(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
