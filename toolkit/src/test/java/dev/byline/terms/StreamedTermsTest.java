package dev.byline.terms;

import static dev.byline.corpus.TrickyCorpus.assertSameTable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.BylineException;
import dev.byline.corpus.Corpus;
import dev.byline.corpus.DocumentStream;
import dev.byline.corpus.LoadOptions;
import dev.byline.corpus.TrickyCorpus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** Each analysis of a DocumentStream gives the table the same analysis gives on the loaded corpus. */
class StreamedTermsTest {
    private static final TermOptions PROPER = TermOptions.defaults().withCase(CaseMode.KEEP_PROPER_NOUNS);

    @TempDir
    Path dir;

    /** The bundled corpus and the tricky one (duplicate ids, records out of id order, a sidecar, a bad file). */
    private List<Path> corpora() throws IOException {
        return List.of(Path.of("../corpus"), TrickyCorpus.write(dir));
    }

    private void assertStreamedEqualsLoaded(Function<Corpus, Table> loaded, Function<DocumentStream, Table> streamed)
            throws IOException {
        for (Path path : corpora()) {
            Corpus corpus = Corpus.load(path);
            DocumentStream stream = DocumentStream.of(LoadOptions.defaults(), path);
            Table expected = loaded.apply(corpus);
            assertSameTable(expected, streamed.apply(stream));
            assertEquals(corpus.problems(), stream.problems(), "the same problems, once each");
            assertTrue(expected.rowCount() > 0, "a comparison of something, on " + path);
        }
    }

    /**
     * The streamed frequency table keeps, of two documents with one id, the first in path order, as loading does,
     * however the parallel reading went (the tricky corpus has a b.txt and a record "b" in feed.jsonl). Five
     * rounds, as a parallel pass that kept whichever came first would differ between runs.
     */
    @Test
    void streamedFrequenciesKeepTheFirstOfTwoDocumentsWithOneIdEveryTime() throws IOException {
        for (TermOptions options : List.of(TermOptions.defaults(), TermOptions.defaults().withNgrams(1, 2),
                TermOptions.defaults().withNgrams(2, 2).keepingStopWords(), PROPER, PROPER.withNgrams(1, 2),
                TermOptions.defaults().withNgrams(1, 3), TermOptions.defaults().withNgrams(3, 4).keepingStopWords())) {
            for (int round = 0; round < 5; round++) {
                assertStreamedEqualsLoaded(c -> Terms.frequencies(c, options), s -> Terms.frequencies(s, options));
            }
        }
        DocumentStream tricky = DocumentStream.of(LoadOptions.defaults(), dir);
        Terms.frequencies(tricky, TermOptions.defaults());
        assertTrue(tricky.problems().stream().anyMatch(p -> p.message().matches("(line \\d+: )?duplicate id 'b'.*")), tricky.problems().toString());
    }

    @Test
    void streamedConcordanceHasTheSameRowsInTheSameOrder() throws IOException {
        assertStreamedEqualsLoaded(c -> Concordance.of(c, "peace", 20), s -> Concordance.of(s, "peace", 20));
        assertStreamedEqualsLoaded(c -> Concordance.of(c, "peace talks", 5), s -> Concordance.of(s, "peace talks", 5));
        assertStreamedEqualsLoaded(c -> Concordance.regex(c, "(?i)pe\\w+", 10), s -> Concordance.regex(s, "(?i)pe\\w+", 10));
    }

    @Test
    void streamedCollocatesEqualTheLoadedOnesAlsoKeepingProperNouns() throws IOException {
        assertStreamedEqualsLoaded(c -> Collocations.of(c, "peace", 3, TermOptions.defaults()),
                s -> Collocations.of(s, "peace", 3, TermOptions.defaults()));
        assertStreamedEqualsLoaded(c -> Collocations.of(c, "talks", 2, PROPER), s -> Collocations.of(s, "talks", 2, PROPER));
        // a phrase node, and a possessive one (its word), on the paths that count frequencies apart and together
        for (TermOptions o : List.of(TermOptions.defaults(), PROPER, TermOptions.defaults().withStemming(Stemming.PORTER))) {
            assertStreamedEqualsLoaded(c -> Collocations.of(c, "Peace talks", 4, o), s -> Collocations.of(s, "Peace talks", 4, o));
            assertStreamedEqualsLoaded(c -> Collocations.of(c, "Peace’s", 5, o), s -> Collocations.of(s, "Peace’s", 5, o));
        }
    }

