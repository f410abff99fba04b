package dev.byline.bench.polnear;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Gradient-boosted regression trees for a yes/no label, logistic loss, one Newton step per leaf (Friedman's
 * algorithm with the second-order split gain): deterministic by construction (no sampling, splits taken in input
 * order and ties kept by the first found, sums in row order), so a refit on the same rows gives the same trees. Small
 * on purpose: a few thousand rows, a hundred or so inputs, shallow trees. {@code polnear-ranker --trees-cv} weighs it
 * against the linear ranker by cross-validation inside the dev part.
 */
final class BoostedTrees {
    /** The fitting settings. */
    record Settings(int trees, int depth, double shrinkage, int minLeaf, double lambda) {
        String describe() {
            return String.format(Locale.ROOT, "%d trees, depth %d, shrinkage %s, min leaf %d, lambda %s", trees, depth,
                    shrinkage, minLeaf, lambda);
        }
    }

    /** One fitted tree as node arrays: input (-1 for a leaf), threshold or leaf value, children. */
    record Tree(int[] input, double[] value, int[] left, int[] right) {
        double score(double[] x) {
            int n = 0;
            while (input[n] >= 0) {
                n = x[input[n]] <= value[n] ? left[n] : right[n];
            }
            return value[n];
        }
    }

    final double base;
    final List<Tree> trees;

    private BoostedTrees(double base, List<Tree> trees) {
        this.base = base;
        this.trees = trees;
    }

    double score(double[] x) {
        double s = base;
        for (Tree t : trees) {
            s += t.score(x);
        }
        return s;
    }

    /** Fits on rows {@code x} with labels {@code y} (0 or 1). */
    static BoostedTrees fit(double[][] x, int[] y, Settings s) {
        int n = x.length;
        int d = x[0].length;
        int positives = 0;
        for (int v : y) {
            positives += v;
        }
        double p0 = (positives + 0.5) / (n + 1.0);
        double base = Math.log(p0 / (1 - p0));
        // each input's rows in ascending value order (ties by row), computed once
        int[][] order = new int[d][];
        for (int f = 0; f < d; f++) {
            final int ff = f;
            order[f] = java.util.stream.IntStream.range(0, n).boxed()
                    .sorted((a, b) -> a.equals(b) ? 0 : x[a][ff] != x[b][ff] ? Double.compare(x[a][ff], x[b][ff]) : Integer.compare(a, b))
                    .mapToInt(Integer::intValue).toArray();
        }
        double[] score = new double[n];
        Arrays.fill(score, base);
        double[] g = new double[n];
        double[] h = new double[n];
        List<Tree> trees = new ArrayList<>();
        for (int t = 0; t < s.trees(); t++) {
            for (int i = 0; i < n; i++) {
                double p = 1 / (1 + Math.exp(-score[i]));
                g[i] = y[i] - p;
                h[i] = Math.max(p * (1 - p), 1e-12);
            }
            Tree tree = grow(x, order, g, h, s);
            trees.add(tree);
            for (int i = 0; i < n; i++) {
                score[i] += tree.score(x[i]);
            }
        }
        return new BoostedTrees(base, trees);
    }

    /** One tree, grown level by level: at each level every open node takes its best split over all inputs. */
    private static Tree grow(double[][] x, int[][] order, double[] g, double[] h, Settings s) {
        int n = x.length;
        int d = order.length;
        List<int[]> in = new ArrayList<>();      // per node: {input, left, right}
        List<Double> val = new ArrayList<>();
        int[] nodeOf = new int[n];                // the open node each row is in (-1 once in a finished leaf)
        List<Integer> open = new ArrayList<>(List.of(0));
        in.add(new int[] {-1, 0, 0});
        val.add(0.0);
        for (int level = 0; level <= s.depth(); level++) {
            int m = in.size();
            double[] gs = new double[m];
            double[] hs = new double[m];
            int[] cs = new int[m];
            for (int i = 0; i < n; i++) {
                if (nodeOf[i] >= 0) {
                    gs[nodeOf[i]] += g[i];
                    hs[nodeOf[i]] += h[i];
                    cs[nodeOf[i]]++;
                }
            }
            double[] bestGain = new double[m];
            int[] bestInput = new int[m];
            double[] bestThreshold = new double[m];
            Arrays.fill(bestInput, -1);
            if (level < s.depth()) {
                double[] gl = new double[m];
                double[] hl = new double[m];
                int[] cl = new int[m];
                double[] lastValue = new double[m];
                for (int f = 0; f < d; f++) {
                    Arrays.fill(gl, 0);
                    Arrays.fill(hl, 0);
                    Arrays.fill(cl, 0);
                    Arrays.fill(lastValue, Double.NaN);
                    for (int i : order[f]) {
                        int k = nodeOf[i];
                        if (k < 0 || !open.contains(k)) {
                            continue;
                        }
                        double v = x[i][f];
                        // a split between the previous value and this one: rows so far go left
                        if (cl[k] >= s.minLeaf() && cs[k] - cl[k] >= s.minLeaf() && v != lastValue[k]) {
                            double gr = gs[k] - gl[k];
                            double hr = hs[k] - hl[k];
                            double gain = gl[k] * gl[k] / (hl[k] + s.lambda()) + gr * gr / (hr + s.lambda())
                                    - gs[k] * gs[k] / (hs[k] + s.lambda());
                            if (gain > bestGain[k] + 1e-12) {
                                bestGain[k] = gain;
                                bestInput[k] = f;
                                bestThreshold[k] = (lastValue[k] + v) / 2;
                            }
                        }
                        gl[k] += g[i];
                        hl[k] += h[i];
                        cl[k]++;
                        lastValue[k] = v;
                    }
                }
            }
            List<Integer> next = new ArrayList<>();
            for (int k : open) {
                if (bestInput[k] < 0) {
                    val.set(k, s.shrinkage() * gs[k] / (hs[k] + s.lambda()));
                    continue;
                }
                int l = in.size();
                in.add(new int[] {-1, 0, 0});
                val.add(0.0);
                in.add(new int[] {-1, 0, 0});
                val.add(0.0);
                in.set(k, new int[] {bestInput[k], l, l + 1});
                val.set(k, bestThreshold[k]);
                next.add(l);
                next.add(l + 1);
            }
            for (int i = 0; i < n; i++) {
                int k = nodeOf[i];
                if (k < 0) {
                    continue;
                }
                int[] node = in.get(k);
                nodeOf[i] = node[0] < 0 ? -1 : x[i][node[0]] <= val.get(k) ? node[1] : node[2];
            }
            open = next;
            if (open.isEmpty()) {
                break;
            }
        }
        int size = in.size();
        int[] input = new int[size];
        double[] value = new double[size];
        int[] left = new int[size];
        int[] right = new int[size];
        for (int k = 0; k < size; k++) {
            input[k] = in.get(k)[0];
            left[k] = in.get(k)[1];
            right[k] = in.get(k)[2];
            value[k] = val.get(k);
        }
        return new Tree(input, value, left, right);
    }
}
