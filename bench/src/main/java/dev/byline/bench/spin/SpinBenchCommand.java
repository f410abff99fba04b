package dev.byline.bench.spin;

import dev.byline.compare.NewsNgrams;
import dev.byline.compare.SpinDetector;
import dev.byline.compare.SpinPhrase;
import dev.byline.compare.SpinReport;
import dev.byline.text.Document;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import net.sf.extjwnl.dictionary.Dictionary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code byline-bench spin counts DIR --out FILE} and {@code byline-bench spin eval DIR --split tune|check}.
 * See bench/spin/README.md.
 */
@Command(name = "spin", mixinStandardHelpOptions = true,
        description = "Spin detection bench over a folder of real articles (PolNeAR train texts): build the news "
                + "word-pair counts from the counts split, or spin the tune/check split and score the detector.")
public final class SpinBenchCommand implements Callable<Integer> {
    @Parameters(index = "0", description = "counts, eval, features (per-word evidence as TSV, tune split), pairs (derived pairs: paragraph-link F1 and relation measures), ranking (candidate originals of each swap as TSV, tune split), words (every content word's LM and evidence signals as TSV, tune split), moby (prune Moby's mthesaur.txt, given instead of the folder, to the toolkit's moby-thesaurus.tsv.gz) or moby-rare (the links moby leaves out for a rare word, to moby-rare-words.tsv.gz)")
    String action;

    @Parameters(index = "1", description = "folder of .txt articles")
    Path dir;

    @Option(names = "--out", description = "counts: the .tsv.gz to write; features, ranking: the .tsv")
    Path out;

    @Option(names = "--glosses", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "counts: add WordNet's glosses and examples (general English) to the news counts (default ${DEFAULT-VALUE})")
    boolean withGlosses;

    @Option(names = "--extra", description = "counts: a folder of public .txt texts (every file under it, any depth) whose words and"
            + " word pairs are added to the news counts; repeatable (bench/spin/build-counts.sh names the ones used)")
    List<Path> extra = new ArrayList<>();

    @Option(names = "--extra-min-pair", defaultValue = "1", description = "counts: keep a word pair the --extra texts add only when"
            + " they hold it at least this often (prunes the file; default ${DEFAULT-VALUE})")
    int extraMinPair;

    @Option(names = "--split", defaultValue = "tune", description = "eval: tune or check (default ${DEFAULT-VALUE})")
    String split;

    @Option(names = "--rate", defaultValue = "0.3", description = "eval: share of content words the spinner swaps")
    double rate;

    @Option(names = "--weighted", description = "eval: spinner prefers common synonyms (WordNet use counts)")
    boolean weighted;

    @Option(names = "--spinner", defaultValue = "thesaurus",
            description = "eval and pairs: thesaurus (ThesaurusSpinner, any sense) or phrase (PhraseSpinner: two-word entries, no"
                    + " adjectives, rarer synonyms of the commoner sense) or mythes (MythesSpinner: LibreOffice's thesaurus from"
                    + " Debian's mythes-en-us, any meaning, similar and generic terms too) or aiksaurus (AiksaurusSpinner: Debian's"
                    + " libaiksaurus-1.2-data, any meaning, drawn from Moby's thesaurus, which the detector reads) or webster"
                    + " (WebsterSpinner: the 1913 Webster synonym paragraphs of Debian's dict-gcide; neither tuned on nor read by"
                    + " the detector) or pivot (PivotSpinner: English words translating one German word in one sense of Debian's"
                    + " dict-de-en, drawn from no thesaurus); default ${DEFAULT-VALUE}")
    String spinnerName;

    @Option(names = "--seed", defaultValue = "1", description = "eval: spinner seed")
    long seed;

    @Option(names = "--min-words", defaultValue = "150", description = "articles shorter than this are skipped")
    int minWords;

    @Option(names = "--show", defaultValue = "0", description = "eval: print this many flagged phrases per spun document")
    int show;

