package dev.byline.quotes;

import dev.byline.text.TokenKind;
import java.util.Set;

/**
 * A small reader of one clause: the subject of a verb, found by walking back from the verb over what cannot be its
 * subject — adverbs and auxiliaries, a parenthesis ("Sen. Alma Rooke (D) blamed"), a phrase set off by commas or dashes
 * (an appositive, a relative or participle clause, "for one"), a prepositional phrase without commas ("Ruiz in her
 * budget speech called", "an official speaking to the Herald said", "the crowd gathered in the hall followed") and the
 * verbs a coordination shares ("Ruiz, …, stood beside Berg and described …"). Fronted places and times are never reached: the walk starts at the verb.
 * {@link Attributor} and {@link PredicateSubjects} ask it where their own subject finders give up or land inside
 * such a phrase.
 */
final class ClauseSubjects {
    private ClauseSubjects() {
    }

    /** How many phrases the walk steps over before it gives up. */
    private static final int ROUNDS = 6;

    /** The longest phrase set off by commas or dashes that is stepped over, in tokens. */
    private static final int INSERTION = 30;

    /** Finite auxiliaries and copulas: a verb of the clause, and words between a subject and its main verb. */
    private static final Set<String> AUXILIARIES = WordSet.of("is", "was", "are", "were", "has", "had", "have", "will",
            "would", "could", "can", "should", "did", "does", "do", "not");

    /** Words opening a clause that is part of another clause's object: its subject speaks for nobody. */
    private static final Set<String> COMPLEMENTISERS = Set.of("that", "how", "why", "what", "whether", "if");

    private static final Set<String> POSSESSIVES = Set.of("his", "her", "its", "their", "our", "my", "your");

    private static final Set<String> RELATIVES = Set.of("who", "which", "that", "whom");

    /** Prepositions that open a phrase between a subject and its verb ("in his speech", "on Tuesday", "to the Herald"). */
    private static final Set<String> PHRASE_PREPOSITIONS = WordSet.of("in", "on", "at", "during", "to", "with", "from",
            "after", "before", "through", "via", "over", "for", "by", "throughout", "inside", "outside");

    /** Words that open a phrase set off by commas that describes the subject rather than starting a clause. */
    private static final Set<String> INSERTION_OPENERS = WordSet.of("who", "which", "whose", "a", "an", "the", "his",
            "her", "its", "their", "for", "in", "on", "at", "during", "after", "before", "like", "unlike", "as",
            "again", "once", "not", "still", "then", "now", "too", "also", "speaking", "writing", "according");

    /**
     * The subject a cue verb at {@code verb} has when {@code found}, what the subject finder read right before the
     * verb, is nothing, no person, or the object of a phrase between subject and verb; else {@code found}.
     */
    static Mention insteadOf(TextView v, boolean[] quoted, Mention found, int verb, int floor) {
        // (not past a relative: "this post from Lena Marsh who wrote" is hers, WhoAntecedents found her)
        boolean adjacent = found != null && (found.end() >= verb || !RELATIVES.contains(v.norm(found.end())));
        Mention head = adjacent ? headBeforeObject(v, found, floor) : null;
        head = head == null && (found == null || adjacent) ? DocumentPhrases.whole(v, found, verb, floor) : head;
        head = head == null && found == null ? ShareSubjects.before(v, verb, floor) : head;   // "About four in 10 said"
        if (head != null) {
            return head;   // "His critics in the Harbour Council argue": the critics, not the council
        }
        if (found != null && isPerson(v, found) && !afterPreposition(v, found, floor)) {
            return found;
        }
        Mention r = ofVerb(v, quoted, verb, floor);
        // a person nearer the verb than a found phrase that is none: "…, when Mr. Okafor, who had lost, called"
        return r != null && isPerson(v, r) && (found == null || r.end() <= found.first()
                || !isPerson(v, found) && found.end() <= r.first()) ? r : found;
    }