    @Test
    void streamedTrendsEqualTheLoadedOnesByDateAndOutlet() throws IOException {
        List<String> terms = List.of("peace", "Putin", "talks");
        assertStreamedEqualsLoaded(c -> Trends.of(c, terms, TrendBy.DATE, TermOptions.defaults()),
                s -> Trends.of(s, terms, TrendBy.DATE, TermOptions.defaults()));
        assertStreamedEqualsLoaded(c -> Trends.of(c, terms, TrendBy.OUTLET, PROPER),
                s -> Trends.of(s, terms, TrendBy.OUTLET, PROPER));
        List<String> phrases = List.of("peace talks", "Putin’s", "spy chiefs");
        for (TermOptions o : List.of(TermOptions.defaults(), PROPER, TermOptions.defaults().withStemming(Stemming.PORTER))) {
            assertStreamedEqualsLoaded(c -> Trends.of(c, phrases, TrendBy.OUTLET, o), s -> Trends.of(s, phrases, TrendBy.OUTLET, o));
        }
        // the National Herald's rewrite (001) has "peace talks" once in its body
        Table byOutlet = Trends.of(DocumentStream.of(LoadOptions.defaults(), Path.of("../corpus")), phrases, TrendBy.OUTLET,
                TermOptions.defaults());
        Table herald = byOutlet.where(byOutlet.stringColumn("outlet").isEqualTo("National Herald"));
        assertEquals(List.of("peace talks", "putin", "spy chiefs"), herald.stringColumn("term").asList());
        assertEquals(1, herald.longColumn("count").get(0));
        assertEquals(Concordance.of(Corpus.load(Path.of("../corpus")), "Putin", 0).where(
                        Concordance.of(Corpus.load(Path.of("../corpus")), "Putin", 0).stringColumn("doc").startsWith("001")).rowCount(),
                herald.longColumn("count").get(1));
    }

    @Test
    void streamedCountsTfidfAndDistinctiveTermsEqualTheLoadedOnes() throws IOException {
        assertStreamedEqualsLoaded(c -> Terms.count(c, TermOptions.defaults()), s -> Terms.count(s, TermOptions.defaults()));
        assertStreamedEqualsLoaded(c -> Terms.count(c, PROPER), s -> Terms.count(s, PROPER));
        assertStreamedEqualsLoaded(c -> Terms.count(c, TermOptions.defaults(), 3), s -> Terms.count(s, TermOptions.defaults(), 3));
        assertStreamedEqualsLoaded(c -> Terms.tfidf(c, TermOptions.defaults()), s -> Terms.tfidf(s, TermOptions.defaults()));
        assertStreamedEqualsLoaded(c -> Terms.distinctive(c, PROPER, 3), s -> Terms.distinctive(s, PROPER, 3));
    }

    @Test
    void streamedKeynessEqualsTheLoadedOneWithAndWithoutAReference() throws IOException {
        Corpus bundled = Corpus.load(Path.of("../corpus"));
        String first = bundled.list().get(0).id();
        String second = bundled.list().get(1).id();
        String last = bundled.list().get(bundled.size() - 1).id();
        Path bundledPath = Path.of("../corpus");
        DocumentStream stream = DocumentStream.of(LoadOptions.defaults(), bundledPath);
        assertSameTable(Keyness.of(bundled, List.of(first), List.of(), TermOptions.defaults()),
                Keyness.of(stream, List.of(first), List.of(), TermOptions.defaults()));
        assertSameTable(Keyness.of(bundled, List.of(first, second), List.of(last), PROPER),
                Keyness.of(stream, List.of(first, second), List.of(last), PROPER));
        // counted on the reading threads (single words): a reference that leaves documents out, Markdown beside text
        assertSameTable(Keyness.of(bundled, List.of(first, second), List.of(last), TermOptions.defaults()),
                Keyness.of(stream, List.of(first, second), List.of(last), TermOptions.defaults()));
        java.nio.file.Files.createDirectories(dir.resolve("mixed"));
        java.nio.file.Files.writeString(dir.resolve("mixed/notes.md"), "# Notes\n\nPeace talks, and more peace talks.\n");
        for (dev.byline.text.Document d : bundled) {
            java.nio.file.Files.writeString(dir.resolve("mixed/" + d.id() + ".txt"), d.raw());
        }
        Corpus mixed = Corpus.load(dir.resolve("mixed"));
        DocumentStream mixedStream = DocumentStream.of(LoadOptions.defaults(), dir.resolve("mixed"));
        assertSameTable(Keyness.of(mixed, List.of("notes", first), List.of(), TermOptions.defaults().keepingStopWords()),
                Keyness.of(mixedStream, List.of("notes", first), List.of(), TermOptions.defaults().keepingStopWords()));

        Corpus tricky = Corpus.load(TrickyCorpus.write(dir));
        DocumentStream trickyStream = DocumentStream.of(LoadOptions.defaults(), dir);
        assertSameTable(Keyness.of(tricky, List.of("b", "z"), List.of(), TermOptions.defaults()),
                Keyness.of(trickyStream, List.of("b", "z"), List.of(), TermOptions.defaults()));
    }

