package dev.byline.quotes;

import dev.byline.text.TokenKind;

/**
 * Who speaks in a headline, where every word is capitalised and the verb is often left out: the name
 * before a colon that opens it ("Ruiz: Port Deal ‘Far From Done’") or the name before a capitalised
 * cue verb ("Ruiz Says Port Deal ‘Far From Done’", "…, Ana Ruiz Says."). Only for the headline
 * document ({@code Document.headline()}); in a body, Title Case is a title's, not a speaker's.
 */
final class HeadlineSpeakers {
    /** How many words a headline's opening label may have: "Ruiz:", "Ana Ruiz:", "Ohio Gov Ruiz:". */
    private static final int LABEL_WORDS = 3;

    private HeadlineSpeakers() {
    }

    /** The attribution of quotation {@code s} in a headline, or null when the headline names no speaker for it. */
    static Attribution of(TextView v, boolean[] quoted, MarkedSpan s) {
        if (!v.doc.isHeadline()) {
            return null;
        }
        Attribution label = label(v, s);
        return label != null ? label : titleCaseCue(v, quoted, s);
    }

    /** "Ana Ruiz: …": up to three capitalised words, no possessive, then a colon before the quotation. */
    private static Attribution label(TextView v, MarkedSpan s) {
        int k = 0;
        while (k < v.size() && k < LABEL_WORDS && v.kind(k) == TokenKind.WORD && v.isCapitalised(k)) {
            k++;
        }
        if (k == 0 || k >= v.size() || !v.isPunct(k, ":") || k >= s.open()
                || SpeakerResolver.CALENDAR.contains(v.norm(0))) {
            return null;
        }
        return new Attribution(new Mention(0, k, Mention.Type.NAME), k, null);
    }

    /** "Ana Ruiz Says …", "…, Ana Ruiz Says.": a capitalised cue verb with a name before it, outside the marks. */
    private static Attribution titleCaseCue(TextView v, boolean[] quoted, MarkedSpan s) {
        for (int j = 1; j < v.size(); j++) {
            CueVerbs.Cue cue = quoted[j] ? null : CueVerbs.cue(v.norm(j));
            if (cue == null || !cue.bareClause() || !v.isCapitalised(j) || CueVerbs.isParticiple(v.norm(j))
                    || quoted[j - 1] || !NounPhrases.isNameWord(v, j - 1)) {
                continue;
            }
            Mention name = NounPhrases.nameBackward(v, j - 1, 0);
            return new Attribution(name, j, v.text(j));
        }
        return null;
    }
}
