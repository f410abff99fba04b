package dev.byline.cli;

import dev.byline.BylineException;
import dev.byline.corpus.Corpus;
import dev.byline.text.Document;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Predicate;

/**
 * The longest article each pairwise command takes, and the one-line refusal of a longer one. News articles run to
 * some thousands of characters; a text of millions is a whole archive or a book pasted into one file, and pairing
 * it sentence by sentence with another would work for minutes before saying anything useful. Such a text is refused
 * before any pairing starts, with its file, its length and the limit, so the user can split it into its articles.
 *
 * <p>For example, {@code byline compare archive.txt a.txt b.txt} with a 50 MB {@code archive.txt} prints
 * {@code byline: warning: archive.txt: 49,941,791 characters; compare takes articles of up to 1,000,000
 * characters, so it was left out (split the text into its articles)} and compares {@code a} with {@code b}.
 */
final class ArticleLength {
    /**
     * The longest article {@code align}, {@code compare} and {@code spin} take: their sentence pairing and
     * spun-copy alignment grow faster than the text, and a million characters (about 170,000 words) is far past any
     * news article.
     */
    static final int MAX_CHARS = 1_000_000;

    /**
     * The longest article {@code drift} takes: it matches every quotation of one article with every quotation of the
     * other, so its time grows with the square of their number (a 100,000-character article of wire copy holds some
     * 300).
     */
    static final int DRIFT_MAX_CHARS = 100_000;

    private ArticleLength() {}

    /** Refuses {@code d} (read from {@code file}) if it is longer than {@code maxChars}: exit 1, one line. */
    static void check(String command, int maxChars, Path file, Document d) {
        if (d.raw().length() > maxChars) {
            throw new BylineException(file, problem(command, maxChars, d) + " (split the text into its articles)");
        }
    }

    /**
     * The corpus without its articles longer than {@link #MAX_CHARS}, each left out with one warning line on
     * {@code err}. If none is left, the first article left out is refused as {@link #check} refuses it, the others
     * warned about.
     */
    static Corpus withinLimit(String command, Corpus corpus, PrintWriter err) {
        List<Document> kept = new ArrayList<>(corpus.size());
        List<Document> tooLong = new ArrayList<>();
        for (Document d : corpus) {
            (d.raw().length() <= MAX_CHARS ? kept : tooLong).add(d);
        }
        if (tooLong.isEmpty()) {
            return corpus;
        }
        // each problem once: when nothing is left, the first article left out is the error, the others warnings
        for (Document d : kept.isEmpty() ? tooLong.subList(1, tooLong.size()) : tooLong) {
            err.println("byline: warning: " + where(d) + ": " + problem(command, MAX_CHARS, d)
                    + ", so it was left out (split the text into its articles)");
        }
        err.flush();
        if (kept.isEmpty()) {
            Document first = tooLong.get(0);
            throw new BylineException(where(first) + ": " + problem(command, MAX_CHARS, first)
                    + " (split the text into its articles)");
        }
        return Corpus.of(kept);
    }

    /**
     * {@link #withinLimit} for documents read as a stream: as a filter, it refuses the articles longer than
     * {@link #MAX_CHARS} and remembers each (by id, once however often it is asked); {@link #report} then warns as
     * {@code withinLimit} does, in id order.
     */
    static final class LeftOut implements Predicate<Document> {
        private final String command;
        private final Map<String, String> problems = new ConcurrentSkipListMap<>();

        LeftOut(String command) {
            this.command = command;
        }

        @Override
        public boolean test(Document d) {
            if (d.raw().length() <= MAX_CHARS) {
                return true;
            }
            problems.computeIfAbsent(d.id(), id -> where(d) + ": " + problem(command, MAX_CHARS, d));
            return false;
        }

        /** Number of articles left out. */
        int size() {
            return problems.size();
        }

        /**
         * One warning line on {@code err} per article left out; if {@code noneKept}, the first is refused instead,
         * as {@link #check} refuses it.
         */
        void report(PrintWriter err, boolean noneKept) {
            List<String> lines = new ArrayList<>(problems.values());
            for (String line : noneKept && !lines.isEmpty() ? lines.subList(1, lines.size()) : lines) {
                err.println("byline: warning: " + line + ", so it was left out (split the text into its articles)");
            }
            err.flush();
            if (noneKept && !lines.isEmpty()) {
                throw new BylineException(lines.get(0) + " (split the text into its articles)");
            }
        }
    }

    private static String problem(String command, int maxChars, Document d) {
        return String.format(Locale.ROOT, "%,d characters; %s takes articles of up to %,d characters",
                d.raw().length(), command, maxChars);
    }

    /** The file, and the document's id when the file holds several (JSON Lines, CSV, feeds, archives). */
    private static String where(Document d) {
        return d.path().map(p -> {
            String name = p.getFileName() == null ? "" : p.getFileName().toString();
            int dot = name.indexOf('.');
            String stem = dot < 0 ? name : name.substring(0, dot);
            return d.id().equals(stem) || d.id().endsWith("/" + stem) ? p.toString() : p + " (document " + d.id() + ")";
        }).orElse("document " + d.id());
    }
}
