package dev.byline.corpus;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import dev.byline.BylineException;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads files and directories into documents; see {@link Corpus#load(LoadOptions, Path...)}. Loading has three
 * parts, shared by {@link Corpus#load} and {@link DocumentStream}: the walk ({@link #plan}: which files, their
 * ids, the sidecars' rows), the reading of one file ({@link #readFile}, which may run on any thread), and the
 * admission of what was read, in path order ({@link Admission}: duplicate ids, problems, the final checks).
 */
final class CorpusLoader {
    static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "text", "md", "markdown");
    static final Set<String> JSONL_EXTENSIONS = Set.of("jsonl", "ndjson");

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
    /** While one file is read: its documents and problems, in the order met. */
    private final List<Object> events = new ArrayList<>();

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
            for (Object event : readFile(options, file.getKey(), file.getValue())) {
                if (event instanceof Document d && admission.admit(d.id(), file.getKey())) {
                    kept.add(plan.joined(d));
                } else if (event instanceof LoadProblem p) {
                    admission.problem(p);
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
        List<String> all = new ArrayList<>(List.of("txt", "md", "jsonl", "json", "csv"));
        all.addAll(WebFormats.EXTENSIONS);
        return List.copyOf(all);
    }

    private void loadDirectory(Path root) {
        List<LoadProblem> problems = new ArrayList<>();
        FolderWalk.Found found = FolderWalk.find(root, problems);
        problems.forEach(p -> steps.add(new Met(p)));
        for (Path sidecar : found.sidecars()) {
            steps.add(new FolderSidecar(idOf(root, sidecar.getParent(), false), sidecar));
        }
        for (Path file : found.files()) {
            pending.add(Map.entry(file, idOf(root, file, true)));
        }
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
     * One file's documents (several for .jsonl, .json and .csv) and problems, in the order met: each element
     * a {@link Document} (without sidecar metadata) or a {@link LoadProblem}. Safe to call from any thread.
     */
    static List<Object> readFile(LoadOptions options, Path file, String id) {
        CorpusLoader reader = new CorpusLoader(options);
        reader.loadFile(file, id);
        return reader.events;
    }

    private void loadFile(Path file, String id) {
        if (WebFormats.kindOf(file).isPresent()) {
            WebFormats.FileRead read = WebFormats.read(file, id);
            events.addAll(read.problems());   // a web file's problems name their record, so they read well first
            events.addAll(read.documents());
            return;
        }
        String ext = extension(file);
        String text;
        try {
            text = TextFiles.read(file);
        } catch (LoadFailure e) {
            events.add(new LoadProblem(file, e.getMessage()));
            return;
        }
        if (TEXT_EXTENSIONS.contains(ext)) {
            events.add(Document.fromFile(id, file, text, Map.of()));
        } else if (JSONL_EXTENSIONS.contains(ext)) {
            loadJsonLines(file, id, text);
        } else if (ext.equals("json")) {
            loadJson(file, id, text);
        } else if (ext.equals("csv")) {
            loadCsv(file, id, text);
        }
    }

    private void loadJsonLines(Path file, String fileId, String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            JsonElement element;
            try {
                element = JsonParser.parseString(line);
            } catch (JsonParseException e) {
                // Gson saw the line alone, stripped: its column, counted on the file's line
                events.add(new LoadProblem(file, "line " + (i + 1) + ": " + LoadWording.malformedJsonLine(e, lines[i])));
                continue;
            }
            fromJsonRecord(file, fileId, "line " + (i + 1), i + 1, element);
        }
    }

    private void loadJson(Path file, String fileId, String text) {
        JsonElement root;
        try {
            root = JsonParser.parseString(text);
        } catch (JsonParseException e) {
            LoadMessages.JsonError error = LoadMessages.json(e);
            String place = error.line() > 0 ? "line " + error.line() + ", column " + error.column() + ": " : "";
            String hint = error.what().equals(LoadMessages.JSON_TRAILING)
                    ? " (a file of one JSON record a line is read as JSON Lines when named .jsonl)" : "";
            events.add(new LoadProblem(file, "malformed JSON: " + place + error.what() + hint));
            return;
        }
        if (root.isJsonArray()) {
            JsonArray array = root.getAsJsonArray();
            for (int i = 0; i < array.size(); i++) {
                fromJsonRecord(file, fileId, "record " + (i + 1), i + 1, array.get(i));
            }
        } else {
            fromJsonRecord(file, fileId, "record 1", 0, root);
        }
    }

    private void fromJsonRecord(Path file, String fileId, String where, int number, JsonElement element) {
        if (!element.isJsonObject()) {
            events.add(new LoadProblem(file, where + ": expected a JSON object, found " + LoadMessages.kindOf(element)));
            return;
        }
        JsonObject object = element.getAsJsonObject();
        JsonElement textValue = object.get(options.textField());
        if (textValue == null) {
            events.add(new LoadProblem(file, where + ": no string field '" + options.textField() + "' (fields: "
                    + String.join(", ", object.keySet()) + "); choose the text field with --text-field"));
            return;
        }
        if (!textValue.isJsonPrimitive() || !textValue.getAsJsonPrimitive().isString()) {
            events.add(new LoadProblem(file, where + ": " + LoadWording.notAString(options.textField(), textValue)));
            return;
        }
        String body = textValue.getAsString();
        if (body.isBlank()) {
            events.add(new LoadProblem(file, where + ": field '" + options.textField() + "' is empty"));
            return;
        }
        Map<String, String> meta = new LinkedHashMap<>();
        String id = number == 0 ? fileId : fileId + "#" + number;
        for (Map.Entry<String, JsonElement> e : object.entrySet()) {
            if (e.getKey().equals(options.textField())) {
                continue;
            }
            String value = scalar(e.getValue());
            if (e.getKey().equals(options.idField())) {
                if (value != null && !value.isBlank()) {
                    id = value;
                }
            } else {
                meta.put(e.getKey(), value);
            }
        }
        events.add(Document.fromFile(id, file, body, meta));
    }

    private void loadCsv(Path file, String fileId, String text) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        LineNumbers lines = new LineNumbers(text);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            if (!parser.getHeaderMap().containsKey(options.textField())) {
                events.add(new LoadProblem(file, "no '" + options.textField() + "' column (columns: "
                        + String.join(", ", parser.getHeaderNames()) + "); choose the text column with --text-field"));
                return;
            }
            for (CSVRecord r : parser) {
                long line = lines.at(r.getCharacterPosition());   // where the record starts, quoted line breaks counted
                if (!r.isConsistent()) {
                    events.add(new LoadProblem(file, "line " + line + ": expected " + parser.getHeaderNames().size()
                            + " fields, found " + r.size()));
                    continue;
                }
                Map<String, String> row = new LinkedHashMap<>(r.toMap());
                String body = row.remove(options.textField());
                if (body == null || body.isBlank()) {
                    events.add(new LoadProblem(file, "line " + line + ": column '" + options.textField() + "' is empty"));
                    continue;
                }
                String id = row.remove(options.idField());
                if (id == null || id.isBlank()) {
                    id = fileId + "#" + r.getRecordNumber();
                }
                events.add(Document.fromFile(id, file, body, row));
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            events.add(new LoadProblem(file, LoadWording.malformedCsv(e)));
        }
    }

    private static String scalar(JsonElement e) {
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (e.isJsonPrimitive()) {
            JsonPrimitive p = e.getAsJsonPrimitive();
            return p.getAsString();
        }
        return e.toString();
    }

    static boolean supported(Path file) {
        String ext = extension(file);
        return TEXT_EXTENSIONS.contains(ext) || JSONL_EXTENSIONS.contains(ext) || ext.equals("json") || ext.equals("csv")
                || WebFormats.kindOf(file).isPresent();
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String stripExtension(String name) {
        name = withoutGz(name);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }

    /** A gzipped web file's name without {@code .gz}, so that {@code story.html.gz} has the id {@code story}. */
    private static String withoutGz(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".gz") && lower.lastIndexOf('.', lower.length() - 4) > lower.lastIndexOf('/') + 1
                ? name.substring(0, name.length() - 3) : name;
    }

    static String idOf(Path root, Path file, boolean isFile) {
        String rel = root.relativize(file).toString();
        if (File.separatorChar != '/') {
            rel = rel.replace(File.separatorChar, '/');
        }
        if (isFile) {
            rel = withoutGz(rel);
            int dot = rel.lastIndexOf('.');
            if (dot > rel.lastIndexOf('/') + 1) {
                rel = rel.substring(0, dot);   // the extension, unless the name is all extension (.profile)
            }
        }
        return rel;
    }
}
