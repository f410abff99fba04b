package dev.byline.bench.jmh;

import dev.byline.bench.generate.CorpusGenerator;
import dev.byline.bench.generate.Vocabulary;
import dev.byline.corpus.Corpus;
import dev.byline.text.Document;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Loading a generated corpus directory: {@code Corpus.load} and the body word count of every
 * document (what {@code byline corpus} needs), against the floor of reading every file into a
 * string and counting whitespace-separated words. Score: ms per corpus.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LoadBenchmark {
    @Param("500")
    public int articles;

    Path dir;
    Path articlesDir;

    @Setup
    public void setup() throws IOException {
        dir = Files.createTempDirectory("byline-jmh-load");
        new CorpusGenerator(Vocabulary.load(Vocabulary.DEBIAN_WORDS, 1), 1, articles).generate(dir, 1);
        articlesDir = dir.resolve(CorpusGenerator.ARTICLES);
    }

    @TearDown
    public void tearDown() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Byline: load with layout detection and metadata, then count body words. */
    @Benchmark
    public long bylineLoad() {
        long words = 0;
        for (Document d : Corpus.load(articlesDir)) {
            words += d.wordCount();
        }
        return words;
    }

    /** The floor: read each file and split on whitespace. */
    @Benchmark
    public long readAndSplit() throws IOException {
        long words = 0;
        List<Path> files;
        try (Stream<Path> s = Files.list(articlesDir)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path p : files) {
            String text = Files.readString(p, StandardCharsets.UTF_8);
            int k = 0;
            int n = text.length();
            while (k < n) {
                while (k < n && Character.isWhitespace(text.charAt(k))) {
                    k++;
                }
                if (k < n) {
                    words++;
                }
                while (k < n && !Character.isWhitespace(text.charAt(k))) {
                    k++;
                }
            }
        }
        return words;
    }
}
