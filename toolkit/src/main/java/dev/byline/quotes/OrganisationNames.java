package dev.byline.quotes;

import java.util.Set;

/**
 * An organisation's name written with lower-case joiners, read whole from its tail: a name mention that starts right
 * after "of", "for", "on", "and" or "the" inside such a name ("… Institute for Science and International Security",
 * "the U.S. Court of Appeals for the 3rd Circuit") is the tail of the organisation whose head word (institute, court,
 * department, …) stands before the joiners. The walk back goes over capitalised words, ordinals and those joiners
 * only, and the name starts at the leftmost head word's own capitalised run (a possessive owner kept: "Oslo's
 * Institute for …"); no head word, no organisation. So "Ada Vos of the Harbour Institute for Policy Studies" is the
 * institute after "of", never a name running back into the person's.
 */
final class OrganisationNames {
    private OrganisationNames() {
    }

    /** Lower-case words an organisation's name holds between its capitalised words. */
    private static final Set<String> JOINERS = WordSet.of("of", "for", "on", "and", "the");
    /** Head words of organisations beyond {@link SpeakerCandidates#BODY_WORDS}. */
    private static final Set<String> MORE_HEADS = Set.of("institution", "bureau", "directorate", "society", "college",
            "academy", "authority", "federation", "coalition", "alliance", "caucus", "council", "tribunal");
    /** Longest walk back (tokens) from the mention. */
    private static final int MAX_BACK = 10;

    /**
     * The whole organisation name mention {@code m} is the tail of, or null when {@code m} is no such tail (it
     * starts no name cut at a joiner, or no organisation's head word stands before the joiners).
     */
    static Mention whole(TextView v, Mention m) {
        if (m.type() != Mention.Type.NAME || m.first() < 2 || !joinerOrOrdinal(v, m.first() - 1)) {
            return null;
        }
        int floor = Math.max(v.sentenceStart(m.first()), m.first() - MAX_BACK);
        int head = -1;
        int k = m.first() - 1;
        while (k >= floor) {
            if (NounPhrases.isNameWord(v, k)) {
                if (isHead(v, k)) {
                    head = k;
                }
            } else if (!joinerOrOrdinal(v, k) || k - 1 < floor
                    || !(NounPhrases.isNameWord(v, k - 1) || joinerOrOrdinal(v, k - 1))) {
                break;
            }
            k--;
        }
        if (head < 0 || v.norm(m.first() - 1).equals("and") && !prepositionBetween(v, head, m.first())) {
            return null;   // "the Harbour Party and Ada Vos" is two names ("Institute for Science and …" is one)
        }
        int start = NounPhrases.nameRunStart(v, head, floor);
        if (start - 2 >= floor && v.isLowerWord(start - 1) && v.norm(start - 1).equals("and")
                && NounPhrases.isNameWord(v, start - 2) && !isHead(v, start - 2)) {
            start = NounPhrases.nameRunStart(v, start - 2, floor);   // "Science and Technology Directorate of …"
        }
        if (start - 2 >= floor && isPossessive(v, start - 1) && NounPhrases.isNameWord(v, start - 2)) {
            start = NounPhrases.nameRunStart(v, start - 2, floor);   // "Oslo's Institute for …"
        }
        return new Mention(start, m.end(), Mention.Type.NAME);
    }

    private static boolean prepositionBetween(TextView v, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (v.isLowerWord(k) && !v.norm(k).equals("and") && !v.norm(k).equals("the")) {
                return true;
            }
        }
        return false;
    }

    private static boolean joinerOrOrdinal(TextView v, int k) {
        if (v.isLowerWord(k)) {
            return JOINERS.contains(v.norm(k));
        }
        String n = v.norm(k);   // "3rd", "2nd", "9th"
        return n.length() >= 3 && Character.isDigit(n.charAt(0))
                && (n.endsWith("st") || n.endsWith("nd") || n.endsWith("rd") || n.endsWith("th"));
    }

    static boolean isHead(TextView v, int k) {
        String n = v.norm(k);
        return SpeakerCandidates.BODY_WORDS.contains(n) || MORE_HEADS.contains(n);
    }

    private static boolean isPossessive(TextView v, int k) {
        String n = v.norm(k);
        return n.equals("'s") || n.equals("\u2019s");
    }
}
