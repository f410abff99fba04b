package dev.byline.bench.polnear;

import dev.byline.BylineException;
import dev.byline.text.Document;
import dev.byline.text.Span;
import dev.byline.quotes.Quote;
import dev.byline.quotes.QuoteKind;
import dev.byline.quotes.Quotes;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code byline-bench polnear DIR}: scores Byline's quotations, speakers and reported speech against
 * the TRAIN split of PolNeAR (attributions annotated by trained annotators). Reads a local copy;
 * fetches nothing; refuses the held-out dev and test splits.
 */
@Command(name = "polnear", mixinStandardHelpOptions = true,
        description = "Score quotes, speakers and indirect speech on PolNeAR's train split (a local copy: the "
                + "repository root, its data folder or data/train). The dev and test splits are never read.")
public final class PolnearCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "PolNeAR checkout (or its data/train folder)")
    Path dir;

    @Option(names = "--misses", paramLabel = "FILE",
            description = "write the DEV part's misses (spans, speakers, indirect speech) to this file; the check part's are never written")
    Path misses;

    @Option(names = "--body-only",
            description = "score the bodies' quotations only, as before 2026-12-06 (the headline's quotations, which "
                    + "`byline quotes` lists by default and PolNeAR annotates, are then all misses)")
    boolean bodyOnly;

    @Option(names = "--copy", paramLabel = "LAYOUT", defaultValue = "clean",
            description = "score on the articles rewritten in a wire archive's layout, the gold spans moved with their "
                    + "words: clean (as published, the default), wrapped-indent (paragraphs filled to 70 columns, opened "
                    + "by an indent, no blank lines), wrapped-blank (filled, blank lines between), typewriter (as "
                    + "wrapped-indent, with `` and '' for curly double marks) or archive (as wrapped-indent, with '' for "
                    + "every double mark and ' for every single mark and apostrophe, as the NYT's archive types them)")
    String copy;

    @Option(names = "--width", paramLabel = "N", defaultValue = "70",
            description = "the columns a wrapped copy's lines are filled to (default 70; wire archives use 64-80)")
    int width;

    @Option(names = "--copies-out", paramLabel = "DIR",
            description = "also write each article's text as scored (its --copy layout) into DIR, one .txt per article")
    Path copiesOut;

    @Override
    public Integer call() throws IOException {
        WireCopy.Style style;
        try {
            style = WireCopy.Style.parse(copy);
        } catch (IllegalArgumentException e) {
            throw new BylineException("--copy: " + e.getMessage());
        }
        if (width < 20) {
            throw new BylineException("--width: " + width + " columns is too narrow for a wrapped copy (at least 20)");
        }
        List<WireCopy.Copy> articles = TrainSplit.load(dir).stream().map(a -> WireCopy.copy(a, style, width)).toList();
        if (articles.isEmpty()) {
            throw new BylineException(dir + ": no annotated train articles found");
        }
        if (copiesOut != null) {
            Files.createDirectories(copiesOut);
            for (WireCopy.Copy c : articles) {
                Files.writeString(copiesOut.resolve(c.article().name()), c.article().text(), StandardCharsets.UTF_8);
            }
        }
        PolnearScore dev = new PolnearScore();
        PolnearScore check = new PolnearScore();
        List<String> log = new ArrayList<>();
        for (WireCopy.Copy copy : articles) {
            GoldArticle a = copy.article();
            Document d = Document.of(a.name(), a.text());
            List<Quote> quotes = new ArrayList<>(bodyOnly ? List.of() : headlineQuotes(d));
            quotes.addAll(Quotes.find(d));
            boolean isDev = a.part() == TrainSplit.Part.DEV;
            score(a, copy.gold(), quotes, isDev ? dev : check, isDev ? log : null);
        }
        PolnearScore all = new PolnearScore();
        all.add(dev);
        all.add(check);
        System.out.print(dev.report("train, dev part (rules developed on it)"));
        System.out.print(check.report("train, check part (only reported)"));
        System.out.print(all.report("train, all"));
        if (misses != null) {
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(misses, StandardCharsets.UTF_8))) {
                log.forEach(w::println);
            }
        }
        return 0;
    }

    /**
     * The quotations of the headline ({@code Quotes.find(d, Parts.TITLE_AND_BODY)} reads it as a text of its own),
     * moved to offsets in the article's raw text, where the gold spans are. Only for a headline that is one line of
     * the raw text as written; a wrapped one (none in PolNeAR) is left out.
     */
    private static List<Quote> headlineQuotes(Document d) {
        Optional<Document> headline = d.headline();
        Optional<Span> line = d.layout().title();
        if (headline.isEmpty() || line.isEmpty() || !headline.get().raw().equals(line.get().text())) {
            return List.of();
        }
        int shift = line.get().start();
        List<Quote> out = new ArrayList<>();
        for (Quote q : Quotes.find(headline.get())) {
            Span m = q.speakerMention();
            out.add(new Quote(d, q.start() + shift, q.end() + shift, q.kind(), q.speaker(),
                    m == null ? null : Span.of(d, m.start() + shift, m.end() + shift), q.verb(), q.marks(), 0));
        }
        return out;
    }

    static void score(GoldArticle a, List<GoldQuotes.GoldQuote> gold, List<Quote> quotes, PolnearScore s,
                      List<String> log) {
        String t = a.text();
        s.articles++;
        List<Quote> direct = quotes.stream().filter(q -> q.kind().isDirectSpeech()).toList();
        s.goldQuotes += gold.size();
        s.predictedQuotes += direct.size();
        java.util.Set<Long> goldKeys = new java.util.HashSet<>();
        for (GoldQuotes.GoldQuote g : gold) {
            int[] gb = trim(t, g.start(), g.end());
            goldKeys.add(((long) gb[0] << 32) | gb[1]);
        }
        for (Quote q : direct) {
            int[] qb = trim(t, q.start(), q.end());
            if (!goldKeys.contains(((long) qb[0] << 32) | qb[1]) && log != null) {
                log.add(a.name() + "\tSPURIOUS\t" + q.kind().label() + "\t" + q.start() + "\t" + oneLine(q.text()));
            }
        }
        for (GoldQuotes.GoldQuote g : gold) {
            int[] gb = trim(t, g.start(), g.end());
            Quote exact = null;
            Quote best = null;
            int bestOverlap = 0;
            for (Quote q : direct) {
                int[] qb = trim(t, q.start(), q.end());
                if (qb[0] == gb[0] && qb[1] == gb[1]) {
                    exact = q;
                }
                int o = Math.min(qb[1], gb[1]) - Math.max(qb[0], gb[0]);
                if (o > bestOverlap) {
                    bestOverlap = o;
                    best = q;
                }
            }
            if (exact != null) {
                s.exact++;
                best = exact;
            } else if (log != null) {
                Quote any = quotes.stream().filter(q -> q.start() <= gb[0] && q.end() >= gb[1]).findFirst().orElse(null);
                log.add(a.name() + "\tMISSED\t" + gb[0] + "\t" + oneLine(t.substring(gb[0], gb[1]))
                        + (best != null ? "\tbest: " + best.kind().label() + " " + oneLine(best.text())
                        : any != null ? "\tas " + any.kind().label() : ""));
            }
            if (best == null) {
                continue;
            }
            s.overlapped++;
            GoldAttribution ga = g.attribution();
            if (ga == null || !ga.hasSource()) {
                continue;
            }
            String source = SpeakerKey.antecedentOfRelative(t, ga.sourceStart(), ga.sourceEnd());
            String speaker = best.speaker();
            boolean mentionOnSource = best.speakerMention() != null && best.speakerMention().start() < ga.sourceEnd()
                    && best.speakerMention().end() > ga.sourceStart();
            if (SpeakerKey.isCueWord(source)) {
                s.namedOnCueWord++;
                if (log != null) {
                    log.add(a.name() + "\tCUE-AS-SOURCE\t" + gb[0] + "\tgold " + source + "\tgot " + speaker + "\t"
                            + oneLine(abbrev(t.substring(gb[0], gb[1]))));
                }
                continue;
            }
            if (SpeakerKey.isPronoun(source)) {
                s.pronounFound++;
                boolean given = speaker != null && mentionOnSource && !SpeakerKey.isPronoun(speaker);
                s.pronounGiven += given ? 1 : 0;
                String antecedent = lastNamedSourceBefore(a, ga.sourceStart());
                boolean agrees = given && antecedent != null && SpeakerKey.of(speaker).equals(SpeakerKey.of(antecedent));
                s.pronounAgrees += agrees ? 1 : 0;
                if (!agrees && log != null) {
                    log.add(a.name() + "\tPRONOUN\t" + gb[0] + "\tgold " + source + " (last named: " + antecedent
                            + ")\tgot " + speaker + "\t" + oneLine(abbrev(t.substring(gb[0], gb[1]))));
                }
                continue;
            }
            s.namedFound++;
            boolean right = speakerRight(best, SpeakerKey.all(source), ga);
            if (speaker == null) {
                s.namedNoSpeaker++;
            }
            s.namedRight += right ? 1 : 0;
            if (!right && log != null) {
                log.add(a.name() + "\tSPEAKER\t" + gb[0] + "\tgold " + oneLine(source) + "\tgot " + speaker
                        + (best.speakerMention() != null ? " [" + oneLine(best.speakerMention().text()) + "]" : "")
                        + "\t" + oneLine(abbrev(t.substring(gb[0], gb[1])))
                        + "\tsource " + ga.sourceStart() + "-" + ga.sourceEnd() + "\tmention "
                        + (best.speakerMention() == null ? "-" : best.speakerMention().start() + "-" + best.speakerMention().end())
                        + "\tquote " + best.start() + "-" + best.end());
            }
        }
        scoreIndirect(a, quotes, s, log);
    }

    /** True if quotation {@code q}'s speaker is the annotated source (its key words {@code keys}) as the bench counts it. */
    static boolean speakerRight(Quote q, java.util.Set<String> keys, GoldAttribution ga) {
        String speaker = q.speaker();
        boolean mentionOnSource = q.speakerMention() != null && q.speakerMention().start() < ga.sourceEnd()
                && q.speakerMention().end() > ga.sourceStart();
        return speaker != null && (keys.contains(SpeakerKey.of(speaker))
                || mentionOnSource && keys.contains(SpeakerKey.of(q.speakerMention().text())));
    }

    private static void scoreIndirect(GoldArticle a, List<Quote> quotes, PolnearScore s, List<String> log) {
        String t = a.text();
        List<Quote> indirect = quotes.stream().filter(q -> q.kind() == QuoteKind.INDIRECT).toList();
        s.predictedIndirect += indirect.size();
        for (Quote q : indirect) {
            boolean any = false;
            boolean speech = false;
            boolean close = false;
            StringBuilder cues = new StringBuilder();
            for (GoldAttribution g : a.attributions()) {
                if (matches(q.start(), q.end(), g)) {
                    cues.append('[').append(g.cue()).append(']');
                    any = true;
                    speech |= CueKind.of(g.cue()) != CueKind.NOT_SPEECH;
                    close |= Math.abs(q.start() - g.contentStart()) <= 3 && Math.abs(q.end() - g.contentEnd()) <= 3;
                }
            }
            s.indirectOnAnyContent += any ? 1 : 0;
            s.indirectOnSpeechContent += speech ? 1 : 0;
            s.indirectExactish += close ? 1 : 0;
            if (!speech && log != null) {
                log.add(a.name() + "\tINDIRECT-FP\t" + q.start() + "\t" + (any ? "non-speech cue " + cues : "no content")
                        + "\t" + q.verb() + "\t" + oneLine(abbrev(q.text())));
            }
        }
        for (GoldAttribution g : a.attributions()) {
            String content = t.substring(g.contentStart(), g.contentEnd());
            CueKind kind = CueKind.of(g.cue());
            if (GoldQuotes.hasMarks(content) || kind == CueKind.NOT_SPEECH) {
                continue;
            }
            int[] c = s.recallByCue.computeIfAbsent(kind, k -> new int[2]);
            c[1]++;
            boolean found = indirect.stream().anyMatch(q -> matches(q.start(), q.end(), g));
            c[0] += found ? 1 : 0;
            if (!found && log != null) {
                log.add(a.name() + "\tINDIRECT-MISS\t" + g.contentStart() + "\t" + kind.label + "\t" + g.cue() + "\t"
                        + oneLine(abbrev(content)));
            }
        }
    }

    /** A reported clause matches a content when they overlap by half the shorter of the two. */
    private static boolean matches(int start, int end, GoldAttribution g) {
        int o = Math.min(end, g.contentEnd()) - Math.max(start, g.contentStart());
        int shorter = Math.min(end - start, g.contentEnd() - g.contentStart());
        return o > 0 && 2 * o >= shorter;
    }

    private static String lastNamedSourceBefore(GoldArticle a, int at) {
        String out = null;
        for (GoldAttribution g : a.attributions()) {
            if (g.hasSource() && g.sourceEnd() <= at) {
                String src = a.text().substring(g.sourceStart(), g.sourceEnd());
                if (!SpeakerKey.isPronoun(src) && Character.isUpperCase(SpeakerKey.of(src).isEmpty() ? 'a'
                        : lastWordCase(src))) {
                    out = src;
                }
            }
        }
        return out;
    }

    private static char lastWordCase(String src) {
        String k = SpeakerKey.of(src);
        int i = src.toLowerCase(java.util.Locale.ROOT).lastIndexOf(k);
        return i >= 0 ? src.charAt(i) : 'a';
    }

    static int[] trim(String t, int start, int end) {
        while (start < end && Character.isWhitespace(t.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(t.charAt(end - 1))) {
            end--;
        }
        return new int[] {start, end};
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ");
    }

    private static String abbrev(String s) {
        return s.length() <= 120 ? s : s.substring(0, 117) + "...";
    }
}
