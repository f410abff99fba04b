package dev.byline.quotes;

import dev.byline.text.Sentence;
import dev.byline.text.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds reported speech without quotation marks, in the two shapes news uses:
 * <ul>
 *   <li>cue first: "Rosin said (that) Moscow is playing for time", "Putin told Trump he wanted …",
 *       "According to Rosin, Putin still believes …", "…, adding that …";</li>
 *   <li>cue last: "Not all Russian officials believe they are winning, Rosin said." and
 *       "…, said the official, who was granted anonymity".</li>
 * </ul>
 * A clause that is itself a full direct quotation is left to the direct quote; one that carries a
 * few quoted words keeps them (the reported clause and the partial quote overlap).
 */
final class IndirectSpeech {
    private static final Set<String> SUBORDINATORS = Set.of("although", "while", "though", "if", "when", "because",
            "as", "since", "after", "before", "whereas", "unless", "even");
    private static final Set<String> WH_WORDS = Set.of("if", "whether", "why", "what", "how", "when", "where", "who");
    /** Conjunctions that, after a comma, start the writer's own next clause. */
    private static final Set<String> CLAUSE_BREAKS = Set.of("but", "while", "whereas", "although", "though", "yet");
    private static final Set<String> WEEKDAYS = WordSet.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    private static final Set<String> TIME_WORDS = Set.of("week", "month", "year", "night", "weekend", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning", "evening", "afternoon");
    private static final Set<String> ALONE_ADVERBS = WordSet.of("earlier", "yesterday", "today", "tonight", "recently",
            "repeatedly", "publicly", "privately", "previously", "then", "also", "again", "later", "separately");

    // The small word sets of the rules below, built once: a Set.of(...) inside a method is a new set on every call,
    // and these run on every token of every sentence
    private static final Set<String> COORDINATORS = WordSet.of("and", "but", "or");
    private static final Set<String> CONDITIONALS = WordSet.of("if", "unless", "whether");
    private static final Set<String> APPOSITIVE_OPENERS = Set.of("a", "an", "the", "this", "that", "which");
    private static final Set<String> STATEMENT_NOUNS = Set.of("statement", "interview", "briefing", "post", "speech",
            "letter");

    private IndirectSpeech() {
    }

    /**
     * @param inFull for each token, true if it belongs to a full direct quotation (marks included)
     */
    static List<Draft> find(TextView v, boolean[] quoted, boolean[] inFull, Attributor at) {
        List<Draft> out = new ArrayList<>();
        for (Sentence s : v.sentences) {
            // a run-on "sentence" (no full stops) is read in windows so the work stays linear
            for (int a = s.firstToken(); a < s.endToken(); a += WINDOW) {
                findIn(v, quoted, inFull, at, a, Math.min(s.endToken(), a + WINDOW), out);
            }
        }
        return out;
    }

    /** Longest stretch of one sentence read at once, in tokens; news sentences are far shorter. */
    private static final int WINDOW = 400;

    private static void findIn(TextView v, boolean[] quoted, boolean[] inFull, Attributor at, int a, int b,
                               List<Draft> out) {
        List<Attribution> cues = new ArrayList<>();
        for (int j = a; j < b; j++) {
            // atCue first: it rejects most words with one map look-up, where DIRECT_ONLY would probe for every word;
            // "as she put it" frames her own words in marks, and without them reports no clause
            Attribution att = quoted[j] ? null : at.atCue(j, a, b);
            // "said by telephone" names the cue's means, not what was said
            if (att != null && !CueVerbs.DIRECT_ONLY.contains(v.norm(j)) && !v.norm(j).equals("put")
                    && !DocumentCues.isFinding(v.norm(j))
                    && !(j + 1 < v.size() && v.norm(j + 1).equals("by"))) {
                cues.add(att);
            }
        }
        List<Draft> here = new ArrayList<>();
        for (Attribution att : cues) {
            Draft d = clause(v, inFull, att, a, b);
            if (d == null || here.stream().anyMatch(o -> o.start() == d.start())) {
                continue;
            }
            // "Researchers say X, according to a study": a cue-last report whose clause holds
            // another cue with its own subject is that cue's report, not a second one
            int from = tokenAt(v, d.start());
            int to = tokenAt(v, d.end());
            boolean cueLast = att.cue() >= to;
            boolean holdsCue = cueLast && cues.stream().anyMatch(c -> c != att && c.mention().first() >= from
                    && c.cue() < to && c.mention().first() < c.cue());
            if (!holdsCue) {
                here.add(d);
            }
        }
        out.addAll(here);
    }

    /** Modals that make a cue hypothetical: "critics would say", "he could argue". */
    private static final Set<String> MODALS = WordSet.of("would", "could", "might", "may", "should", "can", "will",
            "must", "shall");

    /**
     * True if the cue reports no statement: a question ("asked whether …"), or a hypothetical (a
     * modal before the verb, or an "if"/"unless" clause holding it).
     */
    private static boolean notAStatement(TextView v, Attribution att, int a) {
        int j = att.cue();
        CueVerbs.Cue cue = CueVerbs.cue(v.norm(j));
        if (cue != null && cue.lemma().equals("ask")) {
            return true;
        }
        for (int k = j - 1; k >= Math.max(a, j - 3); k--) {
            if (MODALS.contains(v.norm(k))) {
                return true;
            }
            if (!v.isLowerWord(k) || !CueVerbs.BETWEEN_SUBJECT_AND_VERB.contains(v.norm(k))) {
                break;
            }
        }
        for (int k = j - 1; k >= a; k--) {
            // "she questioned if …, and suggested officials may …": a coordinated cue is its own statement
            if (v.isPunct(k, ",;:") || v.kind(k) == TokenKind.DASH || COORDINATORS.contains(v.norm(k))
                    || CueVerbs.cue(v.norm(k)) != null) {
                break;
            }
            if (CONDITIONALS.contains(v.norm(k))) {
                return true;
            }
        }
        return false;
    }

    /** A reported clause that opens with "whether" or "if" is a question, not a statement. */
    private static boolean isQuestion(TextView v, Draft d) {
        int k = tokenAt(v, d.start());
        return k < v.size() && (v.norm(k).equals("whether") || v.norm(k).equals("if"));
    }

    private static Draft clause(TextView v, boolean[] inFull, Attribution att, int a, int b) {
        if (notAStatement(v, att, a)) {
            return null;
        }
        Draft d = reportedClause(v, inFull, att, a, b);
        return d == null || isQuestion(v, d) ? null : d;
    }

    private static Draft reportedClause(TextView v, boolean[] inFull, Attribution att, int a, int b) {
        int j = att.cue();
        Mention m = att.mention();
        boolean according = v.norm(j).equals("according");
        int k;
        if (according && j - 1 > a && v.isPunct(j - 1, ",")) {
            // "The talks collapsed, according to a spokesperson, and …": the report is the clause before
            return cueLast(v, inFull, att, a, j - 1);
        }
        if (according || m.first() > j) {
            k = m.end();
            // "…, said the official, who was granted anonymity": skip the relative clause or appositive
            if (!according) {
                // "Putin’s ambition, said people who have spoken to him, is to …": the sentence goes on
                int c = k;
                while (c < b && !v.isPunct(c, ",.;")) {
                    c++;
                }
                if (c + 1 < b && v.isPunct(c, ",") && continuesClause(v, c + 1)) {
                    return wholeSentence(v, inFull, att, a, c, b);
                }
                return cueLast(v, inFull, att, a, j - 1);
            }
            if (k < b && v.isPunct(k, ",")) {
                return cueFirst(v, inFull, att, k + 1, b, a);
            }
            return cueLast(v, inFull, att, a, j - 1);
        }
        k = j + 1;
        CueVerbs.Cue cue = CueVerbs.cue(v.norm(j));
        int that = k;
        while (that < b && that < k + 6 && v.isWord(that) && !v.norm(that).equals("that")
                && CueVerbs.cue(v.norm(that)) == null) {
            that++;
        }
        if (cue != null && cue.takesListener() && that < b && that > k && v.norm(that).equals("that")) {
            k = that;   // "told investors that …", "warned the committee on Monday that …"
        } else if (cue != null && cue.takesListener()) {
            k = listenerEnd(v, k, b);
        }
        k = skipAdverbials(v, k, b);
        boolean introduced = false;
        if (k < b && v.norm(k).equals("that")) {
            k++;
            introduced = true;
        } else if (k < b && WH_WORDS.contains(v.norm(k))) {
            introduced = true;
        }
        if (k < b && v.isPunct(k, ",") && k + 1 < b && continuesClause(v, k + 1)) {
            return wholeSentence(v, inFull, att, a, k, b);   // "One factor …, Rosin said, is that …"
        }
        if (k >= b || v.isPunct(k, ".!?;,")) {
            int comma = m.first() - 1;
            while (comma > a && v.isLowerWord(comma)) {
                comma--;   // "…, regional chief Vadym Filashkin said."
            }
            return cueLast(v, inFull, att, a, comma);
        }
        if (v.kind(k) != TokenKind.WORD && v.kind(k) != TokenKind.NUMBER) {
            return null;   // a quotation straight after the verb is the direct quote's own content
        }
        if (v.norm(k).equals("to") || v.norm(k).equals("for") || v.norm(k).equals("about")) {
            return null;   // "told him to leave", "asked for": an instruction or request, not a report
        }
        if (NounPhrases.PREPOSITIONS.contains(v.norm(k))) {
            // "said on the floor", "told reporters outside the chamber": a place, not a report,
            // unless a "that" clause follows ("said in Brussels that …")
            int t = k;
            while (t < b && t < k + 8 && !v.norm(t).equals("that") && !v.isPunct(t, ",.;:")) {
                t++;
            }
            if (t < b && v.norm(t).equals("that")) {
                k = t + 1;
                introduced = true;
            } else {
                return null;
            }
        }
        if (cue != null && !cue.bareClause() && !introduced && !CueVerbs.isParticiple(v.norm(j))) {
            return null;   // "maintains a tough stance": only "maintained that …" reports speech
        }
        return cueFirst(v, inFull, att, k, b, a);
    }

    private static Draft cueFirst(TextView v, boolean[] inFull, Attribution att, int k, int b, int a) {
        if (k >= b || k >= inFull.length) {
            return null;   // the cue ends the sentence ("according to he ,"): no reported clause
        }
        int e = b;
        boolean subordinate = SUBORDINATORS.contains(v.norm(a)) && att.cue() < firstComma(v, a, b);
        for (int t = k; t < b; t++) {
            if (inFull[t] && t > k) {
                e = t;
                break;
            }
            // ", indicating that …", ", adding that …", ", but …": the writer's gloss or a new clause
            boolean commaBreak = v.isPunct(t, ",") && t + 1 < b && v.isLowerWord(t + 1)
                    && (v.norm(t + 1).endsWith("ing") && !v.norm(t + 1).equals("including")
                        || CLAUSE_BREAKS.contains(v.norm(t + 1)));
            // "… just isn’t “life like” — a shift that Moscow hailed": an appositive after a dash
            boolean dashBreak = v.kind(t) == TokenKind.DASH && t + 1 < b
                    && APPOSITIVE_OPENERS.contains(v.norm(t + 1));
            boolean nextCue = (v.norm(t).equals("and") || v.norm(t).equals("but")) && t + 1 < b
                    && CueVerbs.cue(v.norm(t + 1)) != null && v.isLowerWord(t + 1);
            if (v.isPunct(t, ";") || commaBreak || dashBreak || nextCue || (subordinate && v.isPunct(t, ","))) {
                e = t;
                break;
            }
        }
        if (inFull[k]) {
            return null;
        }
        return draft(v, att, k, e);
    }

    private static Draft cueLast(TextView v, boolean[] inFull, Attribution att, int a, int comma) {
        int to = comma;
        if (comma > a + 1 && v.kind(comma) == TokenKind.QUOTE && v.isPunct(comma - 1, ",")) {
            to = comma + 1;   // … and "outsmart everybody,” Rosin said: the comma sits inside the quote
        } else if (comma <= a || !v.isPunct(comma, ",")) {
            return null;
        }
        for (int t = a; t < to; t++) {
            if (inFull[t]) {
                return null;
            }
        }
        return draft(v, att, a, to);
    }

    private static Draft draft(TextView v, Attribution att, int from, int to) {
        while (to > from && (v.kind(to - 1) == TokenKind.PUNCT || v.norm(to - 1).equals("and")
                || v.norm(to - 1).equals("but") || v.kind(to - 1) == TokenKind.DASH)) {
            to--;
        }
        int words = 0;
        for (int t = from; t < to; t++) {
            if (v.kind(t).isWordLike()) {
                words++;
            }
        }
        if (words < 3 || !hasVerb(v, from, to)) {
            return null;   // "mentioned the name Donald Trump", "added on the subject of Israel": no clause
        }
        return new Draft(v.start(from), v.end(to - 1), QuoteKind.INDIRECT, att, "",
                v.paragraphOf(from));
    }

    /** Words that make a stretch of text a clause: auxiliaries, modals, forms of be, have and do. */
    private static final Set<String> VERB_WORDS = WordSet.of("is", "are", "was", "were", "be", "been", "being", "am",
            "has", "have", "had", "will", "would", "can", "could", "shall", "should", "may", "might", "must", "do",
            "does", "did", "won't", "can't", "isn't", "wasn't", "aren't", "weren't", "don't", "doesn't", "didn't",
            "hasn't", "haven't", "wouldn't", "couldn't", "shouldn't", "it's", "he's", "she's", "they're", "we're",
            "i'm", "there's", "that's", "'s", "'re", "'ll", "'ve", "'d", "n't");

    private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "its", "our", "my", "your");

