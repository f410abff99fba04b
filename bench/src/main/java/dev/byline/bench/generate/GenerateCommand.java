package dev.byline.bench.generate;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code byline-bench generate --docs N --seed S --out DIR}. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a synthetic news corpus with known provenance: DIR/articles/ (N article .txt files and "
                + "corpus.csv) and DIR/truth.jsonl (every planted relation, quotation and boilerplate line).")
public final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--docs", required = true, description = "number of articles (10 or more)")
    int docs;

    @Option(names = "--seed", defaultValue = "1", description = "random seed; the same seed gives the same corpus (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", required = true, description = "directory to write (created if missing)")
    Path out;

    @Option(names = "--words", description = "word list, one word a line (default /usr/share/dict/american-english, "
            + "else Smile's English dictionary)")
    Path words = Vocabulary.DEBIAN_WORDS;

    @Option(names = "--threads", description = "threads (default: the number of cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() {
        if (!java.nio.file.Files.isReadable(words)) {
            System.err.println("byline-bench: " + words + " not found; using Smile's English dictionary "
                    + "(install the Debian package wamerican for the 100k-word list)");
        }
        Vocabulary vocabulary = Vocabulary.load(words, seed);
        GenerationReport report = new CorpusGenerator(vocabulary, seed, docs).generate(out, threads);
        System.out.println(report.summary());
        return 0;
    }
}
