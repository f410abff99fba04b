package dev.byline.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.byline.BylineException;
import dev.byline.text.Document;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Symbolic links in a corpus are followed, under the names they have where the user pointed: a linked root,
 * linked folders and linked files load as their copies would, by {@link Corpus#load} and {@link DocumentStream}
 * alike; loops and broken links are reported by path, not followed forever nor passed over in silence.
 */
class SymlinkLoadTest {
    @TempDir
    Path dir;

    @BeforeEach
    void symlinksCanBeMade() throws IOException {
        Path probe = dir.resolve("probe");
        try {
            Files.createSymbolicLink(probe, Path.of("nowhere"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "this file system cannot make symbolic links: " + e);
        }
        Files.delete(probe);
    }

    private Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private Path link(Path link, String target) throws IOException {
        Files.createDirectories(link.getParent());
        return Files.createSymbolicLink(link, Path.of(target));
    }

    /** The ids and texts in load order, with the problems: what a user sees of a load. */
    private static List<String> seen(Corpus c) {
        List<String> out = new ArrayList<>(c.stream().map(d -> d.id() + "=" + d.raw() + "|" + d.outlet().orElse("")).toList());
        c.problems().forEach(p -> out.add(p.toString()));
        return out;
    }

    /** The same, read by each pass of a {@link DocumentStream}, which must agree with {@link Corpus#load}. */
    private static void streamAgrees(Corpus loaded, Path... paths) {
        List<String> expected = seen(loaded);
        DocumentStream stream = DocumentStream.of(LoadOptions.defaults(), paths);
        List<String> streamed = new ArrayList<>(stream.stream()
                .map(d -> d.id() + "=" + d.raw() + "|" + d.outlet().orElse("")).toList());
        stream.problems().forEach(p -> streamed.add(p.toString()));
        assertEquals(expected, streamed, "stream()");
        List<String> ordered = new ArrayList<>();
        stream.forEachOrdered(d -> d.id() + "=" + d.raw() + "|" + d.outlet().orElse(""), ordered::add);
        stream.problems().forEach(p -> ordered.add(p.toString()));
        assertEquals(expected, ordered, "forEachOrdered");
        List<String> bodies = Collections.synchronizedList(new ArrayList<>());
        stream.forEachBody(new DocumentStream.BodySink() {
            @Override
            public void body(byte[] utf8, int[] paragraphs, int count) {
                bodies.add(new String(utf8, paragraphs[0], paragraphs[1] - paragraphs[0], StandardCharsets.UTF_8));
            }

            @Override
            public void document(Document document) {
                bodies.add(document.raw());
            }
        });
        assertEquals(loaded.stream().map(Document::raw).sorted().toList(), bodies.stream().sorted().toList(), "forEachBody");
        assertEquals(loaded.problems(), stream.problems(), "forEachBody's problems");
    }

    @Test
    void aLinkedRootFolderLoadsAsTheFolderItPointsTo() throws IOException {
        Path real = dir.resolve("real");
        write(real.resolve("a.txt"), "Alpha.");
        write(real.resolve("sub/b.txt"), "Beta.");
        write(real.resolve("corpus.csv"), "id,outlet\na,Wire\nsub/b,Daily\n");
        Path linked = link(dir.resolve("linked"), "real");

        Corpus viaLink = Corpus.load(linked);
        assertEquals(List.of("a=Alpha.|Wire", "sub/b=Beta.|Daily"), seen(viaLink));
        assertEquals(seen(Corpus.load(real)), seen(viaLink));
        streamAgrees(viaLink, linked);
    }

    @Test
    void linkedFoldersAndFilesLoadWithTheIdsTheirCopiesWouldHave() throws IOException {
        Path elsewhere = dir.resolve("elsewhere");
        write(elsewhere.resolve("x.txt"), "Ex.");
        write(elsewhere.resolve("deep/y.txt"), "Why.");
        write(elsewhere.resolve("file.txt"), "Linked file.");
        Path root = dir.resolve("root");
        write(root.resolve("own.txt"), "Own.");
        write(root.resolve("z/last.txt"), "Last.");
        link(root.resolve("more"), "../elsewhere");
        link(root.resolve("linked.txt"), "../elsewhere/file.txt");
        link(root.resolve("z/inner"), "../../elsewhere/deep");
        write(root.resolve("corpus.csv"), "id,outlet\nmore/x,Wire\nz/inner/y,Daily\n");

        Path copy = dir.resolve("copy");
        write(copy.resolve("own.txt"), "Own.");
        write(copy.resolve("z/last.txt"), "Last.");
        write(copy.resolve("more/x.txt"), "Ex.");
        write(copy.resolve("more/deep/y.txt"), "Why.");
        write(copy.resolve("more/file.txt"), "Linked file.");
        write(copy.resolve("linked.txt"), "Linked file.");
        write(copy.resolve("z/inner/y.txt"), "Why.");
        write(copy.resolve("corpus.csv"), "id,outlet\nmore/x,Wire\nz/inner/y,Daily\n");

        Corpus linked = Corpus.load(root);
        assertEquals(List.of("linked=Linked file.|", "more/deep/y=Why.|", "more/file=Linked file.|", "more/x=Ex.|Wire",
                "own=Own.|", "z/inner/y=Why.|Daily", "z/last=Last.|"), seen(linked));
        assertEquals(seen(Corpus.load(copy)), seen(linked));
        streamAgrees(linked, root);
    }

    @Test
    void aLinkLoopIsReportedOnceByPathAndTheRestLoads() throws IOException {
        Path root = dir.resolve("root");
        write(root.resolve("top.txt"), "Top.");
        write(root.resolve("a/x.txt"), "Ex.");
        link(root.resolve("self"), ".");              // loops at the root
        link(root.resolve("a/up"), "..");             // from a folder back to the root
        link(root.resolve("a/b/back"), "..");         // from deeper back to that folder
        write(root.resolve("a/b/y.txt"), "Why.");

        Corpus c = Corpus.load(root);
        assertEquals(List.of("a/b/y", "a/x", "top"), c.stream().map(Document::id).toList());
        assertEquals(List.of(new LoadProblem(root.resolve("a/b/back"), LoadMessages.LINK_LOOP),
                new LoadProblem(root.resolve("a/up"), LoadMessages.LINK_LOOP),
                new LoadProblem(root.resolve("self"), LoadMessages.LINK_LOOP)), c.problems());
        assertEquals("link loop: leads back to a folder that holds it; not followed", LoadMessages.LINK_LOOP);
        streamAgrees(c, root);
    }

    @Test
    void aBrokenLinkIsReportedByPathAndTheRestLoads() throws IOException {
        Path root = dir.resolve("root");
        write(root.resolve("good.txt"), "Good.");
        link(root.resolve("gone.txt"), "missing.txt");
        link(root.resolve("sub/folder"), "../nowhere");
        link(root.resolve("picture.jpg"), "missing.jpg");   // not a file Byline would read anyway
        link(root.resolve(".hidden.txt"), "missing.txt");   // hidden, as its target would be
        link(root.resolve("ping.txt"), "pong.txt");           // two links leading to each other
        link(root.resolve("pong.txt"), "ping.txt");

        Corpus c = Corpus.load(root);
        assertEquals(List.of("good"), c.stream().map(Document::id).toList());
        assertEquals(List.of(new LoadProblem(root.resolve("gone.txt"), "broken link: its target missing.txt does not exist"),
                new LoadProblem(root.resolve("ping.txt"), LoadMessages.LINK_CYCLE),
                new LoadProblem(root.resolve("pong.txt"), LoadMessages.LINK_CYCLE),
                new LoadProblem(root.resolve("sub/folder"), "broken link: its target ../nowhere does not exist")),
                c.problems());
        assertEquals("link loop: following its links leads back to it; not followed", LoadMessages.LINK_CYCLE);
        streamAgrees(c, root);
    }

    @Test
    void aBrokenLinkNamedOnTheCommandLineIsAnErrorNamingIt() throws IOException {
        Path gone = link(dir.resolve("gone"), "nowhere");
        BylineException e = assertThrows(BylineException.class, () -> Corpus.load(gone));
        assertEquals(gone + ": broken link: its target nowhere does not exist", e.getMessage());
        assertThrows(BylineException.class, () -> DocumentStream.of(LoadOptions.defaults(), gone));
        Path ping = link(dir.resolve("ping.txt"), "pong.txt");
        link(dir.resolve("pong.txt"), "ping.txt");
        assertEquals(ping + ": " + LoadMessages.LINK_CYCLE,
                assertThrows(BylineException.class, () -> Corpus.load(ping)).getMessage());
    }

    @Test
    void aLinkedFileNamedDirectlyLoadsUnderTheLinksName() throws IOException {
        write(dir.resolve("texts/story.txt"), "A story.");
        Path linked = link(dir.resolve("alias.txt"), "texts/story.txt");
        Corpus c = Corpus.load(linked);
        assertEquals(List.of("alias=A story.|"), seen(c));
        streamAgrees(c, linked);
    }
}
