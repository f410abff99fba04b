package dev.byline.quotes;

import dev.byline.text.TokenKind;
import java.util.Set;

/**
 * Finds the noun phrase that names a speaker next to a cue verb, without a parser: names are runs
 * of capitalised words, descriptions run back to their determiner, pronouns stand alone, and an
 * appositive between commas ("Kaupo Rosin, the head of …, said") is stepped over to its name.
 */
final class NounPhrases {
    static final Set<String> DETERMINERS = Set.of("a", "an", "the", "this", "that", "these", "those", "one",
            "another", "two", "three", "several", "some", "many", "most", "other");
    static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "we", "i");
    static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them", "us", "me", "reporters", "journalists");
    /** Capitalised words that start sentences or clauses but never names. */
    static final Set<String> CLOSED_CLASS = Set.of("the", "a", "an", "in", "on", "at", "for", "from", "by", "with",
            "although", "but", "and", "or", "if", "when", "while", "after", "before", "during", "since", "as",
            "despite", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i", "his", "her", "their",
            "its", "our", "both", "all", "some", "not", "one", "many", "most", "meanwhile", "now", "first", "second",
            "third", "finally", "notably", "however", "so", "then", "there", "here", "what", "why", "how", "who",
            "according", "referring", "speaking", "being", "citing", "still", "even", "just", "only", "also",
            "yet", "further", "because", "though", "whereas", "unless", "until", "instead", "against", "to", "of",
            "no", "yes", "lastly", "thus", "therefore", "moreover", "indeed", "perhaps", "last", "next", "every",
            "each", "any", "such", "my", "your", "asked", "told", "said");
    /** Lower-case words that cannot end a description (so cannot be its head noun). */
    private static final Set<String> NOT_A_HEAD = Set.of("that", "which", "what", "this", "these", "those", "it",
            "there", "here", "to", "of", "in", "on", "at", "for", "with", "by", "from", "as", "than", "not", "who",
            "whom", "when", "where", "why", "how", "if", "so", "also", "and", "but", "or", "nor", "be", "been",
            "being", "is", "are", "was", "were", "has", "have", "had", "can", "could", "will", "would", "may",
            "might", "should", "must", "do", "does", "did", "then", "now", "only", "just", "even", "still",
            "ago", "week", "year", "month", "today", "yesterday", "time", "them", "him", "her", "us", "me", "you");
    private static final Set<String> NAME_PARTICLES = Set.of("de", "van", "von", "der", "den", "bin", "al", "la",
            "le", "da", "di", "du", "del", "ibn", "abu", "el", "ben");

    private NounPhrases() {
    }

    /** True if token {@code i} can be part of a name: capitalised and not a closed-class word. */
    static boolean isNameWord(TextView v, int i) {
        if (!v.isCapitalised(i)) {
            return false;
        }
        String n = v.norm(i);
        return !CLOSED_CLASS.contains(n.indexOf('.') < 0 ? n : n.replace(".", "")) && !isOpeningAdverb(v, i, n);
    }

    /** Adverb endings no given name or surname has in news ("Kelly", "Emily" and "Riley" are names). */
    private static final java.util.List<String> ADVERB_ENDINGS = java.util.List.of("ally", "ously", "ively", "edly",
            "fully", "ately", "ntly", "arly", "ssly", "tily", "sily", "pily", "dily");

    /** "Domestically, …", "Hastily, …": an adverb opening its sentence before a comma is never a name. */
    private static boolean isOpeningAdverb(TextView v, int i, String n) {
        if (!n.endsWith("ly") || n.length() < 6 || i + 1 >= v.size() || !v.isPunct(i + 1, ",")
                || i != v.sentenceStart(i)) {
            return false;
        }
        for (String e : ADVERB_ENDINGS) {
            if (n.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /** The name ending at token {@code last}, extended back over capitalised words (and "X and Y"). */
    static Mention nameBackward(TextView v, int last, int floor) {
        int j = last;
        while (j - 1 >= floor && (isNameWord(v, j - 1)
                || (NAME_PARTICLES.contains(v.norm(j - 1)) && j - 2 >= floor && isNameWord(v, j - 2)))) {
            j--;
        }
        // "Putin and Trump mentioned": two names sharing one verb
        if (j - 2 >= floor && v.norm(j - 1).equals("and") && isNameWord(v, j - 2) && j == last) {
            int k = j - 2;
            while (k - 1 >= floor && isNameWord(v, k - 1)) {
                k--;
            }
            j = k;
        }
        return new Mention(j, last + 1, Mention.Type.NAME);
    }

    /** The name starting at token {@code first}, extended forward over capitalised words. */
    static Mention nameForward(TextView v, int first, int ceiling) {
        int j = first;
        while (j + 1 < ceiling && (isNameWord(v, j + 1)
                || (NAME_PARTICLES.contains(v.norm(j + 1)) && j + 2 < ceiling && isNameWord(v, j + 2))
                || pluralPossessive(v, j + 1) && j + 2 < ceiling && isNameWord(v, j + 2))) {
            j++;
        }
        return new Mention(first, j + 1, Mention.Type.NAME);
    }

    /** A description ending at its head noun {@code head}: back to its determiner or the clause start. */
    static Mention descriptionBackward(TextView v, int head, int floor) {
        if (!v.isLowerWord(head) || NOT_A_HEAD.contains(v.norm(head)) || CueVerbs.cue(v.norm(head)) != null) {
            return null;
        }
        int j = head;
        int limit = Math.max(floor, head - 10);
        while (j - 1 >= limit) {
            int t = j - 1;
            String n = v.norm(t);
            if (DETERMINERS.contains(n)) {
                j = t;
                // "a senior official at the ministry": the determiner may open a prepositional object
                if (t - 2 >= limit && INNER_PREPOSITIONS.contains(v.norm(t - 1)) && v.isLowerWord(t - 2)
                        && !NOT_A_HEAD.contains(v.norm(t - 2))) {
                    j = t - 1;
                    continue;
                }
                break;
            }
            boolean word = v.kind(t) == TokenKind.WORD || v.kind(t) == TokenKind.CLITIC || v.kind(t) == TokenKind.NUMBER;
            if (!word || (NOT_A_HEAD.contains(n) && !n.equals("of") && !n.equals("and") && !v.isCapitalised(t))
                    || SUBJECT_PRONOUNS.contains(n) || CueVerbs.cue(n) != null) {
                break;
            }
            j = t;
        }
        while (j < head && (v.norm(j).equals("and") || v.norm(j).equals("of"))) {
            j++;
        }
        return new Mention(j, head + 1, Mention.Type.DESCRIPTION);
    }

    /**
     * An apostrophe glued to a capitalised word ending in s and followed by another capitalised word:
     * the plural possessive inside a name ("Shippers' Council", "Veterans’ Affairs").
     */
    static boolean pluralPossessive(TextView v, int k) {
        if (k <= 0 || k + 1 >= v.size() || v.kind(k) == TokenKind.WORD || v.kind(k) == TokenKind.CLITIC) {
            return false;
        }
        String t = v.text(k);
        return (t.equals("'") || t.equals("\u2019")) && v.token(k - 1).end() == v.token(k).start()
                && v.isCapitalised(k - 1) && v.norm(k - 1).endsWith("s") && v.isCapitalised(k + 1);
    }

    /** A description starting at determiner {@code first}, forward to punctuation or a clause word. */
    static Mention descriptionForward(TextView v, int first, int ceiling) {
        return descriptionForward(v, first, ceiling, false);
    }

    /** As above; {@code bare} when the phrase has no determiner and starts with its head ("officials who …"). */
    static Mention descriptionForward(TextView v, int first, int ceiling, boolean bare) {
        if (bare) {
            int j = first + 1;
            while (j < ceiling && v.isLowerWord(j) && !NOT_A_HEAD.contains(v.norm(j)) && !v.norm(j).equals("who")
                    && j < first + 4 && CueVerbs.cue(v.norm(j)) == null) {
                j++;
            }
            // "people who have spoken to him": without a determiner the relative clause is the description
            if (j < ceiling && v.norm(j).equals("who")) {
                int r = j + 1;
                while (r < ceiling && r < j + 12 && !v.isPunct(r, ",.;:") && v.kind(r) != TokenKind.QUOTE) {
                    r++;
                }
                if (r < ceiling && r < j + 12 && v.isPunct(r, ",.;")) {
                    j = r;
                }
            }
            return new Mention(first, j, Mention.Type.DESCRIPTION);
        }
        int j = first + 1;
        int last = -1;
        while (j < ceiling && j < first + 10) {
            String n = v.norm(j);
            boolean word = v.kind(j) == TokenKind.WORD || v.kind(j) == TokenKind.CLITIC || v.kind(j) == TokenKind.NUMBER
                    || pluralPossessive(v, j);
            // "the Daily News focuses on …": after a capitalised name, an -es word is its verb
            boolean verbAfterName = j > first + 1 && v.isLowerWord(j) && v.isCapitalised(j - 1) && n.endsWith("es")
                    && !n.endsWith("ies");
            if (!word || n.equals("who") || n.equals("which") || n.equals("that") || CueVerbs.cue(n) != null
                    || (j > first + 1 && looksLikeVerb(v, j)) || verbAfterName) {
                break;
            }
            boolean inner = INNER_PREPOSITIONS.contains(n) && j + 1 < ceiling
                    && (v.isWord(j + 1) || v.kind(j + 1) == TokenKind.NUMBER);
            if (!NOT_A_HEAD.contains(n) || inner || v.isCapitalised(j)) {
                last = j;
            } else {
                break;
            }
            j++;
            // "a summary released by Whitfield's office"
            if (j + 1 < ceiling && looksLikeVerb(v, j) && v.norm(j + 1).equals("by")) {
                last = j + 1;
                j += 2;
            }
        }
        while (last > first && INNER_PREPOSITIONS.contains(v.norm(last))) {
            last--;
        }
        return last > first ? new Mention(first, last + 1, Mention.Type.DESCRIPTION) : null;
    }

    private static final Set<String> COMMON_VERBS = Set.of("spoke", "went", "made", "gave", "took", "came", "saw",
            "met", "left", "sent", "held", "kept", "got", "put", "ran", "won", "lost", "began", "thinks", "believes",
            "wants", "knows", "seems", "appears", "remains", "says", "sought", "thought", "brought", "found",
            "stood", "felt", "heard", "paid", "built", "meant", "goes", "does", "gets", "takes", "makes", "gives");
    /** Words that follow a verb but never a noun phrase's last word: "sought to", "focuses on how". */
    private static final Set<String> AFTER_VERB = Set.of("to", "that", "him", "her", "them", "us", "me", "it");

    /** A lower-case word that reads as a finite verb after a noun: "the official spoke", "the report found". */
    static boolean looksLikeVerb(TextView v, int j) {
        String n = v.norm(j);
        if (!v.isLowerWord(j)) {
            return false;
        }
        if (COMMON_VERBS.contains(n) || (n.endsWith("ed") && n.length() > 4)) {
            return true;
        }
        // "the email goes to", "the senator sought to": a word ending in -s or -es before "to" or an object pronoun
        return n.endsWith("s") && !n.endsWith("ss") && j + 1 < v.size() && AFTER_VERB.contains(v.norm(j + 1))
                && j > 0 && v.isLowerWord(j - 1) && !v.norm(j - 1).endsWith("s") && !DETERMINERS.contains(v.norm(j - 1));
    }

    /**
     * The noun phrase ending at token {@code i} (the token just before a cue verb, adverbs already
     * skipped): a pronoun, a name, a description, or the subject behind an appositive or "who".
     */
    static Mention endingAt(TextView v, int i, int floor) {
        if (i < floor) {
            return null;
        }
        String n = v.norm(i);
        if (SUBJECT_PRONOUNS.contains(n) || n.equals("it")) {
            return new Mention(i, i + 1, Mention.Type.PRONOUN);
        }
        if (n.equals("who")) {
            return appositiveSubject(v, i - 1, floor);
        }
        if (v.isPunct(i, ",") || v.isPunct(i, ")")) {
            return appositiveSubject(v, i, floor);
        }
        if (isNameWord(v, i) || (v.isCapitalised(i) && i == floor && !CLOSED_CLASS.contains(n))) {
            return aroundName(v, nameBackward(v, i, floor), floor);   // not "When" of "When asked, …"
        }
        return descriptionBackward(v, i, floor);
    }

    /**
     * Nouns of role or occupation that stand between a modifier and a name ("campaign manager Jon
     * Kohan", "Band member Flea"); the name after them is the person.
     */
    static final Set<String> ROLE_NOUNS = Set.of("member", "pollster", "manager", "strategist", "consultant",
            "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "chairman", "chairwoman", "correspondent",
            "reporter", "host", "anchor", "candidate", "nominee", "attorney", "lawyer", "congressman", "congresswoman",
            "constituent", "supporter", "voter", "resident", "student", "writer", "columnist", "editor", "owner",
            "pastor", "operative", "staffer", "donor", "delegate", "director", "chief", "secretary", "official",
            "leader", "senator", "governor", "mayor", "president", "minister", "economist", "analyst", "founder",
            "executive", "professor", "campaign", "party", "co-founder", "aide", "organizer", "activist", "expert",
            "researcher", "historian", "commentator", "contributor", "star", "actor", "actress", "singer", "rapper",
            "coach", "player", "judge", "officer", "commissioner", "chair", "treasurer", "counsel", "fellow",
            "co-host", "co-chair", "co-author", "vice-president");

    /**
     * The first token after a dateline opening a sentence ("WASHINGTON —", "Washington (AFP) –"),
     * or {@code from} if there is none: the place of a dateline is never the subject.
     */
    static int afterDateline(TextView v, int from, int ceiling) {
        int k = from;
        while (k < ceiling && k < from + 4 && v.isCapitalised(k)) {
            k++;
        }
        if (k == from || k >= ceiling) {
            return from;
        }
        if (v.isPunct(k, ",") && k + 1 < ceiling && v.isCapitalised(k + 1)) {
            k += 2;   // "PARIS, Texas —"
        }
        if (v.isPunct(k, "(")) {
            int close = k + 1;
            while (close < ceiling && close < k + 5 && !v.isPunct(close, ")")) {
                close++;
            }
            k = close + 1;
        }
        return k < ceiling && v.kind(k) == TokenKind.DASH ? k + 1 : from;
    }

    /** Prepositions that continue a description: "a spokesperson for one delegation", "the head of …". */
    static final Set<String> INNER_PREPOSITIONS = Set.of("of", "for", "at", "in", "from", "by");

    static final Set<String> PREPOSITIONS = Set.of("of", "in", "at", "from", "for", "with", "near", "on", "outside",
            "inside", "during", "after", "before", "to", "under", "across");

    /**
     * A name may be the tail of a longer phrase: "Sen. Marcus Bell of Ohio" (the person is before
     * "of") or "Fishing crews in Cornwall" (a description ending in a place).
     */
    static Mention aroundName(TextView v, Mention name, int floor) {
        int p = name.first() - 1;
        if (p - 1 < floor || !PREPOSITIONS.contains(v.norm(p))) {
            return name;
        }
        if (isNameWord(v, p - 1)) {
            Mention before = nameBackward(v, p - 1, floor);
            // "Bank of England" is one name; "Sen. Marcus Bell of Ohio" is a person and a place
            return before.end() - before.first() >= 2 ? before : new Mention(before.first(), name.end(), Mention.Type.NAME);
        }
        Mention d = descriptionBackward(v, p - 1, floor);
        return d == null ? name : new Mention(d.first(), name.end(), Mention.Type.DESCRIPTION);
    }

    /**
     * Steps back over comma-delimited appositives ("Rosin, who spoke …, said", "X, director of Y,
     * said") to the noun phrase they describe.
     */
    static Mention appositiveSubject(TextView v, int comma, int floor) {
        Mention opening = openingNameOfChain(v, comma, floor);
        if (opening != null) {
            return opening;
        }
        int segEnd = comma;
        for (int round = 0; round < 4 && segEnd > floor; round++) {
            if (v.isPunct(segEnd, ")")) {
                int open = segEnd - 1;
                while (open >= floor && !v.isPunct(open, "(")) {
                    open--;
                }
                if (open < floor) {
                    return null;
                }
                Mention m = endingAt(v, open - 1, floor);
                if (m != null) {
                    return m;
                }
                segEnd = open - 1;
                continue;
            }
            if (!v.isPunct(segEnd, ",")) {
                return endingAt(v, segEnd, floor);
            }
            int b = segEnd - 1;
            while (b >= floor && !v.isPunct(b, ",") && v.kind(b) != TokenKind.QUOTE && v.kind(b) != TokenKind.DASH) {
                b--;
            }
            int segStart = b + 1;
            if (segStart >= segEnd) {
                return null;
            }
            if (b >= floor && v.isPunct(b, ",") && isAppositive(v, segStart, segEnd)) {
                segEnd = b;
                continue;
            }
            int last = segEnd - 1;
            if (isNameWord(v, last)) {
                return nameBackward(v, last, segStart);
            }
            return descriptionBackward(v, last, segStart);
        }
        return null;
    }

    /**
     * "Clinton, during a town hall in Columbus, Ohio, said", "Vian, the editor of the Vatican's paper,
     * L'Osservatore Romano, said": when three or more comma segments run from the sentence's start to
     * the cue and the first is a name on its own, that name is the subject; the places and titles
     * after it describe it. Null when the chain has fewer segments or does not open with a name.
     */
    private static Mention openingNameOfChain(TextView v, int comma, int floor) {
        if (!v.isPunct(comma, ",")) {
            return null;
        }
        int commas = 0;
        int b = comma;
        int limit = Math.max(floor, comma - 60);
        while (b - 1 >= limit) {
            int t = b - 1;
            if (v.kind(t) == TokenKind.QUOTE || v.kind(t) == TokenKind.DASH || v.isPunct(t, ".;:()")
                    || CueVerbs.cue(v.norm(t)) != null && v.isLowerWord(t)) {
                break;
            }
            if (v.isPunct(t, ",")) {
                commas++;
            }
            b = t;
        }
        int start = b;
        if (commas < 2 || start != v.sentenceStart(start) && v.kind(start - 1) != TokenKind.QUOTE || !isNameWord(v, start)
                || SpeakerResolver.CALENDAR.contains(v.norm(start))) {
            return null;
        }
        Mention name = nameForward(v, start, comma);
        boolean alone = name.end() < comma && v.isPunct(name.end(), ",");
        boolean opener = name.end() - name.first() == 1 && v.seenInLowerCase(v.norm(start));
        return alone && !opener ? name : null;
    }

    /** A segment that describes rather than names: "the head of …", "who spoke …", "director of …". */
    private static boolean isAppositive(TextView v, int from, int to) {
        String n = v.norm(from);
        if (n.equals("who") || n.equals("which") || n.equals("whose") || n.equals("a") || n.equals("an")
                || n.equals("the") || v.isLowerWord(from)) {
            return true;
        }
        boolean allNumbers = true;
        for (int k = from; k < to; k++) {
            allNumbers &= v.kind(k) == TokenKind.NUMBER;
        }
        if (allNumbers) {
            return true;   // "Pascoe, 54, said"
        }
        // "Trump’s predecessor": a name with a possessive is a description of someone else
        for (int k = from; k < to; k++) {
            if (v.kind(k) == TokenKind.CLITIC) {
                return true;
            }
        }
        return false;
    }

    /**
     * The subject that opens a clause: leading adverbials ("On Tuesday, …") are stepped over.
     */
    static Mention clauseSubject(TextView v, int from, int ceiling) {
        int i = afterDateline(v, from, ceiling);
        for (int round = 0; round < 3 && i < ceiling; round++) {
            String n = v.norm(i);
            if (i == v.sentenceStart(i) && isNameWord(v, i) && i + 1 < ceiling && !isNameWord(v, i + 1)
                    && (n.endsWith("ing") || v.seenInLowerCase(n)
                        || !v.capitalisedInside(n) && shortOpener(v, i, ceiling))) {
                // "Kicking off the day …, Trump said", "Between 2001 and 2007, …", "Hours later, …" (a word the
                // article capitalises only where it opens a sentence, a comma right after): an opener, not a name
                i = afterComma(v, i, ceiling);
                if (i < 0) {
                    return null;
                }
                continue;
            }
            if (SUBJECT_PRONOUNS.contains(n)) {
                return new Mention(i, i + 1, Mention.Type.PRONOUN);
            }
            if (DETERMINERS.contains(n) && !n.equals("that")) {
                Mention d = descriptionForward(v, i, ceiling);
                if (d != null) {
                    return d;
                }
            }
            if (isNameWord(v, i)) {
                Mention m = nameForward(v, i, ceiling);
                // "Villa’s goalkeeper Emi Ruiz": the possessor is not the subject, the name after it is
                if (m.end() < ceiling && v.kind(m.end()) == TokenKind.CLITIC) {
                    int j = m.end() + 1;
                    while (j < ceiling && j < m.end() + 4 && v.isLowerWord(j)) {
                        j++;
                    }
                    if (j < ceiling && isNameWord(v, j)) {
                        return nameForward(v, j, ceiling);
                    }
                    return j > m.end() + 1 ? new Mention(i, j, Mention.Type.DESCRIPTION) : m;
                }
                // "Republican pollster Daron Shaw", "Band member Flea": a role between two names; the person is the last
                Mention person = personAfterRole(v, m, ceiling);
                if (person != null) {
                    return person;
                }
                // "Russian officials have …": a capitalised adjective before a plural noun is a description
                if (m.end() < ceiling && v.isLowerWord(m.end()) && !NOT_A_HEAD.contains(v.norm(m.end()))
                        && CueVerbs.cue(v.norm(m.end())) == null && v.norm(m.end()).endsWith("s")
                        && verbFollows(v, m.end() + 1, ceiling)) {
                    return new Mention(i, m.end() + 1, Mention.Type.DESCRIPTION);
                }
                return m;
            }
            // skip an introductory phrase up to its comma
            i = afterComma(v, i, ceiling);
            if (i < 0) {
                return null;
            }
        }
        return null;
    }

    /**
     * True if a verb (or the cue) stands at {@code k}: "Russian officials have …" (the plural is a noun),
     * unlike "Marlow supports “higher pay”" (the -s word is the verb itself).
     */
    private static boolean verbFollows(TextView v, int k, int ceiling) {
        if (k >= ceiling) {
            return true;   // the cue comes next
        }
        String n = v.norm(k);
        return CueVerbs.BETWEEN_SUBJECT_AND_VERB.contains(n) || CueVerbs.PASSIVE.contains(n) || CueVerbs.cue(n) != null
                || looksLikeVerb(v, k) || Set.of("are", "were", "say", "said", "told", "want", "think", "believe", "see",
                "fear", "hope", "expect", "argue", "worry", "accused", "blamed").contains(n);
    }

    /** True if a comma follows within three tokens of {@code i}: "Hours later,", "Back in 2010,". */
    private static boolean shortOpener(TextView v, int i, int ceiling) {
        int next = afterComma(v, i, Math.min(ceiling, i + 4));
        return next > 0 && next < ceiling;
    }

    /** The token after the next comma from {@code i}, or -1 if there is none before {@code ceiling}. */
    private static int afterComma(TextView v, int i, int ceiling) {
        int c = i;
        while (c < ceiling && !v.isPunct(c, ",")) {
            c++;
        }
        return c >= ceiling ? -1 : c + 1;
    }

    /**
     * "Republican pollster Daron Shaw", "L2 president Bruce Willow": when role nouns stand between
     * the name {@code m} and another name, the person is that later name; else null.
     */
    static Mention personAfterRole(TextView v, Mention m, int ceiling) {
        int r = m.end();
        // modifiers, then the role: "Democratic presidential candidate Ana Ruiz", "State University political scientist Li Wei"
        while (r < ceiling && r < m.end() + 4 && v.isLowerWord(r) && !NOT_A_HEAD.contains(v.norm(r))
                && CueVerbs.cue(v.norm(r)) == null && !looksLikeVerb(v, r)) {
            r++;
        }
        if (r == m.end() || !isRole(v.norm(r - 1))) {
            return null;
        }
        return r < ceiling && isNameWord(v, r) && !SpeakerResolver.CALENDAR.contains(v.norm(r))
                ? nameForward(v, r, ceiling) : null;
    }

    /** A role noun, or a word shaped like one: "front-runner", "scientist", "spokesman". */
    private static boolean isRole(String n) {
        return ROLE_NOUNS.contains(n) || n.length() > 4 && (n.endsWith("er") || n.endsWith("ist")
                || n.endsWith("man") || n.endsWith("woman") || n.endsWith("ent") || n.endsWith("ant"));
    }
}
