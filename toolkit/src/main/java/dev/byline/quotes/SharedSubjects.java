package dev.byline.quotes;

import dev.byline.text.TokenKind;

/**
 * The subject a cue shares with another clause of its sentence: a participle's ("…, with Mayor Okafor tweeting that
 * …", "with opponents saying …") and that of a participle or cue joined to an earlier verb ("…, with Okafor tweeting
 * that … and asking, “…”", "Brandt turned to the board and said …"). Split out of {@link Attributor}, which asks.
 */
final class SharedSubjects {
    private SharedSubjects() {
    }

    /**
     * The speaker "with" introduces before the participle at {@code j}: a name ("with Trump reportedly yelling"), a
     * whole phrase ("with the Federation of Teachers calling") or a group ("with opponents saying"); null if none.
     */
    static Mention afterWith(TextView v, int j, int floor) {
        int p = j - 1;
        while (p > floor && v.isLowerWord(p) && CueVerbs.betweenSubjectAndVerb(v.norm(p))) {
            p--;   // "with Trump reportedly yelling"
        }
        if (p > floor && NounPhrases.isNameWord(v, p)) {
            Mention name = NounPhrases.nameBackward(v, p, floor);
            if (name.first() - 1 >= floor && v.norm(name.first() - 1).equals("with")) {
                return name;
            }
        }
        // "…, with the Federation of Teachers calling her “…”": a whole phrase between "with" and the participle
        Mention withPhrase = phraseAfterWith(v, j, floor);
        if (withPhrase != null) {
            return withPhrase;
        }
        // "A plan … has split the council, with opponents saying …": the people after "with" speak, not the plan
        Mention group = j - 1 > floor && v.isLowerWord(j - 1) ? NounPhrases.descriptionBackward(v, j - 1, floor) : null;
        return group != null && group.first() - 1 >= floor && v.norm(group.first() - 1).equals("with") ? group : null;
    }

    /**
     * The noun phrase that fills the whole stretch between "with" and the participle at {@code j} ("with the
     * Federation of Teachers calling"), found as a speaker after a cue is; null for any other shape.
     */
    private static Mention phraseAfterWith(TextView v, int j, int floor) {
        int w = j - 1;
        while (w > floor && w > j - 9 && v.isWord(w) && !v.norm(w).equals("with")) {
            w--;
        }
        if (w <= floor || w + 1 >= j || !v.norm(w).equals("with") || !v.isLowerWord(w)) {
            return null;
        }
        Mention m = SpeakerAfterCue.after(v, w + 1, j);
        return m != null && m.first() == w + 1 && m.end() == j ? m : null;
    }

    /**
     * The subject of the clause a participle or coordinated cue at {@code j} belongs to: that of the nearest finite
     * cue before it, or of a participle "with" gave its own subject ("Councillors chimed in, with Okafor tweeting that
     * … and asking, “…”": Okafor asks, not the councillors), else the clause's subject.
     */
    static Mention of(TextView v, boolean[] quoted, Attributor at, int j) {
        int sentenceFloor = Math.max(v.sentenceStart(j), j - Attributor.REACH);
        Mention afterQuotation = afterQuotation(v, quoted, j, sentenceFloor);
        if (afterQuotation != null) {
            return afterQuotation;
        }
        for (int k = j - 1; k >= sentenceFloor; k--) {
            if (quoted[k] || k == j) {
                continue;
            }
            CueVerbs.Cue c = CueVerbs.cue(v.norm(k));
            if (c != null && !CueVerbs.isParticiple(v.norm(k))) {
                Attribution a = at.atCue(k, sentenceFloor, j);
                if (a != null) {
                    return a.mention();
                }
            } else if (c != null && v.isLowerWord(k)) {
                Mention with = afterWith(v, k, sentenceFloor);
                if (with != null) {
                    return with;
                }
            }
        }
        // "when dock workers interrupted her speech, shouting “…”": the subject of the finite verb before the participle
        Mention read = ClauseSubjects.shared(v, quoted, j - 1, sentenceFloor);
        // (a pronoun there is most often the sentence's subject again: "Gov. Berg …, even as he defended …, saying")
        Mention subject = read != null && ClauseSubjects.isPerson(v, read) && read.type() != Mention.Type.PRONOUN
                ? read : SubjectPhrases.clauseSubject(v, sentenceFloor, j);
        // "When Oskar Brandt later turned to … and said …": a subordinate opener hides the subject from
        // clauseSubject; the nearest name a verb follows is the one who speaks
        return subject != null ? subject : ClauseActors.nearest(v, quoted, sentenceFloor, j);
    }

    /**
     * "…, while Vos, the former harbour master, proposed we “sell the cranes” and said …": when the cue at {@code j}
     * follows "and" or "but" right after a quotation, the subject of the verb the quotation's clause has (a person);
     * else null, and null when that subject opens a reported clause. The walk back to a verb stops at quotation marks,
     * so without this the sentence's first subject won.
     */
    private static Mention afterQuotation(TextView v, boolean[] quoted, int j, int floor) {
        int k = j - 1;
        while (k > floor && v.isLowerWord(k) && CueVerbs.betweenSubjectAndVerb(v.norm(k))) {
            k--;   // "and later said"
        }
        if (k <= floor || !(v.norm(k).equals("and") || v.norm(k).equals("but")) || !v.isLowerWord(k)) {
            return null;
        }
        k--;
        if (k > floor && v.isPunct(k, ",")) {
            k--;
        }
        if (k <= floor || !quoted[k] || v.kind(k) != TokenKind.QUOTE) {
            return null;
        }
        int open = k;
        while (open - 1 >= floor && quoted[open - 1]) {
            open--;
        }
        Mention m = open > floor ? ClauseSubjects.beforeQuote(v, quoted, floor, open) : null;
        if (m == null || !ClauseSubjects.isPerson(v, m) || m.type() == Mention.Type.PRONOUN) {
            return null;
        }
        // not a reported clause's subject: "Graham said that Carson is a “good man” and said …" is Graham's
        int r = m.first() - 1;
        return r >= floor && (v.norm(r).equals("that") || ClauseSubjects.isFiniteVerb(v, r)) ? null : m;
    }
}
