package dev.byline.bench.polnear;

import dev.byline.BylineException;
import dev.byline.quotes.Quote;
import dev.byline.quotes.SpeakerCandidate;
import dev.byline.quotes.Quotes;
import dev.byline.text.Document;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import smile.classification.LogisticRegression;

/**
 * {@code byline-bench polnear-ranker DIR --out FILE}: fits the speaker ranker of {@code byline quotes} on the DEV part
 * of PolNeAR train only. For every gold quotation with an annotated source that Byline finds (exactly or overlapping),
 * each candidate mention ({@link Quotes#speakerCandidates}) is labelled right if it lies on the annotated source or
 * carries its key word; the rules' own pick is labelled as the bench scores it. A logistic regression (Smile) is fitted
 * on the quotations with a rules' pick, two candidates or more and one right; the margin by which a candidate must
 * outscore the rules' pick is the one that makes the most dev picks right. Writes the weights, the margin and the
 * feature names (checked when the toolkit loads them).
 */
@Command(name = "polnear-ranker", mixinStandardHelpOptions = true,
        description = "Fit the speaker ranker on the dev part of PolNeAR's train split and write its weights "
                + "(toolkit/src/main/resources/dev/byline/quotes/speaker-ranker.tsv). The check part is never read.")
public final class PolnearRankerCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "PolNeAR checkout (or its data/train folder)")
    Path dir;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "where to write the fitted ranker")
    Path out;

    @Option(names = "--lambda", paramLabel = "L", defaultValue = "1.0", description = "L2 penalty (default ${DEFAULT-VALUE})")
    double lambda;

    @Option(names = "--named-only", description = "fit on the quotations whose source is a name or description only")
    boolean namedOnly;

    @Option(names = "--verbose", description = "print the dev picks won and lost at each margin")
    boolean verbose;

    @Option(names = "--dump", paramLabel = "FILE", description = "write every dev quotation's candidates and labels here")
    Path dump;

    @Option(names = "--cv", paramLabel = "K", defaultValue = "0",
            description = "also report K-fold cross-validation inside the dev part (folds by article): the dev picks won "
                    + "and lost on articles the model was not fitted on, at each margin; the margin written is then the "
                    + "cross-validated best")
    int cv;

    @Option(names = "--trees-cv", description = "with --cv: also cross-validate boosted trees on the pair (candidate, "
            + "rules' pick), the non-linear alternative (reported only; the file written is the linear ranker)")
    boolean treesCv;

    @Option(names = "--trees", paramLabel = "N", defaultValue = "200", description = "trees (default ${DEFAULT-VALUE})")
    int trees;

    @Option(names = "--depth", paramLabel = "D", defaultValue = "3", description = "tree depth (default ${DEFAULT-VALUE})")
    int depth;

    @Option(names = "--shrinkage", paramLabel = "S", defaultValue = "0.05", description = "default ${DEFAULT-VALUE}")
    double shrinkage;

    @Option(names = "--min-leaf", paramLabel = "L", defaultValue = "20", description = "default ${DEFAULT-VALUE}")
    int minLeaf;

    /** One quotation's candidates and their labels, and the index of its article (for cross-validation folds). */
    private record Group(List<double[]> features, List<Boolean> right, int rule, List<String> rows, int article) {
    }

    /** How much candidate {@code c} beats the rules' pick {@code r} of the same quotation. */
    private interface PairScore {
        double score(double[] c, double[] r);
    }

    @Override
    public Integer call() throws IOException {
        System.setProperty("byline.quotes.ranker", "off");   // the rules' picks, as the candidates are enumerated
        List<GoldArticle> articles = TrainSplit.load(dir);
        List<Group> groups = new ArrayList<>();
        List<String> dumpLines = dump == null ? null : new ArrayList<>();
        int ruleRight = 0;
        int ruleWrongReachable = 0;
        int ruleWrong = 0;
        for (int ai = 0; ai < articles.size(); ai++) {
            GoldArticle a = articles.get(ai);
            if (a.part() != TrainSplit.Part.DEV) {
                continue;   // the check part is only ever scored, never fitted on
            }
            Document d = Document.of(a.name(), a.text());
            List<Quote> direct = Quotes.find(d).stream().filter(q -> q.kind().isDirectSpeech()).toList();
            List<SpeakerCandidate> cands = Quotes.speakerCandidates(d);
            for (GoldQuotes.GoldQuote g : GoldQuotes.of(a)) {
                GoldAttribution ga = g.attribution();
                Quote best = bestMatch(a.text(), g, direct);
                if (best == null || ga == null || !ga.hasSource()) {
                    continue;
                }
                Group group = group(a.text(), ga, best, cands, ai);
                if (group == null || SpeakerCandidate.keepsRule(group.features().get(group.rule())) || namedOnly
                        && SpeakerKey.isPronoun(SpeakerKey.antecedentOfRelative(a.text(), ga.sourceStart(), ga.sourceEnd()))) {
                    continue;
                }
                groups.add(group);
                if (dumpLines != null) {
                    group.rows().forEach(r -> dumpLines.add(a.name() + "\t" + r));
                    dumpLines.add("");
                }
                boolean r = group.right().get(group.rule());
                ruleRight += r ? 1 : 0;
                if (!r) {
                    ruleWrong++;
                    ruleWrongReachable += group.right().contains(true) ? 1 : 0;
                }
            }
        }
        if (groups.isEmpty()) {
            throw new BylineException(dir + ": no dev quotation with candidates");
        }
        System.out.printf(Locale.ROOT, "dev quotations with a source and a rules' pick: %d; rules right %d; wrong %d, "
                + "of which a right candidate exists %d%n", groups.size(), ruleRight, ruleWrong, ruleWrongReachable);
        int[] cvRight = null;
        if (cv > 1) {
            cvRight = crossValidate(groups, false, ruleRight);
            if (treesCv) {
                crossValidate(groups, true, ruleRight);
            }
        } else if (treesCv) {
            throw new BylineException("--trees-cv needs --cv K (K >= 2)");
        }
        Linear fitted = fitLinear(groups);
        // the margin: the cross-validated best if folds were run (a fit flatters the rows it was fitted on), else the
        // best on the rows fitted
        double bestMargin = Double.NaN;
        int bestRight = -1;
        int bestIndex = -1;
        for (int m = 0; m < MARGINS; m++) {
            int right = 0;
            for (Group g : groups) {
                right += g.right().get(choose(g, fitted.score(), margin(m))) ? 1 : 0;
            }
            int judged = cvRight != null ? cvRight[m] : right;
            if (judged > (cvRight != null ? (bestIndex < 0 ? -1 : cvRight[bestIndex]) : bestRight)) {
                bestIndex = m;
                bestMargin = margin(m);
                bestRight = right;
            }
        }
        System.out.printf(Locale.ROOT, "fitted on %d rows; margin %.2f: right %d on the rows fitted (rules %d, %+d)%s%n",
                fitted.rows(), bestMargin, bestRight, ruleRight, bestRight - ruleRight,
                cvRight == null ? "" : String.format(Locale.ROOT, ", %d cross-validated (%+d)", cvRight[bestIndex],
                        cvRight[bestIndex] - ruleRight));
        if (dump != null) {
            Files.write(dump, dumpLines, StandardCharsets.UTF_8);
        }
        try (PrintWriter pw = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            pw.printf(Locale.ROOT, "# speaker ranker, written by byline-bench polnear-ranker (Smile logistic regression, "
                    + "lambda %s) from the dev part of PolNeAR train: %d quotations, %d pairs%n", lambda, groups.size(),
                    fitted.rows());
            pw.printf(Locale.ROOT, "# dev picks right: rules %d, with the ranker %d of %d%s%n", ruleRight, bestRight,
                    groups.size(), cvRight == null ? "" : String.format(Locale.ROOT,
                            " (%d in %d-fold cross-validation, which chose the margin)", cvRight[bestIndex], cv));
            double[] w = fitted.w();
            pw.printf(Locale.ROOT, "intercept\t%.6f%n", w[w.length - 1]);
            for (int i = 0; i < SpeakerCandidate.FEATURES.size(); i++) {
                pw.printf(Locale.ROOT, "%s\t%.6f%n", SpeakerCandidate.FEATURES.get(i), w[i]);
            }
            pw.printf(Locale.ROOT, "margin\t%.2f%n", bestMargin);
        }
        return 0;
    }

    /** The margins tried, from the largest (switch rarely) down. */
    private static final int MARGINS = 61;

    private static double margin(int m) {
        return (60 - m) * 0.25;
    }

    /**
     * K-fold cross-validation inside the dev part, folds by article: each quotation is scored by a model fitted on the
     * other folds' articles only. Prints the picks won and lost at each margin; returns the picks right per margin.
     */
    private int[] crossValidate(List<Group> groups, boolean boostedTrees, int ruleRight) {
        int[] won = new int[MARGINS];
        int[] lost = new int[MARGINS];
        int[] right = new int[MARGINS];
        for (int fold = 0; fold < cv; fold++) {
            final int k = fold;
            List<Group> train = groups.stream().filter(g -> g.article() % cv != k).toList();
            List<Group> test = groups.stream().filter(g -> g.article() % cv == k).toList();
            PairScore s = boostedTrees ? fitTrees(train) : fitLinear(train).score();
            for (int m = 0; m < MARGINS; m++) {
                for (Group g : test) {
                    int c = choose(g, s, margin(m));
                    right[m] += g.right().get(c) ? 1 : 0;
                    won[m] += c != g.rule() && g.right().get(c) && !g.right().get(g.rule()) ? 1 : 0;
                    lost[m] += c != g.rule() && !g.right().get(c) && g.right().get(g.rule()) ? 1 : 0;
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d-fold cross-validation inside the dev part, %s:%n", cv, boostedTrees
                ? "boosted trees (" + new BoostedTrees.Settings(trees, depth, shrinkage, minLeaf, lambda).describe() + ")"
                : "linear");
        for (int m = 0; m < MARGINS; m++) {
            if (won[m] + lost[m] > 0 || verbose) {
                System.out.printf(Locale.ROOT, "  margin %6.2f: right %d (%+d): %3d won, %3d lost%n", margin(m), right[m],
                        right[m] - ruleRight, won[m], lost[m]);
            }
        }
        return right;
    }

    /**
     * Pairs: each candidate against the rules' pick of its quotation, where one of the two is right and the other
     * wrong; the linear model says when a candidate beats the rules' pick from the difference of their features.
     */
    private Linear fitLinear(List<Group> groups) {
        Pairs p = pairs(groups, (f, r) -> {
            double[] d = new double[f.length];
            for (int k = 0; k < f.length; k++) {
                d[k] = f[k] - r[k];
            }
            return d;
        });
        LogisticRegression.Binomial lr = LogisticRegression.binomial(p.x(), p.y(),
                new LogisticRegression.Options(lambda, 1e-5, 500));
        double[] w = lr.coefficients();   // one weight per feature, then the intercept (Smile's order)
        return new Linear(w, p.x().length);
    }

    /** Rows fitted on and their labels: 1 if the candidate is right (and so the rules' pick wrong). */
    private record Pairs(double[][] x, int[] y) {
    }

    /**
     * Each candidate against the rules' pick of its quotation, where one of the two is right and the other wrong,
     * as the row {@code row} makes of (candidate's features, pick's features); in the groups' order.
     */
    private static Pairs pairs(List<Group> groups, java.util.function.BinaryOperator<double[]> row) {
        List<double[]> x = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        for (Group g : groups) {
            double[] r = g.features().get(g.rule());
            boolean rr = g.right().get(g.rule());
            for (int i = 0; i < g.features().size(); i++) {
                if (i == g.rule() || g.right().get(i) == rr) {
                    continue;
                }
                x.add(row.apply(g.features().get(i), r));
                y.add(rr ? 0 : 1);
            }
        }
        return new Pairs(x.toArray(double[][]::new), y.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The fitted linear ranker: one weight per feature, then the intercept (Smile's order), and the pairs fitted on. */
    private record Linear(double[] w, int rows) {
        PairScore score() {
            return (c, r) -> {
                double s = 0;
                for (int k = 0; k < c.length; k++) {
                    s += w[k] * (c[k] - r[k]);
                }
                return s;
            };
        }
    }

    /**
     * Boosted trees on the pair (candidate, rules' pick): the candidate's features, the pick's and their differences,
     * for every candidate other than the rules' pick whose label differs from the pick's; 1 if the candidate is right.
     */
    private PairScore fitTrees(List<Group> groups) {
        Pairs p = pairs(groups, PolnearRankerCommand::pair);
        BoostedTrees t = BoostedTrees.fit(p.x(), p.y(), new BoostedTrees.Settings(trees, depth, shrinkage, minLeaf,
                lambda));
        return (c, r) -> t.score(pair(c, r));
    }

    /** A pair's inputs: the candidate's features, the rules' pick's, and their differences. */
    static double[] pair(double[] c, double[] r) {
        int n = c.length;
        double[] x = new double[3 * n];
        System.arraycopy(c, 0, x, 0, n);
        System.arraycopy(r, 0, x, n, n);
        for (int k = 0; k < n; k++) {
            x[2 * n + k] = c[k] - r[k];
        }
        return x;
    }

    /** The candidate chosen with {@code score} and {@code margin}, as {@code SpeakerRanker.choose} does. */
    private static int choose(Group g, PairScore score, double margin) {
        double[] r = g.features().get(g.rule());
        int best = g.rule();
        double bestScore = margin;
        for (int i = 0; i < g.features().size(); i++) {
            if (i == g.rule()) {
                continue;
            }
            double s = score.score(g.features().get(i), r);
            if (s > bestScore) {
                bestScore = s;
                best = i;
            }
        }
        return best;
    }

    /** The candidates of quotation {@code q} with their labels, or null if the rules gave it no pick. */
    private static Group group(String t, GoldAttribution ga, Quote q, List<SpeakerCandidate> cands, int article) {
        String source = SpeakerKey.antecedentOfRelative(t, ga.sourceStart(), ga.sourceEnd());
        boolean pronounSource = SpeakerKey.isPronoun(source);
        Set<String> keys = SpeakerKey.all(source);
        List<double[]> f = new ArrayList<>();
        List<Boolean> right = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        int rule = -1;
        for (SpeakerCandidate c : cands) {
            if (c.quoteStart() != q.start() || c.quoteEnd() != q.end()) {
                continue;
            }
            boolean onSource = c.mentionStart() < ga.sourceEnd() && c.mentionEnd() > ga.sourceStart();
            boolean r;
            if (c.rule()) {
                rule = f.size();
                r = pronounSource ? onSource : PolnearCommand.speakerRight(q, keys, ga);
            } else {
                // as the bench would count it as the quote's mention: a pronoun on a pronoun source; a name or description
                // carrying the source's key word (a pronoun for a named source is left unlabelled right: its antecedent
                // is the resolver's)
                r = pronounSource ? onSource && c.type().equals("pronoun")
                        : !c.type().equals("pronoun") && keys.contains(SpeakerKey.of(c.mention()));
            }
            f.add(c.features());
            right.add(r);
            StringBuilder b = new StringBuilder();
            b.append(q.start()).append('\t').append(c.rule() ? "RULE" : "-").append('\t').append(r ? 1 : 0).append('\t')
                    .append(c.mention().replaceAll("\\s+", " ")).append("\tgold=").append(source.replaceAll("\\s+", " "))
                    .append('\t');
            for (int k = 0; k < c.features().length; k++) {
                if (c.features()[k] != 0) {
                    b.append(SpeakerCandidate.FEATURES.get(k)).append('=')
                            .append(String.format(Locale.ROOT, "%.2f", c.features()[k])).append(' ');
                }
            }
            rows.add(b.toString());
        }
        return rule < 0 ? null : new Group(f, right, rule, rows, article);
    }

    /** The quotation the bench scores a gold quotation against: the exact one, else the one overlapping most. */
    private static Quote bestMatch(String t, GoldQuotes.GoldQuote g, List<Quote> direct) {
        Quote best = null;
        int bestOverlap = 0;
        int[] gb = PolnearCommand.trim(t, g.start(), g.end());
        for (Quote q : direct) {
            int[] qb = PolnearCommand.trim(t, q.start(), q.end());
            if (qb[0] == gb[0] && qb[1] == gb[1]) {
                return q;
            }
            int o = Math.min(qb[1], gb[1]) - Math.max(qb[0], gb[0]);
            if (o > bestOverlap) {
                bestOverlap = o;
                best = q;
            }
        }
        return best;
    }
}
