package dev.byline.bench.generate;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import dev.byline.BylineException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Generates a synthetic news corpus with known provenance: {@code N} article files and a
 * {@code corpus.csv} metadata sidecar in {@code DIR/articles/}, and {@code DIR/truth.jsonl}, the
 * answer key of everything planted.
 *
 * <p>Deterministic for a seed: each article is a pure function of (seed, slot), so articles are
 * written in parallel and a derived article regenerates its source instead of keeping it in memory.
 *
 * <pre>{@code
 * GenerationReport r = new CorpusGenerator(Vocabulary.load(Vocabulary.DEBIAN_WORDS, 7), 7, 1_000)
 *         .generate(Path.of("/tmp/corpus"), 2);
 * }</pre>
 */
public final class CorpusGenerator {
    /** Relations planted, in the weights derived articles are drawn with. */
    static final List<String> RELATIONS = List.of("copy", "rewrite", "quote-edit", "spin");
    private static final int[] RELATION_WEIGHTS = {20, 35, 20, 25};
    private static final int BATCH = 2_000;
    /**
     * The articles and their corpus.csv go in this subdirectory, truth.jsonl beside it: the answer key
     * must not sit where {@code byline corpus} would load it as documents.
     */
    public static final String ARTICLES = "articles";
    /** The answer key's file name. */
    public static final String TRUTH = "truth.jsonl";

    private final long seed;
    private final int docs;
    private final NewsWorld world;
    private final ArticleWriter writer;
    private final Derivations derivations;
    private final int[] topicOf;
    private final int[] outletOf;
    private final int[] sourceOf;       // -1 for originals
    private final String[] relationOf;  // null for originals
    private final int[] previousSameTopic;
    private final Gson gson = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();

    /** A generator of {@code docs} articles (at least 10) from {@code vocabulary}, fixed by {@code seed}. */
    public CorpusGenerator(Vocabulary vocabulary, long seed, int docs) {
        if (docs < 10) {
            throw new BylineException("--docs must be at least 10 (got " + docs + ")");
        }
        this.seed = seed;
        this.docs = docs;
        this.world = NewsWorld.create(vocabulary, seed, docs);
        this.writer = new ArticleWriter(world);
        this.derivations = new Derivations(writer, new SpinThesaurus(vocabulary, seed), vocabulary);
        this.topicOf = new int[docs];
        this.outletOf = new int[docs];
        this.sourceOf = new int[docs];
        this.relationOf = new String[docs];
        this.previousSameTopic = new int[docs];
        plan();
    }

    /** Decides, slot by slot, what each article is: an original on a topic, or derived from an earlier one. */
    private void plan() {
        SplittableRandom r = new SplittableRandom(seed);
        List<Integer> originals = new ArrayList<>();
        int[] lastOfTopic = new int[world.topics().size()];
        java.util.Arrays.fill(lastOfTopic, -1);
        for (int slot = 0; slot < docs; slot++) {
            outletOf[slot] = r.nextInt(world.outlets().size());
            previousSameTopic[slot] = -1;
            if (originals.size() >= 5 && r.nextInt(100) < 22) {
                // news travels soon after it breaks: sources are mostly among the latest 200 originals
                int window = Math.min(200, originals.size());
                int source = originals.get(originals.size() - 1 - r.nextInt(window));
                sourceOf[slot] = source;
                topicOf[slot] = topicOf[source];
                relationOf[slot] = RELATIONS.get(pick(r));
                if (outletOf[slot] == outletOf[source]) {
                    outletOf[slot] = (outletOf[slot] + 1) % world.outlets().size();
                }
            } else {
                sourceOf[slot] = -1;
                topicOf[slot] = r.nextInt(world.topics().size());
                previousSameTopic[slot] = lastOfTopic[topicOf[slot]];
                lastOfTopic[topicOf[slot]] = slot;
                originals.add(slot);
            }
        }
    }

    private static int pick(SplittableRandom r) {
        int u = r.nextInt(100);
        for (int k = 0; k < RELATION_WEIGHTS.length; k++) {
            u -= RELATION_WEIGHTS[k];
            if (u < 0) {
                return k;
            }
        }
        return 0;
    }

    /** The id of the article in {@code slot}: its number and a hash, like the bundled corpus's ids. */
    public String id(int slot) {
        return String.format("%06d_%08x", slot, (int) mix(slot, 99));
    }

