package dev.byline.quotes;

import dev.byline.text.TokenKind;
import java.util.Set;

/**
 * The source "according to" names. Unlike the speaker after an inverted verb, whatever noun phrase follows
 * "according to" is the source the writer cites, a person, a group, a post or a poll: "according to their
 * friends and advisers, …", "according to some on Twitter, …". The record and speaker shapes of
 * {@link SpeakerAfterCue} are read first; a phrase neither reads, that runs whole to the clause's comma or full
 * stop, is the source as written.
 */
final class AccordingTo {
    /** How many tokens the cited phrase may run before its comma or full stop. */
    private static final int PHRASE = 8;

    /** Words that open a clause or question after "according to", not a source: "according to what he said". */
    private static final Set<String> NOT_A_SOURCE = Set.of("what", "how", "whether", "which", "who", "whom", "when",
            "where", "why", "that", "it", "him", "her", "them");

    private AccordingTo() {
    }

    /** The source named at {@code i}, right after "according to", within {@code ceiling}; null if none. */
    static Mention source(TextView v, int i, int ceiling) {
        Mention m = SpeakerAfterCue.bareRecord(v, i, ceiling);
        if (m == null) {
            m = SpeakerAfterCue.after(v, i, ceiling);
        }
        return m != null ? m : wholePhrase(v, i, ceiling);
    }

    /**
     * "according to their friends and advisers,", "according to some on Twitter,": the words up to the comma or
     * full stop, when they hold no verb and open no clause; null otherwise.
     */
    private static Mention wholePhrase(TextView v, int i, int ceiling) {
        if (i >= ceiling || !v.isWord(i) || NOT_A_SOURCE.contains(v.norm(i))) {
            return null;
        }
        int k = i;
        while (k < ceiling && k < i + PHRASE && (v.isWord(k) || v.kind(k) == TokenKind.CLITIC)) {
            String n = v.norm(k);
            if (k > i && (NounPhrases.looksLikeVerb(v, k) || CueVerbs.cue(n) != null && v.isLowerWord(k)
                    || NOT_A_SOURCE.contains(n) && v.isLowerWord(k))) {
                return null;   // "according to the plan approved by …" stays with the readers above
            }
            k++;
        }
        boolean ends = k < v.size() && k > i && (v.isPunct(k, ",.;") && !v.isInnerDot(k));
        return ends && people(v, i, k) ? new Mention(i, k, Mention.Type.DESCRIPTION) : null;
    }

    /** Quantifiers that stand for people before a preposition: "some on Twitter", "many in the party". */
    private static final Set<String> QUANTIFIERS = Set.of("some", "many", "most", "several", "few", "others", "all");

    /** Adjectives that follow their noun: "sources familiar with the talks", "people close to him". */
    private static final Set<String> POSTPOSED = Set.of("familiar", "close");

    /**
     * True if the phrase [i, end) names people: its head, the word before its first preposition or post-posed
     * adjective, is a person or group noun ("their friends and advisers", "multiple sources familiar with …") or a
     * quantifier a preposition follows ("some on Twitter"); never a thing ("their instinctive preference").
     */
    private static boolean people(TextView v, int i, int end) {
        int h = i;
        while (h + 1 < end && !NounPhrases.PREPOSITIONS.contains(v.norm(h + 1)) && !POSTPOSED.contains(v.norm(h + 1))) {
            h++;
        }
        String head = v.norm(h);
        if (QUANTIFIERS.contains(head)) {
            return h + 1 < end;
        }
        String singular = head.endsWith("s") && !head.endsWith("ss") ? head.substring(0, head.length() - 1) : head;
        return v.isLowerWord(h) && (ClauseActors.isPersonHead(head) || ClauseActors.isPersonHead(singular)
                || SpeakerAfterCue.BARE_PLURALS.contains(head)
                || head.length() > 5 && (head.endsWith("ers") || head.endsWith("ists") || head.endsWith("ians")));
    }
}
