package dev.byline.bench.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.bench.accuracy.Truth;
import dev.byline.bench.accuracy.TruthQuote;
import dev.byline.bench.accuracy.TruthRelation;
import dev.byline.corpus.Corpus;
import dev.byline.text.Document;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {
    @TempDir
    static Path tmp;
    static Path corpus;
    static Truth truth;
    static Vocabulary vocabulary;

    @BeforeAll
    static void generateOnce() {
        vocabulary = Vocabulary.load(Vocabulary.DEBIAN_WORDS, 5);
        corpus = tmp.resolve("c300");
        new CorpusGenerator(vocabulary, 5, 300).generate(corpus, 2);
        truth = Truth.read(corpus.resolve(CorpusGenerator.TRUTH));
    }

    private static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> out = new HashMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }

    private static String raw(String doc) throws IOException {
        return Files.readString(corpus.resolve(CorpusGenerator.ARTICLES).resolve(doc + ".txt"), StandardCharsets.UTF_8);
    }

    @Test
    void sameSeedWritesIdenticalBytesAndAnotherSeedDoesNot() throws IOException {
        Vocabulary v = Vocabulary.load(Vocabulary.DEBIAN_WORDS, 11);
        new CorpusGenerator(v, 11, 50).generate(tmp.resolve("a"), 2);
        new CorpusGenerator(v, 11, 50).generate(tmp.resolve("b"), 1);
        new CorpusGenerator(Vocabulary.load(Vocabulary.DEBIAN_WORDS, 12), 12, 50).generate(tmp.resolve("c"), 2);
        Map<String, byte[]> a = files(tmp.resolve("a"));
        Map<String, byte[]> b = files(tmp.resolve("b"));
        assertEquals(52, a.size(), "50 articles, corpus.csv, truth.jsonl");
        assertEquals(a.keySet(), b.keySet());
        for (String name : a.keySet()) {
            assertArrayEquals(a.get(name), b.get(name), name + " differs between two runs with one seed");
        }
        assertNotEquals(new String(a.get("truth.jsonl"), StandardCharsets.UTF_8),
                new String(files(tmp.resolve("c")).get("truth.jsonl"), StandardCharsets.UTF_8));
    }

    @Test
    void truthOffsetsPointAtTheQuotedWordsTheirMarksAndTheSpeakerMention() throws IOException {
        assertTrue(truth.quotes().size() > 300, "a 300-article corpus plants hundreds of quotations");
        Map<String, String> opens = Map.of("curly-double", "\u201C", "straight-double", "\"", "guillemets", "\u00AB",
                "curly-single", "\u2018");
        for (TruthQuote q : truth.quotes()) {
            String raw = raw(q.doc());
            assertEquals(q.text(), raw.substring(q.start(), q.end()), q.toString());
            assertEquals(opens.get(q.marks()), raw.substring(q.outerStart(), q.outerStart() + 1), q.toString());
            assertEquals(q.start(), q.outerStart() + 1);
            if (q.speaker() != null) {
                assertEquals(q.speakerMention(), raw.substring(q.speakerStart(), q.speakerEnd()), q.toString());
            } else {
                assertEquals("term", q.kind());
            }
        }
    }

    @Test
    void everyMarkStylePatternAndRelationIsPlanted() {
        assertEquals(Set.of("curly-double", "straight-double", "guillemets", "curly-single"),
                truth.quotes().stream().map(TruthQuote::marks).collect(Collectors.toSet()));
        assertEquals(Set.copyOf(ArticleWriter.PATTERNS),
                truth.quotes().stream().map(TruthQuote::pattern).collect(Collectors.toSet()));
        assertEquals(Set.of("copy", "rewrite", "quote-edit", "spin", "same-topic"),
                truth.relations().stream().map(TruthRelation::relation).collect(Collectors.toSet()));
        assertTrue(truth.quotes().stream().anyMatch(q -> q.paragraphs() == 2), "a quotation over two paragraphs");
        assertTrue(truth.quotes().stream().anyMatch(q -> List.of("he", "she").contains(q.speakerMention())));
    }

    @Test
    void theLoaderLoadsEveryArticleWithItsSidecarMetadataAndFlagsThePlantedBoilerplate() {
        Corpus c = Corpus.load(corpus.resolve(CorpusGenerator.ARTICLES));
        assertEquals(300, c.size());
        assertEquals(List.of(), c.problems());
        for (Document d : c) {
            assertEquals(truth.docs().get(d.id()).outlet(), d.outlet().orElseThrow());
            assertTrue(d.date().isPresent());
        }
        assertFalse(truth.boilerplateSpans().isEmpty());
        Set<String> flagged = c.list().stream().flatMap(d -> d.layout().boilerplate().stream()
                .map(b -> d.id() + ":" + b.span().start())).collect(Collectors.toSet());
        for (int k = 0; k < truth.boilerplateSpans().size(); k++) {
            String key = truth.boilerplateDocs().get(k) + ":" + truth.boilerplateSpans().get(k)[0];
            assertTrue(flagged.contains(key), "planted boilerplate not flagged: " + key);
        }
    }

    @Test
    void copiesKeepTheBodyQuoteEditsChangeOneWordAndSpunCopiesSwapSynonyms() throws IOException {
        int copies = 0;
        int edits = 0;
        int spins = 0;
        for (TruthRelation r : truth.relations()) {
            switch (r.relation()) {
                case "copy" -> {
                    assertEquals(body(raw(r.a())), body(raw(r.b())), r.toString());
                    copies++;
                }
                case "quote-edit" -> {
                    int id = r.changes().get("quote").getAsInt();
                    String original = r.changes().get("original").getAsString();
                    String edited = r.changes().get("edited").getAsString();
                    assertTrue(raw(r.a()).contains(original));
                    assertTrue(raw(r.b()).contains(edited), "the edited quotation is in the derived text");
                    int diff = Math.abs(original.split(" ").length - edited.split(" ").length);
                    assertTrue(diff <= 1);
                    assertNotEquals(original, edited);
                    assertTrue(truth.quotes().stream().anyMatch(q -> q.doc().equals(r.b()) && q.quote() == id
                            && q.text().contains(edited)), "the derived doc's truth carries the edited quote");
                    edits++;
                }
                case "spin" -> {
                    assertTrue(r.changes().get("substitutions").getAsInt() > 10);
                    assertNotEquals(body(raw(r.a())), body(raw(r.b())));
                    spins++;
                }
                default -> {
                }
            }
        }
        assertTrue(copies > 0 && edits > 0 && spins > 0);
    }

    /** The text without furniture lines, for comparing copies. */
    private static String body(String raw) {
        return raw.lines().filter(l -> !l.isBlank() && !l.startsWith("Published:") && !l.startsWith("Follow us")
                && !l.startsWith("Join our") && !l.equals("Advertisement")).collect(Collectors.joining("\n"));
    }

    @Test
    void theVocabularyIsZipfLikeWithFunctionWordsAtTheHead() {
        assertTrue(vocabulary.size() > 20_000, "tens of thousands of words");
        java.util.SplittableRandom r = new java.util.SplittableRandom(1);
        Map<String, Integer> counts = new HashMap<>();
        for (int k = 0; k < 200_000; k++) {
            counts.merge(vocabulary.word(r), 1, Integer::sum);
        }
        int the = counts.get("the");
        int of = counts.get("of");
        assertTrue(the > 1.5 * of && the < 2.5 * of, "rank 1 about twice rank 2: " + the + " vs " + of);
        assertTrue(counts.size() > 10_000, "a long tail");
    }
}