    private long mix(long slot, long salt) {
        long z = seed * 0x9E3779B97F4A7C15L + slot * 0xBF58476D1CE4E5B9L + salt * 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    Article original(int slot) {
        return writer.write(new SplittableRandom(mix(slot, 1)), world.topics().get(topicOf[slot]),
                world.outlets().get(outletOf[slot]));
    }

    /** The article in {@code slot} and, if derived, what was done to its source. */
    Derived article(int slot) {
        if (sourceOf[slot] < 0) {
            return new Derived(original(slot), "original", Map.of());
        }
        Article source = original(sourceOf[slot]);
        SplittableRandom r = new SplittableRandom(mix(slot, 2));
        Topic topic = world.topics().get(topicOf[slot]);
        Outlet outlet = world.outlets().get(outletOf[slot]);
        return switch (relationOf[slot]) {
            case "copy" -> derivations.copy(source, outlet, r);
            case "spin" -> derivations.spin(source, outlet, r);
            case "quote-edit" -> {
                Derived d = derivations.quoteEdit(source, topic, outlet, r);
                yield d != null ? d : derivations.rewrite(source, topic, outlet, r, 0.4);
            }
            default -> derivations.rewrite(source, topic, outlet, r, 0.3 + 0.25 * r.nextDouble());
        };
    }

    /** The raw text of the article in {@code slot} (0 ≤ slot &lt; docs), as {@link #generate} would write it. */
    public String text(int slot) {
        return Renderer.render(article(slot).article()).raw();
    }

    private record SlotOutput(String csvId, List<String> csvRow, List<String> truth, long bytes, int quotes) {
    }

    /**
     * Writes the corpus into {@code out} (created if needed; files of the same names are replaced)
     * using {@code threads} threads.
     */
    public GenerationReport generate(Path out, int threads) {
        long t0 = System.nanoTime();
        Path articles = out.resolve(ARTICLES);
        try {
            Files.createDirectories(articles);
        } catch (IOException e) {
            throw new BylineException("cannot create " + out + ": " + e.getMessage());
        }
        long bytes = 0;
        int quotes = 0;
        int relations = 0;
        Path csv = articles.resolve("corpus.csv");
        Path truth = out.resolve(TRUTH);
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
        try (BufferedWriter truthOut = Files.newBufferedWriter(truth, StandardCharsets.UTF_8);
             CSVPrinter csvOut = new CSVPrinter(Files.newBufferedWriter(csv, StandardCharsets.UTF_8),
                     CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            Map<String, Object> head = new LinkedHashMap<>();
            head.put("type", "corpus");
            head.put("seed", seed);
            head.put("docs", docs);
            head.put("words", world.vocabulary().source());
            head.put("vocabulary", world.vocabulary().size());
            head.put("topics", world.topics().size());
            head.put("outlets", world.outlets().size());
            truthOut.write(gson.toJson(head));
            truthOut.write('\n');
            csvOut.printRecord("id", "outlet", "date", "title", "url", "language", "notes");
            for (int from = 0; from < docs; from += BATCH) {
                int lo = from;
                int hi = Math.min(docs, from + BATCH);
                SlotOutput[] batch = pool.submit(() -> IntStream.range(lo, hi).parallel()
                        .mapToObj(slot -> writeSlot(articles, slot)).toArray(SlotOutput[]::new)).get();
                for (SlotOutput s : batch) {
                    csvOut.printRecord(s.csvRow());
                    for (String line : s.truth()) {
                        truthOut.write(line);
                        truthOut.write('\n');
                        if (line.startsWith("{\"type\":\"relation\"")) {
                            relations++;
                        }
                    }
                    bytes += s.bytes();
                    quotes += s.quotes();
                }
            }
        } catch (IOException e) {
            throw new BylineException("cannot write the corpus in " + out + ": " + e.getMessage());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new BylineException("cannot write the corpus in " + out + ": "
                    + (cause instanceof UncheckedIOException u ? u.getCause().getMessage() : String.valueOf(cause)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BylineException("interrupted while writing " + out);
        } finally {
            pool.shutdown();
        }
        return new GenerationReport(out, docs, bytes, quotes, relations, (System.nanoTime() - t0) / 1e9);
    }

    private SlotOutput writeSlot(Path out, int slot) {
        Derived d = article(slot);
        RenderedArticle rendered = Renderer.render(d.article());
        String id = id(slot);
        byte[] bytes = rendered.raw().getBytes(StandardCharsets.UTF_8);
        try {
            Files.write(out.resolve(id + ".txt"), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> truth = new ArrayList<>();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("type", "doc");
        doc.put("doc", id);
        doc.put("topic", topicOf[slot]);
        doc.put("family", id(sourceOf[slot] < 0 ? slot : sourceOf[slot]));
        doc.put("role", d.relation());
        doc.put("source", sourceOf[slot] < 0 ? null : id(sourceOf[slot]));
        doc.put("outlet", d.article().outlet());
        doc.put("chars", rendered.raw().length());
        truth.add(gson.toJson(doc));
        if (sourceOf[slot] >= 0) {
            Map<String, Object> rel = new LinkedHashMap<>();
            rel.put("type", "relation");
            rel.put("a", id(sourceOf[slot]));
            rel.put("b", id);
            rel.put("relation", d.relation());
            rel.put("changes", d.changes());
            truth.add(gson.toJson(rel));
        } else if (previousSameTopic[slot] >= 0) {
            Map<String, Object> rel = new LinkedHashMap<>();
            rel.put("type", "relation");
            rel.put("a", id(previousSameTopic[slot]));
            rel.put("b", id);
            rel.put("relation", "same-topic");
            rel.put("changes", Map.of());
            truth.add(gson.toJson(rel));
        }
        for (PlantedQuote q : rendered.quotes()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", "quote");
            m.put("doc", id);
            m.put("quote", q.quote());
            m.put("start", q.start());
            m.put("end", q.end());
            m.put("outer_start", q.outerStart());
            m.put("outer_end", q.outerEnd());
            m.put("text", q.text());
            m.put("speaker", q.speaker());
            m.put("speaker_mention", q.speakerMention());
            m.put("speaker_start", q.speakerStart());
            m.put("speaker_end", q.speakerEnd());
            m.put("kind", q.kind());
            m.put("marks", q.marks());
            m.put("pattern", q.pattern());
            m.put("group", q.group());
            m.put("paragraphs", q.paragraphs());
            truth.add(gson.toJson(m));
        }
        for (int[] b : rendered.boilerplate()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", "boilerplate");
            m.put("doc", id);
            m.put("start", b[0]);
            m.put("end", b[1]);
            m.put("text", rendered.raw().substring(b[0], b[1]));
            truth.add(gson.toJson(m));
        }
        Article a = d.article();
        List<String> row = List.of(id, a.outlet(), a.date().toString(), a.title(), a.url(), "en",
                "synthetic (byline-bench, seed " + seed + ")");
        return new SlotOutput(id, row, truth, bytes.length, rendered.quotes().size());
    }
}
