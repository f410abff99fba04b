package dev.byline.quotes;

import dev.byline.text.TokenKind;

/**
 * A sentence that opens by naming where the quotation after its colon comes from: "From the report: “…”", "From
 * Berg's Facebook post: “…”". The document is the source, or the person whose document it is when a name owns it.
 */
final class SourceOpeners {
    private SourceOpeners() {
    }

    /**
     * The source named between a sentence-opening "From" at {@code from} and the colon at {@code colon}, or null when
     * the sentence does not open so or the words between are no document.
     */
    static Mention fromColon(TextView v, int from, int colon) {
        if (colon - from < 2 || !v.norm(from).equals("from") || !v.isCapitalised(from)) {
            return null;
        }
        int first = from + 1;
        int head = colon - 1;
        if (!v.isLowerWord(head) || !DocumentCues.DOCUMENTS.contains(v.norm(head)) || head - first > 6) {
            return null;   // "From the start: …", "From Paris: …" name no document
        }
        for (int k = first; k <= head; k++) {
            if (!(v.isWord(k) || v.kind(k) == TokenKind.CLITIC)) {
                return null;
            }
        }
        // "From Berg's Facebook post": the name that owns the document
        if (NounPhrases.isNameWord(v, first)) {
            Mention owner = NounPhrases.nameForward(v, first, head);
            if (owner.end() < head && v.kind(owner.end()) == TokenKind.CLITIC) {
                return owner;
            }
        }
        return new Mention(first, head + 1, Mention.Type.DESCRIPTION);
    }
}
