package dev.byline.quotes;

import dev.byline.text.TokenKind;
import java.util.Set;

/**
 * The phrases around a speaker's name that a cue verb does not point at directly: the subject
 * opening a clause ("On Tuesday, Rosin said" → Rosin), the name an appositive describes ("Kaupo
 * Rosin, the head of …, said"), the person after a role ("campaign manager Jon Kohan") and the place
 * of a dateline, which is never a subject. Built on {@link NounPhrases}.
 */
final class SubjectPhrases {
    private SubjectPhrases() {
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
        if (NounPhrases.subjectPronoun(n) != null || n.equals("it")) {
            return new Mention(i, i + 1, Mention.Type.PRONOUN);   // "he said", "Trump said he’d asked his “people”"
        }
        if (n.equals("who")) {
            Mention owner = WhoAntecedents.of(v, i, floor);   // "this post from Lena Marsh who wrote"
            return owner != null ? owner : appositiveSubject(v, i - 1, floor);
        }
        if (v.isPunct(i, ",") || v.isPunct(i, ")")) {
            return appositiveSubject(v, i, floor);
        }
        if (NounPhrases.isNameWord(v, i) || (v.isCapitalised(i) && i == floor && !NounPhrases.CLOSED_CLASS.contains(n))) {
            Mention name = NounPhrases.nameBackward(v, i, floor);
            if (isCalendar(v, name)) {
                return relativeHead(v, name.first() - 1, floor);
            }
            return aroundName(v, name, floor);   // not "When" of "When asked, …"
        }
        return NounPhrases.descriptionBackward(v, i, floor);
    }

    /** A name made of calendar words and numbers only: "Thursday", "Dec. 8". */
    private static boolean isCalendar(TextView v, Mention m) {
        boolean any = false;
        for (int k = m.first(); k < m.end(); k++) {
            boolean day = SpeakerResolver.CALENDAR.contains(v.norm(k));
            if (!day && v.kind(k) != TokenKind.NUMBER) {
                return false;
            }
            any |= day;
        }
        return any;
    }

    /**
     * "The groups who wrote to her on Thursday say …": a date is never the speaker; the phrase a
     * relative clause describes, a few words back, is. Null when there is none.
     */
    private static Mention relativeHead(TextView v, int from, int floor) {
        for (int k = from; k >= floor && k > from - 10; k--) {
            if (v.kind(k) == TokenKind.QUOTE || v.isPunct(k, ".;:")) {
                return null;
            }
            if (v.norm(k).equals("who") && k - 1 >= floor) {
                return endingAt(v, k, floor);
            }
        }
        return null;
    }

