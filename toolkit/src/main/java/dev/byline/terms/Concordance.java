package dev.byline.terms;

import dev.byline.BylineException;
import dev.byline.corpus.Corpus;
import dev.byline.corpus.Document;
import dev.byline.text.Paragraph;
import dev.byline.text.Token;
import dev.byline.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * KWIC concordances: every occurrence of a word, a phrase or a pattern in the documents' body text,
 * with its context.
 *
 * <pre>{@code
 * Table lines = Concordance.of(corpus, "Putin", 40);          // a word: case-insensitive, ’ and ' alike
 * Concordance.of(corpus, "peace talks", 40);                   // a phrase: consecutive words
 * Concordance.regex(corpus, Pattern.compile("(?i)spy chiefs?"), 40);
 * }</pre>
 *
 * <p>Rows: doc, start, end, left, match, right, sorted by document, then position. {@code start} and
 * {@code end} are offsets into the raw text ({@code raw.substring(start, end)} is the match);
 * {@code left} and {@code right} are the {@code width} characters before and after it, with line
 * breaks shown as spaces.
 */
public final class Concordance {
    private Concordance() {
    }

    /**
     * Occurrences of a word or phrase. The query is split into tokens as the text is, and matches
     * consecutive body tokens with the same normal form (case-insensitive, curly and straight
     * apostrophes alike): "Estonia’s" matches "Estonia's" and "ESTONIA’S".
     *
     * @throws BylineException if the query has no tokens
     */
    public static Table of(Corpus corpus, String query, int width) {
        checkWidth(width);
        List<Token> q = Tokenizer.tokenize(Document.of("query", query), 0, query.length());
        if (q.isEmpty()) {
            throw new BylineException("the KWIC query '" + query + "' has no words in it");
        }
        String[] wanted = q.stream().map(Token::norm).toArray(String[]::new);
        Lines lines = new Lines(width);
        for (Document d : corpus) {
            List<Token> tokens = d.tokens();
            for (int i = 0; i + wanted.length <= tokens.size(); i++) {
                if (matchesAt(tokens, i, wanted)) {
                    lines.add(d, tokens.get(i).start(), tokens.get(i + wanted.length - 1).end());
                }
            }
        }
        return lines.table();
    }

    /**
     * Occurrences of a regular expression in each body paragraph (a match never spans two paragraphs,
     * nor reaches into a title, dateline or boilerplate line). Empty matches are skipped.
     */
    public static Table regex(Corpus corpus, Pattern pattern, int width) {
        checkWidth(width);
        Lines lines = new Lines(width);
        for (Document d : corpus) {
            for (Paragraph p : d.paragraphs()) {
                Matcher m = pattern.matcher(d.raw()).region(p.start(), p.end());
                while (m.find()) {
                    if (m.end() > m.start()) {
                        lines.add(d, m.start(), m.end());
                    }
                }
            }
        }
        return lines.table();
    }

    /** {@link #regex(Corpus, Pattern, int)} from a pattern string. @throws BylineException if it is not a valid pattern */
    public static Table regex(Corpus corpus, String pattern, int width) {
        try {
            return regex(corpus, Pattern.compile(pattern), width);
        } catch (PatternSyntaxException e) {
            throw new BylineException("not a valid regular expression: " + e.getDescription() + " in '" + pattern + "'");
        }
    }

    private static boolean matchesAt(List<Token> tokens, int i, String[] wanted) {
        for (int k = 0; k < wanted.length; k++) {
            if (!tokens.get(i + k).norm().equals(wanted[k])) {
                return false;
            }
        }
        return true;
    }

    private static void checkWidth(int width) {
        if (width < 0) {
            throw new BylineException("the KWIC width must be 0 or more, not " + width);
        }
    }

    /** Collects rows; documents come in corpus (id) order and matches in text order, so rows are sorted as made. */
    private static final class Lines {
        final int width;
        final StringColumn doc = StringColumn.create("doc");
        final IntColumn start = IntColumn.create("start");
        final IntColumn end = IntColumn.create("end");
        final StringColumn left = StringColumn.create("left");
        final StringColumn match = StringColumn.create("match");
        final StringColumn right = StringColumn.create("right");

        Lines(int width) {
            this.width = width;
        }

        void add(Document d, int s, int e) {
            String raw = d.raw();
            doc.append(d.id());
            start.append(s);
            end.append(e);
            left.append(flat(raw.substring(Math.max(0, s - width), s)));
            match.append(raw.substring(s, e));
            right.append(flat(raw.substring(e, Math.min(raw.length(), e + width))));
        }

        private static String flat(String s) {
            return s.replace("\r\n", "  ").replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
        }

        Table table() {
            return Table.create("kwic", doc, start, end, left, match, right);
        }
    }
}
