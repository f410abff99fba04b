package dev.byline.quotes;

import dev.byline.corpus.Corpus;
import dev.byline.corpus.DocumentStream;
import dev.byline.text.Document;
import dev.byline.text.Parts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Who said what: quotations with their kind and speaker, as records or as Tablesaw tables.
 *
 * <pre>{@code
 * Corpus corpus = Corpus.load("corpus");
 * List<Quote> quotes = Quotes.find(corpus.get("000_fe30a10617dd1251"));
 * Table all = Quotes.table(corpus);              // one row per quotation, the headlines' included
 * Table body = Quotes.table(corpus, Parts.BODY); // the bodies' quotations only (--no-title)
 * Table who = Quotes.speakers(corpus);           // doc × speaker: quotes, quoted_words
 * Table across = Quotes.speakersAcross(corpus);  // speaker: docs, quotes, quoted_words
 * String html = Quotes.highlight(doc);           // the article with quotes and speakers marked
 * }</pre>
 *
 * <p>Rules, not a model: quotation marks are paired with a stack that knows every mark style,
 * speakers are found next to a lexicon of cue verbs, and names are resolved within the article.
 * Nothing is downloaded and the same text always gives the same rows.
 */
public final class Quotes {
    private Quotes() {
    }

    /**
     * The quotations of one document's body, in text order (direct quotes and reported speech): what the
     * comparisons (drift, made quotes) and the accuracy benchmarks read. {@link #find(Document, Parts)} reads the
     * headline too.
     */
    public static List<Quote> find(Document document) {
        return QuoteFinder.find(document);
    }

    /**
     * Every mention the rules could give each direct quotation of one document's body as its speaker, with the
     * features the speaker ranker weighs, the rules' own pick marked: what {@code byline-bench polnear-ranker}
     * fits the ranker on. {@link #find(Document)} gives each quotation the candidate the ranker chooses.
     */
    public static List<SpeakerCandidate> speakerCandidates(Document document) {
        return QuoteFinder.candidates(document);
    }

    /**
     * The quotations of the parts of one document asked for: with {@link Parts#TITLE_AND_BODY} those of its headline
     * ({@link Document#headline()}, a text of its own: {@link Quote#document()} is the headline document, and the
     * offsets index its text), then those of its body.
     */
    public static List<Quote> find(Document document, Parts parts) {
        List<Quote> out = new ArrayList<>();
        for (Document part : parts.of(document)) {
            out.addAll(QuoteFinder.find(part));
        }
        return out;
    }

    /** The quotations of every document's body, document by document in id order. */
    public static List<Quote> find(Corpus corpus) {
        return find(corpus, Parts.BODY);
    }

    /** The quotations of the parts asked for of every document, document by document in id order. */
    public static List<Quote> find(Corpus corpus, Parts parts) {
        List<Quote> out = new ArrayList<>();
        for (Document d : corpus) {
            out.addAll(find(d, parts));
        }
        return out;
    }

    /**
     * A new table, one row per quotation of the headlines and the bodies: doc, quote_id (1, 2, … within the
     * document), part, start, end, text, kind, speaker, speaker_id, speaker_start, speaker_end, verb, marks,
     * paragraph, words. {@code part} is {@code title} for a quotation in the headline, whose offsets index the
     * headline's own text ({@code doc.headline().get().raw()}) and whose paragraph is 0, and {@code body} for the
     * rest, whose offsets index the raw text.
     * {@code speaker_id} numbers the people of one document (1, 2, … in order of first quotation):
     * "Rosin", "he" and "Kaupo Rosin" resolved to one person share one id, labelled with the fullest
     * name in {@code speaker}. Offsets are
     * into the raw text; {@code text} is exactly {@code raw.substring(start, end)}. A missing
     * speaker or verb is an empty string, a missing speaker offset a missing integer.
     */
    public static Table table(Corpus corpus) {
        return table(corpus, Parts.TITLE_AND_BODY);
    }

    /** {@link #table(Corpus)} of the parts asked for: the headlines and bodies, or the bodies alone. */
    public static Table table(Corpus corpus, Parts parts) {
        return table(find(corpus, parts));
    }

    /**
     * {@link #table(Corpus)} for documents read as they are used: each document's rows are made on
     * the thread that read it and its text dropped, so memory follows the rows, not the corpus.
     * Same rows in the same order as {@code table(Corpus.load(...))} of the same files.
     *
     * <pre>{@code
     * Table all = Quotes.table(DocumentStream.of(LoadOptions.defaults(), Path.of("archive")));
     * }</pre>
     */
    public static Table table(DocumentStream documents) {
        return table(documents, Parts.TITLE_AND_BODY);
    }

