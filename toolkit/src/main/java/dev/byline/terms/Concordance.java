package dev.byline.terms;

import dev.byline.BylineException;
import dev.byline.corpus.Corpus;
import dev.byline.corpus.DocumentStream;
import dev.byline.text.Document;
import dev.byline.text.Paragraph;
import dev.byline.text.Parts;
import dev.byline.text.Token;
import dev.byline.text.Tokenizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
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
 * Concordance.of(corpus, "peace talks", 40);                   // a phrase: consecutive words in one paragraph
 * Concordance.regex(corpus, Pattern.compile("(?i)spy chiefs?"), 40);
 * }</pre>
 *
 * <p>Rows: doc, part, start, end, left, match, right, sorted by document, then part (title before body),
 * then position. The headline is read as text of its own ({@link Document#headline()}) unless {@link Parts#BODY}
 * is asked for: {@code part} says where a match is, {@code title} or {@code body}, and {@code start} and
 * {@code end} are offsets into that part's text: for {@code body} the raw text ({@code raw.substring(start, end)}
 * is the match), for {@code title} the headline's own text ({@code doc.headline().get().raw()}). {@code left} and
 * {@code right} are the {@code width} characters before and after it within that text, with line breaks shown as
 * spaces; a title's context never runs into the body.
 *
 * <pre>{@code
 * Concordance.of(corpus, "Putin", 40, Parts.BODY);            // the body only, as --no-title
 * }</pre>
 */
public final class Concordance {
    private Concordance() {
    }

    /**
     * Occurrences of a word or phrase. The query is split into tokens as the text is, and matches
     * consecutive tokens of the headline or the body with the same normal form (case-insensitive, curly and straight
     * apostrophes alike): "Estonia’s" matches "Estonia's" and "ESTONIA’S". A phrase matches within
     * one paragraph (the headline is one), never across a paragraph break (as {@link #regex} matches).
     *
     * @throws BylineException if the query has no tokens
     */
    public static Table of(Corpus corpus, String query, int width) {
        return of(corpus, query, width, Parts.TITLE_AND_BODY);
    }

    /** {@link #of(Corpus, String, int)} in the parts asked for: the headline and body, or the body alone. */
    public static Table of(Corpus corpus, String query, int width, Parts parts) {
        return collect(corpus, words(query, width, parts));
    }

    /**
     * {@link #of(Corpus, String, int)} of documents read as a stream: the same rows in the same order, the
     * files read in parallel and only the rows kept.
     *
     * <pre>{@code
     * Table lines = Concordance.of(DocumentStream.of(LoadOptions.defaults(), Path.of("archive")), "Putin", 40);
     * }</pre>
     */
    public static Table of(DocumentStream documents, String query, int width) {
        return of(documents, query, width, Parts.TITLE_AND_BODY);
    }

    /** {@link #of(DocumentStream, String, int)} in the parts asked for: the headline and body, or the body alone. */
    public static Table of(DocumentStream documents, String query, int width, Parts parts) {
        return collect(documents, words(query, width, parts));
    }

    /**
     * Occurrences of a regular expression in each body paragraph (a match never spans two paragraphs,
     * nor reaches into a title, dateline or boilerplate line). Empty matches are skipped.
     *
     * @throws BylineException if the pattern overflows the stack on a paragraph (as {@code (\w|\s)*} does on a
     *                         long one: java.util.regex recurses once per repetition of a group with alternatives);
     *                         the message names the first such document by id
     */
    public static Table regex(Corpus corpus, Pattern pattern, int width) {
        return regex(corpus, pattern, width, Parts.TITLE_AND_BODY);
    }

    /** {@link #regex(Corpus, Pattern, int)} in the parts asked for: the headline and body, or the body alone. */
    public static Table regex(Corpus corpus, Pattern pattern, int width, Parts parts) {
        return collect(corpus, pattern(pattern, width, parts));
    }

    /** {@link #regex(Corpus, Pattern, int)} of documents read as a stream: the same rows in the same order. */
    public static Table regex(DocumentStream documents, Pattern pattern, int width) {
        return regex(documents, pattern, width, Parts.TITLE_AND_BODY);
    }

    /** {@link #regex(DocumentStream, Pattern, int)} in the parts asked for: the headline and body, or the body alone. */
    public static Table regex(DocumentStream documents, Pattern pattern, int width, Parts parts) {
        return collect(documents, pattern(pattern, width, parts));
    }

    /** {@link #regex(Corpus, Pattern, int)} from a pattern string. @throws BylineException if it is not a valid pattern */
    public static Table regex(Corpus corpus, String pattern, int width) {
        return regex(corpus, compile(pattern), width);
    }

    /** {@link #regex(Corpus, String, int)} in the parts asked for. @throws BylineException if it is not a valid pattern */
    public static Table regex(Corpus corpus, String pattern, int width, Parts parts) {
        return regex(corpus, compile(pattern), width, parts);
    }

    /** {@link #regex(DocumentStream, Pattern, int)} from a pattern string. @throws BylineException if it is not a valid pattern */
    public static Table regex(DocumentStream documents, String pattern, int width) {
        return regex(documents, compile(pattern), width);
    }

    /** {@link #regex(DocumentStream, String, int)} in the parts asked for. @throws BylineException if it is not a valid pattern */
    public static Table regex(DocumentStream documents, String pattern, int width, Parts parts) {
        return regex(documents, compile(pattern), width, parts);
    }

    /** The lines of one document where the words of {@code query} occur in a row. */
    private static Function<Document, Found> words(String query, int width, Parts parts) {
        checkWidth(width);
        List<Token> q = Tokenizer.tokenize(Document.of("query", query), 0, query.length());
        if (q.isEmpty()) {
            throw new BylineException("the KWIC query '" + query + "' has no words in it");
        }
        String[] wanted = q.stream().map(Token::norm).toArray(String[]::new);
        return d -> {
            for (String word : wanted) {
                if (!parts.mayContainNormal(d, word)) {
                    return new Found(d.id(), List.of(), false);   // a word of the query cannot be there: spare tokenizing
                }
            }
            List<Line> lines = new ArrayList<>();
            for (Document part : parts.of(d)) {
                wordsIn(part, wanted, width, lines);
            }
            return new Found(d.id(), lines, false);
        };
    }

    /** Adds the lines of {@code d} (a body or a headline) where the words {@code wanted} occur in a row. */
    private static void wordsIn(Document d, String[] wanted, int width, List<Line> lines) {
        List<Token> tokens = d.tokens();
        List<Paragraph> paragraphs = d.paragraphs();
        int p = 0;                                      // the paragraph of token i
        for (int i = 0; i + wanted.length <= tokens.size(); i++) {
            Token first = tokens.get(i);
            while (p < paragraphs.size() - 1 && paragraphs.get(p).end() <= first.start()) {
                p++;
            }
            Token last = tokens.get(i + wanted.length - 1);
            if (matchesAt(tokens, i, wanted) && last.end() <= paragraphs.get(p).end()) {
                lines.add(Line.of(d, first.start(), last.end(), width));
            }
        }
    }

    /** The lines of one document where {@code pattern} matches within a paragraph of the parts read. */
    private static Function<Document, Found> pattern(Pattern pattern, int width, Parts parts) {
        checkWidth(width);
        return d -> {
            List<Line> lines = new ArrayList<>();
            try {
                for (Document part : parts.of(d)) {
                    for (Paragraph p : part.paragraphs()) {
                        Matcher m = pattern.matcher(part.raw()).region(p.start(), p.end());
                        while (m.find()) {
                            if (m.end() > m.start()) {
                                lines.add(Line.of(part, m.start(), m.end(), width));
                            }
                        }
                    }
                }
            } catch (StackOverflowError e) {
                // java.util.regex recurses per repetition of some groups; the matcher is dropped, and the stack
                // is whole again here. Reported after the pass, so that both paths name the same document.
                return new Found(d.id(), List.of(), true);
            }
            return new Found(d.id(), lines, false);
        };
    }

    private static Pattern compile(String pattern) {
        try {
            return Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            throw new BylineException("not a valid regular expression: " + e.getDescription() + " in '" + pattern + "'");
        }
    }

    private static Table collect(Corpus corpus, Function<Document, Found> find) {
        List<Found> found = new ArrayList<>();
        for (Document d : corpus) {
            found.add(find.apply(d));
        }
        return table(found);
    }

    private static Table collect(DocumentStream documents, Function<Document, Found> find) {
        List<Found> found = new ArrayList<>();
        documents.forEachOrdered(find, found::add);
        return table(found);
    }

    /** One document's rows, or that the pattern overflowed the stack on it. */
    private record Found(String doc, List<Line> lines, boolean overflowed) {
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

    /** One row; the context is copied out of the document, so a row does not keep its text. */
    private record Line(String doc, String part, int start, int end, String left, String match, String right) {
        static Line of(Document d, int s, int e, int width) {
            String raw = d.raw();
            return new Line(d.id(), Parts.label(d), s, e, flat(raw.substring(Math.max(0, s - width), s)), raw.substring(s, e),
                    flat(raw.substring(e, Math.min(raw.length(), e + width))));
        }

        private static String flat(String s) {
            return s.replace("\r\n", "  ").replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
        }
    }

    /**
     * The table of rows by document id, then position: a stable sort, as each document's rows come in text order.
     *
     * @throws BylineException naming the first document (by id) where the pattern overflowed the stack
     */
    private static Table table(List<Found> found) {
        found.stream().filter(Found::overflowed).map(Found::doc).min(Comparator.naturalOrder()).ifPresent(doc -> {
            throw new BylineException("the regular expression overflowed the stack in " + doc
                    + "; simplify it (e.g. [\\w\\s]* instead of (\\w|\\s)*)");
        });
        List<Line> sorted = new ArrayList<>();
        for (Found f : found) {
            sorted.addAll(f.lines());
        }
        sorted.sort(Comparator.comparing(Line::doc));
        StringColumn doc = StringColumn.create("doc");
        StringColumn part = StringColumn.create("part");
        IntColumn start = IntColumn.create("start");
        IntColumn end = IntColumn.create("end");
        StringColumn left = StringColumn.create("left");
        StringColumn match = StringColumn.create("match");
        StringColumn right = StringColumn.create("right");
        for (Line l : sorted) {
            doc.append(l.doc());
            part.append(l.part());
            start.append(l.start());
            end.append(l.end());
            left.append(l.left());
            match.append(l.match());
            right.append(l.right());
        }
        return Table.create("kwic", doc, part, start, end, left, match, right);
    }
}
