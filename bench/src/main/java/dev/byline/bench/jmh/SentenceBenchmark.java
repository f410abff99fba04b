package dev.byline.bench.jmh;

import dev.byline.text.Document;
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
import smile.nlp.tokenizer.SimpleSentenceSplitter;

/**
 * Sentence splitting of the same generated articles. Byline's figure is the whole path a user
 * pays for (layout, paragraphs, tokens, then sentences, on a fresh document each time); Smile's
 * {@code SimpleSentenceSplitter} works on the string alone. Score: ms per batch.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SentenceBenchmark {
    @Param("200")
    public int articles;

    List<String> texts;

    @Setup
    public void setup() {
        texts = Texts.articles(articles);
    }

    /** Byline: layout, tokens and sentences of fresh documents. */
    @Benchmark
    public int byline() {
        int n = 0;
        for (int k = 0; k < texts.size(); k++) {
            n += Document.of("a" + k, texts.get(k)).sentences().size();
        }
        return n;
    }

    /** Smile's SimpleSentenceSplitter on the same texts. */
    @Benchmark
    public int smileSimpleSentenceSplitter() {
        int n = 0;
        SimpleSentenceSplitter splitter = SimpleSentenceSplitter.getInstance();
        for (String t : texts) {
            n += splitter.split(t).length;
        }
        return n;
    }
}