    /** Prepositions whose object was read as a subject while a document or person before them speaks. */
    private static final Set<String> OBJECT_PREPOSITIONS = WordSet.of("on", "in", "at", "for", "from", "by", "of");
    /** Determiners of that object: "on the harbour website", "in the Harbour Council". */
    private static final Set<String> OBJECT_DETERMINERS = Set.of("the", "a", "an", "his", "her", "its", "their");

    /**
     * "a message on the harbour website", "the appeal on Kickstarter", "His critics in the Harbour Council": when
     * {@code m}, the phrase read as a verb's subject, is the object of a preposition after a document or a person's
     * (or group's) noun, the whole phrase from that noun's description; null otherwise.
     */
    static Mention headBeforeObject(TextView v, Mention m, int floor) {
        int p = m.first() - 1;
        if (m.type() == Mention.Type.NAME && p > floor && v.isLowerWord(p) && OBJECT_DETERMINERS.contains(v.norm(p))) {
            p--;
        }
        if (p - 1 < floor || !v.isLowerWord(p) || !OBJECT_PREPOSITIONS.contains(v.norm(p)) || !v.isLowerWord(p - 1)) {
            return null;
        }
        int h = p - 1;
        int reduced = reducedRelativeHead(v, h, floor);
        if (reduced >= 0) {
            // "a leaflet just printed for dock workers explains": what the participle says of the subject, its object none
            h = reduced;
        } else if (!DocumentCues.DOCUMENTS.contains(v.norm(h)) && !ClauseActors.isPersonHead(v.norm(h))) {
            return null;
        }
        Mention d = NounPhrases.descriptionBackward(v, h, floor);
        if (d == null || d.first() - 2 >= floor && v.isPunct(d.first() - 1, ",") && NounPhrases.isNameWord(v, d.first() - 2)) {
            return null;   // "Sam Lau, the director for the Iowa party said": an appositive, the name before it speaks
        }
        return new Mention(d.first(), m.end(), Mention.Type.DESCRIPTION);
    }

    private static boolean afterPreposition(TextView v, Mention m, int floor) {
        int p = m.first() - 1;
        if (p > floor && v.isLowerWord(p) && NounPhrases.DETERMINERS.contains(v.norm(p))) {
            p--;
        }
        return p >= floor && v.isLowerWord(p) && PHRASE_PREPOSITIONS.contains(v.norm(p));
    }

