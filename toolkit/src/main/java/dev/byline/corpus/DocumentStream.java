package dev.byline.corpus;

import dev.byline.BylineException;
import dev.byline.text.Document;
import dev.byline.text.Parts;
import dev.byline.text.Utf8Paragraphs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import tech.tablesaw.api.Table;

/**
 * The documents of files and directories, read one file at a time, for corpora too large to hold:
 * the same files, ids, metadata sidecars and problems as {@link Corpus#load(LoadOptions, Path...)}, but
 * nothing is kept once a document has been used. Each pass ({@link #stream()}, {@link #forEachOrdered},
 * {@link #documents()}) reads the files again.
 *
 * <pre>{@code
 * DocumentStream docs = DocumentStream.of(LoadOptions.defaults(), Path.of("archive"));
 * long words = docs.stream().parallel().mapToLong(Document::wordCount).sum();
 * Table table = docs.documents();   // Corpus.documents(), row for row, holding no text
 * docs.problems();                  // files that could not be read, in the latest pass
 * }</pre>
 */
public final class DocumentStream {
    /** Files read in parallel before their results are admitted, in {@link #forEachOrdered}. */
    private static final int BATCH = 256;

    private final LoadOptions options;
    private final CorpusLoader.Plan plan;
    private volatile List<LoadProblem> problems;
    /** The problems of the latest pass that read files in no fixed order ({@link #stream()}, {@link #forEachBody}). */
    private volatile List<LoadProblem> unordered;
    /** Set when the latest {@link #stream()} pass skipped a document for its id. */
    private volatile boolean skippedDuplicates;

    private DocumentStream(LoadOptions options, CorpusLoader.Plan plan) {
        this.options = options;
        this.plan = plan;
    }

    /**
     * Finds the files under {@code paths} (directories recursively, hidden files skipped) and reads their
     * sidecars; the texts themselves are read only as the stream is consumed.
     *
     * @throws BylineException if a path does not exist or no supported file is found
     */
    public static DocumentStream of(LoadOptions options, Path... paths) {
        CorpusLoader.Plan plan = CorpusLoader.plan(options, paths);
        if (plan.files().isEmpty()) {
            new Admission(options, plan, new ArrayList<>()).finish();   // throws, as Corpus.load would
        }
        return new DocumentStream(options, plan);
    }

    /**
     * The same files without their sidecar metadata: for work that needs only the texts (term counts,
     * concordances), on corpora whose {@code corpus.csv} is large. Ids, text, title, body detection and the
     * problems reported (a sidecar id matching no document included) are unchanged.
     */
    public DocumentStream withoutMetadata() {
        return new DocumentStream(options, plan.withoutSidecarRows());
    }

    /**
     * The documents' ids, sorted, when they are known without reading a file: every file holds one document
     * (plain text or Markdown), named by its path. Empty when a file holds records (.jsonl, .json, .csv), whose
     * ids are inside it. A file that turns out unreadable is among them, as it is not yet read; so a command
     * can say at once that an id is unknown, and otherwise check again after its pass.
     */
    public Optional<SortedSet<String>> idsBeforeReading() {
        SortedSet<String> ids = new TreeSet<>();
        for (Map.Entry<Path, String> file : plan.files()) {
            if (!DocumentReaders.oneDocumentPerFile(file.getKey().getFileName().toString())) {
                return Optional.empty();
            }
            ids.add(file.getValue());
        }
        return Optional.of(ids);
    }

    /** Number of files to read. */
    public int files() {
        return plan.files().size();
    }

    /**
     * The documents, file by file in path order; a file's documents are read when the stream reaches it.
     * A parallel stream reads files in parallel. Documents whose id was already seen in this stream
     * are reported and skipped (with a parallel stream, which of two is kept depends on timing: use
     * {@link #forEachOrdered} where it matters).
     */
    public Stream<Document> stream() {
        List<LoadProblem> found = newPass();
        Map<String, String> seen = new ConcurrentHashMap<>();
        return plan.files().stream().flatMap(file -> read(file, seen, found).stream());
    }

