package dev.byline.quotes;

/**
 * A "he" or "she" inside a sentence whose own subject is a name the article shows to be of that gender, written
 * before any quotation in the sentence: that person ("Mrs. Vos regularly pledges to “…,” as she put it on
 * Wednesday"; "Ms. Amari replied that she was pleased"). The most recent speaker is often someone else: the
 * sentence's subject is nearer in meaning than the last one quoted.
 */
final class SentenceSubjects {
    private SentenceSubjects() {
    }

    /**
     * The name mention that is the subject of the sentence of pronoun {@code p}, before the sentence's first
     * quotation mark and before {@code p}; null if none (a sentence opened by a quotation, a pronoun or a
     * description as its subject).
     */
    static Mention nameBefore(TextView v, Mention p) {
        int from = v.sentenceStart(p.first());
        int ceiling = p.first();
        for (int k = from; k < ceiling; k++) {
            if (v.opensQuotation(k) || v.closesQuotation(k)) {
                ceiling = k;
                break;
            }
        }
        if (ceiling <= from) {
            return null;
        }
        Mention s = SubjectPhrases.clauseSubject(v, from, ceiling);
        if (s == null || s.type() != Mention.Type.NAME || s.end() > ceiling) {
            return null;
        }
        // "Also, Lind isn't a conservative, he said.": the clause before a set-off cue is what he said, its
        // subject someone he spoke of; only a subject that is itself a speaker ("Ms. Vos replied that …, she
        // said, …") stays
        boolean setOffCue = p.first() > from && v.isPunct(p.first() - 1, ",") && p.end() < v.size()
                && CueVerbs.cue(v.norm(p.end())) != null;
        return setOffCue && (s.end() >= v.size() || CueVerbs.cue(v.norm(s.end())) == null) ? null : s;
    }
}
