package dev.byline.text;

import java.lang.ref.SoftReference;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One article: its raw text exactly as read, its metadata, and views over the text (paragraphs,
 * sentences, tokens) computed once on first use. No view copies text; each is a span with offsets.
 *
 * <pre>{@code
 * Document doc = Document.of("note", "Rosin said Moscow is playing for time.");
 * doc.sentences().get(0).text();      // the whole sentence
 * doc.tokens().get(0).norm();         // "rosin"
 * }</pre>
 *
 * <p>Documents compare by identity: two loads of the same file are two documents.
 */
public final class Document {
    private final String id;
    private final Path path;
    private final String raw;
    private final Map<String, String> metadata;
    private final TextFormat format;
    /** The title the document came with (its record's {@code title} field), before any sidecar was laid over it. */
    private final String carriedTitle;
    private volatile Optional<Document> headline;
    /** Soft, so that a corpus larger than memory can still be streamed through: views are recomputed if collected. */
    private volatile SoftReference<Analysis> analysis;
    /**
     * The layout found before the views were made ({@link #headline()} reads the title line first), kept for
     * {@link #analyse()}: detecting a layout reads every line, which costs about a third of tokenizing them.
     */
    private volatile SoftReference<Layout> earlyLayout;

    /**
     * The views, made together. The tokens are kept as a {@link TokenTable}; their records ({@link #tokens()}) are made
     * from it on first use, as the rules that read the table need none.
     */
    private static final class Analysis {
        final Layout layout;
        final List<Paragraph> paragraphs;
        final List<Sentence> sentences;
        final TokenTable table;
        private volatile List<Token> tokens;

        Analysis(Layout layout, List<Paragraph> paragraphs, List<Sentence> sentences, TokenTable table) {
            this.layout = layout;
            this.paragraphs = paragraphs;
            this.sentences = sentences;
            this.table = table;
        }

        List<Token> tokens() {
            List<Token> t = tokens;
            if (t == null) {
                Token[] all = new Token[table.size()];
                for (int i = 0; i < all.length; i++) {
                    all[i] = table.token(i);
                }
                t = List.of(all);
                tokens = t;
            }
            return t;
        }
    }

    private Document(String id, Path path, String raw, Map<String, String> metadata, TextFormat format) {
        this(id, path, raw, metadata, format, metadata.get("title"));
    }

    private Document(String id, Path path, String raw, Map<String, String> metadata, TextFormat format, String carriedTitle) {
        this.id = Objects.requireNonNull(id, "id");
        this.path = path;
        this.raw = Objects.requireNonNull(raw, "raw");
        this.metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        this.format = Objects.requireNonNull(format, "format");
        this.carriedTitle = carriedTitle == null || carriedTitle.isBlank() ? null : carriedTitle;
    }

    /** A document made from a string, with no file behind it. */
    public static Document of(String id, String raw) {
        return new Document(id, null, raw, Map.of(), TextFormat.PLAIN);
    }

    /** A document made from a string with metadata (outlet, date, title, url, …). */
    public static Document of(String id, String raw, Map<String, String> metadata) {
        return new Document(id, null, raw, metadata, TextFormat.PLAIN);
    }

    /**
     * A document made from a string with metadata, its text in {@code format} (a Markdown text's first
     * {@code # heading} is its title), with no file behind it: for text read from elsewhere than a local file.
     */
    public static Document of(String id, String raw, Map<String, String> metadata, TextFormat format) {
        return new Document(id, null, raw, metadata, format);
    }

    /**
     * A document read from {@code path}, in the format its name says ({@link TextFormat#ofFileName}): Markdown
     * files get {@code # Title} detection.
     */
    public static Document fromFile(String id, Path path, String raw, Map<String, String> metadata) {
        return new Document(id, path, raw, metadata, TextFormat.ofFileName(path.getFileName().toString()));
    }