    /**
     * Hands each document to {@code action}, file by file in path order and record by record within a file as it
     * is read: a web archive of any size passes in the memory of one record. Documents whose id was already seen
     * are reported and skipped, as {@link #stream()} does; feed items are not joined to pages ({@link #hasFeeds}).
     * In strict mode the first problem stops the pass.
     */
    public void forEach(Consumer<? super Document> action) {
        List<LoadProblem> found = newPass();
        Map<String, String> seen = new HashMap<>();
        for (Map.Entry<Path, String> file : plan.files()) {
            DocumentReaders.stream(SourceFile.local(file.getKey(), file.getValue()), options, entry -> {
                switch (entry) {
                    case FileReading.Failed failed -> {
                        found.add(failed.problem());
                        if (options.strict()) {
                            throw new BylineException(failed.problem().file(), failed.problem().message());
                        }
                    }
                    case FileReading.Read read -> {
                        Document d = read.document();
                        String earlier = seen.putIfAbsent(d.id(), Admission.place(file.getKey(), read.where()));
                        if (earlier == null) {
                            action.accept(plan.joined(d));
                        } else {
                            skippedDuplicates = true;
                            found.add(Admission.duplicate(d.id(), file.getKey(), read.where(), earlier));
                        }
                    }
                }
            });
        }
    }

    /**
     * True if a file to read is a feed: its items are joined to the pages they link to only by a whole load
     * ({@link Corpus#load}), not by a pass of this stream.
     */
    public boolean hasFeeds() {
        return plan.files().stream().anyMatch(f -> DocumentReaders.isFeed(f.getKey().getFileName().toString()));
    }

    private List<Document> read(Map.Entry<Path, String> file, Map<String, String> seen, List<LoadProblem> found) {
        List<Document> out = new ArrayList<>();
        LoadProblem firstProblem = null;
        for (FileReading.Entry entry : CorpusLoader.readFile(options, file.getKey(), file.getValue()).entries()) {
            switch (entry) {
                case FileReading.Failed failed -> {
                    found.add(failed.problem());
                    firstProblem = firstProblem == null ? failed.problem() : firstProblem;
                }
                case FileReading.Read read -> {
                    Document d = read.document();
                    String earlier = seen.putIfAbsent(d.id(), Admission.place(file.getKey(), read.where()));
                    if (earlier == null) {
                        out.add(plan.joined(d));
                    } else {
                        skippedDuplicates = true;
                        found.add(Admission.duplicate(d.id(), file.getKey(), read.where(), earlier));
                    }
                }
            }
        }
        if (options.strict() && firstProblem != null) {
            throw new BylineException(firstProblem.file(), firstProblem.message());
        }
        return out;
    }

    /**
     * Receives document bodies from {@link #forEachBody}, on several threads at once: keep one accumulator per
     * thread.
     */
    public interface BodySink {
        /**
         * The body of a plain-text file, read without decoding it: its strictly valid UTF-8 bytes and the
         * {@code [start, end)} byte ranges of its {@code count} body paragraphs in {@code paragraphs}
         * (exactly the paragraphs {@link Document#layout()} gives for the decoded text). The arrays are reused
         * once this returns.
         */
        void body(byte[] utf8, int[] paragraphs, int count);

        /** Any other document (Markdown, JSON, CSV; a text file that needs decoding to be read), whole. */
        void document(Document document);
    }

    /**
     * Every document's body, files read in parallel, for work that only reads body text (term counts): the
     * same documents, skips and problems as {@link #stream()}, but a plain-text file's layout is read on its
     * bytes and its body handed over as UTF-8, sparing the decoding of every file into a String.
     */
    public void forEachBody(BodySink sink) {
        forEachBody(sink, Parts.BODY);
    }

    /**
     * {@link #forEachBody(BodySink)}, and with {@link Parts#TITLE_AND_BODY} a plain-text file's title line is handed
     * over too, its byte range first among the ranges (a paragraph of its own, as {@link Document#headline()} reads
     * it); other documents come whole, as always, for the caller to read their headlines.
     */
    public void forEachBody(BodySink sink, Parts parts) {
        // the sidecars are read while the files are, and their problems (with the walk's) put first after
        plan.readSidecarsMeanwhile();
        List<LoadProblem> found = newPass(List.of());
        try {
            bodies(sink, found, parts);
        } finally {
            found.addAll(0, plan.problems());
        }
    }

