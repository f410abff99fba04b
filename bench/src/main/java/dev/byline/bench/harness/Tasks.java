package dev.byline.bench.harness;

import dev.byline.bench.harness.Task.Peer;
import dev.byline.bench.harness.Task.Variant;
import java.nio.file.Path;
import java.util.List;

/** The standard tasks: load, term counts, TF-IDF, quote extraction, near-duplicate candidates, pairwise comparison. */
public final class Tasks {
    private Tasks() {
    }

    /** The tasks, with peers from Debian's python3-sklearn (run by {@code python}) and coreutils' wc. */
    public static List<Task> standard(Path python, Path peerScript) {
        Peer wc = new Peer("wc -w (floor)", dir -> List.of("sh", "-c",
                "find \"$0\" -name '*.txt' -print0 | xargs -0 cat | wc -w", dir.toString()));
        return List.of(
                new Task("load", "read every article, detect layout, one row per document",
                        List.of(new Variant("corpus", null, dir -> List.of("corpus", dir.toString(), "--format", "csv"))),
                        List.of(wc, py(python, peerScript, "python3 read+split", "load")), false),
                new Task("terms", "term counts over the corpus, top 100",
                        List.of(new Variant("terms", null,
                                dir -> List.of("terms", dir.toString(), "--format", "csv", "--top", "100"))),
                        List.of(py(python, peerScript, "sklearn CountVectorizer", "terms"), wc), false),
                new Task("tfidf", "TF-IDF weights over the corpus, top 100",
                        List.of(new Variant("tfidf", null,
                                        dir -> List.of("tfidf", dir.toString(), "--format", "csv", "--top", "100")),
                                new Variant("terms", "--tfidf",
                                        dir -> List.of("terms", dir.toString(), "--tfidf", "--format", "csv", "--top", "100"))),
                        List.of(py(python, peerScript, "sklearn TfidfVectorizer", "tfidf")), false),
                new Task("quotes", "quotations with speakers",
                        List.of(new Variant("quotes", null, dir -> List.of("quotes", dir.toString(), "--format", "csv"))),
                        List.of(py(python, peerScript, "python3 regex", "quotes")), false),
                new Task("near-dup", "near-duplicate candidate pairs over the whole corpus",
                        List.of(new Variant("compare", "--candidates",
                                dir -> List.of("compare", dir.toString(), "--candidates", "--format", "csv"))),
                        List.of(py(python, peerScript, "sklearn kNN cosine", "neardup")), false),
                new Task("compare", "every pair of a 300-article subset scored and labelled",
                        List.of(new Variant("compare", null, dir -> List.of("compare", dir.toString(), "--format", "csv"))),
                        List.of(py(python, peerScript, "sklearn all-pairs cosine", "compare")), true));
    }

    private static Peer py(Path python, Path script, String name, String task) {
        return new Peer(name, dir -> List.of(python.toString(), script.toString(), task, dir.toString()));
    }
}
