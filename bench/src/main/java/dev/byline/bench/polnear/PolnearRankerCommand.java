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

    /** One quotation's candidates and their labels. */
    private record Group(List<double[]> features, List<Boolean> right, int rule, List<String> rows) {
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
        for (GoldArticle a : articles) {
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
                Group group = group(a.text(), ga, best, cands);
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
        // pairs: each candidate against the rules' pick of its quotation, where one of the two is right and the other
        // wrong; the model says when a candidate beats the rules' pick, from the difference of their features
        List<double[]> x = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        for (Group g : groups) {
            double[] r = g.features().get(g.rule());
            boolean rr = g.right().get(g.rule());
            for (int i = 0; i < g.features().size(); i++) {
                if (i == g.rule() || g.right().get(i) == rr) {
                    continue;
                }
                double[] f = g.features().get(i);
                double[] d = new double[f.length];
                for (int k = 0; k < f.length; k++) {
                    d[k] = f[k] - r[k];
                }
                x.add(d);
                y.add(rr ? 0 : 1);
            }
        }
        LogisticRegression.Binomial model = LogisticRegression.binomial(x.toArray(double[][]::new),
                y.stream().mapToInt(Integer::intValue).toArray(), new LogisticRegression.Options(lambda, 1e-5, 500));
        double[] w = model.coefficients();   // one weight per feature, then the intercept (Smile's order)
        double bestMargin = Double.NaN;
        int bestRight = -1;
        for (int step = 60; step >= -20; step--) {
            double margin = step * 0.25;
            int right = 0;
            int switched = 0;
            int gained = 0;
            int lost = 0;
            for (Group g : groups) {
                int c = choose(g, w, margin);
                right += g.right().get(c) ? 1 : 0;
                if (c != g.rule()) {
                    switched++;
                    gained += g.right().get(c) && !g.right().get(g.rule()) ? 1 : 0;
                    lost += !g.right().get(c) && g.right().get(g.rule()) ? 1 : 0;
                }
            }
            if (verbose && switched > 0) {
                System.out.printf(Locale.ROOT, "  margin %6.2f: %4d switched, %3d won, %3d lost%n", margin, switched, gained, lost);
            }
            if (right > bestRight) {
                bestRight = right;
                bestMargin = margin;
            }
        }
        System.out.printf(Locale.ROOT, "dev quotations with a source and a rules' pick: %d; rules right %d; wrong %d, "
                + "of which a right candidate exists %d%n", groups.size(), ruleRight, ruleWrong, ruleWrongReachable);
        System.out.printf(Locale.ROOT, "fitted on %d pairs; margin %.2f: right %d (rules %d, %+d)%n", x.size(),
                bestMargin, bestRight, ruleRight, bestRight - ruleRight);
        if (dump != null) {
            Files.write(dump, dumpLines, StandardCharsets.UTF_8);
        }
        try (PrintWriter pw = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            pw.printf(Locale.ROOT, "# speaker ranker, written by byline-bench polnear-ranker (Smile logistic regression, "
                    + "lambda %s) from the dev part of PolNeAR train: %d quotations, %d pairs%n", lambda, groups.size(), x.size());
            pw.printf(Locale.ROOT, "# dev picks right: rules %d, with the ranker %d of %d%n", ruleRight, bestRight, groups.size());
            pw.printf(Locale.ROOT, "intercept\t%.6f%n", w[w.length - 1]);
            for (int i = 0; i < SpeakerCandidate.FEATURES.size(); i++) {
                pw.printf(Locale.ROOT, "%s\t%.6f%n", SpeakerCandidate.FEATURES.get(i), w[i]);
            }
            pw.printf(Locale.ROOT, "margin\t%.2f%n", bestMargin);
        }
        return 0;
    }

    /** The candidate chosen with weights {@code w} and {@code margin}, as {@code SpeakerRanker.choose} does. */
    private static int choose(Group g, double[] w, double margin) {
        double[] s = new double[g.features().size()];
        int best = g.rule();
        for (int i = 0; i < s.length; i++) {
            double[] f = g.features().get(i);
            for (int k = 0; k < f.length; k++) {
                s[i] += w[k] * f[k];
            }
        }
        for (int i = 0; i < s.length; i++) {
            if (s[i] > s[best]) {
                best = i;
            }
        }
        return s[best] - s[g.rule()] > margin ? best : g.rule();
    }

    /** The candidates of quotation {@code q} with their labels, or null if the rules gave it no pick. */
    private static Group group(String t, GoldAttribution ga, Quote q, List<SpeakerCandidate> cands) {
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
        return rule < 0 ? null : new Group(f, right, rule, rows);
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