    /** {@link #table(DocumentStream)} of the parts asked for: the headlines and bodies, or the bodies alone. */
    public static Table table(DocumentStream documents, Parts parts) {
        // rows, not a table per document: the columns are built once, which is most of a small document's cost
        return tableOf(rows(documents, parts));
    }

    /**
     * The rows of {@link #table(DocumentStream, Parts)}, in its order, without building a table: for a caller that
     * prints them (the command line's {@code byline quotes}), which then need not pay for Tablesaw's columns.
     */
    public static List<QuoteRow> rows(DocumentStream documents, Parts parts) {
        List<QuoteRow> rows = new ArrayList<>();
        QuoteStreams.forEachById(documents, d -> rows(find(d, parts)), rows::addAll);
        return rows;
    }

    /** The quotation table of one document, its headline's quotations included. */
    public static Table table(Document document) {
        return table(document, Parts.TITLE_AND_BODY);
    }

    /** The quotation table of the parts asked for of one document. */
    public static Table table(Document document, Parts parts) {
        return table(find(document, parts));
    }

    /** The quotation table of a list of quotations (as from {@link #find(Document)}), in list order. */
    public static Table table(List<Quote> quotes) {
        return tableOf(rows(quotes));
    }

    /** The table's rows for a list of quotations: quote ids and speaker ids count from 1 in each document. */
    private static List<QuoteRow> rows(List<Quote> quotes) {
        List<QuoteRow> out = new ArrayList<>(quotes.size());
        String lastDoc = null;
        int n = 0;
        Map<String, Integer> ids = new java.util.HashMap<>();
        for (Quote q : quotes) {
            if (!q.document().id().equals(lastDoc)) {
                lastDoc = q.document().id();
                n = 0;
                ids.clear();
            }
            out.add(new QuoteRow(q.document().id(), ++n, Parts.label(q.document()), q.start(), q.end(), q.text(), q.kind().label(),
                    q.speaker() == null ? "" : q.speaker(),
                    q.speaker() == null ? null : ids.computeIfAbsent(q.speaker(), k -> ids.size() + 1),
                    q.speakerMention() == null ? null : q.speakerMention().start(),
                    q.speakerMention() == null ? null : q.speakerMention().end(),
                    q.verb() == null ? "" : q.verb(), q.marks(), q.paragraph(), q.words()));
        }
        return out;
    }

    private static Table tableOf(List<QuoteRow> rows) {
        StringColumn doc = StringColumn.create("doc");
        IntColumn id = IntColumn.create("quote_id");
        StringColumn part = StringColumn.create("part");
        IntColumn start = IntColumn.create("start");
        IntColumn end = IntColumn.create("end");
        StringColumn text = StringColumn.create("text");
        StringColumn kind = StringColumn.create("kind");
        StringColumn speaker = StringColumn.create("speaker");
        IntColumn speakerId = IntColumn.create("speaker_id");
        IntColumn speakerStart = IntColumn.create("speaker_start");
        IntColumn speakerEnd = IntColumn.create("speaker_end");
        StringColumn verb = StringColumn.create("verb");
        StringColumn marks = StringColumn.create("marks");
        IntColumn paragraph = IntColumn.create("paragraph");
        IntColumn words = IntColumn.create("words");
        for (QuoteRow r : rows) {
            doc.append(r.doc());
            id.append(r.quoteId());
            part.append(r.part());
            start.append(r.start());
            end.append(r.end());
            text.append(r.text());
            kind.append(r.kind());
            speaker.append(r.speaker());
            appendOrMissing(speakerId, r.speakerId());
            appendOrMissing(speakerStart, r.speakerStart());
            appendOrMissing(speakerEnd, r.speakerEnd());
            verb.append(r.verb());
            marks.append(r.marks());
            paragraph.append(r.paragraph());
            words.append(r.words());
        }
        return Table.create("quotes", doc, id, part, start, end, text, kind, speaker, speakerId, speakerStart, speakerEnd, verb, marks,
                paragraph, words);
    }

    private static void appendOrMissing(IntColumn c, Integer value) {
        if (value == null) {
            c.appendMissing();
        } else {
            c.append(value);
        }
    }

    /**
     * A new table, one row per document and speaker ("who gets to speak"): doc, speaker, quotes
     * (quotations of any kind but term), quoted_words (words inside the speaker's direct
     * quotations), direct, indirect. Sorted by doc, then quotes descending, then speaker.
     */
    public static Table speakers(Corpus corpus) {
        return speakers(find(corpus));
    }

    /** {@link #speakers(Corpus)} for documents read as they are used (see {@link #table(DocumentStream)}). */
    public static Table speakers(DocumentStream documents) {
        return QuoteStreams.concatenated(documents, d -> speakers(find(d)), speakers(List.of()));
    }

