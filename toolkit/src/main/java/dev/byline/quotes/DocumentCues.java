package dev.byline.quotes;

import dev.byline.text.TokenKind;
import java.util.Set;

/**
 * Documents that speak: a report, a poll, a statement or an ad is the source of the words it is said to
 * find, show, state or read: "A 2014 committee report found “no evidence of it”", "The poll also finds
 * that …", "“We regret the error,” read the statement", "the leaflet states". The verbs are not speech
 * verbs for a person ("he found the keys"), so they count only when their subject's head is a document.
 */
final class DocumentCues {
    /** Verbs a document reports with that are not speech verbs of their own (those are in {@link CueVerbs}). */
    static final Set<String> VERBS = WordSet.of("found", "finds", "shows", "showed", "reads", "read", "states");

    /** Verbs of finding: a poll "finds" a result, it does not say it; not reported speech, though a quotation's source. */
    private static final Set<String> FINDINGS = WordSet.of("found", "finds", "shows", "showed");

    /** True for a document's verb of finding ("found", "shows"), which introduces a result, not a statement. */
    static boolean isFinding(String norm) {
        return FINDINGS.contains(norm);
    }

    /** Verbs that may stand before the document: "“…,” read the statement", "“…,” states the memo". */
    private static final Set<String> INVERTED = Set.of("reads", "read", "states");

    /** Nouns for documents that speak. */
    static final Set<String> DOCUMENTS = WordSet.of("report", "reports", "study", "studies", "poll", "polls", "survey",
            "surveys", "statement", "statements", "memo", "memorandum", "letter", "document", "documents", "ad",
            "advert", "advertisement", "commercial", "email", "e-mail", "emails", "tweet", "post", "message", "analysis",
            "review", "audit", "complaint", "lawsuit", "suit", "filing", "order", "ruling", "opinion", "transcript",
            "editorial", "article", "story", "release", "sign", "signs", "banner", "leaflet", "flyer", "brochure",
            "website", "page", "headline", "caption", "cable", "indictment", "affidavit", "notice", "note", "summary",
            "platform", "manifesto", "playbook", "handbook", "manual", "guidance", "guidelines", "policy", "bill", "law",
            "resolution");

    private DocumentCues() {
    }

    /**
     * The attribution at token {@code j} when it is a document's verb with a document for subject, or null.
     * {@code floor} and {@code ceiling} bound where the subject may be looked for.
     */
    static Attribution at(TextView v, boolean[] quoted, int j, int floor, int ceiling) {
        String n = v.norm(j);
        if (!VERBS.contains(n) || !v.isLowerWord(j)) {
            return null;
        }
        if (INVERTED.contains(n) && j > 0 && (v.kind(j - 1) == TokenKind.QUOTE || v.isPunct(j - 1, ","))) {
            Mention after = SpeakerAfterCue.after(v, j + 1, ceiling);
            return after != null && isDocument(v, after) ? new Attribution(after, j, v.text(j)) : null;
        }
        if (j + 1 < v.size() && v.kind(j + 1) == TokenKind.DASH) {
            return null;   // "What the survey found - Harbor Research: “…”": a heading, the label after the dash speaks
        }
        int i = j - 1;
        while (i >= floor && v.isLowerWord(i) && CueVerbs.betweenSubjectAndVerb(v.norm(i))) {
            i--;   // "The poll also finds"
        }
        if (i < floor || !v.isWord(i) || !DOCUMENTS.contains(v.norm(i))) {
            return null;
        }
        Mention m = SubjectPhrases.endingAt(v, i, floor);
        Mention head = m == null ? null : ClauseSubjects.headBeforeObject(v, m, floor);   // "a message on the website"
        m = head != null ? head : m;
        if (m == null || !isDocument(v, m)) {
            return null;
        }
        // "Okafor wrote that the title and text of the law showed it to be “…”": the writer reports the finding
        Attribution governor = FINDINGS.contains(n) ? ComplementClauses.governor(v, quoted, m, floor) : null;
        return governor != null ? governor : new Attribution(m, j, v.text(j));
    }

    /** True if the mention's head (before any "of"/"for"/"by" phrase, else its last word) is a document noun. */
    static boolean isDocument(TextView v, Mention m) {
        return m.type() != Mention.Type.PRONOUN && DOCUMENTS.contains(NamingSpeech.head(v, m))
                || m.type() != Mention.Type.PRONOUN && DOCUMENTS.contains(v.norm(m.end() - 1));
    }
}
