package dev.byline.corpus;

import dev.byline.BylineException;
import dev.byline.text.Document;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Reads files and directories into documents; see {@link Corpus#load(LoadOptions, Path...)}. Loading has three
 * parts, shared by {@link Corpus#load} and {@link DocumentStream}: the walk ({@link #plan}: which files, their
 * ids, the sidecars' rows), the reading of one file ({@link #readFile}, which may run on any thread), and the
 * admission of what was read, in path order ({@link Admission}: duplicate ids, problems, the final checks).
 */
final class CorpusLoader {

    /**
     * What a walk found: the files to read with their ids (path order), the sidecars' rows by full document
     * id with the sidecar each came from, and the problems met so far. The sidecars are read when first needed, or
     * on a thread of their own while a pass reads the files ({@link #readSidecarsMeanwhile}): a sidecar of an
     * archive has a row per document.
     */
    static final class Plan {
        private final List<Map.Entry<Path, String>> files;
        private final Sidecars sidecars;
        private final boolean withRows;
        private final Path first;

        private Plan(List<Map.Entry<Path, String>> files, Sidecars sidecars, boolean withRows, Path first) {
            this.files = files;
            this.sidecars = sidecars;
            this.withRows = withRows;
            this.first = first;
        }

        List<Map.Entry<Path, String>> files() {
            return files;
        }

        /** The first path given, to name when nothing was found. */
        Path first() {
            return first;
        }

        /** Starts reading the sidecars on a thread of their own, if they are not read yet (and there are any). */
        void readSidecarsMeanwhile() {
            sidecars.start(withRows, true);
        }

        /** The sidecars' rows by full document id (none in a plan {@link #withoutSidecarRows}). */
        Map<String, Map<String, String>> sidecarRows() {
            return withRows ? sidecars.get(true).rows() : Map.of();
        }

        /** The sidecar of each id a sidecar names, in the order read, rows or not. */
        Map<String, Path> sidecarOf() {
            return sidecars.get(withRows).of();
        }

        /** The walk's problems and the sidecars', in the order a walk that read each sidecar as it found it meets them. */
        List<LoadProblem> problems() {
            return sidecars.get(withRows).problems();
        }

        /** The document with its sidecar row, if it has one, laid over its own metadata. */
        Document joined(Document d) {
            Map<String, String> row = sidecarRows().get(d.id());
            return row == null ? d : d.withMetadata(row);
        }

        /** The same files without the sidecars' rows; their ids stay, to report those matching no document. */
        Plan withoutSidecarRows() {
            return new Plan(files, sidecars, false, first);
        }
    }

    /** A step of the walk that the sidecars' reading replays in order: a problem met, or a sidecar to read. */
    private sealed interface Step {
    }

    /** A problem the walk met. */
    private record Met(LoadProblem problem) implements Step {
    }

    /** A folder's sidecar: every row, under ids prefixed with the folder's id ({@code prefix}, maybe empty). */
    private record FolderSidecar(String prefix, Path sidecar) implements Step {
    }

    /** The sidecar beside a file named on its own: only its row for {@code id}, and none of its problems. */
    private record FileSidecar(String id, Path sidecar) implements Step {
    }

    /** What the sidecars say: the rows (null if they were read for a plan that does not keep them), ids, problems. */
    private record Read(Map<String, Map<String, String>> rows, Map<String, Path> of, List<LoadProblem> problems) {
    }

    /**
     * The walk's steps, read once (again only if rows are wanted after a reading that dropped them). Rows are kept
     * only when the plan that starts the reading joins them: a pass without metadata over an archive does not hold
     * a row per document.
     */
    private static final class Sidecars {
        private final List<Step> steps;
        private FutureTask<Read> task;   // guarded by this

        Sidecars(List<Step> steps) {
            this.steps = steps;
        }

        /** The reading, started now if it has not been: on a thread of its own if {@code meanwhile} and there is a sidecar. */
        synchronized FutureTask<Read> start(boolean rows, boolean meanwhile) {
            if (task == null) {
                task = new FutureTask<>(() -> read(rows));
                if (meanwhile && steps.stream().anyMatch(step -> !(step instanceof Met))) {
                    Thread reader = new Thread(task, "byline-sidecars");
                    reader.setDaemon(true);
                    reader.start();
                } else {
                    task.run();
                }
            }
            return task;
        }

        /** What the sidecars say, waiting for a reading under way; with {@code rows}, the rows too. */
        Read get(boolean rows) {
            Read read = join(start(rows, false));
            if (rows && read.rows() == null) {
                synchronized (this) {
                    if (join(task).rows() == null) {
                        FutureTask<Read> again = new FutureTask<>(() -> read(true));
                        again.run();
                        task = again;
                    }
                    read = join(task);
                }
            }
            return read;
        }

        private Read read(boolean keepRows) {
            Map<String, Map<String, String>> rows = keepRows ? new LinkedHashMap<>() : null;
            Map<String, Path> of = new LinkedHashMap<>();
            List<LoadProblem> found = new ArrayList<>();
            Map<Path, Map<String, Map<String, String>>> besideFiles = new HashMap<>();   // each read once
            for (Step step : steps) {
                switch (step) {
                    case Met met -> found.add(met.problem());
                    case FolderSidecar folder -> Metadata.read(folder.sidecar(), found, keepRows).forEach((id, row) -> {
                        String full = folder.prefix().isEmpty() ? id : folder.prefix() + "/" + id;
                        if (rows != null) {
                            rows.put(full, row);
                        }
                        of.put(full, folder.sidecar());
                    });
                    case FileSidecar file -> {
                        Map<String, String> row = besideFiles.computeIfAbsent(file.sidecar(),
                                sidecar -> Metadata.read(sidecar, new ArrayList<>(), keepRows)).get(file.id());
                        if (row != null) {
                            if (rows != null) {
                                rows.put(file.id(), row);
                            }
                            of.put(file.id(), file.sidecar());
                        }
                    }
                }
            }
            return new Read(rows, of, List.copyOf(found));
        }

        private static Read join(FutureTask<Read> task) {
            boolean interrupted = false;
            try {
                while (true) {
                    try {
                        return task.get();
                    } catch (InterruptedException e) {
                        interrupted = true;   // finish the wait: the caller needs what it says; keep the interrupt
                    }
                }
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(e.getCause());
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private final LoadOptions options;
    private final LoadProgress progress;
    /** Files found, read once every path has been walked, so that progress knows the total. */
    private final List<Map.Entry<Path, String>> pending = new ArrayList<>();
    /** The walk's problems and sidecars, in the order met, for the sidecars' thread to replay. */
    private final List<Step> steps = new ArrayList<>();

    CorpusLoader(LoadOptions options) {
        this(options, LoadProgress.NONE);
    }

    CorpusLoader(LoadOptions options, LoadProgress progress) {
        this.options = options;
        this.progress = progress;
    }

    Corpus load(Path... paths) {
        Plan plan = plan(options, paths);
        Admission admission = new Admission(options, plan, new ArrayList<>());
        List<Document> kept = new ArrayList<>();
        List<Map.Entry<Path, String>> files = plan.files();
        for (int i = 0; i < files.size(); i++) {
            Map.Entry<Path, String> file = files.get(i);
            for (FileReading.Entry entry : readFile(options, file.getKey(), file.getValue()).entries()) {
                switch (entry) {
                    case FileReading.Read read -> {
                        if (admission.admit(read.document().id(), file.getKey(), read.where())) {
                            kept.add(plan.joined(read.document()));
                        }
                    }
                    case FileReading.Failed failed -> admission.problem(failed.problem());
                }
            }
            progress.update(i + 1, files.size(), file.getKey());
        }
        admission.finish();
        return new Corpus(FeedMerge.merge(kept), admission.problems());
    }

    /**
     * Walks {@code paths}: directories recursively ({@link FolderWalk}: hidden files and directories skipped, links
     * followed), explicit files as given; reads the sidecars but no text.
     *
     * @throws BylineException if no path is given, or one does not exist or is a broken link
     */
    static Plan plan(LoadOptions options, Path... paths) {
        if (paths.length == 0) {
            throw new BylineException("no paths given: name a directory or files to load");
        }
        for (Path path : paths) {
            if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.exists(path)) {
                throw new BylineException(path, "no such file or directory");
            }
            if (LoadMessages.isUnfollowableLink(path)) {
                throw new BylineException(path, LoadMessages.unfollowedLink(path));
            }
        }
        CorpusLoader walker = new CorpusLoader(options);
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                walker.loadDirectory(path);
            } else {
                walker.loadExplicitFile(path);
            }
        }
        return new Plan(List.copyOf(walker.pending), new Sidecars(List.copyOf(walker.steps)), true, paths[0]);
    }

    static List<String> supportedExtensions() {
        return DocumentReaders.extensions();
    }

    private void loadDirectory(Path root) {
        List<LoadProblem> problems = new ArrayList<>();
        FolderWalk.Found found = FolderWalk.find(root, problems);
        problems.forEach(p -> steps.add(new Met(p)));
        for (Path sidecar : found.sidecars()) {
            steps.add(new FolderSidecar(idOf(root, sidecar.getParent(), false), sidecar));
        }
        List<Path> files = found.files();
        @SuppressWarnings("unchecked")
        Map.Entry<Path, String>[] named = new Map.Entry[files.size()];
        InBatches.forEach(files.size(), k -> named[k] = Map.entry(files.get(k), idOf(root, files.get(k), true)));
        pending.addAll(Arrays.asList(named));
    }

    private void loadExplicitFile(Path file) {
        if (!supported(file)) {
            steps.add(new Met(new LoadProblem(file, "unsupported file type (Byline reads ."
                    + String.join(", .", supportedExtensions()) + ")")));
            return;
        }
        String id = stripExtension(file.getFileName().toString());
        Path sidecar = file.toAbsolutePath().getParent().resolve(Metadata.SIDECAR);
        if (Files.isRegularFile(sidecar)) {
            steps.add(new FileSidecar(id, sidecar));
        }
        pending.add(Map.entry(file, id));
    }

    /**
     * One file's documents (several for .jsonl, .json and .csv, none without sidecar metadata) and problems, in
     * the order met, read by the reader of its format. Safe to call from any thread.
     */
    static FileReading readFile(LoadOptions options, Path file, String id) {
        return DocumentReaders.read(SourceFile.local(file, id), options);
    }

    static boolean supported(Path file) {
        return DocumentReaders.supports(file.getFileName().toString());
    }

    static String extension(Path file) {
        return DocumentReaders.extension(file.getFileName().toString());
    }

    private static String stripExtension(String name) {
        return DocumentReaders.idOf(name);
    }

    static String idOf(Path root, Path file, boolean isFile) {
        String rel = relative(root, file);
        if (File.separatorChar != '/') {
            rel = rel.replace(File.separatorChar, '/');
        }
        return isFile ? DocumentReaders.idOf(rel) : rel;
    }

    /**
     * {@code root.relativize(file)} as text, for a path the walk found under {@code root}: the walk's paths are
     * {@code root} resolved against names, so their text is root's followed by the rest (cut off it here, where
     * relativize would build a path of each name: 37,000 files allocate 28 MB that way).
     */
    static String relative(Path root, Path file) {
        String r = root.toString();
        String f = file.toString();
        if (!r.isEmpty() && f.length() > r.length() && f.startsWith(r)) {
            boolean under = f.charAt(r.length()) == File.separatorChar;
            if (under || r.endsWith(File.separator)) {   // the second: the root of the file system
                String rest = f.substring(under ? r.length() + 1 : r.length());
                // a name starting with a dot (hidden, so never walked; or . and .., which relativize drops) is left to it
                if (!rest.isEmpty() && rest.charAt(0) != '.' && !rest.contains(File.separator + ".")) {
                    return rest;
                }
            }
        }
        return root.relativize(file).toString();
    }
}
