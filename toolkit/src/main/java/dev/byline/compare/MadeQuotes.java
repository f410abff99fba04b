package dev.byline.compare;

import dev.byline.quotes.Quote;
import dev.byline.quotes.QuoteKind;
import dev.byline.text.Alignment;
import dev.byline.text.Sentence;
import dev.byline.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The worst change a rewrite can make to a quotation: putting in quotation marks what the first
 * source wrote as its own narrative or as reported speech. A quotation found only in B is compared
 * with A's reported clauses and with A's sentences that hold no full quotation; when enough of its
 * words (and of its content words) come from one of them, in order, the row becomes
 * {@link QuoteChangeKind#MADE_A_QUOTE} with A's sentence on the A side and the words B added and
 * dropped in the diff. A partial quotation of A inside that sentence joins the row.
 */
final class MadeQuotes {
    /** Words in common, in order, at least. */
    static final int MIN_COMMON = 5;
    /** Content words (not function words) in common, at least. */
    static final int MIN_CONTENT = 3;
    /** Share of the shorter side's words the common words must make up. */
    static final double MIN_COVER = 0.35;

    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "and", "or", "but", "of", "to", "in",
            "on", "at", "for", "with", "by", "from", "is", "are", "was", "were", "be", "been", "it", "that", "this",
            "he", "she", "they", "we", "i", "you", "his", "her", "their", "its", "our", "as", "not", "has", "have",
            "had", "will", "would", "can", "could", "said", "says", "there", "so", "do", "does", "did", "if", "than");

    private record Candidate(Quote narrative, List<Token> words) {
    }

    private MadeQuotes() {
    }

    /** The rows with each only-in-b quotation that A wrote as narrative turned into a made-a-quote row. */
    static List<QuoteChange> find(List<QuoteChange> rows, List<Quote> allA) {
        if (allA.isEmpty() || rows.stream().noneMatch(r -> r.change() == QuoteChangeKind.ONLY_IN_B)) {
            return new ArrayList<>(rows);
        }
        List<Candidate> candidates = candidates(allA, rows);
        Map<String, List<Integer>> index = new HashMap<>();
        for (int c = 0; c < candidates.size(); c++) {
            for (String w : contentWords(candidates.get(c).words())) {
                index.computeIfAbsent(w, k -> new ArrayList<>()).add(c);
            }
        }
        Set<Integer> used = new HashSet<>();
        List<QuoteChange> out = new ArrayList<>();
        Set<QuoteChange> absorbed = new HashSet<>();
        List<QuoteChange> made = new ArrayList<>();
        for (QuoteChange r : rows) {
            if (r.change() != QuoteChangeKind.ONLY_IN_B) {
                continue;
            }
            List<Token> bWords = words(r.b());
            Map<Integer, Integer> shared = new HashMap<>();
            for (String w : contentWords(bWords)) {
                for (int c : index.getOrDefault(w, List.of())) {
                    shared.merge(c, 1, Integer::sum);
                }
            }
            int best = -1;
            int bestCommon = 0;
            for (var e : shared.entrySet()) {
                if (e.getValue() < MIN_CONTENT || used.contains(e.getKey())) {
                    continue;
                }
                List<Token> aWords = candidates.get(e.getKey()).words();
                int common = WordDiff.lcsLength(aWords, bWords);
                if (common >= MIN_COMMON && common >= MIN_COVER * Math.min(aWords.size(), bWords.size())
                        && (common > bestCommon || common == bestCommon && e.getKey() < best)) {
                    best = e.getKey();
                    bestCommon = common;
                }
            }
            if (best < 0) {
                continue;
            }
            used.add(best);
            Candidate c = candidates.get(best);
            WordDiff d = WordDiff.of(c.words(), bWords);
            List<Quote> aSide = new ArrayList<>(List.of(c.narrative()));
            for (QuoteChange other : rows) {
                // A's partial quotation inside the sentence B made a quote of belongs to this row
                if (other.change() == QuoteChangeKind.ONLY_IN_A && other.a().stream().allMatch(q ->
                        q.start() >= c.narrative().start() && q.end() <= c.narrative().end())) {
                    absorbed.add(other);
                }
            }
            String speaker = r.speaker().isEmpty() && c.narrative().speaker() != null ? c.narrative().speaker() : r.speaker();
            String diff = "A's " + (c.narrative().verb() != null ? "reported speech" : "narrative") + " put in quotation marks"
                    + (d.isEmpty() ? "" : "; " + d.describe());
            made.add(new QuoteChange(speaker, aSide, r.b(), QuoteChangeKind.MADE_A_QUOTE, diff, d.dropped(), d.added(), true));
            absorbed.add(r);
        }
        for (QuoteChange r : rows) {
            if (!absorbed.contains(r)) {
                out.add(r);
            }
        }
        out.addAll(made);
        return out;
    }

    /**
     * A's reported clauses, and A's sentences holding no full quotation and no quotation matched in
     * B (a sentence whose quote B kept is quoted, not narrative).
     */
    private static List<Candidate> candidates(List<Quote> allA, List<QuoteChange> rows) {
        List<Candidate> out = new ArrayList<>();
        List<Quote> kept = rows.stream().filter(r -> r.change() != QuoteChangeKind.ONLY_IN_A)
                .flatMap(r -> r.a().stream()).toList();
        var doc = allA.get(0).document();
        for (Quote q : allA) {
            if (q.kind() == QuoteKind.INDIRECT) {
                out.add(new Candidate(q, wordsOf(q.document().tokensIn(q.start(), q.end(), Alignment.CONTRACT))));
            }
        }
        for (Sentence s : doc.sentences()) {
            boolean quoted = allA.stream().anyMatch(q -> q.start() < s.end() && q.end() > s.start()
                    && (q.kind() == QuoteKind.FULL || q.kind() == QuoteKind.INDIRECT || kept.contains(q)));
            if (!quoted) {
                Quote narrative = new Quote(doc, s.start(), s.end(), QuoteKind.INDIRECT, null, null, null, "", s.paragraph());
                out.add(new Candidate(narrative, wordsOf(doc.tokensIn(s.start(), s.end(), Alignment.CONTRACT))));
            }
        }
        return out;
    }

    private static List<Token> words(List<Quote> quotes) {
        List<Token> out = new ArrayList<>();
        for (Quote q : quotes) {
            out.addAll(wordsOf(q.document().tokensIn(q.start(), q.end(), Alignment.CONTRACT)));
        }
        return out;
    }

    private static List<Token> wordsOf(List<Token> tokens) {
        return tokens.stream().filter(t -> t.kind().isWordLike()).toList();
    }

    private static Set<String> contentWords(List<Token> words) {
        Set<String> out = new HashSet<>();
        for (Token t : words) {
            String f = Words.fold(t.norm());
            if (!FUNCTION_WORDS.contains(f)) {
                out.add(f);
            }
        }
        return out;
    }
}