    /**
     * The subject of the verb at {@code verb} (not before {@code floor}), or null when the walk back meets a quotation,
     * the floor, or a comma that does not close a phrase describing the subject.
     */
    static Mention ofVerb(TextView v, boolean[] quoted, int verb, int floor) {
        int k = verb - 1;
        boolean progressive = v.norm(verb).endsWith("ing");
        for (int round = 0; round < ROUNDS; round++) {
            while (k >= floor && v.isLowerWord(k) && (CueVerbs.betweenSubjectAndVerb(v.norm(k))
                    || AUXILIARIES.contains(v.norm(k)))) {
                if (round == 0 && !progressive && CueVerbs.PASSIVE.contains(v.norm(k))) {
                    return null;   // "leaders are often told what they want to hear": a passive has no speaking subject
                }
                k--;
            }
            if (k < floor || quoted[k] || v.kind(k) == TokenKind.QUOTE) {
                return null;
            }
            if (v.isPunct(k, ")")) {
                int open = k - 1;
                while (open > floor && open > k - 8 && !v.isPunct(open, "(")) {
                    open--;
                }
                if (!v.isPunct(open, "(")) {
                    return null;
                }
                k = open - 1;   // "Sen. Alma Rooke (D-Ore.) blamed": the party label
                continue;
            }
            if (v.isPunct(k, ",") || v.kind(k) == TokenKind.DASH) {
                int b = insertionStart(v, quoted, k, floor);
                if (b < 0 || !isInsertion(v, b + 1, k)) {
                    return null;
                }
                k = b - 1;   // "Ana Ruiz, the former harbour master, proposed", "Berg, delivering the speech, asked"
                continue;
            }
            String n = v.norm(k);
            if ((n.equals("and") || n.equals("but")) && v.isLowerWord(k) && k - 1 >= floor && v.isPunct(k - 1, ",")) {
                return shared(v, quoted, k - 1, floor);
            }
            Mention m = SubjectPhrases.endingAt(v, k, floor);
            if (m == null) {
                return null;
            }
            if (m.type() == Mention.Type.DESCRIPTION && m.first() - 1 >= floor && v.isLowerWord(m.first() - 1)
                    && POSSESSIVES.contains(v.norm(m.first() - 1))) {
                m = new Mention(m.first() - 1, m.end(), Mention.Type.DESCRIPTION);   // "her office"
            }
            int p = m.first() - 1;
            if (p > floor && m.type() == Mention.Type.NAME && v.isLowerWord(p) && NounPhrases.DETERMINERS.contains(v.norm(p))) {
                p--;   // "to the Herald"
            }
            if (p - 1 >= floor && v.isLowerWord(p) && PHRASE_PREPOSITIONS.contains(v.norm(p))
                    && (!isPerson(v, m) || !NounPhrases.INNER_PREPOSITIONS.contains(v.norm(p)) && !v.norm(p).equals("to"))
                    && opensPhraseAfterSubject(v, p) && !(NounPhrases.INNER_PREPOSITIONS.contains(v.norm(p))
                        && v.isCapitalised(p - 1) && v.isCapitalised(p + 1))) {
                // ("Club for Growth": a preposition between two capitalised words is inside a name)
                // "Mayor Ruiz in her budget speech called": the phrase's object is not the subject
                k = p - 1;
                continue;
            }
            if (p - 2 >= floor && v.isLowerWord(p) && PHRASE_PREPOSITIONS.contains(v.norm(p))
                    && participle(v, p - 1)) {
                k = p - 2;   // "an official speaking to the Herald said": the participle's object is not the subject
                continue;
            }
            // ("declined to comment": not after "to", which opens an infinitive as often as a phrase)
            int reduced = p - 2 >= floor && v.isLowerWord(p) && PHRASE_PREPOSITIONS.contains(v.norm(p))
                    && !v.norm(p).equals("to") ? reducedRelativeHead(v, p - 1, floor) : -1;
            if (reduced >= 0) {
                k = reduced;   // "the crowd gathered in the Harbour Hall followed": a past participle's phrase
                continue;
            }
            return m;
        }
        return null;
    }

    /**
     * The subject a verb or participle after {@code k} shares with the nearest finite verb at or before {@code k}
     * ("Ruiz …, stood beside Berg, and described", "when dock workers interrupted her speech, shouting"); when that
     * verb sits in a clause another verb reports ("Vos said she had been, and said", "Ruiz thinks the mayor erred,
     * adding"), the reporting verb's subject. Null when there is none.
     */
    static Mention shared(TextView v, boolean[] quoted, int k, int floor) {
        int other = verbBefore(v, quoted, k, floor);
        Mention m = other < 0 ? null : ofVerb(v, quoted, other, floor);
        if (m == null) {
            return null;
        }
        int r = m.first() - 1;
        if (r > floor && COMPLEMENTISERS.contains(v.norm(r)) && v.isLowerWord(r)) {
            // "Menendez rejected the notion that Democrats could …, arguing", "… no details about how he planned …"
            int outer = verbBefore(v, quoted, r - 1, floor);
            return outer < 0 ? null : ofVerb(v, quoted, outer, floor);
        }
        if (r >= floor && isFiniteVerb(v, r)) {
            return ofVerb(v, quoted, r, floor);   // the reported clause's subject is not the one who said it
        }
        return m;
    }

