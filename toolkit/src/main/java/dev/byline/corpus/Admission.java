package dev.byline.corpus;

import dev.byline.BylineException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ordered half of loading: what was read is admitted file by file in path order, so the same document
 * wins a duplicate id and the problems come in the same order whether the files were read one after another
 * ({@link Corpus#load}) or on all processors ({@link DocumentStream#forEachOrdered}). Keeps only ids and paths.
 */
final class Admission {
    private final LoadOptions options;
    private final CorpusLoader.Plan plan;
    private final List<LoadProblem> problems;
    /** Each admitted id and where it came from (file, and record within it), to name it when a duplicate turns up. */
    private final Map<String, String> admitted = new HashMap<>();

    /** Starts with the walk's problems, adding to {@code problems} (which the caller may share). */
    Admission(LoadOptions options, CorpusLoader.Plan plan, List<LoadProblem> problems) {
        this.options = options;
        this.plan = plan;
        this.problems = problems;
        problems.addAll(plan.problems());
    }

    /** Records a problem met while reading a file. */
    void problem(LoadProblem problem) {
        problems.add(problem);
    }

    /**
     * True if the document {@code id} read from {@code file} ({@code where} in it: a record's line, or empty) is
     * new; a duplicate is reported and refused.
     */
    boolean admit(String id, Path file, String where) {
        String earlier = admitted.putIfAbsent(id, place(file, where));
        if (earlier != null) {
            problems.add(duplicate(id, file, where, earlier));
            return false;
        }
        return true;
    }

    /** A file and a place in it, as a duplicate's message names the first document with that id. */
    static String place(Path file, String where) {
        return where.isEmpty() ? file.toString() : file + ", " + where;
    }

    /** The problem of a second document with {@code id}, at {@code where} in {@code file}. */
    static LoadProblem duplicate(String id, Path file, String where, String earlier) {
        return new LoadProblem(file, (where.isEmpty() ? "" : where + ": ") + "duplicate id '" + id
                + "' (already loaded from " + earlier + "); skipped");
    }

    /**
     * Once every file is read: reports sidecar rows that matched no document, then fails as loading does
     * in strict mode on any problem, and when no document could be loaded.
     *
     * @throws BylineException naming the first problem, or saying nothing was found
     */
    void finish() {
        plan.sidecarOf().keySet().forEach(id -> {   // every sidecar id, in the order read, rows or not
            if (!admitted.containsKey(id)) {
                problems.add(new LoadProblem(plan.sidecarOf().get(id), "id '" + id + "' matches no loaded document"));
            }
        });
        if (options.strict() && !problems.isEmpty()) {
            LoadProblem first = problems.get(0);
            String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problems)" : "";
            throw new BylineException(first.file(), first.message() + more);
        }
        if (admitted.isEmpty()) {
            if (!problems.isEmpty()) {
                LoadProblem first = problems.get(0);
                throw new BylineException(first.file(), first.message()
                        + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problems)" : "")
                        + "; no document could be loaded");
            }
            throw new BylineException(plan.first(), "no documents found (looked for ."
                    + String.join(", .", CorpusLoader.supportedExtensions()) + ")");
        }
    }

    /** The problems so far, in the order met. */
    List<LoadProblem> problems() {
        return problems;
    }
}
