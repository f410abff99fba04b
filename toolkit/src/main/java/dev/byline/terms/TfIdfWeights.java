package dev.byline.terms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * TF-IDF weighting of documents' term counts, for {@link Terms#tfidf} and {@link Terms#distinctive}: scikit-learn's
 * {@code TfidfVectorizer} default (raw count, smooth idf, L2 norm), each document's rows highest weight first, ties
 * alphabetical.
 */
final class TfIdfWeights {
    private TfIdfWeights() {
    }

    /**
     * A document's counts as TF-IDF needs them, held for every document until the document frequencies are known:
     * so as two arrays (the term strings are shared with the counter's vocabulary), not as the map they came in.
     */
    record DocCounts(String id, String[] terms, int[] counts) {
        DocCounts(String id, Map<String, TermCounter.Count> counts) {
            this(id, new String[counts.size()], new int[counts.size()]);
            int k = 0;
            for (Map.Entry<String, TermCounter.Count> e : counts.entrySet()) {
                terms[k] = e.getKey();
                this.counts[k++] = e.getValue().value;
            }
        }
    }

    static Table tfidfTable(List<DocCounts> perDoc) {
        return tfidfTable(perDoc, Integer.MAX_VALUE, false);
    }

    /**
     * The TF-IDF rows of each document, highest weight first, at most {@code limit} of them (with a rank
     * column if {@code ranked}, as {@link Terms#distinctive} gives them): the weights of every term are needed for a
     * document's norm, but only the rows kept are built.
     */
    static Table tfidfTable(List<DocCounts> perDoc, int limit, boolean ranked) {
        List<TermWeight> rows = tfidfRows(perDoc, limit);
        StringColumn doc = StringColumn.create("doc");
        IntColumn rank = IntColumn.create("rank");
        StringColumn term = StringColumn.create("term");
        IntColumn count = IntColumn.create("count");
        DoubleColumn weight = DoubleColumn.create("tf_idf");
        for (TermWeight r : rows) {
            doc.append(r.doc());
            rank.append(r.rank());
            term.append(r.term());
            count.append(r.count());
            weight.append(r.tfIdf());
        }
        return ranked ? Table.create("distinctive", doc, rank, term, count, weight)
                : Table.create("tfidf", doc, term, count, weight);
    }


    static List<TermWeight> tfidfRows(List<DocCounts> perDoc, int limit) {
        // each term once: an id, its document frequency; each document's terms as ids and counts
        Map<String, Integer> ids = new HashMap<>();
        // the documents of one counting thread share their term strings: most look-ups are answered by identity
        Map<String, Integer> seen = new IdentityHashMap<>();
        List<String> names = new ArrayList<>();
        int[] df = new int[1024];
        int[][] docTerms = new int[perDoc.size()][];
        int[][] docCounts = new int[perDoc.size()][];
        for (int i = 0; i < perDoc.size(); i++) {
            DocCounts counts = perDoc.get(i);
            int[] terms = new int[counts.terms().length];
            int[] cs = counts.counts();
            for (int k = 0; k < terms.length; k++) {
                String term = counts.terms()[k];
                Integer id = seen.get(term);
                if (id == null) {
                    id = ids.get(term);
                    if (id == null) {
                        id = names.size();
                        ids.put(term, id);
                        names.add(term);
                        if (id == df.length) {
                            df = Arrays.copyOf(df, df.length * 2);
                        }
                    }
                    seen.put(term, id);
                }
                df[id]++;
                terms[k] = id;
            }
            docTerms[i] = terms;
            docCounts[i] = cs;
        }
        int n = perDoc.size();
        // each term's place in alphabetical order, so that ties in weight are broken without comparing strings
        Integer[] alphabetical = new Integer[names.size()];
        for (int t = 0; t < alphabetical.length; t++) {
            alphabetical[t] = t;
        }
        Arrays.sort(alphabetical, (x, y) -> names.get(x).compareTo(names.get(y)));
        int[] place = new int[alphabetical.length];
        for (int r = 0; r < alphabetical.length; r++) {
            place[alphabetical[r]] = r;
        }
        double[] idf = new double[names.size()];
        for (int t = 0; t < idf.length; t++) {
            idf[t] = Math.log((1.0 + n) / (1.0 + df[t])) + 1.0;
        }
        List<TermWeight> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int[] terms = docTerms[i];
            int[] cs = docCounts[i];
            double[] w = new double[terms.length];
            int[] order = new int[terms.length];
            for (int k = 0; k < terms.length; k++) {
                w[k] = cs[k] * idf[terms[k]];
                order[k] = k;
            }
            // highest weight first, ties alphabetical
            sortByWeight(order, w, terms, place);
            // summed in the rows' order, so the last digits do not depend on a hash map's iteration order
            double norm = 0;
            for (int k : order) {
                norm += w[k] * w[k];
            }
            double scale = norm == 0 ? 0 : 1.0 / Math.sqrt(norm);
            String id = perDoc.get(i).id();
            for (int r = 0; r < Math.min(limit, order.length); r++) {
                int k = order[r];
                out.add(new TermWeight(id, r + 1, names.get(terms[k]), cs[k], w[k] * scale));
            }
        }
        return out;
    }

    /**
     * Sorts {@code order} (indices into {@code w} and {@code terms}) by weight, highest first, ties by the terms'
     * alphabetical {@code place}: a merge sort of ints, as boxing every index for a comparator costs more than
     * the weights themselves. The weights are finite and positive (a count times an idf of at least 1), so plain
     * comparisons order them as {@link Double#compare} does.
     */
    static void sortByWeight(int[] order, double[] w, int[] terms, int[] place) {
        int[] scratch = new int[order.length];
        for (int width = 1; width < order.length; width *= 2) {
            for (int lo = 0; lo < order.length - width; lo += 2 * width) {
                int mid = lo + width;
                int hi = Math.min(lo + 2 * width, order.length);
                System.arraycopy(order, lo, scratch, lo, hi - lo);
                int a = lo;
                int b = mid;
                for (int k = lo; k < hi; k++) {
                    boolean takeA = b >= hi;
                    if (!takeA && a < mid) {
                        double wa = w[scratch[a]];
                        double wb = w[scratch[b]];
                        takeA = wa > wb || wa == wb && place[terms[scratch[a]]] < place[terms[scratch[b]]];
                    }
                    order[k] = takeA ? scratch[a++] : scratch[b++];
                }
            }
        }
    }
}
