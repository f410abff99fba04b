package dev.byline.quotes;

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
}
