package dev.byline.compare;

import dev.byline.quotes.Quote;
import dev.byline.quotes.Quotes;
import dev.byline.text.Alignment;
import dev.byline.text.Document;
import dev.byline.text.Span;
import dev.byline.text.Token;
import dev.byline.text.TokenKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Quote drift: the direct quotations of two sources matched speaker by speaker, and what the
 * second did to the words of the first.
 *
 * <pre>{@code
 * Table t = QuoteDrift.table(ap, rewrite);   // speaker, a_text, b_text, a_start, b_start, change, diff, speaker_in_other
 * }</pre>
 *
 * <p>Quotations come from {@link Quotes#find} (full and partial quotes; indirect speech is not a
 * quotation). A quotation split around one attribution ("For now," he said, "the belief …") is one
 * quotation: consecutive fragments of one paragraph with the same speaker mention between them and
 * nothing else there but the cue verb, marks and commas. Two quotes match when, over case- and
 * dot-folded words, their longest common subsequence covers at least half of the shorter (and two
 * words), and their speakers agree ({@link QuoteSpeakers}: same person or same description, or one
 * unattributed); a near-identical quote (80%, four words) matches across differing attributions,
 * because a changed attribution is drift too. Quotes still unmatched after that are paired across
 * speakers when their common words make up {@value #MATCH_LEFTOVER} of the longer quote (so a
 * one- to four-word quote must be identical): both ledes quoting "outsmart", one from "a senior
 * European intelligence official", the other from Kaupo Rosin, is one unchanged quote, shown with
 * speaker "a senior European intelligence official / Kaupo Rosin". Matches are grouped transitively,
 * so a quote split in one source and whole in the other is one row. The diff compares the words as
 * written: "U.S." against "US" is a change, not the same.
 */
public final class QuoteDrift {
    /** Share of the shorter quote's words the common subsequence must cover. */
    public static final double MATCH = 0.5;
    /** Cover needed to match quotes attributed to different speakers. */
    public static final double MATCH_ACROSS_SPEAKERS = 0.8;
    /** Share of the longer quote's words needed to pair two quotes left unmatched, whoever their speakers. */
    public static final double MATCH_LEFTOVER = 0.8;

    /** One quotation: one quote, or the fragments of a quote split around its attribution, with its words. */
    private record Q(List<Quote> quotes, List<Token> words) {
        String speaker() {
            return quotes.get(0).speaker();
        }

        int start() {
            return quotes.get(0).start();
        }
    }

    private QuoteDrift() {
    }

