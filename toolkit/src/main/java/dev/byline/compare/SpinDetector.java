package dev.byline.compare;

import dev.byline.corpus.Corpus;
import dev.byline.text.Document;
import dev.byline.text.QuoteMarks;
import dev.byline.text.Token;
import dev.byline.text.TokenKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Flags synonym-spun text: an article run through a "rewriter" that swaps words for thesaurus
 * synonyms to hide where it was copied from ("said" → "mentioned", "Financial Times" →
 * "Monetary Occasions").
 *
 * <pre>{@code
 * Table t = SpinDetector.defaults().table(corpus);   // doc, doc_score, doc_flagged, start, end, phrase, likely_original, signal
 * SpinReport r = SpinDetector.defaults().analyse(doc);
 * }</pre>
 *
 * <p>Two independent signals, combined as a noisy-or ({@code 1 - (1 - s1)(1 - s2)}):
 * <ol>
 * <li><b>Substitutions</b>: phrases from a lexicon of known spinner swaps of common collocations
 *     and names (the "tortured phrases" idea of Cabanac, Labbé and Magazinov, 2021; see
 *     {@code spin-lexicon.tsv}), plus two shape rules a thesaurus swap leaves behind: the month
 *     May read as the modal ("Could 9") and "pro-" read as "professional-" ("Professional-war").
 *     {@code s1 = min(1, hits per 100 words / }{@value #SATURATION}{@code )}.</li>
 * <li><b>Speech verbs</b>: news attributes quotes with "said" and "told" nearly always; a spinner
 *     replaces them with "mentioned", "stated", "instructed". Among speech verbs in attribution
 *     position (after a quote or a comma, or before a quote or a full stop), {@code s2} is the
 *     share of spinner verbs, counted once there are at least {@value #MIN_ATTRIBUTIONS}.</li>
 * </ol>
 * A document is flagged at {@code score ≥ }{@value #FLAG_SCORE}. Neither signal knows any
 * article: the verb signal alone flags the corpus's spun piece (see the tests).
 */
public final class SpinDetector {
    /** Substitution hits per 100 words at which the substitution signal saturates (one hit every 200 words). */
    public static final double SATURATION = 0.5;
    /** Attributions needed before the verb share counts: two odd verbs are style, not evidence. */
    public static final int MIN_ATTRIBUTIONS = 3;
    /** Score at or above which a document is flagged. */
    public static final double FLAG_SCORE = 0.5;

    private static final Set<String> NEWS_VERBS = Set.of("said", "says", "told", "tells", "added", "adds", "asked", "wrote");
    /** Spinner outputs for the news verbs, with the verb they most likely replaced. */
    private static final Map<String, String> SPUN_VERBS = Map.of(
            "mentioned", "said", "mentions", "says", "stated", "said", "instructed", "told",
            "knowledgeable", "told");
    /** Words before a verb form that make it an adjective or a non-speech use: "the stated aim", "as mentioned", "were knowledgeable". */
    private static final Set<String> NOT_A_SPEAKER = Set.of("the", "a", "an", "its", "their", "his", "her", "our", "my", "your",
            "as", "above", "aforementioned", "is", "are", "was", "were", "be", "been", "being", "very", "more", "most",
            "highly", "well");
    private static final Set<String> PRO_STEMS = Set.of("war", "government", "democracy", "choice", "life", "business",
            "european", "western", "independence", "kremlin", "russian", "ukrainian", "american", "israel", "palestinian");

    private final SpinLexicon lexicon;

    private SpinDetector(SpinLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The built-in lexicon, the shape rules and the speech-verb signal. */
    public static SpinDetector defaults() {
        return new SpinDetector(SpinLexicon.builtIn());
    }

    /** The statistical signals only (shape rules and speech verbs), no phrase lexicon: to check they stand alone. */
    public static SpinDetector withoutLexicon() {
        return new SpinDetector(SpinLexicon.empty());
    }

    /** The verdict and flagged phrases for one document. */
    public SpinReport analyse(Document doc) {
        List<Word> words = Words.of(doc);
        List<SpinPhrase> phrases = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            SpinLexicon.Entry e = lexicon.match(words, i);
            if (e != null) {
                Word last = words.get(i + e.spun().size() - 1);
                phrases.add(new SpinPhrase(doc, words.get(i).start(), last.end(), e.original(), "lexicon"));
                i += e.spun().size() - 1;
                continue;
            }
            SpinPhrase p = shapeRule(doc, words, i);
            if (p != null) {
                phrases.add(p);
            }
        }
        int substitutions = phrases.size();
        List<Token> tokens = doc.tokens();
        int attributions = 0;
        List<SpinPhrase> odd = new ArrayList<>();
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            String v = t.norm();
            boolean news = NEWS_VERBS.contains(v);
            boolean spun = SPUN_VERBS.containsKey(v);
            if ((news || spun) && inAttribution(tokens, k)) {
                attributions++;
                if (spun) {
                    odd.add(new SpinPhrase(doc, t.start(), t.end(), SPUN_VERBS.get(v), "speech-verb"));
                }
            }
        }
        double s1 = Math.min(1, words.isEmpty() ? 0 : 100.0 * substitutions / words.size() / SATURATION);
        double s2 = attributions >= MIN_ATTRIBUTIONS ? (double) odd.size() / attributions : 0;
        double score = Similarity.round(1 - (1 - s1) * (1 - s2));
        if (s2 >= FLAG_SCORE) {
            phrases.addAll(odd);
        }
        phrases.sort(Comparator.comparingInt(SpinPhrase::start));
        return new SpinReport(doc, score, score >= FLAG_SCORE, List.copyOf(phrases), words.size(), substitutions, attributions, odd.size());
    }

    /**
     * A new table over the corpus: doc, doc_score, doc_flagged, start, end, phrase, likely_original,
     * signal — one row per flagged phrase, and one row with empty phrase columns for a document with none.
     */
    public Table table(Corpus corpus) {
        StringColumn doc = StringColumn.create("doc");
        DoubleColumn score = DoubleColumn.create("doc_score");
        BooleanColumn flagged = BooleanColumn.create("doc_flagged");
        IntColumn start = IntColumn.create("start");
        IntColumn end = IntColumn.create("end");
        StringColumn phrase = StringColumn.create("phrase");
        StringColumn original = StringColumn.create("likely_original");
        StringColumn signal = StringColumn.create("signal");
        for (Document d : corpus) {
            SpinReport r = analyse(d);
            if (r.phrases().isEmpty()) {
                doc.append(d.id());
                score.append(r.score());
                flagged.append(r.flagged());
                start.appendMissing();
                end.appendMissing();
                phrase.append("");
                original.append("");
                signal.append("");
            }
            for (SpinPhrase p : r.phrases()) {
                doc.append(d.id());
                score.append(r.score());
                flagged.append(r.flagged());
                start.append(p.start());
                end.append(p.end());
                phrase.append(p.text());
                original.append(p.likelyOriginal());
                signal.append(p.signal());
            }
        }
        return Table.create("spin", doc, score, flagged, start, end, phrase, original, signal);
    }

    private static SpinPhrase shapeRule(Document doc, List<Word> words, int i) {
        Word w = words.get(i);
        String text = w.token().text();
        if (text.equals("Could") && i + 1 < words.size() && i > 0 && words.get(i - 1).sentence() == w.sentence()) {
            Word next = words.get(i + 1);
            if (next.fold().matches("[1-9]|[12][0-9]|3[01]")) {
                return new SpinPhrase(doc, w.start(), next.end(), "May " + next.fold(), "pattern");
            }
        }
        if (w.fold().startsWith("professional-")) {
            String rest = text.substring("professional-".length());
            if (!rest.isEmpty() && (Character.isUpperCase(rest.charAt(0)) || PRO_STEMS.contains(w.fold().substring(13)))) {
                return new SpinPhrase(doc, w.start(), w.end(), "Pro-" + rest, "pattern");
            }
        }
        return null;
    }

    private static boolean inAttribution(List<Token> tokens, int k) {
        Token prev = k > 0 ? tokens.get(k - 1) : null;
        Token next = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
        boolean afterQuote = prev != null && (QuoteMarks.isClosing(prev)
                || (prev.norm().equals(",") && k > 1 && QuoteMarks.isClosing(tokens.get(k - 2)))
                || prev.norm().equals(","));
        boolean beforeQuoteOrStop = next != null && (QuoteMarks.isOpening(next)
                || (next.kind() == TokenKind.PUNCT && (next.norm().equals(".") || next.norm().equals(",") || next.norm().equals(":"))));
        // "Economists said the move…", "Lindqvist told reporters": a subject, then the verb and its clause.
        boolean afterSubject = prev != null && prev.kind() == TokenKind.WORD && !NOT_A_SPEAKER.contains(prev.norm())
                && next != null && next.kind().isWordLike() && !next.norm().equals("to");
        return afterQuote || beforeQuoteOrStop || afterSubject;
    }
}
