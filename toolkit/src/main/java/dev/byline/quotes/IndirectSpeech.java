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
    private static final Set<String> TIME_WORDS = Set.of("week", "month", "year", "night", "weekend", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning", "evening", "afternoon");
    private static final Set<String> ALONE_ADVERBS = Set.of("earlier", "yesterday", "today", "tonight", "recently",
            "repeatedly", "publicly", "privately", "previously", "then", "also", "again", "later", "separately");

    private IndirectSpeech() {
    }

    /**
     * @param fullOpen for each token, true if it opens a full direct quotation
     */
    static List<Draft> find(TextView v, boolean[] quoted, boolean[] fullOpen, Attributor at) {
        List<Draft> out = new ArrayList<>();
        for (Sentence s : v.sentences) {
            int a = s.firstToken();
            int b = s.endToken();
            for (int j = a; j < b; j++) {
                if (quoted[j]) {
                    continue;
                }
                Attribution att = at.atCue(j, a, b);
                if (att == null) {
                    continue;
                }
                Draft d = clause(v, quoted, fullOpen, att, a, b);
                if (d != null && out.stream().noneMatch(o -> o.start() == d.start())) {
                    out.add(d);
                }
            }
        }
        return out;
    }

    private static Draft clause(TextView v, boolean[] quoted, boolean[] fullOpen, Attribution att, int a, int b) {
        int j = att.cue();
        Mention m = att.mention();
        boolean according = v.norm(j).equals("according");
        int k;
        if (according || m.first() > j) {
            k = m.end();
            // "…, said the official, who was granted anonymity": skip the relative clause or appositive
            if (!according) {
                return cueLast(v, quoted, fullOpen, att, a, j - 1, b);
            }
            if (k < b && v.isPunct(k, ",")) {
                return cueFirst(v, quoted, fullOpen, att, k + 1, b, a);
            }
            return cueLast(v, quoted, fullOpen, att, a, j - 1, b);
        }
        k = j + 1;
        CueVerbs.Cue cue = CueVerbs.cue(v.norm(j));
        if (cue != null && cue.takesListener()) {
            int limit = k + 6;
            while (k < b && k < limit && (NounPhrases.DETERMINERS.contains(v.norm(k)) && !v.norm(k).equals("that")
                    || NounPhrases.isNameWord(v, k) || NounPhrases.OBJECT_PRONOUNS.contains(v.norm(k))
                    || (k > j + 1 && NounPhrases.DETERMINERS.contains(v.norm(j + 1)) && v.isLowerWord(k)
                        && !v.norm(k).equals("that") && !NounPhrases.SUBJECT_PRONOUNS.contains(v.norm(k))
                        && !v.norm(k).equals("it")))) {
                k++;
            }
        }
        k = skipAdverbials(v, k, b);
        if (k < b && v.norm(k).equals("that")) {
            k++;
        }
        if (k >= b || v.isPunct(k, ".!?;,")) {
            int comma = m.first() - 1;
            while (comma > a && v.isLowerWord(comma)) {
                comma--;   // "…, regional chief Vadym Filashkin said."
            }
            return cueLast(v, quoted, fullOpen, att, a, comma, b);
        }
        if (v.kind(k) != TokenKind.WORD && v.kind(k) != TokenKind.NUMBER) {
            return null;   // a quotation straight after the verb is the direct quote's own content
        }
        if (v.norm(k).equals("to") || v.norm(k).equals("for") || v.norm(k).equals("about")) {
            return null;   // "told him to leave", "asked for": an instruction or request, not a report
        }
        return cueFirst(v, quoted, fullOpen, att, k, b, a);
    }

    private static Draft cueFirst(TextView v, boolean[] quoted, boolean[] fullOpen, Attribution att, int k, int b,
                                  int a) {
        int e = b;
        boolean subordinate = SUBORDINATORS.contains(v.norm(a)) && att.cue() < firstComma(v, a, b);
        for (int t = k; t < b; t++) {
            if (fullOpen[t] && t > k) {
                e = t;
                break;
            }
            if (v.isPunct(t, ";") || (v.isPunct(t, ",") && t + 1 < b && CueVerbs.isParticiple(v.norm(t + 1)))
                    || (subordinate && v.isPunct(t, ","))) {
                e = t;
                break;
            }
        }
        if (fullOpen[k]) {
            return null;
        }
        return draft(v, att, k, e);
    }

    private static Draft cueLast(TextView v, boolean[] quoted, boolean[] fullOpen, Attribution att, int a, int comma,
                                 int b) {
        if (comma <= a || !v.isPunct(comma, ",")) {
            return null;
        }
        for (int t = a; t < comma; t++) {
            if (fullOpen[t]) {
                return null;
            }
        }
        return draft(v, att, a, comma);
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
        if (words < 3) {
            return null;
        }
        return new Draft(v.token(from).start(), v.token(to - 1).end(), QuoteKind.INDIRECT, att, "",
                v.paragraphOf(from));
    }

    private static int firstComma(TextView v, int a, int b) {
        for (int t = a; t < b; t++) {
            if (v.isPunct(t, ",")) {
                return t;
            }
        }
        return b;
    }

    private static int skipAdverbials(TextView v, int k, int b) {
        for (int round = 0; round < 3 && k < b; round++) {
            String n = v.norm(k);
            if (ALONE_ADVERBS.contains(n)) {
                k++;
            } else if ((n.equals("last") || n.equals("this") || n.equals("on") || n.equals("next")) && k + 1 < b
                    && TIME_WORDS.contains(v.norm(k + 1))) {
                k += 2;
            } else if (n.equals("in") && k + 2 < b && (v.norm(k + 1).equals("a") || v.norm(k + 1).equals("an"))
                    && Set.of("statement", "interview", "briefing", "post", "speech", "letter").contains(v.norm(k + 2))) {
                k += 3;
            } else {
                break;
            }
        }
        return k;
    }
}