    /**
     * The subject of the clause a quotation opening at {@code open} sits in: that of the nearest finite verb before it
     * (a participle shares the subject of the verb before it: "the engineer ended her talk by quoting a proverb:"),
     * or null.
     */
    static Mention beforeQuote(TextView v, boolean[] quoted, int from, int open) {
        int verb = verbBefore(v, quoted, open - 1, from);
        int k = verb - 1;
        while (k >= from && v.isLowerWord(k) && (CueVerbs.betweenSubjectAndVerb(v.norm(k)) || AUXILIARIES.contains(v.norm(k)))) {
            k--;
        }
        if (verb < 0 || k >= from && RELATIVES.contains(v.norm(k))) {
            return null;   // "portrayed him as an executive who would be “…”": a relative clause inside the object
        }
        Mention m = ofVerb(v, quoted, verb, from);
        for (int r = m == null ? -1 : m.first() - 1; r >= from && r >= m.first() - 4 && v.isWord(r); r--) {
            if (v.isLowerWord(r) && (v.norm(r).equals("whose") || v.norm(r).equals("whom"))) {
                return null;   // "McCain, whose war record Trump belittled, with a “…” theme": the relative clause's subject
            }
        }
        return m;
    }

    /** The nearest finite verb at or before {@code k} (not before {@code floor}) in its sentence part, or -1. */
    static int verbBefore(TextView v, boolean[] quoted, int k, int floor) {
        for (int j = k; j >= floor && j > k - Attributor.REACH; j--) {
            if (quoted[j] || v.isPunct(j, ";:")) {
                return -1;
            }
            if (isFiniteVerb(v, j)) {
                return j;
            }
        }
        return -1;
    }

    /** A lower-case word that reads as a finite verb: a cue verb (not a noun), an auxiliary, a past form. */
    static boolean isFiniteVerb(TextView v, int j) {
        if (!v.isLowerWord(j) || participle(v, j)) {
            return false;
        }
        String n = v.norm(j);
        return AUXILIARIES.contains(n) && !n.equals("not") || NounPhrases.looksLikeVerb(v, j)
                || CueVerbs.cue(n) != null && !CueAsNoun.at(v, j) && !CueVerbs.isParticiple(n);
    }

    /** Adverbs that may stand between a noun and the participle describing it ("a leaflet just printed"). */
    private static final Set<String> PARTICIPLE_ADVERBS = Set.of("just", "recently", "newly", "first", "once", "later",
            "previously", "then", "widely", "hastily", "quietly");

    /**
     * "a textbook just published for pupils", "the crowd gathered in the hall": when the word at {@code j} is a past
     * participle ("-ed", no auxiliary before it) right after a common noun (adverbs between), the index of that noun,
     * whose reduced relative clause the participle opens; else -1.
     */
    private static int reducedRelativeHead(TextView v, int j, int floor) {
        String n = v.norm(j);
        if (!v.isLowerWord(j) || n.length() <= 4 || !n.endsWith("ed") || n.endsWith("eed")) {
            return -1;
        }
        int k = j - 1;
        while (k > floor && v.isLowerWord(k) && (PARTICIPLE_ADVERBS.contains(v.norm(k)) || v.norm(k).endsWith("ly")
                && v.norm(k).length() >= 5)) {
            k--;
        }
        if (k < floor || !v.isWord(k)) {
            return -1;
        }
        String before = v.norm(k);
        // (a common noun only: after a name, "-ed" is its finite verb, "Carson appeared on Sunday shows amid …")
        boolean noun = v.isLowerWord(k) && !AUXILIARIES.contains(before)
                && !CueVerbs.PASSIVE.contains(before) && !NounPhrases.CLOSED_CLASS.contains(before)
                && !RELATIVES.contains(before) && !CueVerbs.BETWEEN_SUBJECT_AND_VERB.contains(before)
                && !NounPhrases.SUBJECT_PRONOUNS.contains(before) && !POSSESSIVES.contains(before)
                && !before.equals("and") && !before.equals("or") && !before.equals("but")
                && !NounPhrases.looksLikeVerb(v, k);
        return noun ? k : -1;
    }

    private static boolean participle(TextView v, int j) {
        String n = v.norm(j);
        return v.isLowerWord(j) && n.length() > 4 && n.endsWith("ing");
    }