    /**
     * Nouns of role or occupation that stand between a modifier and a name ("campaign manager Jon
     * Kohan", "Band member Flea"); the name after them is the person.
     */
    static final Set<String> ROLE_NOUNS = WordSet.of("member", "pollster", "manager", "strategist", "consultant",
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
     * or {@code from} if there is none: the place of a dateline is never the subject, nor its date. The
     * text model's dateline ({@code Document.layout().dateline()}, "WASHINGTON, Dec. 8 (UPI) —") is read
     * first; a sentence that opens with capitals and a dash elsewhere is read here.
     */
    static int afterDateline(TextView v, int from, int ceiling) {
        if (from < ceiling && v.datelineEnd > 0 && v.start(from) < v.datelineEnd) {
            int k = from;
            while (k < ceiling && v.start(k) < v.datelineEnd) {
                k++;
            }
            return k < ceiling ? k : from;
        }
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

    /**
     * A name may be the tail of a longer phrase: "Sen. Marcus Bell of Ohio" (the person is before
     * "of") or "Fishing crews in Cornwall" (a description ending in a place).
     */
    static Mention aroundName(TextView v, Mention name, int floor) {
        int p = name.first() - 1;
        // "a spokesman for Ortiz" is one phrase; "workers were angry after Ortiz said" ends the clause before the name
        if (p - 1 < floor || !NounPhrases.INNER_PREPOSITIONS.contains(v.norm(p))) {
            return name;
        }
        if (NounPhrases.isNameWord(v, p - 1)) {
            Mention before = NounPhrases.nameBackward(v, p - 1, floor);
            // "Bank of England" is one name; "Sen. Marcus Bell of Ohio" is a person and a place
            return before.end() - before.first() >= 2 ? before : new Mention(before.first(), name.end(), Mention.Type.NAME);
        }
        Mention d = NounPhrases.descriptionBackward(v, p - 1, floor);
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
            if (v.isPunct(segEnd - 1, ")")) {
                segEnd--;   // "Sen. Alma Rooke (D-Ore.), noting …, said": the party label closes the name's segment
                continue;
            }
            int last = segEnd - 1;
            if (abbreviationDot(v, last) && last - 1 >= segStart) {
                last--;   // "…, Mass., said": the region's abbreviation
            }
            if (NounPhrases.isNameWord(v, last)) {   // "Rep. Ivo Lind of Vermont, an ally of …, said": Lind, not Vermont
                return ClauseActors.nameBeforePlace(v, NounPhrases.nameBackward(v, last, segStart), segStart);
            }
            return NounPhrases.descriptionBackward(v, last, segStart);
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
            if (v.kind(t) == TokenKind.QUOTE || v.kind(t) == TokenKind.DASH
                    || v.isPunct(t, ".;:()") && !abbreviationDot(v, t)
                    || CueVerbs.cue(v.norm(t)) != null && v.isLowerWord(t)) {
                break;
            }
            if (v.isPunct(t, ",")) {
                commas++;
            }
            b = t;
        }
        int start = b;
        if (commas < 2 || start != v.sentenceStart(start) && v.kind(start - 1) != TokenKind.QUOTE
                || !NounPhrases.isNameWord(v, start)
                || SpeakerResolver.CALENDAR.contains(v.norm(start))) {
            return null;
        }
        Mention name = NounPhrases.nameForward(v, start, comma);
        boolean alone = name.end() < comma && v.isPunct(name.end(), ",");
        boolean opener = name.end() - name.first() == 1 && v.seenInLowerCaseAt(start);
        return alone && !opener ? name : null;
    }

    /** A full stop glued to a capitalised word and followed by a comma: "Cambridge, Mass., said", "Jr.,". */
    private static boolean abbreviationDot(TextView v, int t) {
        return t > 0 && t + 1 < v.size() && v.isPunct(t, ".") && v.isPunct(t + 1, ",") && v.isCapitalised(t - 1)
                && v.end(t - 1) == v.start(t);
    }

    /** Nouns of time that head an opening adverbial: "The next day, …", "That morning, …". */
    static final Set<String> TIME_NOUNS = Set.of("day", "days", "week", "weeks", "month", "months", "year",
            "years", "morning", "afternoon", "evening", "night", "time", "moment", "weekend", "hour", "hours",
            "decade", "summer", "winter", "spring", "autumn", "fall", "minute", "minutes");

    /** Adverbs of time that open a sentence before a time phrase: "Early in …", "Later that day". */
    private static final Set<String> TIME_OPENERS = Set.of("early", "earlier", "later", "late");

    /** Possessive determiners that open a described subject: "his office", "her campaign". */
    private static final Set<String> POSSESSIVE_DETERMINERS = Set.of("his", "her", "their", "its", "our");

    /** Words that open a coordinated clause, never an appositive. */
    private static final Set<String> COORDINATORS = Set.of("and", "but", "or", "so", "yet", "while", "because");

    /** A segment that describes rather than names: "the head of …", "who spoke …", "director of …". */
    private static boolean isAppositive(TextView v, int from, int to) {
        String n = v.norm(from);
        if (COORDINATORS.contains(n)) {
            return false;   // "Voters cheered, and the fallout drew a reaction from Gov. Alma Reyes, who called …": a clause
        }
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
        for (int round = 0; round < 5 && i < ceiling; round++) {
            String n = v.norm(i);
            if (i == v.sentenceStart(i) && NounPhrases.isNameWord(v, i) && i + 1 < ceiling
                    && !NounPhrases.isNameWord(v, i + 1)
                    && (n.endsWith("ing") || v.seenInLowerCaseAt(i)
                        || !v.capitalisedInside(n) && shortOpener(v, i, ceiling))) {
                // "Kicking off the day …, Trump said", "Between 2001 and 2007, …", "Hours later, …" (a word the
                // article capitalises only where it opens a sentence, a comma right after): an opener, not a name
                i = afterComma(v, i, ceiling);
                if (i < 0) {
                    return null;
                }
                continue;
            }
            if (i == v.sentenceStart(i) && TIME_OPENERS.contains(n) && i + 1 < ceiling
                    && (NounPhrases.PREPOSITIONS.contains(v.norm(i + 1)) || TIME_NOUNS.contains(v.norm(i + 1))
                        || Set.of("this", "that", "last", "next").contains(v.norm(i + 1)))) {
                // "Early in his campaign, Trump …", "Later that day, …": a time opener, not a name
                i = afterComma(v, i, ceiling);
                if (i < 0) {
                    return null;
                }
                continue;
            }
            if (NounPhrases.SUBJECT_PRONOUNS.contains(n)) {
                return new Mention(i, i + 1, Mention.Type.PRONOUN);
            }
            if (NounPhrases.DETERMINERS.contains(n) && !n.equals("that")) {
                Mention d = NounPhrases.descriptionForward(v, i, ceiling);
                if (d != null && d.end() < ceiling && v.isPunct(d.end(), ",") && TIME_NOUNS.contains(v.norm(d.end() - 1))) {
                    i = d.end() + 1;   // "The next day, her account posted: …": a time opener, not the subject
                    continue;
                }
                if (d != null) {
                    return d;
                }
            }
            if (POSSESSIVE_DETERMINERS.contains(n)) {
                // "His office put out a statement", "her account posted: …": a possessed subject a verb follows
                Mention d = NounPhrases.descriptionForward(v, i, ceiling);
                if (d != null && d.end() > i + 1 && (d.end() >= ceiling || NounPhrases.looksLikeVerb(v, d.end())
                        || v.isLowerWord(d.end()) && CueVerbs.cue(v.norm(d.end())) != null)) {
                    return d;
                }
            }
            if (NounPhrases.isNameWord(v, i)) {
                Mention m = NounPhrases.nameForward(v, i, ceiling);
                // "At a town hall in Dover, Delaware, on Sunday, Ms. Okafor …": after an opening phrase, a name
                // alone between commas that a preposition or another name follows is the opener's place
                if (round > 0 && m.end() + 1 < ceiling && v.isPunct(m.end(), ",")
                        && (NounPhrases.PREPOSITIONS.contains(v.norm(m.end() + 1)) && v.isLowerWord(m.end() + 1)
                            || NounPhrases.isNameWord(v, m.end() + 1))) {
                    i = m.end() + 1;
                    continue;
                }
                // "Villa’s goalkeeper Emi Ruiz": the possessor is not the subject, the name after it is
                if (m.end() < ceiling && v.kind(m.end()) == TokenKind.CLITIC) {
                    int j = m.end() + 1;
                    while (j < ceiling && j < m.end() + 4 && v.isLowerWord(j) && !NounPhrases.looksLikeVerb(v, j)
                            && CueVerbs.cue(v.norm(j)) == null) {   // "Clinton’s right-hand woman rallied …"
                        j++;
                    }
                    if (j < ceiling && NounPhrases.isNameWord(v, j)) {
                        return NounPhrases.nameForward(v, j, ceiling);
                    }
                    return j > m.end() + 1 ? new Mention(i, j, Mention.Type.DESCRIPTION) : m;
                }
                // "Republican pollster Daron Shaw", "Band member Flea": a role between two names; the person is the last
                Mention person = personAfterRole(v, m, ceiling);
                if (person != null) {
                    return person;
                }
                // "Russian officials have …": a capitalised adjective before a plural noun is a description
                if (m.end() < ceiling && v.isLowerWord(m.end()) && !NounPhrases.NOT_A_HEAD.contains(v.norm(m.end()))
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

    private static final Set<String> SUBJECT_VERBS = Set.of("are", "were", "say", "said", "told", "want", "think",
            "believe", "see", "fear", "hope", "expect", "argue", "worry", "accused", "blamed");

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
                || NounPhrases.looksLikeVerb(v, k) || SUBJECT_VERBS.contains(n);
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
        while (r < ceiling && r < m.end() + 4 && v.isLowerWord(r) && !NounPhrases.NOT_A_HEAD.contains(v.norm(r))
                && CueVerbs.cue(v.norm(r)) == null && !NounPhrases.looksLikeVerb(v, r)) {
            r++;
        }
        if (r == m.end() || !isRole(v.norm(r - 1))) {
            return null;
        }
        if (r + 2 < ceiling && v.norm(r).equals("of") && v.isLowerWord(r + 1) && NounPhrases.isNameWord(v, r + 2)) {
            r += 2;   // "Former secretary of state Lena Marsh", "deputy chief of staff Ivo Lind"
        }
        return r < ceiling && NounPhrases.isNameWord(v, r) && !SpeakerResolver.CALENDAR.contains(v.norm(r))
                ? NounPhrases.nameForward(v, r, ceiling) : null;
    }

    /** A role noun, or a word shaped like one: "front-runner", "scientist", "spokesman". */
    private static boolean isRole(String n) {
        return ROLE_NOUNS.contains(n) || n.length() > 4 && (n.endsWith("er") || n.endsWith("ist")
                || n.endsWith("man") || n.endsWith("woman") || n.endsWith("ent") || n.endsWith("ant"));
    }
}