    @Option(names = "--misses", defaultValue = "0", description = "eval: print this many swaps whose original was not recovered, with why")
    int misses;

    @Option(names = "--british", description = "features and eval: also weigh each clean article respelt the British way"
            + " (BritishCopy; features: as more clean articles, '<id>-uk'; eval: printed as British clean flagged)")
    boolean british;

    @Option(names = "--phrases-out", description = "eval: write every phrase listed in a spun document (thesaurus, margin, on a swap,"
            + " original named) to this TSV: the listing's precision by margin")
    Path phrasesOut;

    @Option(names = "--lr-margin", description = "eval: how much a single word's listing margin falls per nat of its evidence's ln LR"
            + " (SpinDetector.LR_MARGIN by default)")
    Double lrMargin;

    @Option(names = "--phrase-rarer", description = "eval: the listing's rarity test (SpinDetector.PHRASE_RARER by default): how many"
            + " times as common (plus one) a synonym the text does not use must be to be a listed phrase's original")
    Double phraseRarer;

    @Option(names = "--clean-listing", description = "eval: also list every clean text (and British copy) as if it were flagged and"
            + " count the phrases: the listing's false alarms")
    boolean cleanListing;

    @Override
    public Integer call() throws Exception {
        // moby reads one file (Moby's mthesaur.txt); every other action a folder of articles
        boolean wantsFile = action.equals("moby") || action.equals("moby-rare");
        boolean known = List.of("counts", "eval", "features", "moby", "moby-rare", "pairs", "ranking", "words").contains(action);
        if (known && (wantsFile ? !Files.isRegularFile(dir) : !Files.isDirectory(dir))) {
            System.err.println("byline-bench spin: " + dir + ": " + (Files.exists(dir) ? "not a " : "no such ")
                    + (wantsFile ? "file" : "folder"));
            return 1;
        }
        return switch (action) {
            case "counts" -> counts();
            case "eval" -> eval();
            case "features" -> features();
            case "moby" -> MobyPrune.run(dir, out);
            case "moby-rare" -> MobyRare.run(dir, out);
            case "ranking" -> {
                if (!split.equalsIgnoreCase("tune") || out == null) {
                    System.err.println("byline-bench spin: ranking rows are written for the tune split only, to --out");
                    yield 2;
                }
                yield RankingRows.run(documents(Splits.TUNE), spinner(), seed, out);
            }
            case "words" -> {
                if (!split.equalsIgnoreCase("tune") || out == null) {
                    System.err.println("byline-bench spin: word rows are written for the tune split only, to --out");
                    yield 2;
                }
                yield WordRows.run(documents(Splits.TUNE), spinner(), seed, out);
            }
            case "pairs" -> PairsBench.run(documents(Splits.valueOf(split.toUpperCase(Locale.ROOT))),
                    spinner(), seed);
            default -> {
                System.err.println("byline-bench spin: action must be counts, eval, features, pairs, ranking, words, moby or moby-rare, not '" + action + "'");
                yield 2;
            }
        };
    }

    private Spinner spinner() throws Exception {
        return switch (spinnerName) {
            case "thesaurus" -> new ThesaurusSpinner(Dictionary.getDefaultResourceInstance(), rate, weighted);
            case "phrase" -> new PhraseSpinner(Dictionary.getDefaultResourceInstance(), rate);
            case "mythes" -> MythesSpinner.of(MythesSpinner.DEFAULT, rate);
            case "aiksaurus" -> AiksaurusSpinner.of(AiksaurusSpinner.DEFAULT, rate);
            case "webster" -> WebsterSpinner.of(WebsterSpinner.DEFAULT, rate);
            case "pivot" -> PivotSpinner.of(PivotSpinner.DEFAULT, rate);
            default -> throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--spinner must be thesaurus, phrase, mythes, aiksaurus, webster or pivot, not '" + spinnerName + "'");
        };
    }

