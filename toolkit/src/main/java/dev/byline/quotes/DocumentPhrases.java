package dev.byline.quotes;

import dev.byline.text.TokenKind;
import java.util.Set;

/**
 * A document read whole as the subject of the verb after it, when a phrase qualifies it: "the pitch on Kickstarter
 * says", "a story by the website Harbourwatch says", "the order released Friday said", "A new textbook just
 * published for ninth graders explains". The name, group or date the qualifying phrase ends on is what the document
 * is on, by, for or from; the document is what speaks, so the speaker is the whole phrase from the document's
 * determiner, not the words right before the verb. Only where the document's phrase opens its clause (the sentence's
 * start, a comma, a quotation mark, a colon or "and"/"but" before it), so an object ("Ruiz read a report on the
 * Herald and said") is never taken for the subject.
 */
final class DocumentPhrases {
    /** Written things beyond the reporting documents of {@link DocumentCues#DOCUMENTS} that say what they hold. */
    private static final Set<String> WRITINGS = Set.of("book", "books", "textbook", "textbooks", "memoir", "memoirs",
            "paper", "papers", "column", "columns", "pitch", "petition", "blog", "newsletter", "bulletin", "obituary",
            "biography", "profile", "editorials", "articles", "stories", "posts", "messages", "letters", "orders");

    /** Prepositions that open the phrase qualifying a document: "a story by …", "the pitch on …", "a memo from …". */
    private static final Set<String> PREPOSITIONS = Set.of("on", "by", "from", "in", "for", "of", "at", "about");

    /** Past participles that are not formed with -ed: "a memo written by …", "a letter sent to …". */
    private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("written", "sent", "put", "given", "shown",
            "drawn", "made", "read", "seen", "known");

    /** Adverbs before a participle: "a textbook just published", "an email previously obtained". */
    private static final Set<String> ADVERBS = Set.of("just", "recently", "previously", "newly", "first", "also",
            "widely", "since", "later", "earlier");

    /** Words before the document's phrase that end the clause before it: the phrase then opens its own clause. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("and", "but", "while", "as", "because", "though",
            "although", "yet", "so");

    /** How many lower-case words may stand between a determiner and a name: "by the news website Harbourwatch". */
    private static final int NOUNS_BEFORE_NAME = 2;

    private DocumentPhrases() {
    }

    /**
     * The whole document phrase whose qualifying phrase ends on {@code found} (what the subject finder read before
     * the verb at {@code verb}), or on a date right before the verb when nothing was found ("the order released
     * Friday said"); null when no qualified document opens the clause there.
     */
    static Mention whole(TextView v, Mention found, int verb, int floor) {
        int p;
        int end;
        boolean name;
        if (found != null) {
            if (found.type() == Mention.Type.PRONOUN || found.end() < verb - 3) {
                return null;
            }
            p = found.first() - 1;
            end = found.end();
            name = found.type() == Mention.Type.NAME;
        } else {
            int k = verb - 1;
            while (k >= floor && v.isLowerWord(k) && CueVerbs.betweenSubjectAndVerb(v.norm(k))) {
                k--;
            }
            end = k + 1;
            while (k >= floor && k > end - 4 && isDate(v, k)) {
                k--;
            }
            if (k == end - 1) {
                return null;
            }
            p = k;
            name = false;
        }
        if (name) {
            int nouns = 0;
            while (p > floor && nouns < NOUNS_BEFORE_NAME && v.isLowerWord(p) && isPlainWord(v, p)) {
                p--;   // "by the website Harbourwatch": the noun the name stands beside
                nouns++;
            }
            if (p > floor && v.isLowerWord(p) && NounPhrases.DETERMINERS.contains(v.norm(p))) {
                p--;
            }
        }
        boolean qualified = false;
        if (p > floor && v.isLowerWord(p) && PREPOSITIONS.contains(v.norm(p))) {
            p--;
            qualified = true;
        }
        // a participle qualifies the document only before its preposition or date: "the poll showed a majority" is a clause
        if (p > floor && isParticiple(v, p) && (qualified || found == null)) {
            p--;
            qualified = true;
            if (p > floor && v.isLowerWord(p) && ADVERBS.contains(v.norm(p))) {
                p--;
            }
        }
        if (!qualified || p < floor || !v.isLowerWord(p) || !isDocument(v.norm(p))) {
            return null;
        }
        Mention d = NounPhrases.descriptionBackward(v, p, floor);
        if (d == null || d.end() != p + 1 || !opensClause(v, d.first(), floor)) {
            return null;
        }
        return new Mention(d.first(), end, Mention.Type.DESCRIPTION);
    }