    /**
     * A copy of this document with {@code extra} metadata laid over its own (blank values ignored). A {@code title}
     * laid over changes {@link #title()}, not {@link #headline()}: a label given beside the text (a {@code corpus.csv}
     * sidecar) is not text of the article.
     */
    public Document withMetadata(Map<String, String> extra) {
        Map<String, String> merged = new LinkedHashMap<>(metadata);
        extra.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                merged.put(k, v);
            }
        });
        return new Document(id, path, raw, merged, format, carriedTitle);
    }

    /** The id: the path relative to the loaded directory, without extension, {@code /}-separated. */
    public String id() {
        return id;
    }

    /** The file the document was read from, if any. */
    public Optional<Path> path() {
        return Optional.ofNullable(path);
    }

    /** The text exactly as read (a leading byte-order mark is not text and is dropped). */
    public String raw() {
        return raw;
    }

    /** Metadata fields: from the sidecar {@code corpus.csv} or the record's own fields. */
    public Map<String, String> metadata() {
        return metadata;
    }

    /** One metadata field, if present and not blank. */
    public Optional<String> meta(String field) {
        String v = metadata.get(field);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v);
    }

    /** How the raw text is written: plain text or Markdown. */
    public TextFormat format() {
        return format;
    }

    /** Title, dateline, boilerplate and paragraph ranges. */
    public Layout layout() {
        return analysis().layout;
    }

    /** The title: from metadata if given, else the detected title (a headline wrapped over lines read as one line). */
    public Optional<String> title() {
        return meta("title").or(() -> layout().title().map(Span::text).map(t -> t.indexOf('\n') < 0 ? t : t.replaceAll("\\s+", " ")));
    }

    /**
     * The headline as the article carries it, as a document of its own for the analyses that read titles
     * ({@link Parts#TITLE_AND_BODY}): the title line found in the raw text, exactly as written (a headline wrapped
     * over two lines keeps its line break), else the {@code title} field of the record the document was read from
     * (a JSON or CSV record, a feed item, a page's metadata). A title given only in a {@code corpus.csv} sidecar
     * labels the document ({@link #title()}) but is not part of its text, so it has no headline document.
     *
     * <p>The headline document has this document's id and metadata and {@link TextFormat#HEADLINE}: its whole
     * text is one paragraph. Offsets of its tokens and quotes index its own text, {@code headline.raw()}; where
     * the headline is a line of the raw text, that line starts at {@code layout().title().get().start()}.
     *
     * <pre>{@code
     * Document d = Document.of("n", "Harbour plan splits council\n\nThe council met on Monday.\n");
     * d.headline().get().raw();                  // "Harbour plan splits council"
     * d.headline().get().tokens().get(0).end();  // 7: "Harbour" in the headline's own text
     * }</pre>
     */
    public Optional<Document> headline() {
        Optional<Document> h = headline;
        if (h == null) {
            String text = format == TextFormat.HEADLINE ? null : titleLine().map(Span::text).orElse(carriedTitle);
            h = text == null || text.isBlank() ? Optional.empty()
                    : Optional.of(new Document(id, path, text, metadata, TextFormat.HEADLINE, null));
            headline = h;
        }
        return h;
    }

    /** The title of the record the document was read from (before any sidecar), or null. */
    String carriedTitle() {
        return carriedTitle;
    }

    /**
     * The {@code title} field of the record the document was read from (a JSON or CSV record, a feed item, a page's
     * metadata), before any {@code corpus.csv} sidecar was laid over it: what {@link #headline()} reads when the
     * text has no title line. For code that rebuilds a document elsewhere (Spark tasks) with {@link #of} and
     * {@link #withMetadata}.
     */
    public Optional<String> recordTitle() {
        return Optional.ofNullable(carriedTitle);
    }

    /**
     * The title line of the layout: from the views if they are made, else from the lines alone, so that a pass that
     * counts words from the lines (never tokenizing) does not tokenize the document to find its headline.
     */
    private Optional<Span> titleLine() {
        SoftReference<Analysis> ref = analysis;
        Analysis a = ref == null ? null : ref.get();
        return (a != null ? a.layout : earlyLayout()).title();
    }

    /** The layout alone, detected once: kept until the views are made from it. */
    private Layout earlyLayout() {
        SoftReference<Layout> ref = earlyLayout;
        Layout l = ref == null ? null : ref.get();
        if (l == null) {
            l = LayoutDetector.detect(this);
            earlyLayout = new SoftReference<>(l);
        }
        return l;
    }

    /** True for the document {@link #headline()} gives: the headline of an article, not its body. */
    public boolean isHeadline() {
        return format == TextFormat.HEADLINE;
    }

    /** The outlet, from metadata. */
    public Optional<String> outlet() {
        return meta("outlet");
    }

    /**
     * The wire agency the article credits: from metadata ({@code agency}) if given, else the agency in its
     * dateline ({@code LONDON (Reuters) -}), else the agency or outlet its byline names ({@code By Ana Brel,
     * Northwind Press}).
     */
    public Optional<String> agency() {
        return meta("agency")
                .or(() -> layout().dateline().map(Dateline::agency).filter(a -> !a.isEmpty()))
                .or(() -> layout().byline().map(Byline::credit).filter(c -> !c.isEmpty()));
    }

    /** The authors: from metadata ({@code authors}, separated by {@code ;}) if given, else those the byline names. */
    public List<String> authors() {
        return meta("authors").map(a -> java.util.Arrays.stream(a.split(";")).map(String::strip)
                        .filter(n -> !n.isEmpty()).toList())
                .orElseGet(() -> layout().byline().map(Byline::authors).orElse(List.of()));
    }

    /** The place the dateline names ({@code LONDON}), if there is one. */
    public Optional<String> place() {
        return layout().dateline().map(Dateline::place).filter(p -> !p.isEmpty());
    }

    /** The date: from metadata ({@code YYYY-MM-DD…}) if given, else from the dateline. */
    public Optional<LocalDate> date() {
        Optional<LocalDate> fromMeta = meta("date").flatMap(IsoDate::parse);
        return fromMeta.or(() -> layout().dateline().flatMap(Dateline::date));
    }

    /** Body paragraphs (no title, dateline or boilerplate), in order. */
    public List<Paragraph> paragraphs() {
        return analysis().paragraphs;
    }

    /** Body sentences, in order. */
    public List<Sentence> sentences() {
        return analysis().sentences;
    }

    /** Body tokens, in order. */
    public List<Token> tokens() {
        return analysis().tokens();
    }

    /** The body tokens as columns, index for index those of {@link #tokens()}, without a record per token. */
    public TokenTable tokenTable() {
        return analysis().table;
    }

    /** Number of word and number tokens in the body. */
    public int wordCount() {
        TokenTable t = tokenTable();
        int n = 0;
        for (int i = 0; i < t.size(); i++) {
            if (t.kind(i).isWordLike()) {
                n++;
            }
        }
        return n;
    }

    /**
     * The body tokens in the character range {@code [start, end)}, under an alignment policy for
     * tokens the range cuts.
     */
    public List<Token> tokensIn(int start, int end, Alignment alignment) {
        List<Token> all = tokens();
        int lo = firstTokenEndingAfter(all, start);
        List<Token> out = new ArrayList<>();
        for (int k = lo; k < all.size() && all.get(k).start() < end; k++) {
            Token t = all.get(k);
            boolean inside = t.start() >= start && t.end() <= end;
            if (inside || alignment == Alignment.EXPAND) {
                out.add(t);
            } else if (alignment == Alignment.STRICT) {
                return List.of();
            }
        }
        return List.copyOf(out);
    }

    private static int firstTokenEndingAfter(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private Analysis analysis() {
        SoftReference<Analysis> ref = analysis;
        Analysis a = ref == null ? null : ref.get();
        if (a == null) {
            synchronized (this) {
                ref = analysis;
                a = ref == null ? null : ref.get();
                if (a == null) {
                    a = analyse();
                    analysis = new SoftReference<>(a);
                }
            }
        }
        return a;
    }

    private Analysis analyse() {
        Layout layout = earlyLayout();
        earlyLayout = null;
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        // about one token per six characters of news text: the table rarely grows
        TokenTable tokens = new TokenTable(this, raw.length() / 5);
        for (int[] range : layout.paragraphs()) {
            int base = tokens.size();
            Tokenizer.tokenize(tokens, range[0], range[1]);
            if (tokens.size() == base) {
                continue;
            }
            int p = paragraphs.size();
            paragraphs.add(new Paragraph(this, p, range[0], range[1]));
            for (int[] s : SentenceSplitter.split(tokens, base, tokens.size())) {
                sentences.add(new Sentence(this, sentences.size(), p, tokens.start(base + s[0]), tokens.end(base + s[1] - 1),
                        base + s[0], base + s[1]));
            }
        }
        return new Analysis(layout, List.copyOf(paragraphs), List.copyOf(sentences), tokens);
    }

    @Override
    public String toString() {
        return "Document[" + id + ", " + raw.length() + " chars]";
    }
}