    private void bodies(BodySink sink, List<LoadProblem> found, Parts parts) {
        Map<String, String> seen = new ConcurrentHashMap<>();
        // one reader (its buffers) per thread, for this pass only: a ThreadLocal would leave them on the pool's threads
        Map<Thread, PlainTextBodies> readers = new ConcurrentHashMap<>();
        InBatches.forEach(plan.files(), file -> {
            PlainTextBodies reader = readers.computeIfAbsent(Thread.currentThread(), t -> new PlainTextBodies(parts));
            Utf8Paragraphs body = reader.read(file.getKey());
            if (body == null) {
                read(file, seen, found).forEach(sink::document);
                return;
            }
            String earlier = seen.putIfAbsent(file.getValue(), file.getKey().toString());
            if (earlier != null) {
                skippedDuplicates = true;
                found.add(Admission.duplicate(file.getValue(), file.getKey(), "", earlier));
            } else {
                sink.body(reader.bytes(), body.ranges(), body.count());
            }
        });
    }

    /**
     * Reads every document once, files in parallel, applies {@code analyse} to each document on the thread
     * that read it, and hands the results to {@code sink} one at a time, in path order (a file's records in
     * file order), exactly as {@link Corpus#load(LoadOptions, Path...)} would admit them: of two documents with
     * the same id the first in path order is kept, and the problems are those loading reports, in the same
     * order. Only the results of {@code analyse} are held, never a document: keep them small.
     *
     * <pre>{@code
     * List<Integer> words = new ArrayList<>();
     * docs.forEachOrdered(Document::wordCount, words::add);
     * }</pre>
     *
     * @throws BylineException after the pass, as {@link Corpus#load} would: in strict mode on the first
     *                         problem, and when no document could be loaded
     */
    public <R> void forEachOrdered(Function<? super Document, ? extends R> analyse, Consumer<? super R> sink) {
        forEachOrdered(null, analyse, sink, Parts.BODY);
    }

    /**
     * What {@link #forEachBody} does for a body, with the document's id, for {@link #forEachOrderedBody}.
     *
     * @param <R> what it makes of the body
     */
    public interface BodyFunction<R> {
        /** The body of the plain-text file of document {@code id}, as {@link BodySink#body} describes it. */
        R apply(String id, byte[] utf8, int[] paragraphs, int count);
    }

    /**
     * {@link #forEachOrdered} for work that only reads body text: a plain-text file's body is handed to
     * {@code body} as UTF-8 bytes and paragraph ranges (read as {@link #forEachBody} reads it, never decoded),
     * any other document to {@code document}; the results come to {@code sink} in the same order, with the same
     * duplicates and problems.
     */
    public <R> void forEachOrderedBody(BodyFunction<? extends R> body, Function<? super Document, ? extends R> document,
                                       Consumer<? super R> sink) {
        forEachOrdered(body, document, sink, Parts.BODY);
    }

    /**
     * {@link #forEachOrderedBody(BodyFunction, Function, Consumer)}, and with {@link Parts#TITLE_AND_BODY} a
     * plain-text file's title line is handed over too, as {@link #forEachBody(BodySink, Parts)} hands it.
     */
    public <R> void forEachOrderedBody(BodyFunction<? extends R> body, Function<? super Document, ? extends R> document,
                                       Consumer<? super R> sink, Parts parts) {
        forEachOrdered(body, document, sink, parts);
    }

    /** What a parallel pass made of one document, or the problem met instead, to be admitted in path order. */
    private sealed interface Outcome<R> permits Analysed, Unread {
    }

    private record Analysed<R>(String id, Path file, String where, R value) implements Outcome<R> {
    }

    private record Unread<R>(LoadProblem problem) implements Outcome<R> {
    }

