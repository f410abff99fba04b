package dev.byline.quotes;

import dev.byline.text.TokenKind;
import java.util.Set;

/**
 * Quotation marks around the title of a show, book or film, which are the writer's, not anyone's
 * words: "said on Channel Nine’s “Morning Report,”", "her memoir, “Small Hours,”", "the “River Road”
 * star", "roles in “Harbour Lights” and “The Long Field”". Title Case alone proves nothing (a
 * slogan, a chant, a headline), so each rule also needs the frame a title stands in. Never in a
 * headline, where every word is capitalised. Subheadings in single marks, lifted from the story, are
 * the writer's too ({@link #isSubheading}).
 */
final class TitleQuotes {
    /** Small words a title keeps in lower case: "Peace Through Strength", "Lord of the Flies". */
    static final Set<String> SMALL_WORDS = WordSet.of("a", "an", "the", "of", "and", "or", "to", "in", "on",
            "for", "at", "by", "with", "from", "is", "as", "but", "nor");

    /** Nouns for works with titles: "his book, “…”", "the film “…”". */
    private static final Set<String> WORKS = Set.of("book", "memoir", "memoirs", "novel", "film", "movie", "show",
            "series", "sitcom", "program", "programme", "documentary", "album", "song", "single", "play", "musical",
            "podcast", "column", "essay", "newsletter", "magazine", "drama", "comedy", "miniseries", "broadcast",
            "bestseller", "best-seller", "autobiography", "biography", "opera");

    /** Nouns after a title that make it the work someone is known for: "the “River Road” star". */
    private static final Set<String> CREDITS = Set.of("star", "stars", "actor", "actress", "host", "creator",
            "author", "director", "producer", "co-star", "alum", "cast");

    /** People a work belongs to, before "of": "author of “…”", "host of “…”". */
    private static final Set<String> MAKERS = Set.of("author", "co-author", "coauthor", "editor", "co-editor", "host",
            "co-host", "creator", "co-creator", "writer", "producer", "director", "star", "founder", "co-founder");

    /**
     * Verbs that make a quotation opening its sentence the sentence's subject: "“Containment” has been the policy",
     * "“Sea Wall” was nominated". Speech is followed by its cue ("“…,” said Ruiz"), never by a verb that needs the
     * quoted words as its subject.
     */
    private static final Set<String> SUBJECT_VERBS = Set.of("is", "was", "has", "had", "are", "were", "will",
            "remains", "became", "means", "refers");

    private TitleQuotes() {
    }

    /** True if the quotation {@code s} is the title of a work by its case and its frame. */
    static boolean isTitle(TextView v, MarkedSpan s) {
        if (v.doc.isHeadline() || s.close() < 0 || !titleCased(v, s)) {
            return false;
        }
        int before = s.open() - 1;
        if (before >= 0 && v.isPunct(before, ",")) {
            before--;   // "her memoir, “Small Hours.”"
        }
        if (before >= 0 && (v.kind(before) == TokenKind.CLITIC && before > 0 && v.isCapitalised(before - 1)
                || WORKS.contains(v.norm(before)) && v.isLowerWord(before))) {
            return true;   // "Channel Nine’s “Morning Report”", "the film “…”"
        }
        if (s.open() > 0 && v.norm(s.open() - 1).equals("on") && v.isLowerWord(s.open() - 1)) {
            return true;   // "Later on “Morning Report,” he …": speech is said on a day or a show, and days are not quoted
        }
        if (s.open() > 0 && v.isLowerWord(s.open() - 1) && (v.norm(s.open() - 1).equals("told")
                || v.norm(s.open() - 1).equals("with") && s.open() > 1 && v.norm(s.open() - 2).equals("interview"))) {
            return true;   // "Ruiz told “Morning Report”", "in an interview with “Morning Report”": a show is told, words are told with a comma or colon
        }
        if (s.open() > 1 && v.norm(s.open() - 1).equals("of") && MAKERS.contains(v.norm(s.open() - 2))
                && v.isLowerWord(s.open() - 2)) {
            return true;   // "Nora Vance, author of “The Quiet Harbour,”"
        }
        int after = s.close() + 1;
        if (after < v.size() && CREDITS.contains(v.norm(after)) && v.isLowerWord(after)) {
            return true;
        }
        return listedWithTitle(v, s) || describedInApposition(v, s);
    }

    /**
     * A title opening its sentence and followed by what it is ("“Tides Of Iron,” an HBO series that …") or by a
     * relative clause about it ("“Open Water,” which will be in bookstores …"): speech there would be followed by
     * its cue.
     */
    private static boolean describedInApposition(TextView v, MarkedSpan s) {
        if (s.open() != v.sentenceStart(s.open())) {
            return false;
        }
        int k = s.close() + 1;
        boolean comma = v.isPunct(s.close() - 1, ",");
        if (k < v.size() && v.isPunct(k, ",")) {
            comma = true;
            k++;
        }
        if (!comma || k >= v.size() || !v.isLowerWord(k)) {
            return false;
        }
        String n = v.norm(k);
        if (n.equals("which") || n.equals("whose")) {
            return true;
        }
        if (!n.equals("a") && !n.equals("an") && !n.equals("the")) {
            return false;
        }
        for (int j = k + 1; j < v.size() && j <= k + 4; j++) {
            if (WORKS.contains(v.norm(j)) && v.isLowerWord(j)) {
                return true;
            }
            if (v.kind(j) != TokenKind.WORD) {
                return false;
            }
        }
        return false;
    }

