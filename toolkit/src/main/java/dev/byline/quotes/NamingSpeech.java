package dev.byline.quotes;

import dev.byline.text.TokenKind;
import java.util.Set;

/**
 * When a naming verb ("called", "described … as", "referred to … as") with a described subject
 * reports that subject's words. "A phenomenon called “…”" and "a tactic called the “…”" name a
 * thing; "A spokesman for the council has called the situation “…”" and "a reporter called it “…”"
 * quote a person: the subject is someone who can speak, and the verb has an object of its own
 * between it and the quotation, so it is not a participle hanging on a noun. A document speaks as a person does
 * ("an email obtained by the group described him as one of the “most successful businessmen”").
 */
final class NamingSpeech {
    /** Words that cannot be the whole object of a naming verb: "called the “…”", "referred to as “…”". */
    private static final Set<String> NOT_AN_OBJECT = Set.of("to", "as", "by", "for", "a", "an", "the", "it's");

    private NamingSpeech() {
    }

    /**
     * True if the naming verb at {@code cue}, whose subject is the description {@code subject}, speaks of the
     * quotation that opens at {@code open}.
     */
    static boolean speaks(TextView v, Mention subject, int cue, int open) {
        if (open >= v.size() || v.kind(open) != TokenKind.QUOTE) {
            return false;
        }
        if (cue + 1 == open && frontedObject(v, subject)) {
            return true;   // "in what one harbour pilot has dubbed “the rope war”": "what" is the object
        }
        if (!person(v, head(v, subject)) && !person(v, v.norm(subject.end() - 1)) && !ClosingDocuments.isDocument(v, subject)) {
            return false;
        }
        for (int k = cue + 1; k < open && k < cue + 8; k++) {
            if (v.isWord(k) && !NOT_AN_OBJECT.contains(v.norm(k))
                    && !NounPhrases.DETERMINERS.contains(v.norm(k))) {
                return true;
            }
        }
        return false;
    }

    /** A person's head noun, also in the plural: "many commentators called him “…”". */
    private static boolean person(TextView v, String n) {
        return ClauseActors.isPersonHead(n) || n.length() > 3 && n.endsWith("s")
                && ClauseActors.isPersonHead(n.substring(0, n.length() - 1));
    }

    /** True if "what" stands right before the subject: the naming verb's object is the thing "what" stands for. */
    private static boolean frontedObject(TextView v, Mention subject) {
        int k = subject.first() - 1;
        return k >= 0 && v.norm(k).equals("what") && v.isLowerWord(k);
    }

    /**
     * True if a lower-case verb stands right before the description {@code d} ("has mocked a reporter,
     * referred to …"), which makes it that verb's object, not the subject of the naming verb after it.
     */
    static boolean objectOfVerbBefore(TextView v, Mention d, int floor) {
        int k = d.first() - 1;
        return k >= floor && v.isLowerWord(k) && (NounPhrases.looksLikeVerb(v, k) || CueVerbs.cue(v.norm(k)) != null);
    }

    /**
     * True if {@code a} is a naming verb ("refers to … as", "called …") whose complement is the quotation opening at
     * {@code open}: a few words after the verb, with no other verb between.
     */
    static boolean namesQuote(TextView v, Attribution a, int open) {
        CueVerbs.Cue c = a.verb() == null ? null : CueVerbs.cue(v.norm(a.cue()));
        if (c == null || !c.naming() || a.cue() >= open || open - a.cue() > 16) {
            return false;
        }
        // "refers to the candidate, who is an old friend, as “Mr. Vance”": "as" takes the quotation, whatever stands between
        boolean as = v.norm(open - 1).equals("as") || open >= 2 && v.norm(open - 2).equals("as") && v.isWord(open - 1)
                && NounPhrases.DETERMINERS.contains(v.norm(open - 1));
        for (int k = a.cue() + 1; k < open; k++) {
            if (as && v.kind(k) != TokenKind.QUOTE) {
                continue;
            }
            if (v.isPunct(k, ",;:") || v.kind(k) == TokenKind.QUOTE || NounPhrases.looksLikeVerb(v, k)) {
                return false;
            }
        }
        return true;
    }

    /** The head of a description: the word before its first preposition ("a spokesman for the council"), else its last. */
    static String head(TextView v, Mention d) {
        for (int k = d.first() + 1; k < d.end(); k++) {
            if (NounPhrases.PREPOSITIONS.contains(v.norm(k)) && v.isLowerWord(k)) {
                return v.norm(k - 1);
            }
        }
        return v.norm(d.end() - 1);
    }
}