    /** The comma or dash that opens the phrase closing at {@code close}, or -1 if none does within reach. */
    private static int insertionStart(TextView v, boolean[] quoted, int close, int floor) {
        boolean dash = v.kind(close) == TokenKind.DASH;
        boolean parenthesis = false;
        for (int b = close - 1; b >= floor && b > close - INSERTION; b--) {
            parenthesis |= v.isPunct(b, ")");
            int open = parenthesis ? -1 : shortQuotationOpen(v, quoted, b, floor);
            if (open >= 0) {
                // "Lind, wearing a cap and “No Levy” badges, said": a title or label inside the phrase (not inside a
                // parenthesis, whose own commas open no phrase of the subject's: "(like Plouffe, who called it “…”)")
                b = open;
                continue;
            }
            if (quoted[b] || v.kind(b) == TokenKind.QUOTE || v.isPunct(b, ".;:") && !v.isInnerDot(b)
                    && !abbreviation(v, b)) {
                return -1;
            }
            if (dash ? v.kind(b) == TokenKind.DASH : v.isPunct(b, ",")) {
                return b;
            }
        }
        return -1;
    }

    /** The most words a quotation inside a set-off phrase may have: a title or a label, not a quoted remark. */
    private static final int INNER_QUOTATION = 6;

    /**
     * When token {@code b} closes a short quotation (a few words, no sentence stop) that opens after {@code floor},
     * the index of its opening mark; else -1.
     */
    private static int shortQuotationOpen(TextView v, boolean[] quoted, int b, int floor) {
        if (!quoted[b] || v.kind(b) != TokenKind.QUOTE || !v.closesQuotation(b)) {
            return -1;
        }
        for (int o = b - 1; o > floor && o >= b - INNER_QUOTATION - 1; o--) {
            if (!quoted[o] || v.isPunct(o, ".!?;:")) {
                return -1;
            }
            if (v.kind(o) == TokenKind.QUOTE) {
                return v.opensQuotation(o) && o + 1 < b ? o : -1;
            }
        }
        return -1;
    }

    /** "Sen.", "Ore.": a full stop glued to a short capitalised word. */
    private static boolean abbreviation(TextView v, int b) {
        return b > 0 && v.isCapitalised(b - 1) && v.end(b - 1) == v.start(b) && v.text(b - 1).length() <= 4;
    }

    /**
     * True if the tokens {@code from} to {@code to} (exclusive) describe the subject rather than open a clause: a
     * relative or participle clause, an appositive, a prepositional phrase, an age, "for one", "again falsely".
     */
    private static boolean isInsertion(TextView v, int from, int to) {
        if (from >= to) {
            return false;
        }
        String n = v.norm(from);
        if (v.kind(from) == TokenKind.NUMBER || INSERTION_OPENERS.contains(n)) {
            return true;
        }
        return v.isLowerWord(from) && (participle(v, from) || n.endsWith("ed") || n.endsWith("ly"));
    }

    /** True if the preposition at {@code p} follows the end of a noun phrase that can be a subject. */
    private static boolean opensPhraseAfterSubject(TextView v, int p) {
        int k = p - 1;
        String n = v.norm(k);
        return NounPhrases.isNameWord(v, k) || NounPhrases.SUBJECT_PRONOUNS.contains(n)
                || v.isLowerWord(k) && ClauseActors.isPersonHead(n);
    }

    /** A name, a personal pronoun, or a description headed by a person or group noun. */
    static boolean isPerson(TextView v, Mention m) {
        return switch (m.type()) {
            case PRONOUN -> !v.norm(m.first()).equals("it");
            // "Several waved …": a word capitalised only where it opens the sentence is no name
            case NAME -> m.end() - m.first() > 1 || m.first() != v.sentenceStart(m.first()) || !v.seenInLowerCaseAt(m.first());
            default -> ClauseActors.isPersonHead(v.norm(m.end() - 1));
        };
    }
}