    /**
     * True if a short quotation opening its sentence is that sentence's subject ("“Containment” has been U.S.
     * policy since …", "“Top secret” is the highest level"): the writer mentions the words, nobody says them here.
     */
    static boolean isSubjectOfItsSentence(TextView v, MarkedSpan s) {
        if (v.doc.isHeadline() || s.close() < 0 || s.open() != v.sentenceStart(s.open())) {
            return false;
        }
        int words = 0;
        for (int k = s.open() + 1; k < s.close(); k++) {
            if (v.kind(k) == TokenKind.WORD) {
                words++;
            } else if (v.kind(k) != TokenKind.NUMBER) {
                return false;   // "“Go,” was all …" is speech cut short; a subject has no punctuation of its own
            }
        }
        int after = s.close() + 1;
        return words >= 1 && words <= 5 && after < v.size() && v.isLowerWord(after)
                && SUBJECT_VERBS.contains(v.norm(after));
    }

    /**
     * True if the marks hold the value of a markup attribute left in the text ({@code <a href="…">},
     * {@code <tweet author="…">}): the mark follows an equals sign with no space, which no sentence does.
     */
    static boolean isMarkupValue(TextView v, MarkedSpan s) {
        int at = v.start(s.open());
        return at > 0 && v.raw.charAt(at - 1) == '=';
    }

    /**
     * True if every word inside the marks is in capitals and there are at least three ("‘GLASS IS HALF FULL.’"):
     * the kicker of a news digest or a headline run into the text, set as the writer's heading. Speech, even
     * shouted, is printed in ordinary case by news writers.
     */
    static boolean isCapitalsHeading(TextView v, MarkedSpan s) {
        if (s.close() < 0) {
            return false;
        }
        int words = 0;
        for (int k = s.open() + 1; k < s.close(); k++) {
            if (v.kind(k) != TokenKind.WORD) {
                continue;
            }
            String w = v.text(k);
            boolean letter = false;
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (Character.isLowerCase(c)) {
                    return false;
                }
                letter |= Character.isLetter(c);
            }
            words += letter ? 1 : 0;
        }
        return words >= 3;
    }

    /** How many words a subheading in single marks may have. */
    private static final int SUBHEAD_WORDS = 8;

    /**
     * True if the quotation is a paragraph of its own in single marks, short and with nothing else in the
     * paragraph: a subheading that lifts a phrase from the story below ("‘A fight from start to finish.’"),
     * set in single marks as headlines are. Whole paragraphs of speech take double marks.
     */
    static boolean isSubheading(TextView v, MarkedSpan s) {
        if (v.doc.isHeadline() || s.close() < 0 || s.marks().length() != 2
                || s.marks().charAt(0) != '\'' && s.marks().charAt(0) != '‘') {
            return false;
        }
        int p = s.paragraph();
        if (v.paragraphFirst[p] != s.open() || v.paragraphEnd[p] != s.close() + 1) {
            return false;
        }
        int words = 0;
        for (int k = s.open() + 1; k < s.close(); k++) {
            if (v.kind(k) == TokenKind.WORD) {
                words++;
            }
        }
        return words <= SUBHEAD_WORDS;
    }

    /** "in “Harbour Lights” and “The Long Field”": another Title Case quotation joined by a comma or "and"/"or". */
    private static boolean listedWithTitle(TextView v, MarkedSpan s) {
        int k = s.close() + 1;
        while (k < v.size() && k <= s.close() + 2 && (v.isPunct(k, ",") || Set.of("and", "or").contains(v.norm(k)))) {
            k++;
        }
        // "roles in “Open Water,” “Tide 3,” and …": the list's comma may stand inside the marks
        boolean commaInside = v.isPunct(s.close() - 1, ",");
        if ((k > s.close() + 1 || commaInside) && k < v.size() && v.kind(k) == TokenKind.QUOTE && titleCasedFrom(v, k)) {
            return true;
        }
        k = s.open() - 1;
        while (k >= 0 && k >= s.open() - 2 && (v.isPunct(k, ",") || Set.of("and", "or").contains(v.norm(k)))) {
            k--;
        }
        boolean commaBefore = k == s.open() - 1 && k > 0 && v.isPunct(k - 1, ",");
        return (k < s.open() - 1 || commaBefore) && k >= 0 && v.kind(k) == TokenKind.QUOTE && titleCasedBackTo(v, k);
    }

    /** True if every word inside the marks is capitalised, small words aside, and there is at least one word. */
    static boolean titleCased(TextView v, MarkedSpan s) {
        return titleCased(v, s.open() + 1, s.close());
    }

    private static boolean titleCased(TextView v, int from, int to) {
        boolean any = false;
        for (int k = from; k < to && k < v.size(); k++) {
            if (v.kind(k) == TokenKind.WORD) {
                if (!v.isCapitalised(k) && !SMALL_WORDS.contains(v.norm(k))) {
                    return false;
                }
                any = true;
            } else if (v.kind(k) == TokenKind.QUOTE) {
                return false;
            }
        }
        return any;
    }

    /** The quotation opening at mark {@code open} is title-cased up to its closing mark (within a few words). */
    private static boolean titleCasedFrom(TextView v, int open) {
        for (int k = open + 1; k < v.size() && k < open + 12; k++) {
            if (v.kind(k) == TokenKind.QUOTE) {
                return k > open + 1 && titleCased(v, open + 1, k);
            }
        }
        return false;
    }

    /** The quotation closing at mark {@code close} is title-cased back to its opening mark (within a few words). */
    private static boolean titleCasedBackTo(TextView v, int close) {
        for (int k = close - 1; k >= 0 && k > close - 12; k--) {
            if (v.kind(k) == TokenKind.QUOTE) {
                return k < close - 1 && titleCased(v, k + 1, close);
            }
        }
        return false;
    }
}