    @Test
    void streamedKeynessFailsWithTheSameMessagesAsTheLoadedOne() throws IOException {
        Corpus corpus = Corpus.load(TrickyCorpus.write(dir));
        DocumentStream stream = DocumentStream.of(LoadOptions.defaults(), dir);
        for (List<List<String>> sides : List.of(
                List.of(List.of("nope"), List.<String>of()),
                List.of(List.of("b"), List.of("b-1", "b")),
                List.of(List.of("b"), List.of("missing")),
                List.of(List.of("b", "b-1", "c", "wire/a", "z"), List.<String>of()))) {
            String loaded = assertThrows(BylineException.class,
                    () -> Keyness.of(corpus, sides.get(0), sides.get(1), TermOptions.defaults())).getMessage();
            String streamed = assertThrows(BylineException.class,
                    () -> Keyness.of(stream, sides.get(0), sides.get(1), TermOptions.defaults())).getMessage();
            assertEquals(loaded, streamed);
        }
    }

    /** A per-document top list is the first rows of each document in the whole table, in the same order. */
    @Test
    void topCountsAreEachDocumentsFirstRowsOfTheWholeTable() {
        Corpus corpus = Corpus.load(Path.of("../corpus"));
        tech.tablesaw.api.Table all = Terms.count(corpus, TermOptions.defaults());
        for (int top : new int[] {1, 5, 1_000_000}) {
            tech.tablesaw.api.Table kept = all.emptyCopy();
            java.util.Map<String, Integer> seen = new java.util.HashMap<>();
            for (int r = 0; r < all.rowCount(); r++) {
                if (seen.merge(all.stringColumn("doc").get(r), 1, Integer::sum) <= top) {
                    kept.addRow(r, all);
                }
            }
            assertEquals(kept.print(Integer.MAX_VALUE), Terms.count(corpus, TermOptions.defaults(), top).print(Integer.MAX_VALUE));
        }
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Terms.count(corpus, TermOptions.defaults(), 0));
    }

    /**
     * Over plain-text files the ids are the file names, so an unknown id fails before any file is read: here before
     * strict loading would stop at the bad file, with the message the loaded corpus gives.
     */
    @Test
    void keynessOverTextFilesRejectsAnUnknownIdBeforeReading() throws IOException {
        java.nio.file.Files.writeString(dir.resolve("a.txt"), "Peace talks began in Geneva.");
        java.nio.file.Files.writeString(dir.resolve("b.txt"), "Talks ended without a deal.");
        Corpus corpus = Corpus.load(dir);
        DocumentStream stream = DocumentStream.of(LoadOptions.defaults(), dir);
        assertEquals(java.util.Optional.of(new java.util.TreeSet<>(List.of("a", "b"))), stream.idsBeforeReading());
        for (List<List<String>> sides : List.of(
                List.of(List.of("nope"), List.<String>of()),
                List.of(List.of("a"), List.of("b", "a")),
                List.of(List.of("a"), List.of("missing")))) {
            String loaded = assertThrows(BylineException.class,
                    () -> Keyness.of(corpus, sides.get(0), sides.get(1), TermOptions.defaults())).getMessage();
            String streamed = assertThrows(BylineException.class,
                    () -> Keyness.of(stream, sides.get(0), sides.get(1), TermOptions.defaults())).getMessage();
            assertEquals(loaded, streamed);
        }
        java.nio.file.Files.write(dir.resolve("bad.txt"), new byte[] {(byte) 0xC3, 'x'});
        DocumentStream strict = DocumentStream.of(LoadOptions.defaults().strict(true), dir);
        String unknown = assertThrows(BylineException.class,
                () -> Keyness.of(strict, List.of("nope"), List.of(), TermOptions.defaults())).getMessage();
        assertTrue(unknown.startsWith("no document 'nope'"), "before strict loading meets bad.txt: " + unknown);
        String whole = assertThrows(BylineException.class,
                () -> Keyness.of(strict, List.of("a", "b", "bad"), List.of(), TermOptions.defaults())).getMessage();
        assertTrue(whole.contains("at least one reference"), whole);
        String read = assertThrows(BylineException.class,
                () -> Keyness.of(strict, List.of("a"), List.of(), TermOptions.defaults())).getMessage();
        assertTrue(read.contains("not valid UTF-8"), "known ids: the files are read, and strict loading stops: " + read);
        java.nio.file.Files.writeString(dir.resolve("feed.jsonl"), "{\"text\": \"Peace.\"}\n");
        assertTrue(DocumentStream.of(LoadOptions.defaults(), dir).idsBeforeReading().isEmpty(), "records: ids inside files");
    }

    /** The top rows of the frequency table are its first rows, ranks and per_10k included, however a run of ties is cut. */
    @Test
    void topFrequencyRowsAreTheFirstRowsOfTheWholeTable() throws IOException {
        for (Path path : corpora()) {
            for (TermOptions o : List.of(TermOptions.defaults(), TermOptions.defaults().withNgrams(1, 2), PROPER)) {
                List<TermFrequency> all = Terms.frequencyRows(DocumentStream.of(LoadOptions.defaults(), path), o);
                for (int top : new int[] {1, 2, 3, 7, 40, all.size() - 1, all.size(), all.size() + 5}) {
                    if (top < 1) {
                        continue;
                    }
                    assertEquals(all.subList(0, Math.min(top, all.size())),
                            Terms.frequencyRows(DocumentStream.of(LoadOptions.defaults(), path), o, top), o + ", top " + top);
                }
            }
        }
    }
}