    /**
     * The description {@code m} carried on through a title of capitalised words joined by "and", "&" or "of" that it
     * ends inside ("a 2013 article in the academic journal Trust and Civic Life": the journal's name is one title,
     * and the phrase ends after it); {@code m} itself when it does not end on a capitalised word before such a joint.
     */
    static Mention throughTitle(TextView v, Mention m, int ceiling) {
        int k = m.end();
        int end = k;
        while (k + 1 < ceiling && v.isCapitalised(k - 1) && (v.norm(k).equals("and") || v.norm(k).equals("&")
                || v.norm(k).equals("of")) && v.isCapitalised(k + 1)) {
            k += 2;
            while (k < ceiling && v.isCapitalised(k)) {
                k++;
            }
            end = k;
        }
        return end == m.end() ? m : new Mention(m.first(), end, m.type());
    }

    /**
     * "Partial transcript as follows:", "Leaked internal memo:": a capitalised adjective opening the sentence before a
     * document noun is no name; the phrase through the noun is the source. {@code m} itself otherwise.
     */
    static Mention opening(TextView v, Mention m) {
        int f = m.first();
        if (m.type() != Mention.Type.NAME || m.end() != f + 1 || f != v.sentenceStart(f)) {
            return m;
        }
        for (int k = f + 1; k < v.size() && k <= f + 2 && v.isLowerWord(k); k++) {
            if (isDocument(v.norm(k))) {
                return new Mention(f, k + 1, Mention.Type.DESCRIPTION);
            }
        }
        return m;
    }

    private static boolean isDocument(String n) {
        return DocumentCues.DOCUMENTS.contains(n) || WRITINGS.contains(n);
    }

    /** A date word before the verb: "Friday", "Dec.", "8", "last", "week". */
    private static boolean isDate(TextView v, int k) {
        return SpeakerResolver.CALENDAR.contains(v.norm(k)) || v.kind(k) == TokenKind.NUMBER
                || v.isInnerDot(k) && k > 0 && SpeakerResolver.CALENDAR.contains(v.norm(k - 1));
    }

    /** A lower-case word that may be a noun: no determiner, preposition, verb or cue. */
    private static boolean isPlainWord(TextView v, int k) {
        String n = v.norm(k);
        return !NounPhrases.DETERMINERS.contains(n) && !PREPOSITIONS.contains(n) && !NounPhrases.CLOSED_CLASS.contains(n)
                && !NounPhrases.looksLikeVerb(v, k) && CueVerbs.cue(n) == null && !isParticiple(v, k);
    }

    /** A past participle after its noun: "released", "obtained", "published", "written". */
    private static boolean isParticiple(TextView v, int k) {
        String n = v.norm(k);
        return v.isLowerWord(k) && (n.length() > 4 && n.endsWith("ed") || IRREGULAR_PARTICIPLES.contains(n))
                && !DocumentCues.VERBS.contains(n);
    }

    /** True if the phrase starting at {@code first} opens its clause. */
    private static boolean opensClause(TextView v, int first, int floor) {
        int b = first - 1;
        if (first == v.sentenceStart(first) || b < floor) {
            return true;
        }
        return v.isPunct(b, ",;:") || v.kind(b) == TokenKind.QUOTE || v.kind(b) == TokenKind.DASH
                || v.isLowerWord(b) && CLAUSE_OPENERS.contains(v.norm(b));
    }
}
