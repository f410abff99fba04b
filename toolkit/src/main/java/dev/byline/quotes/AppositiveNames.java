package dev.byline.quotes;

import dev.byline.text.TokenKind;

/**
 * "Lind, a harbour pilot who writes verse on the side, …": a description set off right after a name that opens its
 * sentence is that person, so a quotation whose cue has the description for subject is the named person's. Only
 * the name opening the sentence (or following a closing quotation mark) counts: after "In downtown Oslo," or
 * "hosts Ada Vos and Ivo Lind," the description is someone else. A description right before a cue ("Lind, a top aide
 * said, is confident") is a parenthetical speaker of its own. The other way round, a name set off after a description
 * that follows its cue ("said the port's chief engineer, Ivo Lind.") is the person the description is.
 */
final class AppositiveNames {
    private AppositiveNames() {
    }

    /** The name description {@code d} is set off after, or null if it stands in no such apposition. */
    static Mention nameBefore(TextView v, Mention d) {
        String first = v.norm(d.first());
        if (!(first.equals("a") || first.equals("an") || first.equals("the"))) {
            return null;
        }
        int comma = d.first() - 1;
        if (comma >= 2 && v.kind(comma - 1) == TokenKind.NUMBER && v.isPunct(comma - 2, ",")) {
            comma -= 2;   // "Lind, 54, a nurse"
        }
        int floor = v.sentenceStart(d.first());
        if (comma - 1 < floor || !v.isPunct(comma, ",") || !NounPhrases.isNameWord(v, comma - 1)) {
            return null;
        }
        int start = NounPhrases.nameRunStart(v, comma - 1, floor);
        if (start > floor && v.kind(start - 1) != TokenKind.QUOTE) {
            return null;   // "In downtown Oslo, a group …", "hosts Ada Vos and Ivo Lind, the candidate …"
        }
        if (v.kind(start) == TokenKind.QUOTE || v.has(start, WordClasses.CALENDAR)) {
            return null;
        }
        int after = d.end();
        if (after < v.size() && v.isLowerWord(after) && CueVerbs.cue(v.norm(after)) != null) {
            return null;   // "Lind, a top aide said, is …": the aide speaks
        }
        return new Mention(start, comma, Mention.Type.NAME);
    }

    /**
     * "…, said the port's chief engineer, Ivo Lind.": the name set off right after a description that follows its cue
     * and ends in a person's role, up to the comma or full stop that closes it; null if there is none. After
     * "According to a summary," a name opens the next clause and is not read.
     */
    static Mention nameAfter(TextView v, Mention d) {
        int cue = d.first() - 1;
        int comma = d.end();
        if (cue < 0 || !v.isLowerWord(cue) || CueVerbs.cue(v.norm(cue)) == null || comma + 2 >= v.size()
                || !v.isPunct(comma, ",") || !v.isLowerWord(d.end() - 1)
                || !ArticleRoles.isPersonRole(v.norm(d.end() - 1))) {
            return null;
        }
        if (!NounPhrases.isNameWord(v, comma + 1) || NounPhrases.DETERMINERS.contains(v.norm(comma + 1))
                || v.has(comma + 1, WordClasses.CALENDAR)) {
            return null;
        }
        Mention name = NounPhrases.nameForward(v, comma + 1, v.size());
        int close = name.end();
        if (close >= v.size() || !v.isPunct(close, ",.") || name.end() - name.first() > 4) {
            return null;   // "…, said the aide, Ivo Lind and Ada Vos": not one name closed off
        }
        return name;
    }
}
