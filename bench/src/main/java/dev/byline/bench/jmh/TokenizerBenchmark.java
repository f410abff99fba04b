package dev.byline.bench.jmh;

import dev.byline.text.Document;
import dev.byline.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import smile.nlp.tokenizer.SimpleTokenizer;

/**
 * Tokenizing the same generated articles: Byline's news tokenizer (offsets into the raw text,
 * token kinds, norms) against Smile's {@code SimpleTokenizer} (strings only). Score: ms per batch.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TokenizerBenchmark {
    @Param("200")
    public int articles;

    List<Document> documents;
    List<String> texts;
    final SimpleTokenizer smile = new SimpleTokenizer(true);

    @Setup
    public void setup() {
        texts = Texts.articles(articles);
        documents = new ArrayList<>();
        for (int k = 0; k < texts.size(); k++) {
            documents.add(Document.of("a" + k, texts.get(k)));
        }
    }

    /** Byline: every token of every article. */
    @Benchmark
    public int byline() {
        int n = 0;
        for (Document d : documents) {
            n += Tokenizer.tokenize(d, 0, d.raw().length()).size();
        }
        return n;
    }

    /** Smile's SimpleTokenizer on the same texts. */
    @Benchmark
    public int smileSimpleTokenizer() {
        int n = 0;
        for (String t : texts) {
            n += smile.split(t).length;
        }
        return n;
    }
}
