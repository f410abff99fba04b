package dev.byline.corpus;

import dev.byline.BylineException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The documents of files and directories, read one file at a time, for corpora too large to hold:
 * the same files, ids, metadata sidecars and problems as {@link Corpus#load(LoadOptions, Path...)}, but
 * nothing is kept once a document has been used. Each call of {@link #stream()} reads the files again.
 *
 * <pre>{@code
 * DocumentStream docs = DocumentStream.of(LoadOptions.defaults(), Path.of("archive"));
 * long words = docs.stream().parallel().mapToLong(Document::wordCount).sum();
 * docs.problems();   // files that could not be read, so far
 * }</pre>
 */
public final class DocumentStream {
    private record Source(Path file, String id) {
    }

    private final LoadOptions options;
    private final List<Source> sources;
    private final Map<String, Map<String, String>> sidecarRows;
    private final List<LoadProblem> problems = Collections.synchronizedList(new ArrayList<>());

    private DocumentStream(LoadOptions options, List<Source> sources, Map<String, Map<String, String>> sidecarRows,
                           List<LoadProblem> walkProblems) {
        this.options = options;
        this.sources = List.copyOf(sources);
        this.sidecarRows = sidecarRows;
        this.problems.addAll(walkProblems);
    }

    /**
     * Finds the files under {@code paths} (directories recursively, hidden files skipped) and reads their
     * sidecars; the texts themselves are read only as the stream is consumed.
     *
     * @throws BylineException if a path does not exist or no supported file is found
     */
    public static DocumentStream of(LoadOptions options, Path... paths) {
        if (paths.length == 0) {
            throw new BylineException("no paths given: name a directory or files to load");
        }
        List<Source> sources = new ArrayList<>();
        Map<String, Map<String, String>> sidecars = new HashMap<>();
        List<LoadProblem> problems = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new BylineException(path, "no such file or directory");
            }
            if (Files.isDirectory(path)) {
                walk(path, sources, sidecars, problems);
            } else if (CorpusLoader.supported(path)) {
                sources.add(new Source(path, CorpusLoader.idOf(path.toAbsolutePath().getParent(), path.toAbsolutePath(), true)));
                Path sidecar = path.toAbsolutePath().getParent().resolve(Metadata.SIDECAR);
                if (Files.isRegularFile(sidecar)) {
                    sidecars.putAll(Metadata.read(sidecar, new ArrayList<>()));
                }
            } else {
                problems.add(new LoadProblem(path, "unsupported file type (Byline reads ."
                        + String.join(", .", CorpusLoader.supportedExtensions()) + ")"));
            }
        }
        if (sources.isEmpty()) {
            throw new BylineException(paths[0], "no documents found (looked for ."
                    + String.join(", .", CorpusLoader.supportedExtensions()) + ")");
        }
        return new DocumentStream(options, sources, sidecars, problems);
    }

    private static void walk(Path root, List<Source> sources, Map<String, Map<String, String>> sidecars,
                             List<LoadProblem> problems) {
        CorpusLoader.Found found = CorpusLoader.find(root, problems);
        for (Path sidecar : found.sidecars()) {
            String prefix = CorpusLoader.idOf(root, sidecar.getParent(), false);
            Metadata.read(sidecar, problems).forEach((id, row) ->
                    sidecars.put(prefix.isEmpty() ? id : prefix + "/" + id, row));
        }
        for (Path file : found.files()) {
            sources.add(new Source(file, CorpusLoader.idOf(root, file, true)));
        }
    }

    /**
     * The same files without their sidecar metadata: for work that needs only the texts (term counts), on
     * corpora whose {@code corpus.csv} is large. Ids, text, title and body detection are unchanged.
     */
    public DocumentStream withoutMetadata() {
        return new DocumentStream(options, sources, Map.of(), problems());
    }

    /** Number of files to read. */
    public int files() {
        return sources.size();
    }

    /**
     * The documents, file by file in path order; a file's documents are read when the stream reaches it.
     * A parallel stream reads files in parallel. Documents whose id was already seen in this stream
     * are reported and skipped.
     */
    public Stream<Document> stream() {
        Set<String> seen = ConcurrentHashMap.newKeySet();
        return sources.stream().flatMap(source -> read(source, seen).stream());
    }

    private List<Document> read(Source source, Set<String> seen) {
        List<LoadProblem> found = new ArrayList<>();
        List<Document> docs = CorpusLoader.readFile(options, source.file(), source.id(), found);
        problems.addAll(found);
        if (options.strict() && !found.isEmpty()) {
            throw new BylineException(found.get(0).file(), found.get(0).message());
        }
        List<Document> out = new ArrayList<>(docs.size());
        for (Document d : docs) {
            if (!seen.add(d.id())) {
                problems.add(new LoadProblem(source.file(), "duplicate id '" + d.id() + "'; skipped"));
                continue;
            }
            Map<String, String> row = sidecarRows.get(d.id());
            out.add(row == null ? d : d.withMetadata(row));
        }
        return out;
    }

    /** Problems met so far: unreadable files, bad records, duplicate ids. */
    public List<LoadProblem> problems() {
        synchronized (problems) {
            return List.copyOf(problems);
        }
    }
}
