package dev.byline.quotes;

import dev.byline.text.TokenKind;

/**
 * A quotation standing as a paragraph of its own, signed on the next line with a dash and a name, as
 * boxes of quotes and convention notebooks print them:
 *
 * <pre>
 * "We will rebuild every bridge."
 *
 * -Mia Marks, Bergen.
 * </pre>
 *
 * The signed name is the speaker.
 */
final class SignOffLine {
    /** How many tokens a sign-off line may hold: a name, a role or place, a short circumstance. */
    private static final int MAX_TOKENS = 16;

    private SignOffLine() {
    }

    /** The name signing quotation {@code s} on the paragraph after it, or null. */
    static Attribution of(TextView v, MarkedSpan s) {
        int p = s.paragraph();
        if (s.close() < 0 || p + 1 >= v.paragraphFirst.length || v.paragraphFirst[p] != s.open()
                || v.paragraphEnd[p] != s.close() + 1 && !(v.paragraphEnd[p] == s.close() + 2 && v.isPunct(s.close() + 1, "."))) {
            return null;   // the quotation must be its paragraph, a full stop after the mark at most
        }
        int first = v.paragraphFirst[p + 1];
        int end = v.paragraphEnd[p + 1];
        if (end - first < 2 || end - first > MAX_TOKENS || !isDash(v, first)) {
            return null;
        }
        int n = first + 1;
        if (!NounPhrases.isNameWord(v, n)) {
            return null;
        }
        Mention name = NounPhrases.nameForward(v, n, end);
        Mention person = SubjectPhrases.personAfterRole(v, name, end);
        name = person != null ? person : name;
        return name.end() >= end || v.isPunct(name.end(), ",.") ? new Attribution(name, first, null) : null;
    }

    private static boolean isDash(TextView v, int k) {
        return v.kind(k) == TokenKind.DASH || v.isPunct(k, "-");
    }
}