    private <R> void forEachOrdered(BodyFunction<? extends R> body, Function<? super Document, ? extends R> analyse,
                                    Consumer<? super R> sink, Parts parts) {
        Admission admission = new Admission(options, plan, newPassWithoutWalk());
        List<Map.Entry<Path, String>> files = plan.files();
        Map<Thread, PlainTextBodies> readers = new ConcurrentHashMap<>();
        // In batches: a parallel forEachOrdered would hold every result a fast thread made ahead of a slow
        // one (a quarter of the corpus, at worst); a batch bounds what waits to be admitted.
        for (int from = 0; from < files.size(); from += BATCH) {
            List<List<Outcome<R>>> batch = files.subList(from, Math.min(files.size(), from + BATCH)).parallelStream()
                    .map(file -> {
                        if (body != null) {
                            PlainTextBodies reader = readers.computeIfAbsent(Thread.currentThread(), t -> new PlainTextBodies(parts));
                            Utf8Paragraphs found = reader.read(file.getKey());
                            if (found != null) {
                                return List.<Outcome<R>>of(new Analysed<R>(file.getValue(), file.getKey(), "",
                                        body.apply(file.getValue(), reader.bytes(), found.ranges(), found.count())));
                            }
                        }
                        List<Outcome<R>> outcomes = new ArrayList<>();
                        for (FileReading.Entry entry : CorpusLoader.readFile(options, file.getKey(), file.getValue()).entries()) {
                            outcomes.add(switch (entry) {
                                case FileReading.Read read -> new Analysed<R>(read.document().id(), file.getKey(),
                                        read.where(), analyse.apply(plan.joined(read.document())));
                                case FileReading.Failed failed -> new Unread<R>(failed.problem());
                            });
                        }
                        return outcomes;
                    }).toList();
            for (List<Outcome<R>> outcomes : batch) {
                for (Outcome<R> outcome : outcomes) {
                    switch (outcome) {
                        case Unread<R> unread -> admission.problem(unread.problem());
                        case Analysed<R> read -> {
                            if (admission.admit(read.id(), read.file(), read.where())) {
                                sink.accept(read.value());
                            }
                        }
                    }
                }
            }
        }
        admission.finish();
    }

    /**
     * {@link Corpus#documents()} of these documents, row for row (ordered by id), built in one pass that keeps
     * each document's row and never its text.
     */
    public Table documents() {
        List<DocumentRows.Row> rows = new ArrayList<>();
        forEachOrdered(DocumentRows.Row::of, rows::add);
        return DocumentRows.documents(rows);
    }

    /** {@link Corpus#boilerplate()} of these documents, row for row, built in one pass that keeps no text but the lines'. */
    public Table boilerplate() {
        List<DocumentRows.Line> lines = new ArrayList<>();
        forEachOrdered(DocumentRows.Line::of, lines::addAll);
        return DocumentRows.boilerplate(lines);
    }

    /** Problems met in the latest pass (or the walk, before any): unreadable files, bad records, duplicate ids. */
    public List<LoadProblem> problems() {
        List<LoadProblem> current = problems;
        if (current == null) {
            return plan.problems();   // no pass yet: the walk's
        }
        List<LoadProblem> copy;
        synchronized (current) {
            copy = new ArrayList<>(current);
        }
        if (current == unordered) {
            // a parallel pass meets problems in whatever order its threads reach the files: report them in path order
            // (a file's own problems in the order found), after the walk's, so that every run says the same
            copy.subList(plan.problems().size(), copy.size())
                    .sort(Comparator.comparing(LoadProblem::file, Comparator.nullsFirst(Comparator.naturalOrder())));
        }
        return List.copyOf(copy);
    }

    /**
     * True if the latest {@link #stream()} pass skipped a document because another had its id. With a
     * parallel stream, which of the two was kept depended on timing; a caller that must give the same
     * answer every time then reads again with {@link #forEachOrdered}, which keeps the first in path order.
     */
    public boolean skippedDuplicates() {
        return skippedDuplicates;
    }

    private List<LoadProblem> newPass() {
        return newPass(plan.problems());
    }

    /** A fresh problem list for a pass that reads files in no fixed order, starting with {@code walk}. */
    private List<LoadProblem> newPass(List<LoadProblem> walk) {
        skippedDuplicates = false;
        List<LoadProblem> found = Collections.synchronizedList(new ArrayList<>(walk));
        unordered = found;
        problems = found;
        return found;
    }

    /** A fresh problem list for a pass whose {@link Admission} adds the walk's problems itself. */
    private List<LoadProblem> newPassWithoutWalk() {
        List<LoadProblem> found = Collections.synchronizedList(new ArrayList<>());
        problems = found;
        return found;
    }
}
