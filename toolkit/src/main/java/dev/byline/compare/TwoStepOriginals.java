package dev.byline.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Likely originals two thesaurus steps from a word seen: words that share a Moby list with it, for a spinner whose
 * thesaurus links the pair directly where Moby does not ("Bill Clinton unconfuted that prediction wrong": Moby lists
 * neither "proved" under "unconfuted" nor the reverse, but both stand in the lists of "confirmed", "established", …).
 *
 * <pre>{@code
 * TwoStepOriginals.builtIn().originals("unconfuted");   // {proved=…, demonstrated=…, …}, one-step words left out
 * }</pre>
 *
 * <p>Each original o comes with a channel weight, the chance that a spinner starting from o reaches the word seen r
 * through one shared list word m: Σ over m in both lists of (1 / |L(o)|)·(1 / |L(m)|), L(x) being Moby's list of x
 * and the heads whose lists hold x. Only the {@link #KEEP} originals of highest weight are kept: the listing ranks
 * them by how well they fit the word's neighbours, and thousands of candidates would find one that fits by chance.
 * Words one step away (Moby's own originals of the word) and function words are left out; each original is
 * inflected as the word seen is ({@link MobyThesaurus#inflected}).
 */
final class TwoStepOriginals {
    /**
     * How many originals of highest channel weight are kept per word seen. Tune split, aiksaurus spinner at 15%: 200
     * offers the original of 6.4% of the swaps (11.3% at 1,000) and recovers 18.2% of all swaps (18.3% at 1,000, with
     * fewer listed phrases on a swap: 33.9 against 36.0%, and 1.4 times the CPU).
     */
    static final int KEEP = 200;

    private static volatile TwoStepOriginals instance;

    private final MobyThesaurus moby;
    private final int keep;
    private final Map<String, Map<String, Double>> cache = new ConcurrentHashMap<>();
    /** Every Moby word by id, and each id's linked words (its list and the heads whose lists hold it) as ids. */
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> words = new ArrayList<>();
    private final int[][] links;

    TwoStepOriginals(MobyThesaurus moby, int keep) {
        this.moby = moby;
        this.keep = keep;
        List<int[]> built = new ArrayList<>();
        for (String head : moby.headWords()) {
            id(head);
        }
        List<String> all = List.copyOf(words);
        for (String head : all) {
            for (String t : moby.terms(head)) {
                id(t);
            }
        }
        for (String w : List.copyOf(words)) {
            List<String> ts = moby.terms(w);
            List<String> hs = moby.heads(w);
            int[] l = new int[ts.size() + hs.size()];
            int k = 0;
            for (String t : ts) {
                l[k++] = ids.get(t);
            }
            for (String h : hs) {
                l[k++] = ids.get(h);
            }
            built.add(l);
        }
        links = built.toArray(new int[0][]);
    }

    /** Per-thread accumulators over every word id, cleared after each use (only the entries touched). */
    private record Scratch(double[] weight, boolean[] midSeen) {
    }

    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(() -> new Scratch(new double[words.size()], new boolean[words.size()]));


    private int id(String w) {
        Integer i = ids.get(w);
        if (i == null) {
            i = words.size();
            ids.put(w, i);
            words.add(w);
        }
        return i;
    }

    /** Over the built-in Moby thesaurus. */
    static TwoStepOriginals builtIn() {
        TwoStepOriginals t = instance;
        if (t == null) {
            synchronized (TwoStepOriginals.class) {
                if (instance == null) {
                    instance = new TwoStepOriginals(MobyThesaurus.builtIn(), KEEP);
                }
                t = instance;
            }
        }
        return t;
    }

    /**
     * Originals of {@code seen} (lower case, one word) two steps away, inflected as it is, each with its channel weight
     * (in (0, 1]), highest first; ties in the order the lists give them.
     */
    Map<String, Double> originals(String seen) {
        return cache.computeIfAbsent(seen, this::compute);
    }

    private Map<String, Double> compute(String seen) {
        Set<String> oneStep = new HashSet<>();
        for (MobyThesaurus.Original o : moby.originals(seen)) {
            oneStep.add(o.word());
        }
        Map<String, Double> out = new LinkedHashMap<>();
        Scratch scratch = this.scratch.get();
        double[] weight = scratch.weight;
        boolean[] midSeen = scratch.midSeen;
        for (MobyThesaurus.Base b : MobyThesaurus.bases(seen)) {
            Integer from = ids.get(b.word());
            if (from == null || links[from].length == 0) {
                continue;
            }
            List<Integer> touched = new ArrayList<>();
            List<Integer> mids = new ArrayList<>();
            for (int m : links[from]) {
                if (midSeen[m] || Words.isStopWord(words.get(m))) {
                    continue;
                }
                midSeen[m] = true;
                mids.add(m);
                double pm = 1.0 / links[m].length;
                for (int o : links[m]) {
                    if (o != from) {
                        if (weight[o] == 0) {
                            touched.add(o);
                        }
                        weight[o] += pm;
                    }
                }
            }
            List<Map.Entry<String, Double>> ranked = new ArrayList<>();
            for (int o : touched) {
                String w = words.get(o);
                if (!Words.isStopWord(w) && !oneStep.contains(w)) {
                    ranked.add(Map.entry(w, weight[o] / links[o].length));
                }
            }
            for (int o : touched) {
                weight[o] = 0;
            }
            for (int m : mids) {
                midSeen[m] = false;
            }
            ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
            int kept = 0;
            for (Map.Entry<String, Double> e : ranked) {
                if (kept == keep) {
                    break;
                }
                boolean added = false;
                for (String form : MobyThesaurus.inflected(e.getKey(), b.suffix())) {
                    if (!form.equals(seen) && !oneStep.contains(form) && !out.containsKey(form)) {
                        out.put(form, e.getValue());
                        added = true;
                    }
                }
                kept += added ? 1 : 0;
            }
        }
        return out;
    }
}
