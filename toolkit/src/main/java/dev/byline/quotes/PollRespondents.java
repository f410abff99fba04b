package dev.byline.quotes;

import dev.byline.text.TokenKind;
import java.util.Set;

/**
 * The poll that relays its respondents' words: "In a national Harbor Research poll released Monday, 31% of voters
 * said they were “extremely enthusiastic”", "The poll also finds that 37 percent of residents say the plan is “too
 * costly”". A share of a group ("31% of voters", "six in 10 Republicans", "a majority of members") speaks only
 * through the poll that counted it, so the poll named earlier in the sentence is the quotation's source (as a
 * newsroom, and PolNeAR's annotators, name it), not the group.
 */
final class PollRespondents {
    /** Nouns for an instrument that counts answers. */
    private static final Set<String> POLLS = Set.of("poll", "polls", "survey", "surveys", "study", "census");

    /** Words that make "… of" a share: "31 percent of", "a majority of", "half of". */
    private static final Set<String> SHARES = Set.of("percent", "%", "cent", "majority", "minority", "plurality",
            "half", "third", "thirds", "quarter", "quarters", "fifth", "fifths");

    private PollRespondents() {
    }

    /** The poll's attribution when {@code own}'s speaker is a share of a group and a poll precedes it in the sentence; else {@code own}. */
    static Attribution relay(TextView v, boolean[] quoted, Attribution own) {
        if (own == null || own.verb() == null || own.mention().type() == Mention.Type.PRONOUN) {
            return own;
        }
        int share = shareStart(v, own.mention());
        if (share < 0) {
            return own;
        }
        int floor = v.sentenceStart(share);
        for (int i = share - 1; i >= floor; i--) {
            if (quoted[i] || v.kind(i) == TokenKind.QUOTE) {
                continue;   // "… 37 percent say he is “very responsible” …, 22 percent say …": one finding
            }
            if (POLLS.contains(v.norm(i)) && v.isLowerWord(i)) {
                Mention poll = NounPhrases.descriptionBackward(v, i, floor);
                return poll == null ? own : new Attribution(poll, own.cue(), own.verb());
            }
        }
        return own;
    }

    /** True if the attribution names a poll: the ranker keeps it, as it keeps a report cited with "according to". */
    static boolean isPoll(TextView v, Attribution a) {
        return a.mention().type() == Mention.Type.DESCRIPTION && POLLS.contains(v.norm(a.mention().end() - 1));
    }

    /** The first token of the share a mention is ("31% of [voters]", "six in 10 [Republicans]"), or -1. */
    private static int shareStart(TextView v, Mention m) {
        int f = m.first();
        if (f + 1 < m.end() && (v.kind(f) == TokenKind.NUMBER || isNumberWord(v, f))
                && (SHARES.contains(v.norm(f + 1)) || f + 2 < m.end() && v.norm(f + 1).equals("in")
                    && v.kind(f + 2) == TokenKind.NUMBER)) {
            return f;   // the mention is the share: "37 percent of residents", "22 percent", "six in 10 members"
        }
        int k = f - 1;
        if (k >= 1 && v.norm(k).equals("of") && SHARES.contains(v.norm(k - 1))) {
            return k - 1;   // "31 percent of", "a majority of"
        }
        if (k >= 2 && v.kind(k) == TokenKind.NUMBER && (v.norm(k - 1).equals("in") || v.norm(k - 1).equals("of"))
                && (v.kind(k - 2) == TokenKind.NUMBER || isNumberWord(v, k - 2) || v.norm(k - 2).equals("out"))) {
            return k - 2;   // "six in [10 Republicans]", "four out of [10 voters]"
        }
        if (f + 1 < m.end() && v.kind(f) == TokenKind.NUMBER && k >= 1 && v.norm(k).equals("in")) {
            return k - 1;   // "Six in [10 members]": the mention opens at the second number
        }
        return -1;
    }

    private static final Set<String> NUMBER_WORDS = WordSet.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten");

    private static boolean isNumberWord(TextView v, int i) {
        return NUMBER_WORDS.contains(v.norm(i));
    }
}