    /** The speakers table of a list of quotations. */
    public static Table speakers(List<Quote> quotes) {
        record Key(String doc, String speaker) {
        }
        Map<Key, int[]> counts = new TreeMap<>(Comparator.comparing(Key::doc).thenComparing(Key::speaker));
        for (Quote q : quotes) {
            if (q.speaker() == null || q.kind() == QuoteKind.TERM) {
                continue;
            }
            int[] c = counts.computeIfAbsent(new Key(q.document().id(), q.speaker()), k -> new int[4]);
            count(c, q);
        }
        StringColumn doc = StringColumn.create("doc");
        StringColumn speaker = StringColumn.create("speaker");
        IntColumn nQuotes = IntColumn.create("quotes");
        IntColumn words = IntColumn.create("quoted_words");
        IntColumn direct = IntColumn.create("direct");
        IntColumn indirect = IntColumn.create("indirect");
        counts.entrySet().stream()
                .sorted(Comparator.<Map.Entry<Key, int[]>, String>comparing(e -> e.getKey().doc())
                        .thenComparing(e -> -e.getValue()[0]).thenComparing(e -> e.getKey().speaker()))
                .forEach(e -> {
                    doc.append(e.getKey().doc());
                    speaker.append(e.getKey().speaker());
                    nQuotes.append(e.getValue()[0]);
                    words.append(e.getValue()[1]);
                    direct.append(e.getValue()[2]);
                    indirect.append(e.getValue()[3]);
                });
        return Table.create("speakers", doc, speaker, nQuotes, words, direct, indirect);
    }

    /**
     * A new table, one row per speaker across the corpus, so one can see the same person quoted by
     * several outlets: speaker, docs (how many documents quote them), quotes, quoted_words, direct,
     * indirect, doc_ids (comma-separated), names (the labels counted in this row, "; "-separated)
     * and note. A short name in one article ("Bakker") is counted as the one fuller name of the
     * corpus it ends with ("Joost Bakker"); when the corpus has two or more ("Joost Bakker", "Anna
     * Bakker") it stays apart and {@code note} says "undecided: Bakker may be Anna Bakker or Joost
     * Bakker". Sorted by docs descending, quotes descending, speaker.
     */
    public static Table speakersAcross(Corpus corpus) {
        List<Quote> all = find(corpus);
        SpeakerIdentity identity = SpeakerIdentity.of(all.stream().map(Quote::speaker)
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet()));
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, TreeSet<String>> docs = new TreeMap<>();
        Map<String, TreeSet<String>> names = new TreeMap<>();
        for (Quote q : all) {
            if (q.speaker() == null || q.kind() == QuoteKind.TERM) {
                continue;
            }
            String who = identity.canonical(q.speaker());
            count(counts.computeIfAbsent(who, k -> new int[4]), q);
            docs.computeIfAbsent(who, k -> new TreeSet<>()).add(q.document().id());
            names.computeIfAbsent(who, k -> new TreeSet<>()).add(q.speaker());
        }
        StringColumn speaker = StringColumn.create("speaker");
        IntColumn nDocs = IntColumn.create("docs");
        IntColumn nQuotes = IntColumn.create("quotes");
        IntColumn words = IntColumn.create("quoted_words");
        IntColumn direct = IntColumn.create("direct");
        IntColumn indirect = IntColumn.create("indirect");
        StringColumn ids = StringColumn.create("doc_ids");
        StringColumn labels = StringColumn.create("names");
        StringColumn note = StringColumn.create("note");
        counts.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, int[]>>comparingInt(e -> -docs.get(e.getKey()).size())
                        .thenComparing(e -> -e.getValue()[0]).thenComparing(Map.Entry::getKey))
                .forEach(e -> {
                    speaker.append(e.getKey());
                    nDocs.append(docs.get(e.getKey()).size());
                    nQuotes.append(e.getValue()[0]);
                    words.append(e.getValue()[1]);
                    direct.append(e.getValue()[2]);
                    indirect.append(e.getValue()[3]);
                    ids.append(String.join(",", docs.get(e.getKey())));
                    labels.append(String.join("; ", names.get(e.getKey())));
                    note.append(identity.note(e.getKey()));
                });
        return Table.create("speakers across documents", speaker, nDocs, nQuotes, words, direct, indirect, ids,
                labels, note);
    }

    private static void count(int[] c, Quote q) {
        c[0]++;
        if (q.kind().isDirectSpeech()) {
            c[1] += q.words();
            c[2]++;
        } else {
            c[3]++;
        }
    }

    /**
     * The article as a self-contained HTML fragment with quotations highlighted by kind and speaker
     * mentions marked; all text escaped, no scripts, no external resources.
     */
    public static String highlight(Document document) {
        return QuoteHighlighter.html(document, find(document));
    }
}
