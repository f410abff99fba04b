package dev.byline.quotes;

import dev.byline.text.Document;
import dev.byline.text.TokenKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds every quotation in one document: pairs the marks, judges each quotation's kind, finds
 * reported speech and attributes each to a cue and a mention; {@link ResolvedQuotes} resolves the mentions in
 * reading order. Never throws on text: every rule is bounded by its sentence or paragraph.
 */
final class QuoteFinder {
    /** Words just before a quotation that make it a name or label, not speech. */
    private static final Set<String> TERM_MARKERS = WordSet.of("so-called", "called", "dubbed", "termed", "labelled",
            "labeled", "nicknamed", "branded", "titled", "entitled", "referred", "known", "word", "term", "phrase",
            "slogan", "motto", "hashtag", "codenamed", "code-named", "as");
    /** Subjects whose predicate a short quotation may be: "because it “spends money we do not have.”". */
    private static final Set<String> PREDICATE_SUBJECTS = WordSet.of("it", "he", "she", "they", "we", "i", "who");
    /** A quotation of at least this many words is speech of a clause or more. */
    static final int FULL_WORDS = 8;

    private QuoteFinder() {
    }

    static List<Quote> find(Document doc) {
        return find(doc, SpeakerRanker.builtIn(), null);
    }

    /** The rules' candidates for each direct quotation's speaker, with their features (the ranker not applied). */
    static List<SpeakerCandidate> candidates(Document doc) {
        List<SpeakerCandidate> out = new ArrayList<>();
        find(doc, null, out);
        return out;
    }

    /**
     * The quotations; with a {@code ranker}, each direct quotation's speaker is the candidate it chooses; with a
     * {@code collect} list, every candidate is added to it instead.
     */
    private static List<Quote> find(Document doc, SpeakerRanker ranker, List<SpeakerCandidate> collect) {
        TextView v = new TextView(doc);
        if (v.size() == 0) {
            return List.of();
        }
        List<MarkedSpan> spans = MarkScanner.scan(v);
        v.readPossessives(spans);   // "Sanders’ campaign": an apostrophe no quotation opens or closes with is a possessive
        boolean[] quoted = new boolean[v.size()];
        for (MarkedSpan s : spans) {
            int last = s.close() >= 0 ? s.close() : lastTokenBefore(v, s.end());
            for (int k = s.open(); k <= last && k < quoted.length; k++) {
                quoted[k] = true;
            }
        }
        Attributor at = new Attributor(v, quoted);
        List<Draft> drafts = new ArrayList<>();
        Map<TextView, Set<String>> names = new HashMap<>(2);   // built once, and only for an article that needs it
        java.util.function.Supplier<Set<String>> lastNameWords = () -> names.computeIfAbsent(v, QuoteFinder::lastNameWords);
        boolean[] inFull = new boolean[v.size()];
        Set<Integer> titles = new java.util.HashSet<>();
        SpeakerCandidates candidates = ranker != null || collect != null ? new SpeakerCandidates(v, quoted, at) : null;
        String previous = null;
        for (MarkedSpan s : spans) {
            Attribution a = at.forQuote(s);
            if (a == null) {
                a = HeadlineSpeakers.of(v, quoted, s);
            }
            QuoteKind kind = kindOf(v, at, s, a);
            boolean markup = TitleQuotes.isMarkupValue(v, s);
            if (markup) {
                a = null;   // <a href="…">: nobody's words, whatever verb is near
            } else if (a == null && kind != QuoteKind.FULL && !isTermContext(v, at, s.open())
                    || a == null && kind == QuoteKind.FULL) {
                // “…” words in a sentence whose subject is a person: "Huckabee is labelling the
                // actions “a blatant abuse”" quotes Huckabee, though no speech verb says so
                a = new PredicateSubjects(v, quoted, at).of(s);
                kind = a == null || kind == QuoteKind.FULL ? kind : QuoteKind.PARTIAL;
            }
            if (a == null && kind == QuoteKind.FULL) {
                a = subjectOfSentenceBefore(v, quoted, s, lastNameWords);
                a = a != null ? a : ContinuationSpeaker.of(v, quoted, at, s);
            }
            if (kind == QuoteKind.FULL) {
                int last = s.close() >= 0 ? s.close() : lastTokenBefore(v, s.end());
                for (int k = s.open(); k <= last && k < inFull.length; k++) {
                    inFull[k] = true;
                }
            }
            if (candidates != null && kind != QuoteKind.TERM && !markup) {
                a = ranked(v, candidates, s, a, previous, ranker, collect);
                previous = a == null ? previous : v.norm(a.mention().end() - 1);
            }
            if (kind == QuoteKind.TERM && (markup || TitleQuotes.isTitle(v, s))) {
                titles.add(s.start());
            }
            a = VerbBoundDescriptions.trim(v, a);   // "the film shows Ada waiting" → the film
            drafts.add(new Draft(s.start(), s.end(), kind, kind == QuoteKind.TERM ? null : a, s.marks(), s.paragraph()));
        }
        List<Draft> reported = IndirectSpeech.find(v, quoted, inFull, at);
        drafts = wordsOfReportedSpeech(drafts, reported, titles);
        drafts.addAll(reported);
        drafts.sort(Comparator.comparingInt(Draft::start).thenComparingInt(Draft::end));
        return ResolvedQuotes.resolve(v, drafts);
    }

