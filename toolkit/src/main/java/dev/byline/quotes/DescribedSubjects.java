package dev.byline.quotes;

import dev.byline.text.TokenKind;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * A definite description speaking right after a sentence about one named person is that person: "Brandvik warned
 * against a long count. “…,” the Vermont senator said." News writes the person's name once and then a description of
 * them, though the article may never write the two together ("Sen. Olle Brandvik" nowhere). Read back from the
 * description over its own sentence and, when that names no one outside quotation marks, the sentences before it (four
 * at most, this paragraph and the one before): of the people named there outside quotation marks exactly one may be
 * a speaker (the subject of a speech verb, "Brandvik warned", "“…,” Holloway said", or of any verb once quoted, or the
 * one a speech verb addresses, "asked Kasich"), and the description must not contradict them: no role the article
 * gave them that the description leaves out ("Mayor Ilse Dunmore" is not "the senator"), no other gender. People
 * named otherwise ("had beaten Marit Holloway") do not make it two. A sentence opening with a person who has not
 * spoken ("Holloway disbanded the unit.") is read past to the speaker before it, unless that speaker is named again
 * in it; a sentence whose speaker is not named ("Another worshipper … said") ends the reading. A second speaker, a
 * person named only as an object ("Police arrested Olle Brandvik"), a description of someone who speaks for, asks or
 * reports on others ("the spokesman", "the host", "the officer"), or one that introduces someone ("the organizer of a
 * rally") leaves the description as written.
 */
final class DescribedSubjects {
    /** Sentences read back before the description's own, at most. */
    private static final int SENTENCES_BACK = 4;
    /** Paragraphs read back before the description's own, at most. */
    private static final int PARAGRAPHS_BACK = 1;

    /** Roles of people who speak for, question, report on or deal with the person a sentence is about. */
    private static final Set<String> ANOTHER_PERSON = Set.of("source", "spokesman", "spokeswoman", "spokesperson",
            "aide", "adviser", "advisor", "lawyer", "attorney", "counsel", "host", "co-host", "anchor", "reporter",
            "correspondent", "moderator", "interviewer", "editor", "journalist", "columnist", "narrator", "official",
            "officer", "staffer", "strategist", "pollster", "analyst", "expert", "voter", "supporter", "resident",
            "member", "protester", "witness", "friend", "manager", "director", "operative", "consultant", "prosecutor",
            "commentator", "observer", "critic", "opponent", "rival", "challenger", "interpreter", "translator",
            "insider");
    /** Offices a person holds one of at a time: a description naming one contradicts a person given another. */
    private static final Set<String> OFFICES = Set.of("senator", "governor", "president", "mayor", "congressman",
            "congresswoman", "representative", "judge", "justice", "secretary", "minister", "ambassador", "chancellor",
            "premier", "king", "queen", "pope", "speaker", "commissioner", "general", "admiral", "sheriff");
    /** Last words of organisations' names, beside {@link SpeakerCandidates#BODY_WORDS}. */
    private static final Set<String> ORGANISATION_WORDS = Set.of("inc", "inc.", "corp", "corp.", "co", "co.", "llc",
            "technologies", "tower", "building", "hall", "tribune", "herald", "daily", "review", "club", "church", "hospital", "force", "army",
            "navy", "police", "school", "college", "institution", "alliance", "coalition", "caucus", "pac");
    /** Words before a name that make it an object, not a subject: prepositions and clause words. */
    private static final Set<String> BEFORE_AN_OBJECT = Set.of("of", "in", "at", "from", "for", "with", "near", "on",
            "to", "by", "into", "against", "about", "than", "like", "over", "between", "among", "toward", "towards",
            "that", "as", "the", "a", "an", "and", "or", "nor", "but", "after", "before", "under", "behind",
            "without", "via", "per", "beside", "besides", "including", "inside", "outside", "within", "across",
            "around", "through", "during", "since", "until", "unlike", "despite", "beyond", "upon");
    /** Words opening a clause that is not the sentence's main one. */
    private static final Set<String> SUBORDINATORS = Set.of("as", "when", "while", "after", "before", "although",
            "though", "because", "if", "since", "once", "until", "whereas", "whether", "unless");
    /** Auxiliaries and copulas a subject's verb opens with. */
    private static final Set<String> AUXILIARIES = Set.of("is", "was", "has", "had", "have", "will", "would", "could",
            "can", "did", "does", "do", "should", "may", "might", "must", "also", "then", "later", "first", "again",
            "and", "never", "once", "quickly", "repeatedly", "often", "still");

    private final TextView v;
    private final Function<Mention, String> nameOf;
    private final ToIntFunction<String> genderOf;
    private final Predicate<String> spoke;
    private final ArticleRoles roles;

    /**
     * {@code nameOf} gives a name mention's person (fullest name, no titles; empty if none), {@code genderOf} m, f or ?
     * for a person as the article shows it, {@code spoke} whether a person has been a quotation's speaker so far.
     */
    DescribedSubjects(TextView v, Function<Mention, String> nameOf, ToIntFunction<String> genderOf,
            Predicate<String> spoke, ArticleRoles roles) {
        this.v = v;
        this.nameOf = nameOf;
        this.genderOf = genderOf;
        this.spoke = spoke;
        this.roles = roles;
    }

    /** The one person the definite description {@code d} (head noun {@code head}) stands for, as above; else null. */
    String personFor(Mention d, String head) {
        if (!v.norm(d.first()).equals("the") || d.end() - d.first() < 2 || ANOTHER_PERSON.contains(head)
                || head.endsWith("s") || !ArticleRoles.isPersonRole(head)) {
            return null;   // "the senators", "the campaign", "the spokesman"
        }
        Set<String> words = new java.util.HashSet<>();
        for (int k = d.first() + 1; k < d.end(); k++) {
            if (v.kind(k) == TokenKind.CLITIC || v.norm(k).endsWith("'s") || v.norm(k).endsWith("\u2019s")) {
                return null;   // "the senator's chief of staff" is another person
            }
            if (v.isWord(k)) {
                words.add(ArticleRoles.roleWord(v.norm(k)));
            }
            if (k > d.first() + 1 && NounPhrases.INNER_PREPOSITIONS.contains(v.norm(k)) && k + 1 < d.end()
                    && (nameWithin(k + 1, d.end()) || v.norm(k + 1).equals("a") || v.norm(k + 1).equals("an"))) {
                return null;   // "the attorney general of the state of New York", "the organizer of a rally": someone new
            }
        }
        if (!atCue(d)) {
            return null;   // "When the team leader realized …": only the speaker of a cue ("the senator said")
        }
        char wanted = head.endsWith("woman") ? 'f' : head.endsWith("man") ? 'm' : '?';
        int end = d.first();
        int paragraph = v.paragraphOf(end);
        int from = v.sentenceStart(end);
        Map<String, Boolean> named = new LinkedHashMap<>();   // by person: whether shown as a subject
        boolean introduced = collect(from, end, named, head);
        if (!named.isEmpty() || introduced) {
            return null;   // "Trump endured a lecture from the Mexican president, who said": one clause, two people
        }
        // back over sentences that name no one, and over one that opens with a person who has not spoken ("De Blasio
        // disbanded the unit."), to one that names a speaker; a person the passed sentences name is then no answer
        Set<String> passed = new java.util.HashSet<>();
        for (int back = 0; !named.containsValue(true) && back < SENTENCES_BACK && from > 0; back++) {
            if (back > 0 && unnamedSpeaker(from, named)) {
                break;   // "Another worshipper who … said he heard Lind …": someone it does not name spoke
            }
            passed.addAll(named.keySet());
            int s = v.sentenceStart(from - 1);
            if (v.paragraphOf(s) < paragraph - PARAGRAPHS_BACK) {
                break;
            }
            if (collect(s, from, named, head)) {
                return null;
            }
            from = s;
        }
        String one = null;
        for (Map.Entry<String, Boolean> e : named.entrySet()) {
            String who = e.getKey();
            int g = genderOf.applyAsInt(who);
            if (wanted != '?' && g != '?' && g != wanted) {
                continue;
            }
            if (!java.util.Collections.disjoint(words, OFFICES)) {
                Set<String> heads = roles.headsOf(who, end);
                if (!java.util.Collections.disjoint(heads, OFFICES) && java.util.Collections.disjoint(heads, words)) {
                    continue;   // "Mayor Ilse Dunmore" is not "the senator"
                }
            }
            if (!e.getValue()) {
                continue;   // named, but neither a speech verb's subject nor a speaker so far
            }
            if (one != null || passed.contains(who)) {
                return null;   // two people fit, or one named again after the speaker ("Reid defended Cruz")
            }
            one = who;
        }
        return one;
    }

    /**
     * True if the sentence at {@code s}, read back over, names people ({@code named}) but does not open with one of
     * them, or has a speech verb outside quotation marks while naming no one: its subject is someone else.
     */
    private boolean unnamedSpeaker(int s, Map<String, Boolean> named) {
        if (!named.isEmpty()) {
            return !NounPhrases.isNameWord(v, s) || NounPhrases.DETERMINERS.contains(v.norm(s))
                    || !opensWithOneOf(s, named.keySet());   // "Another Muslim who …" is no name
        }
        boolean quoted = insideQuotation(s);
        for (int k = s; k < v.size() && v.sentenceStart(k) == s; k++) {
            if (v.kind(k) == TokenKind.QUOTE) {
                if (v.opensQuotation(k) && !v.closesQuotation(k)) {
                    quoted = true;
                } else if (v.closesQuotation(k)) {
                    quoted = false;
                }
            } else if (!quoted && v.isLowerWord(k) && CueVerbs.cue(v.norm(k)) != null) {
                return true;
            }
        }
        return false;
    }

    /** True if the sentence at {@code s} opens with a name whose last word ends one of {@code people}'s names. */
    private boolean opensWithOneOf(int s, Set<String> people) {
        String last = v.text(NounPhrases.nameForward(v, s, v.size()).end() - 1);
        for (String p : people) {
            if (p.equals(last) || p.endsWith(" " + last)) {
                return true;
            }
        }
        return false;
    }

    /** Adds the people named outside quotation marks in tokens {@code from} to {@code to}. */
    private boolean collect(int from, int to, Map<String, Boolean> named, String head) {
        boolean headSeen = false;
        boolean quoted = insideQuotation(from);
        for (int k = from; k < to; k++) {
            if (k > from && v.paragraphOf(k) != v.paragraphOf(k - 1)) {
                quoted = false;
            }
            if (v.kind(k) == TokenKind.QUOTE) {
                if (v.opensQuotation(k) && !v.closesQuotation(k)) {
                    quoted = true;
                } else if (v.closesQuotation(k)) {
                    quoted = false;
                }
                continue;
            }
            if (!quoted && v.isLowerWord(k) && (v.norm(k).equals(head) || v.norm(k).equals(head + "s"))) {
                headSeen = true;   // "a fashion designer for the company watched …": "the designer" is that one
            }
            if (quoted || !NounPhrases.isNameWord(v, k)) {
                continue;
            }
            Mention run = NounPhrases.nameForward(v, k, to);
            k = run.end() - 1;
            int first = run.first();
            while (first + 1 < run.end() && first == v.sentenceStart(first) && v.seenInLowerCaseAt(first)) {
                first++;   // "Wherever Ada Vos goes": a sentence's first word the article writes in lower case
            }
            run = new Mention(first, run.end(), Mention.Type.NAME);
            if (run.end() - run.first() == 1 && v.has(run.first(), WordClasses.CALENDAR)) {
                continue;
            }
            String who = nameOf.apply(run);
            if (who == null || who.isEmpty()) {
                continue;
            }
            boolean titled = v.has(run.first(), WordClasses.TITLE) || run.first() > 0 && v.isLowerWord(run.first() - 1)
                    && ArticleRoles.isPersonRole(v.norm(run.first() - 1)) && !v.has(run.first() - 1, WordClasses.CLOSED);
            boolean fullName = who.indexOf(' ') > 0 && !organisation(who) && !v.seenInLowerCaseAt(run.first())
                    && !v.seenInLowerCaseAt(run.end() - 1);
            if (genderOf.applyAsInt(who) != '?' || titled || fullName) {
                // the subject of a speech verb ("Brandvik warned", "“…,” Holloway said") or of any verb when quoted
                // before ("Rubio sought to …"): not "De Blasio disbanded the unit" before "the Republican presidential
                // candidate said" when De Blasio has said nothing
                int verb = verbAfterSubject(run);
                // "Hannity asked Kasich, who …": the one asked may be the one who answers
                boolean asked = run.first() > 0 && v.isLowerWord(run.first() - 1)
                        && CueVerbs.cue(v.norm(run.first() - 1)) != null;
                boolean eligible = asked || verb >= 0 && (CueVerbs.cue(v.norm(verb)) != null || spoke.test(who));
                named.merge(who, eligible, Boolean::logicalOr);
            }
        }
        return headSeen;
    }

    private static boolean organisation(String name) {
        String last = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
        return SpeakerCandidates.BODY_WORDS.contains(last) || ORGANISATION_WORDS.contains(last);
    }

    /**
     * The verb (or its auxiliary, or "and") the name {@code run} is the subject of, -1 if none: not after a
     * preposition, a verb or a clause word, and before the verb past a party and state in brackets or an apposition
     * set off by commas ("Sen. Ada Vos (R-Vt.) said", "Vos, 61, the party's nominee, warned").
     */
    private int verbAfterSubject(Mention run) {
        int p = run.first() - 1;
        if (p >= 0 && p >= v.sentenceStart(run.first()) && v.isWord(p) && SUBORDINATORS.contains(v.norm(p))) {
            return -1;   // "As Ivanka Lind spoke, a designer watched": the subject of a clause that is not the main one
        }
        if (p >= 0 && p >= v.sentenceStart(run.first()) && v.isLowerWord(p)) {
            String n = v.norm(p);
            if (BEFORE_AN_OBJECT.contains(n) || CueVerbs.cue(n) != null || NounPhrases.looksLikeVerb(v, p)) {
                return -1;
            }
        }
        int z = run.end();
        if (z < v.size() && v.isPunct(z, "(")) {
            int close = z + 1;
            while (close < v.size() && close < z + 8 && !v.isPunct(close, ")")) {
                close++;
            }
            z = close < v.size() && v.isPunct(close, ")") ? close + 1 : z;
        }
        z = WrittenPeople.afterApposition(v, z);
        if (z >= v.size() || !v.isLowerWord(z)) {
            return -1;
        }
        String n = v.norm(z);
        return AUXILIARIES.contains(n) || CueVerbs.cue(n) != null || NounPhrases.looksLikeVerb(v, z) ? z : -1;
    }

    /** True if the description {@code d} is a cue's subject: a cue verb right after it (past an adverb) or before it. */
    private boolean atCue(Mention d) {
        int z = d.end();
        while (z < v.size() && v.isLowerWord(z) && CueVerbs.BETWEEN_SUBJECT_AND_VERB.contains(v.norm(z))
                && z < d.end() + 2) {
            z++;
        }
        if (z < v.size() && v.isLowerWord(z) && CueVerbs.cue(v.norm(z)) != null) {
            return true;
        }
        int p = d.first() - 1;
        return p >= 0 && v.isLowerWord(p) && CueVerbs.cue(v.norm(p)) != null;
    }

    /** True if a name word stands within three tokens from {@code k}, before {@code end}. */
    private boolean nameWithin(int k, int end) {
        for (int j = k; j < end && j < k + 3; j++) {
            if (v.isCapitalised(j) && NounPhrases.isNameWord(v, j)) {
                return true;
            }
        }
        return false;
    }

    /** True if the nearest quotation mark before token {@code k} in its paragraph opens a quotation. */
    private boolean insideQuotation(int k) {
        int paragraph = v.paragraphOf(k);
        for (int j = k - 1; j >= 0 && v.paragraphOf(j) == paragraph; j--) {
            if (v.kind(j) == TokenKind.QUOTE) {
                return v.opensQuotation(j) && !v.closesQuotation(j);
            }
        }
        return false;
    }
}