    /** Every quote of A and of B, matched, in A's order, with B-only quotes last in B's order. */
    public static List<QuoteChange> compare(Document a, Document b) {
        List<Quote> allA = Quotes.find(a);
        List<Quote> allB = Quotes.find(b);
        List<Q> qa = direct(allA);
        List<Q> qb = direct(allB);
        int n = qa.size() + qb.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        // Best matches first; a match may not reuse words another match already explains, so
        // "in his head" inside a longer quote cannot also pull in a different quote ending "in his head".
        record Edge(int i, int j, List<int[]> pairs) {
        }
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < qa.size(); i++) {
            for (int j = 0; j < qb.size(); j++) {
                if (matches(qa.get(i), qb.get(j))) {
                    edges.add(new Edge(i, j, WordDiff.pairs(qa.get(i).words, qb.get(j).words)));
                }
            }
        }
        edges.sort(Comparator.comparingInt((Edge e) -> -e.pairs.size()).thenComparingInt(Edge::i).thenComparingInt(Edge::j));
        List<Set<Integer>> usedA = new ArrayList<>();
        List<Set<Integer>> usedB = new ArrayList<>();
        qa.forEach(q -> usedA.add(new HashSet<>()));
        qb.forEach(q -> usedB.add(new HashSet<>()));
        boolean[] matched = new boolean[n];
        for (Edge e : edges) {
            boolean free = e.pairs.stream().noneMatch(p -> usedA.get(e.i).contains(p[0]) || usedB.get(e.j).contains(p[1]));
            if (free) {
                e.pairs.forEach(p -> {
                    usedA.get(e.i).add(p[0]);
                    usedB.get(e.j).add(p[1]);
                });
                union(parent, e.i, qa.size() + e.j);
                matched[e.i] = true;
                matched[qa.size() + e.j] = true;
            }
        }
        pairLeftovers(qa, qb, matched, parent);
        List<QuoteChange> rows = new ArrayList<>();
        boolean[] done = new boolean[n];
        for (int root = 0; root < n; root++) {
            List<Q> as = new ArrayList<>();
            List<Q> bs = new ArrayList<>();
            for (int x = 0; x < n; x++) {
                if (find(parent, x) == find(parent, root) && !done[x]) {
                    done[x] = true;
                    (x < qa.size() ? as : bs).add(x < qa.size() ? qa.get(x) : qb.get(x - qa.size()));
                }
            }
            if (as.isEmpty() && bs.isEmpty()) {
                continue;
            }
            rows.add(row(as, bs, allA, allB));
        }
        rows = MadeQuotes.find(rows, allA);
        rows.sort(Comparator.comparingInt((QuoteChange c) -> c.aStart() < 0 ? Integer.MAX_VALUE : c.aStart())
                .thenComparingInt(QuoteChange::bStart));
        return List.copyOf(rows);
    }

    /**
     * Pairs quotes the speaker-by-speaker matching left alone when nearly all of both is the same
     * words, best pairs first, each quote once: the two sources attributed one quote differently
     * (a description in one, a name in the other), which is not a quote dropped and another added.
     */
    private static void pairLeftovers(List<Q> qa, List<Q> qb, boolean[] matched, int[] parent) {
        record Pair(int i, int j, int common) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < qa.size(); i++) {
            for (int j = 0; j < qb.size(); j++) {
                if (matched[i] || matched[qa.size() + j]) {
                    continue;
                }
                int common = WordDiff.lcsLength(qa.get(i).words, qb.get(j).words);
                int longer = Math.max(qa.get(i).words.size(), qb.get(j).words.size());
                if (common > 0 && common >= MATCH_LEFTOVER * longer) {
                    pairs.add(new Pair(i, j, common));
                }
            }
        }
        pairs.sort(Comparator.comparingInt((Pair p) -> -p.common).thenComparingInt(Pair::i).thenComparingInt(Pair::j));
        for (Pair p : pairs) {
            if (!matched[p.i] && !matched[qa.size() + p.j]) {
                matched[p.i] = true;
                matched[qa.size() + p.j] = true;
                union(parent, p.i, qa.size() + p.j);
            }
        }
    }

    /** A new table of {@link #compare}: speaker, a_text, b_text, a_start, b_start, change, diff, speaker_in_other. */
    public static Table table(Document a, Document b) {
        return table(compare(a, b)).setName("drift " + a.id() + " vs " + b.id());
    }

    /** A new table of already computed changes (same columns as {@link #table(Document, Document)}). */
    public static Table table(List<QuoteChange> changes) {
        StringColumn speaker = StringColumn.create("speaker");
        StringColumn at = StringColumn.create("a_text");
        StringColumn bt = StringColumn.create("b_text");
        IntColumn as = IntColumn.create("a_start");
        IntColumn bs = IntColumn.create("b_start");
        StringColumn change = StringColumn.create("change");
        StringColumn diff = StringColumn.create("diff");
        BooleanColumn other = BooleanColumn.create("speaker_in_other");
        for (QuoteChange c : changes) {
            speaker.append(c.speaker());
            at.append(c.aText());
            bt.append(c.bText());
            if (c.aStart() < 0) {
                as.appendMissing();
            } else {
                as.append(c.aStart());
            }
            if (c.bStart() < 0) {
                bs.appendMissing();
            } else {
                bs.append(c.bStart());
            }
            change.append(c.change().label());
            diff.append(c.diff());
            other.append(c.speakerInOther());
        }
        return Table.create("drift", speaker, at, bt, as, bs, change, diff, other);
    }

    /** The direct quotations in text order, a quote split around its attribution joined into one. */
    private static List<Q> direct(List<Quote> quotes) {
        List<Quote> sorted = quotes.stream().filter(q -> q.kind().isDirectSpeech())
                .sorted(Comparator.comparingInt(Quote::start)).toList();
        List<Q> out = new ArrayList<>();
        List<Quote> run = new ArrayList<>();
        for (Quote q : sorted) {
            if (!run.isEmpty() && !splitAroundAttribution(run.get(run.size() - 1), q)) {
                add(out, run);
                run = new ArrayList<>();
            }
            run.add(q);
        }
        add(out, run);
        return out;
    }

    private static void add(List<Q> out, List<Quote> run) {
        List<Token> words = new ArrayList<>();
        for (Quote q : run) {
            q.document().tokensIn(q.start(), q.end(), Alignment.CONTRACT).stream()
                    .filter(t -> t.kind().isWordLike()).forEach(words::add);
        }
        if (!words.isEmpty()) {
            out.add(new Q(List.copyOf(run), List.copyOf(words)));
        }
    }

    /**
     * Whether {@code y} continues the quotation {@code x} across its attribution: “For now,” he said,
     * “the belief …”. Same paragraph and speaker mention, the mention between the two, the first
     * fragment not ending a sentence, and between them nothing but marks, commas, the mention and
     * the cue verb. “…,” he said. “New sentence” and “A,” the more people understand “B” are two quotes.
     */
    static boolean splitAroundAttribution(Quote x, Quote y) {
        Span m = x.speakerMention();
        if (m == null || !m.equals(y.speakerMention()) || x.paragraph() != y.paragraph()
                || !Objects.equals(x.speaker(), y.speaker()) || m.start() < x.end() || m.end() > y.start()) {
            return false;
        }
        String first = x.text().strip();
        if (first.isEmpty() || ".?!;:".indexOf(first.charAt(first.length() - 1)) >= 0) {
            return false;
        }
        List<String> rest = new ArrayList<>();
        for (Token t : x.document().tokensIn(x.end(), y.start(), Alignment.CONTRACT)) {
            if (t.kind().isWordLike()) {
                if (t.start() < m.start() || t.end() > m.end()) {
                    rest.add(t.text().toLowerCase(Locale.ROOT));
                }
            } else if (t.kind() != TokenKind.QUOTE && !(t.kind() == TokenKind.PUNCT && t.text().equals(","))) {
                return false;
            }
        }
        String verb = x.verb() != null ? x.verb() : y.verb();
        return verb != null && String.join(" ", rest).equals(verb.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    }

    private static boolean matches(Q x, Q y) {
        int lcs = WordDiff.lcsLength(x.words, y.words);
        int shorter = Math.min(x.words.size(), y.words.size());
        double cover = (double) lcs / shorter;
        boolean sameSpeaker = QuoteSpeakers.compatible(x.speaker(), y.speaker());
        if (shorter == 1) {
            return lcs == 1 && x.words.size() == y.words.size() && sameSpeaker;
        }
        if (lcs < 2 || cover < MATCH) {
            return false;
        }
        return sameSpeaker || (cover >= MATCH_ACROSS_SPEAKERS && lcs >= 4);
    }

    private static QuoteChange row(List<Q> as, List<Q> bs, List<Quote> allA, List<Quote> allB) {
        bs.sort(Comparator.comparingInt(Q::start));
        if (as.isEmpty() || bs.isEmpty()) {
            Q q = as.isEmpty() ? bs.get(0) : as.get(0);
            List<Quote> other = as.isEmpty() ? allA : allB;
            String sp = q.speaker();
            boolean inOther = other.stream().anyMatch(o -> o.kind().isDirectSpeech() && QuoteSpeakers.samePerson(sp, o.speaker()));
            return as.isEmpty()
                    ? new QuoteChange(orEmpty(sp), List.of(), q.quotes, QuoteChangeKind.ONLY_IN_B, "", List.of(), List.of(), inOther)
                    : new QuoteChange(orEmpty(sp), q.quotes, List.of(), QuoteChangeKind.ONLY_IN_A, "", List.of(), List.of(), inOther);
        }
        as.sort(Comparator.comparingInt(Q::start));
        // Diff the side with several pieces in the order they line up with the other side, so a
        // quote split in one source and whole in the other (in another order) is compared word for
        // word; the row still shows each side's pieces in text order, and says B's order differs.
        boolean alignB = as.size() == 1 && bs.size() > 1;
        List<Q> fixed = alignB ? as : bs;
        List<Token> fixedWords = words(fixed);
        List<Q> aligned = new ArrayList<>(alignB ? bs : as);
        aligned.sort(Comparator.comparingInt((Q q) -> WordDiff.firstMatch(q.words, fixedWords)).thenComparingInt(Q::start));
        WordDiff d = alignB ? WordDiff.of(fixedWords, words(aligned)) : WordDiff.of(words(aligned), fixedWords);
        String diff = d.describe();
        boolean reordered = !aligned.equals(alignB ? bs : as);
        if (reordered) {
            // The piece B puts first: B's first piece, or the A piece B's quote opens with.
            Q first = alignB ? bs.get(0) : aligned.get(0);
            String note = "reordered the pieces (“" + first.quotes.stream().map(Quote::text)
                    .collect(Collectors.joining(" … ")).strip() + "” first)";
            diff = diff.isEmpty() ? note : diff + "; " + note;
        }
        String spA = as.stream().map(Q::speaker).filter(Objects::nonNull).findFirst().orElse(null);
        String spB = bs.stream().map(Q::speaker).filter(Objects::nonNull).findFirst().orElse(null);
        boolean speakerChanged = spA != null && spB != null && !QuoteSpeakers.samePerson(spA, spB);
        String speaker = spA == null ? orEmpty(spB) : spB == null || !speakerChanged ? spA : spA + " / " + spB;
        QuoteChangeKind kind;
        if (speakerChanged) {
            kind = QuoteChangeKind.SPEAKER_CHANGED;
            String note = "speaker “" + spA + "” → “" + spB + "”";
            diff = diff.isEmpty() ? note : note + "; " + diff;
        } else if (as.size() > 1 && bs.size() == 1) {
            kind = QuoteChangeKind.STITCHED;
            String note = "stitched " + as.size() + " quotations of A into one";
            diff = diff.isEmpty() ? note : note + "; " + diff;
        } else if (d.isEmpty() && !reordered && as.size() == bs.size()) {
            kind = QuoteChangeKind.SAME;
        } else if (d.added().isEmpty() && (!d.dropped().isEmpty() || as.size() == 1 && bs.size() > 1)) {
            kind = QuoteChangeKind.CUT;
            if (as.size() == 1 && bs.size() > 1) {
                String note = "cut into " + bs.size() + " pieces";
                diff = diff.isEmpty() ? note : note + "; " + diff;
            }
        } else {
            kind = QuoteChangeKind.EDITED;
        }
        return new QuoteChange(speaker, quotesOf(as), quotesOf(bs), kind, diff, d.dropped(), d.added(), true);
    }

    private static List<Token> words(List<Q> qs) {
        List<Token> out = new ArrayList<>();
        qs.forEach(q -> out.addAll(q.words));
        return out;
    }

    private static List<Quote> quotesOf(List<Q> qs) {
        return qs.stream().flatMap(q -> q.quotes.stream()).toList();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static int find(int[] p, int x) {
        while (p[x] != x) {
            p[x] = p[p[x]];
            x = p[x];
        }
        return x;
    }

    private static void union(int[] p, int x, int y) {
        int rx = find(p, x);
        int ry = find(p, y);
        if (rx != ry) {
            p[Math.max(rx, ry)] = Math.min(rx, ry);
        }
    }

    static List<Span> spans(List<Token> tokens) {
        return tokens.stream().map(t -> Span.of(t.document(), t.start(), t.end())).toList();
    }
}
