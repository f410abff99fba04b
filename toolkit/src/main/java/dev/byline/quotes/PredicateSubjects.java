package dev.byline.quotes;

import dev.byline.text.TokenKind;
import java.util.Set;

/**
 * The source of a partial quotation that no speech verb introduces: the subject of the sentence the quoted
 * words sit in, when they are part of what that subject says or does ("Huckabee is labelling the actions “a
 * blatant abuse”"). Split out of {@link Attributor}, which finds cue verbs; this reads the sentence's subject.
 */
final class PredicateSubjects {

    private final TextView v;
    private final boolean[] quoted;
    private final Attributor at;

    PredicateSubjects(TextView v, boolean[] quoted, Attributor at) {
        this.v = v;
        this.quoted = quoted;
        this.at = at;
    }

    /** Small words a title keeps in lower case: "Peace Through Strength", "Lord of the Flies". */
    private static final Set<String> TITLE_SMALL_WORDS = Set.of("a", "an", "the", "of", "and", "or", "to", "in", "on",
            "for", "at", "by", "with", "from");

    /**
     * The subject of the sentence a quoted phrase sits in, when the phrase is part of what that
     * subject says or does (it stands after the subject and a lower-case verb): the source of a
     * partial quotation that no speech verb introduces. Null for titles (every word capitalised),
     * for a quote before its subject, and for subjects that are not a person or group.
     */
    Attribution of(MarkedSpan s) {
        int from = v.sentenceStart(s.open());
        if (s.open() <= from || isTitle(s)) {
            return null;
        }
        // "Sen. Berg (D) blamed the judges' “…”", "while Ruiz, the former harbour master, proposed we “…”": the subject
        // of the verb before the quote, read over what stands between it and its verb
        Mention read = ClauseSubjects.beforeQuote(v, quoted, from, s.open());
        Mention m = read != null && ClauseSubjects.isPerson(v, read) ? read : ClauseActors.nearest(v, quoted, from, s.open());
        if (m == null) {
            m = SubjectPhrases.clauseSubject(v, from, s.open());
            // the sentence's subject must be someone: a name, a personal pronoun, a person or group noun
            if (m != null && m.type() == Mention.Type.DESCRIPTION && !ClauseActors.isPersonHead(v.norm(m.end() - 1))) {
                m = owner(m);   // "Cruz’ team has a “ground game”": read as before the apostrophe was a possessive
                if (m == null) {
                    return null;
                }
            }
        }
        Attribution outer = m == null ? null : speakerOfComplement(m, from);
        if (outer != null) {
            return outer;
        }
        if (m == null || m.end() >= s.open() || m.type() == Mention.Type.PRONOUN && v.norm(m.first()).equals("it")
                || m.end() - m.first() == 1 && SpeakerResolver.CALENDAR.contains(v.norm(m.first()))) {
            return null;
        }
        // a quoted modifier inside a noun phrase ("a «green» investor", "the “temporary” levy") is the
        // writer's scare quote; a passive subject ("Farmers were told …") is no speaker
        int next = s.close() + 1;
        if (s.close() > 0 && next < v.size() && s.close() - s.open() <= 3 && v.isLowerWord(next)
                && NounPhrases.DETERMINERS.contains(v.norm(s.open() - 1))
                && !NounPhrases.PREPOSITIONS.contains(v.norm(next)) && !Set.of("and", "or", "but").contains(v.norm(next))) {
            return null;
        }
        if (m.end() + 1 < s.open() && CueVerbs.PASSIVE.contains(v.norm(m.end()))
                && (NounPhrases.looksLikeVerb(v, m.end() + 1) || CueVerbs.cue(v.norm(m.end() + 1)) != null)) {
            return null;
        }
        for (int k = m.first(); k < m.end(); k++) {
            if (quoted[k]) {
                return null;
            }
        }
        boolean verb = false;
        for (int k = m.end(); k < s.open() && k < m.end() + 4; k++) {
            if (v.isLowerWord(k) && !NounPhrases.DETERMINERS.contains(v.norm(k))) {
                verb = true;
                break;
            }
        }
        if (!verb) {
            return null;
        }
        Attribution governor = ComplementClauses.governor(v, quoted, m, from);   // "Berg found that the board is “…”"
        return governor != null ? governor : new Attribution(m, m.end(), null);
    }

    /**
     * "Trump … said he would “protect …”": a pronoun opening the clause a cue verb reports (right after
     * the verb or its "that") is the cue's subject speaking of himself; that named subject, or null.
     */
    private Attribution speakerOfComplement(Mention m, int from) {
        if (m.type() != Mention.Type.PRONOUN) {
            return null;
        }
        int k = m.first() - 1;
        if (k >= from && v.norm(k).equals("that")) {
            k--;
        }
        if (k < from || quoted[k] || CueVerbs.cue(v.norm(k)) == null || CueVerbs.isParticiple(v.norm(k))) {
            return null;
        }
        Attribution a = at.atCue(k, from, m.first());
        return a != null && a.mention().type() == Mention.Type.NAME ? a : null;
    }


    private boolean isTitle(MarkedSpan s) {
        int end = s.close() >= 0 ? s.close() : s.open() + 1;
        boolean any = false;
        for (int k = s.open() + 1; k < end && k < v.size(); k++) {
            if (v.kind(k) == TokenKind.WORD) {
                any = true;
                if (!v.isCapitalised(k) && !TITLE_SMALL_WORDS.contains(v.norm(k))) {
                    return false;
                }
            }
        }
        return any;
    }

    /**
     * The name before a lone possessive apostrophe opening description {@code d} ("Cruz’ team"), or null: the subject
     * this reader found there while the apostrophe still read as a quotation mark. The clitic written out ("Cruz’s
     * team") stays a description that is no person, as it always was.
     */
    private Mention owner(Mention d) {
        int k = d.first();
        while (k < d.end() && NounPhrases.isNameWord(v, k)) {
            k++;
        }
        return k > d.first() && k < d.end() - 1 && v.kind(k) == dev.byline.text.TokenKind.CLITIC && v.end(k) - v.start(k) == 1
                ? new Mention(d.first(), k, Mention.Type.NAME) : null;
    }
}
