package dev.byline.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What reading one web file gave: its articles, each with where in the file it came from, the pages passed over
 * as not articles (counted, with the first reasons), and the problems, each one line.
 *
 * <pre>{@code
 * WebRead read = WarcFile.read(Path.of("crawl.warc.gz"));
 * read.articles().size();   // the articles
 * read.skipped();           // home pages, indexes, images: not loaded
 * }</pre>
 *
 * @param articles the articles, in file order
 * @param skipped    how many records or pages were passed over as not articles
 * @param skippedWhy how many for each reason ({@code not HTML}, {@code no article found}, {@code request record})
 * @param problems the problems, in file order
 */
public record WebRead(List<Found> articles, int skipped, Map<String, Integer> skippedWhy, List<Problem> problems) {
    public WebRead {
        articles = List.copyOf(articles);
        skippedWhy = java.util.Collections.unmodifiableMap(new TreeMap<>(skippedWhy));
        problems = List.copyOf(problems);
    }

    /**
     * One line counting what was passed over, by reason ({@code 3 records skipped as not articles: no article found 1,
     * not HTML 2}), or empty when nothing was.
     */
    public String skippedSummary() {
        if (skipped == 0) {
            return "";
        }
        StringBuilder out = new StringBuilder(skipped + (skipped == 1 ? " record" : " records") + " skipped as not articles: ");
        String sep = "";
        for (Map.Entry<String, Integer> e : skippedWhy.entrySet()) {
            out.append(sep).append(e.getKey()).append(' ').append(e.getValue());
            sep = ", ";
        }
        return out.toString();
    }

    /**
     * An article and its place in the file.
     *
     * @param where   the record or item ({@code record 12}, {@code item 3}), empty for a page file
     * @param ordinal the record or item number (1-based), 0 for a page file
     * @param article  the article
     * @param captured when an archive captured it (ISO 8601 instant), empty for a page or feed
     */
    public record Found(String where, int ordinal, Article article, String captured) {
    }

    /**
     * A problem with part of a file, or all of it.
     *
     * @param where   the record or item, empty for the whole file
     * @param message one line
     */
    public record Problem(String where, String message) {
        @Override
        public String toString() {
            return where.isEmpty() ? message : where + ": " + message;
        }
    }

    /** Receives what a reader finds as it finds it, so that an archive larger than memory can be streamed. */
    public interface Sink {
        /** An article found at {@code where}. */
        void article(Found found);

        /** A record or page passed over, and why. */
        void skipped(String where, String why);

        /** A problem. */
        void problem(Problem problem);
    }

    /** A sink that keeps everything, for {@link #of}. */
    static final class Collector implements Sink {
        private final List<Found> articles = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();
        private final Map<String, Integer> why = new TreeMap<>();
        private int skipped;

        @Override
        public void article(Found found) {
            articles.add(found);
        }

        @Override
        public void skipped(String where, String reason) {
            skipped++;
            int cut = reason.length();
            for (String stop : new String[] {" (", ":"}) {
                int i = reason.indexOf(stop);
                if (i > 0) {
                    cut = Math.min(cut, i);
                }
            }
            why.merge(reason.substring(0, cut), 1, Integer::sum);
        }

        @Override
        public void problem(Problem problem) {
            problems.add(problem);
        }

        WebRead result() {
            return new WebRead(articles, skipped, why, problems);
        }
    }
}
