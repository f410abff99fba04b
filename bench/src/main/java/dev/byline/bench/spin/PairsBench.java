package dev.byline.bench.spin;

import dev.byline.compare.PairScore;
import dev.byline.compare.Passage;
import dev.byline.compare.PassageAligner;
import dev.byline.compare.PassageAlignment;
import dev.byline.compare.RelationRule;
import dev.byline.compare.Similarity;
import dev.byline.text.Document;
import dev.byline.text.Paragraph;
import dev.byline.text.Sentence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Derived pairs from real articles, for passage alignment and the relation thresholds of
 * {@code compare}: each article A against versions of it made by rule, with the paragraph links
 * known by construction.
 * <ul>
 * <li><b>reparagraphed</b>: every third paragraph split in two at its middle sentence, the next
 *     merged with the one after it (a pickup's own paragraphing); expected relation copy.</li>
 * <li><b>trimmed</b>: reparagraphed, the last third of its paragraphs cut (a pickup cut to fit); copy.</li>
 * <li><b>spun</b>: reparagraphed, then 30% of content words swapped by {@link ThesaurusSpinner}; spun-copy.</li>
 * <li><b>edited</b>: reparagraphed, then {@value #EDITS} words changed for other words of the text ({@link #edit}); copy.</li>
 * <li><b>unrelated</b>: A against the next article of the split; not copy, rewrite, spun-copy or sibling.</li>
 * </ul>
 * Paragraph-link F1: a passage with both sides links A's paragraph at its start to B's paragraph at its start;
 * gold links A's paragraph of each sentence to the B paragraph the rule put it in.
 */
final class PairsBench {
    private PairsBench() {
    }

    /** B's text and, per B paragraph, the A paragraphs its sentences came from. */
    record Derived(String text, List<Set<Integer>> fromA) {
    }

    static Derived reparagraph(Document a, double keep) {
        List<List<Sentence>> paras = new ArrayList<>();
        for (int p = 0; p < a.paragraphs().size(); p++) {
            paras.add(new ArrayList<>());
        }
        for (Sentence s : a.sentences()) {
            paras.get(s.paragraph()).add(s);
        }
        paras.removeIf(List::isEmpty);
        int kept = Math.max(1, (int) Math.round(paras.size() * keep));
        List<List<Sentence>> out = new ArrayList<>();
        for (int p = 0; p < kept; p++) {
            List<Sentence> ss = paras.get(p);
            if (p % 3 == 0 && ss.size() >= 2) {
                out.add(ss.subList(0, ss.size() / 2));
                out.add(ss.subList(ss.size() / 2, ss.size()));
            } else if (p % 3 == 1 && p + 1 < kept) {
                List<Sentence> merged = new ArrayList<>(ss);
                merged.addAll(paras.get(p + 1));
                out.add(merged);
                p++;
            } else {
                out.add(ss);
            }
        }
        StringBuilder text = new StringBuilder();
        List<Set<Integer>> fromA = new ArrayList<>();
        for (List<Sentence> ss : out) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            Set<Integer> from = new HashSet<>();
            for (int k = 0; k < ss.size(); k++) {
                text.append(k > 0 ? " " : "").append(a.raw(), ss.get(k).start(), ss.get(k).end());
                from.add(ss.get(k).paragraph());
            }
            fromA.add(from);
        }
        return new Derived(text.append('\n').toString(), fromA);
    }

    /**
     * An editor's pass over a copy: {@value #EDITS} lower-case words of four letters or more each
     * replaced by another such word of the same text, picked at random (a fixed name, a changed
     * figure or tense, not a thesaurus); same paragraphs.
     */
    static String edit(String text, java.util.Random random) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b[a-z]{4,}\\b").matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        if (spans.size() < 2) {
            return text;
        }
        java.util.TreeMap<Integer, int[]> chosen = new java.util.TreeMap<>();
        for (int e = 0; e < EDITS; e++) {
            int[] at = spans.get(random.nextInt(spans.size()));
            chosen.put(at[0], new int[] {at[1], random.nextInt(spans.size())});
        }
        StringBuilder out = new StringBuilder();
        int last = 0;
        for (Map.Entry<Integer, int[]> c : chosen.entrySet()) {
            int[] with = spans.get(c.getValue()[1]);
            out.append(text, last, c.getKey()).append(text, with[0], with[1]);
            last = c.getValue()[0];
        }
        return out.append(text.substring(last)).toString();
    }

    /** Words an editor's pass changes ({@link #edit}). */
    static final int EDITS = 5;

    /** Counts of gold links, predicted links and links in both, for one pair. */
    static int[] linkCounts(Document a, Document b, List<Set<Integer>> fromA) {
        Set<Long> gold = new HashSet<>();
        for (int q = 0; q < fromA.size(); q++) {
            for (int p : fromA.get(q)) {
                gold.add((long) p << 32 | q);
            }
        }
        Set<Long> predicted = new HashSet<>();
        PassageAlignment al = PassageAligner.align(a, b);
        for (Passage x : al.passages()) {
            if (x.aStart() >= 0 && x.bStart() >= 0) {
                predicted.add((long) paragraphAt(a, x.aStart()) << 32 | paragraphAt(b, x.bStart()));
            }
        }
        int both = 0;
        for (long l : predicted) {
            both += gold.contains(l) ? 1 : 0;
        }
        return new int[] {gold.size(), predicted.size(), both};
    }

    private static int paragraphAt(Document d, int offset) {
        int i = 0;
        for (Paragraph p : d.paragraphs()) {
            if (offset < p.end()) {
                return i;
            }
            i++;
        }
        return i - 1;
    }

    static int run(List<Document> docs, Spinner spinner, long seed) throws Exception {
        Map<String, int[]> links = new TreeMap<>();
        Map<String, Map<String, Integer>> labels = new TreeMap<>();
        Map<String, List<PairScore>> scores = new TreeMap<>();
        for (int k = 0; k < docs.size(); k++) {
            Document a = docs.get(k);
            Derived re = reparagraph(a, 1.0);
            Derived trim = reparagraph(a, 2.0 / 3);
            Document reDoc = Document.of(a.id() + "-re", re.text());
            Document trimDoc = Document.of(a.id() + "-trim", trim.text());
            Document spunDoc = Document.of(a.id() + "-spun", spinner.spin(re.text(), seed * 1_000_003L + k).text());
            Document editedDoc = Document.of(a.id() + "-edited", edit(re.text(), new java.util.Random(seed * 1_000_003L + k)));
            Document other = docs.get((k + 1) % docs.size());
            Object[][] pairs = {{"reparagraphed", reDoc, re}, {"trimmed", trimDoc, trim}, {"edited", editedDoc, re}, {"spun", spunDoc, re},
                {"unrelated", other, null}};
            for (Object[] p : pairs) {
                String kind = (String) p[0];
                Document b = (Document) p[1];
                if (p[2] instanceof Derived d && b.paragraphs().size() == d.fromA().size()) {
                    int[] c = linkCounts(a, b, d.fromA());
                    int[] sum = links.computeIfAbsent(kind, x -> new int[3]);
                    for (int i = 0; i < 3; i++) {
                        sum[i] += c[i];
                    }
                }
                PairScore s = Similarity.score(a, b);
                scores.computeIfAbsent(kind, x -> new ArrayList<>()).add(s);
                labels.computeIfAbsent(kind, x -> new TreeMap<>()).merge(RelationRule.decide(s).label(), 1, Integer::sum);
            }
        }
        System.out.printf(Locale.ROOT, "%d articles%n", docs.size());
        links.forEach((kind, c) -> System.out.printf(Locale.ROOT, "paragraph links, %s: gold %d, predicted %d, both %d: P %.3f R %.3f F1 %.3f%n",
                kind, c[0], c[1], c[2], (double) c[2] / c[1], (double) c[2] / c[0], 2.0 * c[2] / (c[0] + c[1])));
        labels.forEach((kind, m) -> System.out.println("relation, " + kind + ": " + m));
        scores.forEach((kind, ss) -> System.out.printf(Locale.ROOT,
                "%s: cosine %s | max containment %s | max coverage %s | order %s | swap rate %s | in place %s"
                        + " | thesaurus swaps %s | thesaurus rate %s%n", kind,
                range(ss, PairScore::cosine), range(ss, PairScore::maxContainment), range(ss, PairScore::maxCoverage),
                range(ss, PairScore::order), range(ss, PairScore::swapRate), range(ss, PairScore::inPlaceShare),
                range(ss, PairScore::thesaurusSwaps), range(ss, PairScore::thesaurusRate)));
        return 0;
    }

    /** min / 5th percentile / median / 95th percentile / max. */
    private static String range(List<PairScore> ss, java.util.function.ToDoubleFunction<PairScore> f) {
        double[] v = ss.stream().mapToDouble(f).sorted().toArray();
        int n = v.length;
        return String.format(Locale.ROOT, "%.2f/%.2f/%.2f/%.2f/%.2f", v[0], v[n / 20], v[n / 2], v[Math.min(n - 1, n * 19 / 20)], v[n - 1]);
    }
}
