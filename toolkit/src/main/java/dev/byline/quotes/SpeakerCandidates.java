package dev.byline.quotes;

import dev.byline.text.TokenKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The mentions the resolver could give a quotation as its speaker, with the facts of general grammar a
 * ranker weighs ({@link #FEATURES}): the rules' own pick; the speaker of every cue verb in the quote's
 * sentence(s), the sentence before it in its paragraph and the first words after it; and every name and
 * subject pronoun there. Each is described by where it stands against the quote and its cue, its shape
 * (name, pronoun, description; title, capitals, a word the article writes in lower case) and whether the
 * article names it often or the previous quotation's speaker had it.
 */
final class SpeakerCandidates {
    /** The features, in the order {@link #features} fills them; a fitted model lists the same names. */
    static final List<String> FEATURES = List.of("rule", "cue", "cue_strong", "cue_before", "cue_distance",
            "before", "distance", "same_sentence", "sentence_before", "other_paragraph", "name", "pronoun",
            "description", "name_words", "title", "opens_sentence", "verb_after", "person_head", "calendar",
            "body_word", "after_preposition", "possessor", "lower_case_word", "capitals", "salience",
            "previous_speaker", "in_parentheses", "after_complementiser", "rule*cue", "rule*pronoun", "rule*description",
            "rule*person_head", "rule*body_word", "rule*after_preposition", "rule*after_that", "rule*lower_case_word",
            "rule*verb_after", "rule*opens_sentence", "rule*distance", "rule*name_words", "rule*possessor", "rule*calendar",
            "pronoun_in_opening_clause");

    /** The features the rules' pick has twice, once alone and once crossed with {@code rule}, in that order. */
    private static final int[] CROSSED = {1, 11, 12, 17, 19, 20, 27, 22, 16, 15, 6, 13, 21, 18};

    /** A candidate: its mention, the cue it came with (-1 and null for none) and whether the rules chose it. */
    record Candidate(Mention mention, int cue, String verb, boolean rule) {
        /** The attribution this candidate gives its quotation. */
        Attribution attribution() {
            return new Attribution(mention, cue >= 0 ? cue : mention.end(), verb);
        }
    }

    /** Organisation and body heads: a mention ending so is an institution more often than a person. */
    static final Set<String> BODY_WORDS = WordSet.of("party", "committee", "council", "campaign", "news",
            "university", "department", "house", "times", "post", "journal", "network", "foundation", "institute",
            "association", "center", "centre", "court", "office", "agency", "ministry", "union", "group", "county",
            "city", "state", "states", "fund", "bank", "company", "corporation", "inc", "press", "magazine", "report",
            "board", "commission", "senate", "congress", "administration", "service", "project", "poll", "school");

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "from", "to", "of", "for", "on",
            "into", "across", "near", "by", "about", "against", "with");

    private final TextView v;
    private final boolean[] quoted;
    private final Attributor at;
    /** capitalised occurrences of each word of the article, by word id, built on first use */
    private int[] counts;

    SpeakerCandidates(TextView v, boolean[] quoted, Attributor at) {
        this.v = v;
        this.quoted = quoted;
        this.at = at;
    }

    /** The candidates of quotation {@code s}, the rules' pick {@code rule} (may be null) first, without repeats. */
    List<Candidate> of(MarkedSpan s, Attribution rule) {
        Map<Long, Candidate> out = new LinkedHashMap<>();
        if (rule != null) {
            out.put(key(rule.mention()), new Candidate(rule.mention(), rule.verb() == null ? -1 : rule.cue(), rule.verb(), true));
            if (rule.verb() != null && (v.norm(rule.cue()).equals("according") || ReportedVia.closesSentence(v, rule)
                    || PollRespondents.isPoll(v, rule) || ClosingDocuments.closes(v, rule)) || BracketCredit.isCredit(v, rule)) {
                // "“…,” the mayor said, according to a transcript", "“…,” Ortega said, the Herald reported.": the
                // report is where the text gives the source (and "In a poll …, 31% of voters said “…”": the poll;
                // "“…” [Lakeside Herald.]": the credit)
                return List.copyOf(out.values());
            }
        }
        int last = s.close() >= 0 ? s.close() : s.open();
        int sentenceBefore = v.sentenceStart(s.open()) - 1;
        int from = v.sentenceStart(s.open());
        if (sentenceBefore >= 0 && v.paragraphOf(sentenceBefore) == s.paragraph()) {
            from = v.sentenceStart(sentenceBefore);
        }
        from = Math.max(from, s.open() - 2 * Attributor.REACH);
        int to = Math.min(v.size(), Math.max(v.sentenceEnd(last), last + 1));
        if (to < v.size() && to == last + 1 && v.paragraphOf(to) == s.paragraph()) {
            to = Math.min(v.sentenceEnd(to), to + 12);   // “… win?” Sanders replied.
        }
        to = Math.min(to, last + 1 + Attributor.REACH);
        for (int j = from; j < to; j++) {
            if (quoted[j]) {
                continue;
            }
            if (v.has(j, WordClasses.AT_CUE)) {
                int floor = Math.max(from, v.sentenceStart(j));
                int ceiling = j < s.open() ? s.open() : Math.min(to, Math.max(v.sentenceEnd(j), j + 1));
                Attribution a = at.atCue(j, floor, ceiling);
                if (a != null) {
                    out.putIfAbsent(key(a.mention()), new Candidate(a.mention(), j, a.verb(), false));
                }
            }
            if (NounPhrases.isNameWord(v, j) && (j == from || !NounPhrases.isNameWord(v, j - 1))) {
                Mention m = NounPhrases.nameForward(v, j, Math.min(to, Math.max(v.sentenceEnd(j), j + 1)));
                if (!inQuote(m) && ClauseActors.nameBeforePlace(v, m, from) == m) {   // not "Vermont" of "Ivo Lind of Vermont"
                    out.putIfAbsent(key(m), new Candidate(m, -1, null, false));
                }
            } else if (v.isLowerWord(j) && (v.norm(j).equals("he") || v.norm(j).equals("she") || v.norm(j).equals("they"))
                    || v.isCapitalised(j) && j == v.sentenceStart(j) && NounPhrases.SUBJECT_PRONOUNS.contains(v.norm(j))
                    && !v.norm(j).equals("i")) {
                Mention m = new Mention(j, j + 1, Mention.Type.PRONOUN);
                out.putIfAbsent(key(m), new Candidate(m, -1, null, false));
            }
        }
        List<Candidate> kept = new ArrayList<>(out.size());
        for (Candidate c : out.values()) {
            if (c.rule() || !forwardToAName(c.mention(), out.values())) {
                kept.add(c);
            }
        }
        return kept;
    }

    private boolean inQuote(Mention m) {
        for (int k = m.first(); k < m.end(); k++) {
            if (quoted[k]) {
                return true;
            }
        }
        return false;
    }

    private static long key(Mention m) {
        return ((long) m.first() << 32) | m.end();
    }

    /**
     * The features of candidate {@code c} of quotation {@code s}, in {@link #FEATURES} order; {@code previous} is
     * the last word of the previous quotation's speaker mention, or null.
     */
    double[] features(MarkedSpan s, Candidate c, String previous) {
        Mention m = c.mention();
        int last = s.close() >= 0 ? s.close() : s.open();
        double[] f = new double[FEATURES.size()];
        f[0] = c.rule() ? 1 : 0;
        if (c.cue() >= 0) {
            f[1] = 1;
            CueVerbs.Cue cue = CueVerbs.cue(v.norm(c.cue()));
            f[2] = cue == null || cue.bareClause() ? 1 : 0;
            f[3] = c.cue() < s.open() ? 1 : 0;
            f[4] = Math.log1p(c.cue() < s.open() ? s.open() - c.cue() : Math.max(0, c.cue() - last)) / 4;
        }
        boolean before = m.end() <= s.open();
        f[5] = before ? 1 : 0;
        f[6] = Math.log1p(before ? s.open() - m.end() : Math.max(0, m.first() - last)) / 4;
        int sentence = v.sentenceOf[m.first()];
        f[7] = sentence >= v.sentenceOf[s.open()] && sentence <= v.sentenceOf[last] ? 1 : 0;
        f[8] = sentence < v.sentenceOf[s.open()] ? 1 : 0;
        f[9] = v.paragraphOf(m.first()) != s.paragraph() ? 1 : 0;
        f[10] = m.type() == Mention.Type.NAME ? 1 : 0;
        f[11] = m.type() == Mention.Type.PRONOUN ? 1 : 0;
        f[12] = m.type() == Mention.Type.DESCRIPTION ? 1 : 0;
        f[13] = Math.min(4, m.end() - m.first()) / 4.0;
        boolean title = m.first() > 0 && v.has(m.first() - 1, WordClasses.TITLE);
        for (int k = m.first(); k < m.end() - 1 && !title; k++) {
            title = v.has(k, WordClasses.TITLE);
        }
        f[14] = title ? 1 : 0;
        f[15] = m.first() == v.sentenceStart(m.first()) ? 1 : 0;
        f[16] = m.end() < v.size() && v.isLowerWord(m.end()) && NounPhrases.looksLikeVerb(v, m.end()) ? 1 : 0;
        String head = v.norm(m.end() - 1);
        f[17] = ClauseActors.isPersonHead(head) ? 1 : 0;
        boolean calendar = false;
        for (int k = m.first(); k < m.end(); k++) {
            calendar |= v.has(k, WordClasses.CALENDAR);
        }
        f[18] = calendar ? 1 : 0;
        f[19] = BODY_WORDS.contains(head) ? 1 : 0;
        f[20] = m.first() > 0 && PLACE_PREPOSITIONS.contains(v.norm(m.first() - 1)) && v.isLowerWord(m.first() - 1) ? 1 : 0;
        f[21] = m.end() < v.size() && v.kind(m.end()) == TokenKind.CLITIC ? 1 : 0;
        f[22] = m.type() == Mention.Type.NAME && v.seenInLowerCaseAt(m.end() - 1) ? 1 : 0;
        f[23] = m.type() == Mention.Type.NAME && allCapitals(m) ? 1 : 0;
        f[24] = m.type() == Mention.Type.NAME ? Math.log1p(count(m.end() - 1)) / 4 : 0;
        f[25] = m.type() != Mention.Type.PRONOUN && previous != null && previous.equals(head) ? 1 : 0;
        f[26] = m.first() > 0 && v.isPunct(m.first() - 1, "(") ? 1 : 0;
        // "expected that voters will say": the subject of a reported clause, not of a relative one ("the levy that Ruiz")
        int t = m.first() - 1;
        f[27] = t > 0 && v.norm(t).equals("that") && (CueVerbs.cue(v.norm(t - 1)) != null || NounPhrases.looksLikeVerb(v, t - 1))
                ? 1 : 0;
        for (int i = 0; i < CROSSED.length; i++) {
            f[28 + i] = f[0] * f[CROSSED[i]];
        }
        f[28 + CROSSED.length] = m.type() == Mention.Type.PRONOUN && inOpeningClause(m) ? 1 : 0;
        return f;
    }

    /** Words that open a subordinate clause before the main one: "Ever since she joined, Lind has …". */
    private static final Set<String> SUBORDINATORS = WordSet.of("since", "when", "while", "after", "before", "although",
            "though", "because", "if", "as", "once", "until", "whenever");

    /** True if the mention stands in a subordinate clause that opens its sentence (no comma yet before it). */
    private boolean inOpeningClause(Mention m) {
        for (int k = m.first() - 1; k >= v.sentenceStart(m.first()); k--) {
            if (v.isPunct(k, ",;:")) {
                return false;
            }
            if (SUBORDINATORS.contains(v.norm(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True if {@code m} is a pronoun standing in a subordinate clause that opens its sentence, and the main clause
     * after that clause's comma opens with one of the {@code named} candidates, a lower-case word (its verb) next:
     * "Ever since she joined the board, Ms. Lind has …". The pronoun points forward to that name, a candidate of its
     * own, so it is never one (the rules' pick aside).
     */
    private boolean forwardToAName(Mention m, Iterable<Candidate> named) {
        if (m.type() != Mention.Type.PRONOUN || !inOpeningClause(m)) {
            return false;
        }
        int comma = m.end();
        int end = v.sentenceEnd(m.first());
        while (comma < end && !v.isPunct(comma, ",")) {
            comma++;
        }
        for (Candidate c : named) {
            Mention n = c.mention();
            if (n.type() == Mention.Type.NAME && n.first() == comma + 1 && n.end() < end
                    && v.isLowerWord(n.end())) {
                return true;
            }
        }
        return false;
    }

    private boolean allCapitals(Mention m) {
        String t = m.text(v);
        boolean letter = false;
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (Character.isLowerCase(ch)) {
                return false;
            }
            letter |= Character.isLetter(ch);
        }
        return letter && t.length() > 1;
    }

    /** How often the article writes token {@code i}'s word capitalised (counted once per article, by word id). */
    private int count(int i) {
        if (counts == null) {
            counts = new int[v.wordCount()];
            for (int k = 0; k < v.size(); k++) {
                if (v.isCapitalised(k)) {
                    counts[v.wordId(k)]++;
                }
            }
        }
        return counts[v.wordId(i)];
    }
}