    /**
     * The attribution a quotation gets once its candidates are weighed: the ranker's choice, or the rules' pick
     * {@code a} (also when collecting the candidates into {@code collect}).
     */
    private static Attribution ranked(TextView v, SpeakerCandidates candidates, MarkedSpan s, Attribution a,
            String previous, SpeakerRanker ranker, List<SpeakerCandidate> collect) {
        if (collect == null && a == null) {
            return null;   // the ranker only ever changes a pick the rules made
        }
        if (collect == null && a.mention().type() == Mention.Type.PRONOUN && a.verb() != null) {
            return a;   // SpeakerCandidate.keepsRule, known before any candidate is read: "he said" stands
        }
        List<SpeakerCandidates.Candidate> cs = candidates.of(s, a);
        if (collect == null && cs.size() == 1) {
            return a;   // the rules' pick alone (index 0): choose() could only keep it, so its features are not read
        }
        double[] scores = new double[cs.size()];
        for (int i = 0; i < cs.size(); i++) {
            SpeakerCandidates.Candidate c = cs.get(i);
            double[] f = candidates.features(s, c, previous);
            if (collect != null) {
                collect.add(new SpeakerCandidate(s.start(), s.end(), c.mention().start(v), c.mention().stop(v),
                        c.mention().text(v), c.mention().type().name().toLowerCase(java.util.Locale.ROOT), c.rule(), f));
            } else {
                scores[i] = ranker.score(f);
            }
        }
        if (collect != null) {
            return a;
        }
        int chosen = ranker.choose(scores, 0);
        return chosen <= 0 ? a : cs.get(chosen).attribution();
    }

    /**
     * "Ruiz said the plan was “a betrayal of every worker”": a quoted phrase with no cue of its own inside a
     * clause someone is reported to have said is that speaker's words, not the writer's term: a partial
     * quote with the clause's attribution. Both lists are in text order, so one pass pairs them.
     */
    private static List<Draft> wordsOfReportedSpeech(List<Draft> drafts, List<Draft> reported, Set<Integer> titles) {
        List<Draft> byEnd = new ArrayList<>(reported);
        byEnd.sort(Comparator.comparingInt(Draft::end));
        reported = byEnd;
        List<Draft> out = new ArrayList<>(drafts.size());
        int r = 0;
        for (Draft d : drafts) {
            while (r < reported.size() && reported.get(r).end() < d.end()) {
                r++;
            }
            Draft around = r < reported.size() ? reported.get(r) : null;
            boolean inside = around != null && around.start() <= d.start() && d.end() <= around.end()
                    && around.attribution() != null && !titles.contains(d.start());
            out.add(d.kind() == QuoteKind.TERM && inside
                    ? new Draft(d.start(), d.end(), QuoteKind.PARTIAL, around.attribution(), d.marks(), d.paragraph())
                    : d);
        }
        return out;
    }

    /**
     * "Howard continued his remarks. ¶ “Eight years ago …”": a quotation with no cue of its own that opens its
     * sentence right after a sentence (in the same or the previous paragraph) whose subject is a name followed by
     * its verb is that person's. Null otherwise.
     */
    private static Attribution subjectOfSentenceBefore(TextView v, boolean[] quoted, MarkedSpan s,
            java.util.function.Supplier<Set<String>> lastNameWords) {
        int prev = s.open() - 1;
        if (prev < 0 || s.open() != v.sentenceStart(s.open()) || v.paragraphOf(prev) < s.paragraph() - 1) {
            return null;
        }
        int first = v.sentenceStart(prev);
        if (quoted[first] || !NounPhrases.isNameWord(v, first)) {
            return null;
        }
        Mention m = NounPhrases.nameForward(v, first, prev + 1);
        if (m.end() >= prev || !v.isLowerWord(m.end())) {
            return null;
        }
        // a person's name: no word the article also writes in lower case ("Back", "Editorial"), no day or month,
        // and one word only if the article gives it as the last of a longer name ("Howard" of "Terrence Howard")
        for (int k = m.first(); k < m.end(); k++) {
            if (v.seenInLowerCaseAt(k) || SpeakerResolver.CALENDAR.contains(v.norm(k))) {
                return null;
            }
        }
        return m.end() - m.first() >= 2 || lastNameWords.get().contains(v.norm(m.first()))
                ? new Attribution(m, m.end(), null) : null;
    }

