package dev.byline.compare;

import dev.byline.corpus.Document;
import dev.byline.quotes.Quote;
import dev.byline.quotes.Quotes;
import dev.byline.text.Alignment;
import dev.byline.text.Span;
import dev.byline.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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
 * quotation). Two quotes match when, over case- and dot-folded words, their longest common
 * subsequence covers at least half of the shorter (and two words), and their speakers agree (same
 * surname, or one unattributed); a near-identical quote (80%, four words) matches across
 * differing attributions, because a changed attribution is drift too. Matches are grouped
 * transitively, so a quote split in one source and whole in the other is one row. The diff
 * compares the words as written: "U.S." against "US" is a change, not the same.
 */
public final class QuoteDrift {
    /** Share of the shorter quote's words the common subsequence must cover. */
    public static final double MATCH = 0.5;
    /** Cover needed to match quotes attributed to different speakers. */
    public static final double MATCH_ACROSS_SPEAKERS = 0.8;

    private record Q(Quote quote, List<Token> words) {
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
        List<java.util.Set<Integer>> usedA = new ArrayList<>();
        List<java.util.Set<Integer>> usedB = new ArrayList<>();
        qa.forEach(q -> usedA.add(new java.util.HashSet<>()));
        qb.forEach(q -> usedB.add(new java.util.HashSet<>()));
        for (Edge e : edges) {
            boolean free = e.pairs.stream().noneMatch(p -> usedA.get(e.i).contains(p[0]) || usedB.get(e.j).contains(p[1]));
            if (free) {
                e.pairs.forEach(p -> {
                    usedA.get(e.i).add(p[0]);
                    usedB.get(e.j).add(p[1]);
                });
                union(parent, e.i, qa.size() + e.j);
            }
        }
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
        rows.sort(Comparator.comparingInt((QuoteChange c) -> c.aStart() < 0 ? Integer.MAX_VALUE : c.aStart())
                .thenComparingInt(QuoteChange::bStart));
        return List.copyOf(rows);
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

    private static List<Q> direct(List<Quote> quotes) {
        List<Q> out = new ArrayList<>();
        for (Quote q : quotes) {
            if (q.kind().isDirectSpeech()) {
                List<Token> words = q.document().tokensIn(q.start(), q.end(), Alignment.CONTRACT).stream()
                        .filter(t -> t.kind().isWordLike()).toList();
                if (!words.isEmpty()) {
                    out.add(new Q(q, words));
                }
            }
        }
        return out;
    }

    private static boolean matches(Q x, Q y) {
        int lcs = WordDiff.lcsLength(x.words, y.words);
        int shorter = Math.min(x.words.size(), y.words.size());
        double cover = (double) lcs / shorter;
        if (shorter == 1) {
            return lcs == 1 && x.words.size() == y.words.size() && sameSpeaker(x.quote.speaker(), y.quote.speaker());
        }
        if (lcs < 2 || cover < MATCH) {
            return false;
        }
        return sameSpeaker(x.quote.speaker(), y.quote.speaker()) || (cover >= MATCH_ACROSS_SPEAKERS && lcs >= 4);
    }

    /** Same person: either side unattributed, or the same last word (surname, or the head of a description). */
    static boolean sameSpeaker(String x, String y) {
        if (x == null || y == null) {
            return true;
        }
        return lastWord(x).equals(lastWord(y)) || x.toLowerCase(Locale.ROOT).contains(y.toLowerCase(Locale.ROOT))
                || y.toLowerCase(Locale.ROOT).contains(x.toLowerCase(Locale.ROOT));
    }

    private static String lastWord(String s) {
        String[] parts = s.trim().toLowerCase(Locale.ROOT).split("\\s+");
        return parts[parts.length - 1];
    }

    private static QuoteChange row(List<Q> as, List<Q> bs, List<Quote> allA, List<Quote> allB) {
        bs.sort(Comparator.comparingInt(q -> q.quote.start()));
        if (as.isEmpty() || bs.isEmpty()) {
            Q q = as.isEmpty() ? bs.get(0) : as.get(0);
            List<Quote> other = as.isEmpty() ? allA : allB;
            String sp = q.quote.speaker();
            boolean inOther = sp != null && other.stream().anyMatch(o -> o.speaker() != null && sameSpeaker(sp, o.speaker()));
            List<Quote> one = List.of(q.quote);
            return as.isEmpty()
                    ? new QuoteChange(orEmpty(sp), List.of(), one, QuoteChangeKind.ONLY_IN_B, "", List.of(), List.of(), inOther)
                    : new QuoteChange(orEmpty(sp), one, List.of(), QuoteChangeKind.ONLY_IN_A, "", List.of(), List.of(), inOther);
        }
        List<Token> bWords = new ArrayList<>();
        bs.forEach(q -> bWords.addAll(q.words));
        // Order A's pieces the way they line up with B, so a split quote reads in B's order.
        as.sort(Comparator.comparingInt((Q q) -> WordDiff.firstMatch(q.words, bWords)).thenComparingInt(q -> q.quote.start()));
        List<Token> aWords = new ArrayList<>();
        as.forEach(q -> aWords.addAll(q.words));
        WordDiff d = WordDiff.of(aWords, bWords);
        String spA = as.stream().map(q -> q.quote.speaker()).filter(s -> s != null).findFirst().orElse(null);
        String spB = bs.stream().map(q -> q.quote.speaker()).filter(s -> s != null).findFirst().orElse(null);
        String speaker = spA == null ? orEmpty(spB) : spB == null || sameSpeaker(spA, spB) ? spA : spA + " / " + spB;
        return new QuoteChange(speaker, as.stream().map(Q::quote).toList(), bs.stream().map(Q::quote).toList(),
                d.isEmpty() ? QuoteChangeKind.SAME : QuoteChangeKind.EDITED, d.describe(), d.dropped(), d.added(), true);
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