    private List<Document> documents(Splits s) throws IOException {
        List<Document> docs = new ArrayList<>();
        for (Path p : s.files(dir)) {
            Document d = Document.of(p.getFileName().toString().replace(".txt", ""), Files.readString(p));
            if (d.wordCount() >= minWords) {
                docs.add(d);
            }
        }
        return docs;
    }

    private int counts() throws Exception {
        Map<String, Integer> counts = new TreeMap<>();
        List<Document> docs = documents(Splits.COUNTS);
        for (Document d : docs) {
            NewsNgrams.count(d, counts);
        }
        Map<String, Integer> extraCounts = new java.util.HashMap<>();
        int extraFiles = 0;
        long extraWords = 0;
        for (Path root : extra) {
            if (!Files.isDirectory(root)) {
                System.err.println("byline-bench spin: --extra " + root + ": " + (Files.exists(root) ? "not a folder" : "no such folder"));
                return 1;
            }
            List<Path> files;
            try (java.util.stream.Stream<Path> s = Files.walk(root)) {
                files = s.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".txt")).sorted().toList();
            }
            for (Path p : files) {
                Document d = Document.of(p.getFileName().toString(), Files.readString(p));
                NewsNgrams.count(d, extraCounts);
                extraFiles++;
                extraWords += d.wordCount();
            }
        }
        int glosses = 0;
        if (withGlosses) {
            Dictionary dictionary = Dictionary.getDefaultResourceInstance();
            for (net.sf.extjwnl.data.POS pos : net.sf.extjwnl.data.POS.getAllPOS()) {
                java.util.Iterator<net.sf.extjwnl.data.Synset> it = dictionary.getSynsetIterator(pos);
                while (it.hasNext()) {
                    countGloss(it.next().getGloss(), counts);
                    glosses++;
                }
            }
        }
        for (Map.Entry<String, Integer> e : extraCounts.entrySet()) {
            boolean pair = e.getKey().indexOf(' ') > 0;
            if (!pair || e.getValue() >= extraMinPair || counts.containsKey(e.getKey())) {
                counts.merge(e.getKey(), e.getValue(), Integer::sum);
            }
        }
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8)) {
            w.write("# word and word-pair counts of " + docs.size() + " PolNeAR train articles (counts split)"
                    + (withGlosses ? " and the " + glosses + " glosses and examples of WordNet 3.1" : "")
                    + (extraFiles > 0 ? " and " + extraFiles + " public texts (" + extraWords + " words; pairs seen there fewer than "
                            + extraMinPair + " times left out unless news or glosses hold them)" : "")
                    + ", byline-bench spin counts\n");
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                w.write(e.getKey() + "\t" + e.getValue() + "\n");
            }
        }
        System.out.println(docs.size() + " articles, " + counts.size() + " keys -> " + out);
        return 0;
    }

    /** Counts a WordNet gloss as news text is counted: lower-case words, numbers as <num>, punctuation as an edge. */
    private static void countGloss(String gloss, Map<String, Integer> counts) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[A-Za-z]+(?:'[a-z]+)?|[0-9][0-9.,]*|[^\\sA-Za-z0-9]").matcher(gloss);
        String prev = NewsNgrams.EDGE;
        while (m.find()) {
            String t = m.group();
            String key = Character.isLetter(t.charAt(0)) ? t.toLowerCase(Locale.ROOT) : Character.isDigit(t.charAt(0)) ? "<num>" : NewsNgrams.EDGE;
            if (!key.equals(NewsNgrams.EDGE)) {
                counts.merge(key, 1, Integer::sum);
            }
            if (!(key.equals(NewsNgrams.EDGE) && prev.equals(NewsNgrams.EDGE))) {
                counts.merge(prev + " " + key, 1, Integer::sum);
            }
            prev = key;
        }
        if (!prev.equals(NewsNgrams.EDGE)) {
            counts.merge(prev + " " + NewsNgrams.EDGE, 1, Integer::sum);
        }
    }

    /**
     * Writes the per-word spin evidence features ({@link dev.byline.compare.SpinEvidence}) of every candidate word of the
     * split's articles, clean (label c) and spun (s: a swapped word, u: a word the spinner left), to {@code --out} as TSV:
     * the data the evidence model is fitted on (tune split only).
     */
    private int features() throws Exception {
        Splits s = Splits.valueOf(split.toUpperCase(Locale.ROOT));
        if (s != Splits.TUNE) {
            System.err.println("byline-bench spin: features are written for the tune split only (the model is fitted on them)");
            return 2;
        }
        Spinner spinner = spinner();
        dev.byline.compare.SpinEvidence evidence = dev.byline.compare.SpinEvidence.defaults();
        List<Document> docs = documents(s);
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("doc\tlabel\tkey\t" + String.join("\t", dev.byline.compare.SpinEvidence.FEATURES) + "\n");
            for (int k = 0; k < docs.size(); k++) {
                Document clean = docs.get(k);
                writeFeatures(w, clean.id(), evidence.of(clean), List.of(), "c");
                if (british) {
                    writeFeatures(w, clean.id() + "-uk", evidence.of(Document.of(clean.id() + "-uk", BritishCopy.of(clean.raw()))),
                            List.of(), "c");
                }
                ThesaurusSpinner.Spun spun = spinner.spin(clean.raw(), seed * 1_000_003L + k);
                writeFeatures(w, clean.id(), evidence.of(Document.of(clean.id() + "-spun", spun.text())), spun.swaps(), "s");
            }
        }
        return 0;
    }

    private static void writeFeatures(Writer w, String doc, List<dev.byline.compare.SpinEvidence.Word> words,
            List<ThesaurusSpinner.Swap> swaps, String label) throws IOException {
        for (dev.byline.compare.SpinEvidence.Word x : words) {
            String l = label.equals("c") ? "c" : swaps.stream().anyMatch(sw -> x.start() < sw.end() && sw.start() < x.end()) ? "s" : "u";
            StringBuilder b = new StringBuilder(doc).append('\t').append(l).append('\t').append(x.key());
            for (double f : x.features()) {
                b.append('\t').append(String.format(Locale.ROOT, "%.4f", f));
            }
            w.write(b.append('\n').toString());
        }
    }

    private int eval() throws Exception {
        Splits s = Splits.valueOf(split.toUpperCase(Locale.ROOT));
        if (s == Splits.COUNTS) {
            System.err.println("byline-bench spin: the counts split is not scored (the counts come from it)");
            return 2;
        }
        Spinner spinner = spinner();
        SpinDetector detector = SpinDetector.defaults().allPhrases();
        if (phraseRarer != null) {
            detector = detector.withPhraseRarer(phraseRarer);
        }
        if (lrMargin != null) {
            detector = detector.withLrMargin(lrMargin);
        }
        long[] cleanListed = new long[4];   // all phrases, listed by default; on the clean texts, on their British copies
        List<Document> docs = documents(s);
        Writer listed = phrasesOut == null ? Writer.nullWriter() : Files.newBufferedWriter(phrasesOut, StandardCharsets.UTF_8);
        listed.write("doc\tthesaurus\tmargin\ton_swap\tnamed\tphrase\tlikely_original\n");
        long flaggedSwaps = 0;
        long twoStepOffered = 0;
        long twoStepRecovered = 0;
        long recoveredFlagged = 0;
        long recoveredSure = 0;
        long sure = 0;
        long sureOnSwaps = 0;
        int cleanFlagged = 0;
        int britishFlagged = 0;
        List<Double> britishScores = new ArrayList<>();
        int spunFlagged = 0;
        long swaps = 0;
        long recovered = 0;
        long spotted = 0;
        long phrases = 0;
        long phrasesOnSwaps = 0;
        Map<String, Integer> why = new TreeMap<>();
        int missesShown = 0;
        dev.byline.compare.Thesaurus thesaurus = dev.byline.compare.Thesaurus.wordNet();
        List<Double> cleanScores = new ArrayList<>();
        List<Double> spunScores = new ArrayList<>();
        for (int k = 0; k < docs.size(); k++) {
            Document clean = docs.get(k);
            SpinReport rc = detector.analyse(clean);
            cleanFlagged += rc.flagged() ? 1 : 0;
            if (british) {
                SpinReport uk = detector.analyse(Document.of(clean.id() + "-uk", BritishCopy.of(clean.raw())));
                britishFlagged += uk.flagged() ? 1 : 0;
                britishScores.add(uk.score());
            }
            if (cleanListing) {
                countListed(detector.listedAnyway(clean), cleanListed, 0);
                if (british) {
                    countListed(detector.listedAnyway(Document.of(clean.id() + "-uk", BritishCopy.of(clean.raw()))), cleanListed, 2);
                }
            }
            cleanScores.add(rc.score());
            ThesaurusSpinner.Spun spun = spinner.spin(clean.raw(), seed * 1_000_003L + k);
            Document sd = Document.of(clean.id() + "-spun", spun.text());
            SpinReport rs = detector.analyse(sd);
            spunFlagged += rs.flagged() ? 1 : 0;
            spunScores.add(rs.score());
            swaps += spun.swaps().size();
            flaggedSwaps += rs.flagged() ? spun.swaps().size() : 0;
            for (ThesaurusSpinner.Swap w : spun.swaps()) {
                SpinPhrase on = null;
                for (SpinPhrase p : rs.phrases()) {
                    if (p.start() < w.end() && w.start() < p.end()) {
                        on = p;
                        break;
                    }
                }
                boolean ok = on != null && on.likelyOriginal().equalsIgnoreCase(w.original());
                if (!w.replacement().contains(" ") && detector.twoStepOffered(w.replacement().toLowerCase(Locale.ROOT))
                        .contains(w.original().toLowerCase(Locale.ROOT))) {
                    twoStepOffered++;
                    twoStepRecovered += ok ? 1 : 0;
                }
                spotted += on != null ? 1 : 0;
                recovered += ok ? 1 : 0;
                recoveredFlagged += ok && rs.flagged() ? 1 : 0;
                recoveredSure += ok && SpinDetector.isSure(on) ? 1 : 0;
                if (!ok) {
                    String reason = !rs.flagged() ? "document not flagged"
                            : w.replacement().contains(" ") || w.original().contains(" ") ? "a phrase for a word or a word for a phrase"
                            : !detector.originalsOffered(w.replacement().toLowerCase(Locale.ROOT)).contains(w.original().toLowerCase(Locale.ROOT))
                            ? (thesaurus.synonyms(w.replacement()).contains(w.original()) ? "original not offered (WordNet has it)"
                                    : "original offered by neither WordNet nor Moby (one or two steps)")
                            : on == null ? "offered, swap not marked" : "offered, marked with another original";
                    why.merge(reason, 1, Integer::sum);
                    if (missesShown < misses && rs.flagged()) {
                        missesShown++;
                        int a = Math.max(0, w.start() - 30);
                        int b = Math.min(sd.raw().length(), w.end() + 30);
                        System.out.println("miss [" + reason + "] " + w.original() + " -> " + w.replacement() + (on == null ? "" : " (said "
                                + on.likelyOriginal() + " for '" + on.text() + "')") + " | " + sd.raw().substring(a, b).replace('\n', ' '));
                    }
                }
            }
            phrases += rs.phrases().size();
            for (SpinPhrase p : rs.phrases()) {
                ThesaurusSpinner.Swap under = spun.swaps().stream().filter(w -> p.start() < w.end() && w.start() < p.end()).findFirst().orElse(null);
                phrasesOnSwaps += under != null ? 1 : 0;
                boolean keep = SpinDetector.isSure(p);
                sure += keep ? 1 : 0;
                sureOnSwaps += keep && under != null ? 1 : 0;
                listed.write(String.join("\t", clean.id(), p.thesaurus(), String.valueOf(p.margin()), under != null ? "1" : "0",
                        under != null && p.likelyOriginal().equalsIgnoreCase(under.original()) ? "1" : "0", p.text().replace('\t', ' ').replace('\n', ' '),
                        p.likelyOriginal()) + "\n");
            }
            if (show > 0) {
                System.out.printf(Locale.ROOT, "%s clean %.2f%s spun %.2f%s swaps %d%n", clean.id(), rc.score(), rc.flagged() ? "*" : "",
                        rs.score(), rs.flagged() ? "*" : "", spun.swaps().size());
                rs.phrases().stream().limit(show).forEach(p -> System.out.println("   " + p.text() + " <- " + p.likelyOriginal()));
                rc.phrases().stream().limit(show).forEach(p -> System.out.println("   clean: " + p.text() + " <- " + p.likelyOriginal()));
            }
        }
        int n = docs.size();
        List<Double> cs = cleanScores.stream().sorted().toList();
        List<Double> ss = spunScores.stream().sorted().toList();
        System.out.printf(Locale.ROOT, "clean scores: median %.3f, 90th %.3f, 97th %.3f, highest %.3f%n", cs.get(n / 2), cs.get(n * 9 / 10),
                cs.get(n * 97 / 100), cs.get(n - 1));
        System.out.printf(Locale.ROOT, "spun scores: lowest %.3f, 3rd %.3f, 10th %.3f, median %.3f%n", ss.get(0), ss.get(n * 3 / 100),
                ss.get(n / 10), ss.get(n / 2));
        System.out.printf(Locale.ROOT, "split %s, %d articles, %s spinner rate %.2f%s seed %d%n", s.name().toLowerCase(Locale.ROOT), n,
                spinnerName, rate, weighted && spinnerName.equals("thesaurus") ? " weighted" : "", seed);
        System.out.printf(Locale.ROOT, "spun flagged %d/%d, clean flagged %d/%d%n", spunFlagged, n, cleanFlagged, n);
        if (british) {
            List<Double> bs = britishScores.stream().sorted().toList();
            System.out.printf(Locale.ROOT, "British clean flagged %d/%d (respelt copies; scores median %.3f, highest %.3f)%n",
                    britishFlagged, n, bs.get(n / 2), bs.get(n - 1));
        }
        System.out.printf(Locale.ROOT, "swaps %d: marked %.1f%%, original recovered %.1f%% (of all swaps), %.1f%% of marked; "
                + "flagged phrases on a swap %.1f%%%n", swaps, 100.0 * spotted / swaps, 100.0 * recovered / swaps,
                100.0 * recovered / Math.max(1, spotted), 100.0 * phrasesOnSwaps / Math.max(1, phrases));
        System.out.printf(Locale.ROOT, "recovered of the swaps in flagged documents %.1f%% (%d swaps); listed by default (precision first): "
                + "%d phrases, %.1f%% on a swap, original recovered %.1f%% of all swaps%n", 100.0 * recoveredFlagged / Math.max(1, flaggedSwaps),
                flaggedSwaps, sure, 100.0 * sureOnSwaps / Math.max(1, sure), 100.0 * recoveredSure / swaps);
        if (cleanListing) {
            System.out.printf(Locale.ROOT, "clean texts listed as if flagged: %d phrases, %d listed by default; British copies: %d, %d%n",
                    cleanListed[0], cleanListed[1], cleanListed[2], cleanListed[3]);
        }
        System.out.printf(Locale.ROOT, "original offered only two Moby steps away: %.1f%% of swaps, recovered %.1f%% of swaps%n",
                100.0 * twoStepOffered / swaps, 100.0 * twoStepRecovered / swaps);
        listed.close();
        long allSwaps = swaps;
        why.forEach((k, v) -> System.out.printf(Locale.ROOT, "  not recovered, %s: %d (%.1f%%)%n", k, v, 100.0 * v / allSwaps));
        return 0;
    }

    private static void countListed(List<SpinPhrase> phrases, long[] into, int at) {
        into[at] += phrases.size();
        into[at + 1] += phrases.stream().filter(SpinDetector::isSure).count();
    }
}