    /**
     * The words that stand as the last word of a name of two words or more somewhere in the article ("Howard" of
     * "Terrence Howard"), not counting a sentence's first word that the article also writes in lower case.
     */
    private static Set<String> lastNameWords(TextView v) {
        Set<String> out = new java.util.HashSet<>();
        for (int k = 1; k < v.size(); k++) {
            int p = k - 1;
            if (NounPhrases.isNameWord(v, k) && NounPhrases.isNameWord(v, p)
                    && (p != v.sentenceStart(p) || !v.seenInLowerCaseAt(p))) {
                out.add(v.norm(k));
            }
        }
        return out;
    }

    /** Index of the last token starting before {@code end} (binary search: unclosed quotes may be many). */
    private static int lastTokenBefore(TextView v, int end) {
        int lo = 0;
        int hi = v.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (v.start(mid) < end) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return Math.max(0, lo - 1);
    }

    private static QuoteKind kindOf(TextView v, Attributor at, MarkedSpan s, Attribution a) {
        int words = 0;
        boolean upper = false;
        boolean first = true;
        for (int k = s.open() + 1; k < v.size() && v.end(k) <= s.end(); k++) {
            if (v.kind(k).isWordLike()) {
                if (first) {
                    int begin = v.start(k);   // the token's first code point, read in place
                    upper = Character.isUpperCase(v.end(k) - begin > 1 ? v.raw.codePointAt(begin) : v.raw.charAt(begin));
                    first = false;
                }
                words++;
            }
        }
        if (isTermContext(v, at, s.open()) || TitleQuotes.isTitle(v, s) || TitleQuotes.isMarkupValue(v, s)
                || a == null && (TitleQuotes.isSubheading(v, s) || TitleQuotes.isSubjectOfItsSentence(v, s)
                    || TitleQuotes.isCapitalsHeading(v, s))) {
            return QuoteKind.TERM;   // "a plan called “…”", "said on Channel Nine’s “Morning Report”"
        }
        int sentenceStart = v.sentenceStart(s.open());
        boolean opensSentence = s.open() == sentenceStart
                || (s.open() > 0 && (v.isPunct(s.open() - 1, ":") || v.kind(s.open() - 1) == TokenKind.DASH)
                    && a != null);
        // "because it “spends money we do not have.”": the writer's sentence gives the subject, the quote a predicate
        boolean predicate = s.open() > 0 && PREDICATE_SUBJECTS.contains(v.norm(s.open() - 1));
        if (predicate && words < 12 && a != null) {
            return QuoteKind.PARTIAL;
        }
        boolean clause = hasClauseWord(v, s);
        boolean endsWithPunctuation = endsWithSentencePunctuation(v, s, ".!?,");
        // a quote that ends the writer's sentence with its own full stop is a clause: … that “the ice will not hold.”
        boolean endsSentence = endsWithSentencePunctuation(v, s, ".!?");
        if (opensSentence || words >= 14 || (words >= FULL_WORDS && clause) || (endsWithPunctuation && upper && words >= 4)
                || (endsSentence && words >= 5 && clause) || s.close() < 0 && words >= 4) {
            return QuoteKind.FULL;
        }
        return a != null ? QuoteKind.PARTIAL : QuoteKind.TERM;
    }

    /** Words that make a clause: a subject pronoun, a copula, an auxiliary or a modal. */
    static final Set<String> CLAUSE_WORDS = Set.of("i", "we", "you", "he", "she", "they", "it", "is", "are",
            "was", "were", "be", "been", "will", "would", "can", "could", "shall", "should", "must", "may", "might",
            "has", "have", "had", "do", "does", "did", "it's", "we're", "they're", "i'm", "isn't", "don't", "won't",
            "can't", "there");

    /** True if the quote reads as a clause, not a noun phrase ("a vast amount of protected speech"). */
    private static boolean hasClauseWord(TextView v, MarkedSpan s) {
        for (int k = s.open() + 1; k < v.size() && v.end(k) <= s.end(); k++) {
            if (v.has(k, WordClasses.CLAUSE)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithSentencePunctuation(TextView v, MarkedSpan s, String marks) {
        if (s.close() < 1) {
            return false;
        }
        return v.isPunct(s.close() - 1, marks);
    }

    private static boolean isTermContext(TextView v, Attributor at, int open) {
        int floor = Math.max(v.sentenceStart(open), open - 4);
        for (int k = open - 1; k >= floor; k--) {
            String n = v.norm(k);
            if (TERM_MARKERS.contains(n) && !n.equals("as")) {
                // "He called the findings “encouraging”" is speech; "a plan called “X”" names
                return at.atCue(k, v.sentenceStart(open), open) == null;
            }
            // "known as", "referred to … as the «…»"
            if (n.equals("as") && k > v.sentenceStart(open)) {
                for (int j = k - 1; j >= Math.max(v.sentenceStart(open), k - 6); j--) {
                    if (TERM_MARKERS.contains(v.norm(j)) && !v.norm(j).equals("as")) {
                        // "Ruiz referred to the mayor as “…”" speaks; "a place known as “…”" names
                        return at.atCue(j, v.sentenceStart(open), open) == null;
                    }
                }
            }
        }
        return false;
    }
}
