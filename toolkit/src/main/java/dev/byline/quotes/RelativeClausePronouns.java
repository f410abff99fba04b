package dev.byline.quotes;

import dev.byline.text.TokenKind;

/**
 * "Ivo Lind – who said last year he would “close the port” – spoke on Monday": a he or she inside a "who" clause
 * whose antecedent is a name stands for that name, whoever spoke last before it. The clause is read back from the
 * pronoun over lower-case words only (no other name, no quotation mark, no clause break) to "who", and before it,
 * past a comma or a dash, the name the clause hangs on.
 */
final class RelativeClausePronouns {
    /** Words between "who" and the pronoun, at most ("who previously and repeatedly said that he"). */
    private static final int CLAUSE_WORDS = 8;

    private RelativeClausePronouns() {
    }

    /** The name the "who" clause holding the pronoun {@code p} hangs on, or null if the pronoun is in no such clause. */
    static Mention antecedent(TextView v, Mention p) {
        int floor = v.sentenceStart(p.first());
        int who = -1;
        for (int k = p.first() - 1; k >= floor && k >= p.first() - 1 - CLAUSE_WORDS; k--) {
            if (!v.isLowerWord(k)) {
                return null;   // a name, a number, a quotation mark or a comma: not one plain clause
            }
            if (v.norm(k).equals("who")) {
                who = k;
                break;
            }
        }
        if (who < 0 || who == p.first() - 1) {
            return null;   // "who he said …": the pronoun is the clause's subject, "who" its object
        }
        int last = who - 1;
        if (last > floor && (v.isPunct(last, ",") || v.kind(last) == TokenKind.DASH)) {
            last--;
        }
        if (last < floor || v.kind(last) == TokenKind.QUOTE || !NounPhrases.isNameWord(v, last)) {
            return null;
        }
        Mention name = NounPhrases.nameBackward(v, last, floor);
        for (int k = name.first(); k < name.end(); k++) {
            if (v.isLowerWord(k)) {
                return null;   // "Lind and Vos, who said he …": two people, the clause does not say which
            }
        }
        return name;
    }
}