    /**
     * True if the stretch reads as a clause: it holds an auxiliary or form of be, have or do, a
     * word in -ed, or a lower-case word in -s after a noun or name ("Moscow plays for time").
     */
    private static boolean hasVerb(TextView v, int from, int to) {
        for (int t = from; t < to; t++) {
            String n = v.norm(t);
            boolean pronounSubject = (NounPhrases.SUBJECT_PRONOUNS.contains(n) || n.equals("it") || n.equals("you"))
                    && t + 1 < to && v.isLowerWord(t + 1);
            if (pronounSubject || VERB_WORDS.contains(n) || v.isLowerWord(t) && (n.endsWith("ed") && n.length() > 3
                    || NounPhrases.looksLikeVerb(v, t) || CueVerbs.cue(n) != null)) {
                return true;
            }
            if (v.isLowerWord(t) && n.endsWith("s") && !n.endsWith("ss") && t > from && (v.isWord(t - 1) || v.kind(t - 1) == TokenKind.CLITIC)
                    && !NounPhrases.DETERMINERS.contains(v.norm(t - 1)) && !NounPhrases.PREPOSITIONS.contains(v.norm(t - 1))
                    && !POSSESSIVES.contains(v.norm(t - 1))) {
                return true;
            }
        }
        return false;
    }

    /** "One factor …, Rosin said, is that …": the report is the whole sentence around its attribution. */
    private static Draft wholeSentence(TextView v, boolean[] inFull, Attribution att, int a, int k, int b) {
        for (int t = a; t < b; t++) {
            if (inFull[t]) {
                return null;
            }
        }
        int e = b;
        while (e > k && v.kind(e - 1) == TokenKind.PUNCT) {
            e--;
        }
        return draft(v, att, a, e);
    }

    private static final Set<String> PHRASE_OPENERS = WordSet.of("who", "which", "whose", "and", "or", "as", "in",
            "on", "at", "for", "with", "by", "from", "to", "of", "after", "before", "when", "if", "because", "since");

    /** After "…, Rosin said," the sentence goes on with its verb ("is that …"), not a new phrase. */
    private static boolean continuesClause(TextView v, int k) {
        String n = v.norm(k);
        return v.isLowerWord(k) && !n.endsWith("ing") && !CLAUSE_BREAKS.contains(n)
                && !NounPhrases.DETERMINERS.contains(n) && !PHRASE_OPENERS.contains(n)
                && CueVerbs.cue(n) == null;
    }

    private static int tokenAt(TextView v, int offset) {
        int lo = 0;
        int hi = v.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (v.end(mid) <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int firstComma(TextView v, int a, int b) {
        for (int t = a; t < b; t++) {
            if (v.isPunct(t, ",")) {
                return t;
            }
        }
        return b;
    }

    private static final Set<String> NOT_AUDIENCE_PLURALS = Set.of("is", "was", "has", "does", "its", "this", "his",
            "us", "as", "thus");
    private static final Set<String> AUXILIARIES = Set.of("was", "were", "is", "are", "had", "has", "would", "will",
            "could", "can", "may", "might");

    /** One after the listener of "told the BBC …", "instructed Trump …", "told reporters …". */
    private static int listenerEnd(TextView v, int k, int b) {
        if (k < b && NounPhrases.OBJECT_PRONOUNS.contains(v.norm(k))) {
            return k + 1;
        }
        // "told analysts on a call": a bare plural noun is the audience
        if (k < b && v.isLowerWord(k) && v.norm(k).endsWith("s") && !NounPhrases.looksLikeVerb(v, k)
                && !NOT_AUDIENCE_PLURALS.contains(v.norm(k))) {
            return k + 1;
        }
        int start = k;
        if (k < b && NounPhrases.DETERMINERS.contains(v.norm(k)) && !v.norm(k).equals("that")) {
            k++;
        }
        int limit = k + 4;
        while (k < b && k < limit && (NounPhrases.isNameWord(v, k) || (k > start && v.isLowerWord(k)
                && NounPhrases.DETERMINERS.contains(v.norm(start)) && !NounPhrases.DETERMINERS.contains(v.norm(k))
                && !NounPhrases.SUBJECT_PRONOUNS.contains(v.norm(k)) && !v.norm(k).equals("it")
                && !v.norm(k).equals("that") && CueVerbs.cue(v.norm(k)) == null
                && !NounPhrases.looksLikeVerb(v, k) && !AUXILIARIES.contains(v.norm(k))))) {
            k++;
        }
        return k;
    }

    private static int skipAdverbials(TextView v, int k, int b) {
        for (int round = 0; round < 3 && k < b; round++) {
            String n = v.norm(k);
            if (ALONE_ADVERBS.contains(n) || WEEKDAYS.contains(n)) {
                k++;   // "said Tuesday the city would …" (wire style drops the "on")
            } else if ((n.equals("last") || n.equals("this") || n.equals("on") || n.equals("next")) && k + 1 < b
                    && TIME_WORDS.contains(v.norm(k + 1))) {
                k += 2;
            } else if (n.equals("in") && k + 2 < b && (v.norm(k + 1).equals("a") || v.norm(k + 1).equals("an"))
                    && STATEMENT_NOUNS.contains(v.norm(k + 2))) {
                k += 3;
            } else {
                break;
            }
        }
        return k;
    }
}
