package dev.byline.quotes;

import dev.byline.text.TokenKind;
import java.util.Set;

/**
 * Finds the cue verb and speaker mention for a quotation, or for any cue verb in a sentence.
 *
 * <p>The cue may stand after the quotation (“…,” Rosin said / “…,” said Alexander Gabuev, director
 * of …) or before it (He added: “…” / Rosin said the idea “is so deep”); the nearer one wins, and
 * the text inside other quotations is never read as attribution.
 */
final class Attributor {

    /**
     * How far from a quotation a cue is looked for, in tokens: news puts attribution within a
     * clause or two of the quote, and the bound keeps run-on input (no full stops) linear.
     */
    static final int REACH = 60;

    private final TextView v;
    private final boolean[] quoted;

    private final MannerCues manner;

    Attributor(TextView v, boolean[] quoted) {
        this.v = v;
        this.quoted = quoted;
        this.manner = new MannerCues(v, quoted);
    }

    /**
     * The attribution of a quoted stretch, looking in its own sentence(s) only; a report the cue is
     * relayed through ("…,” she said, according to a pool report), or a poll its speaker's share of a group
     * answered ("31% of voters said …" in a poll), is the source.
     */
    Attribution forQuote(MarkedSpan s) {
        Attribution owner = SpeechNounOwners.of(v, quoted, s);   // "Trump's claim that Obama “founded ISIS”"
        owner = owner != null ? owner : Chants.of(v, quoted, s);   // "the crowd took up the chant “…”"
        return PollRespondents.relay(v, quoted, ReportedVia.outer(v, quoted, this, s, owner != null ? owner : ownCue(s)));
    }

    /** The cue and speaker of a quoted stretch as its own sentence(s) give them. */
    private Attribution ownCue(MarkedSpan s) {
        // "Rubio fired back forcefully: “…”": a verb of manner right before the marks outranks any cue further away
        Attribution direct = manner.phrasalVerbBefore(s);
        if (direct != null) {
            return direct;
        }
        int after = s.last() + 1;
        int afterEnd = after < v.size() ? Math.min(Math.max(v.sentenceEnd(s.last()), after), after + REACH) : after;
        int ownSentenceEnd = afterEnd;
        if (after < v.size() && afterEnd == after && endsInsideWithStop(s) && v.paragraphOf(after) == s.paragraph()) {
            // “… win?” Sanders replied. The question or full stop inside the marks ended the sentence,
            // but the attribution right after it still belongs to the quote: look at its first words
            afterEnd = Math.min(v.sentenceEnd(after), after + ATTRIBUTION_WORDS);
        }
        // the nearest cue on each side, but a strong cue ("said") further away beats a weak one ("promised")
        Attribution post = null;
        for (int j = after; j < afterEnd && j < v.size(); j++) {
            if (quoted[j]) {
                continue;   // “A,” the more people understand “B,” he said: both halves are his
            }
            Attribution a = atCue(j, after, afterEnd);
            if (a != null && j >= ownSentenceEnd && !endsAttribution(a)) {
                a = null;   // "…” Some allies suggested that …": the next sentence is a report of its own
            }
            if (a != null && (post == null || !isStrong(post) && isStrong(a))) {
                post = a;
                if (isStrong(a)) {
                    break;
                }
            }
        }
        Attribution pre = null;
        int floor = Math.max(v.sentenceStart(s.open()), s.open() - 2 * REACH);
        for (int j = s.open() - 1; j >= Math.max(floor, s.open() - REACH); j--) {
            if (quoted[j]) {
                continue;
            }
            Attribution a = atCue(j, floor, s.open());
            if (a == null && introducesDirectly(j, s.open())) {
                a = infinitiveCue(j, floor);
            }
            if (a != null && (pre == null || !isStrong(pre) && isStrong(a))) {
                pre = a;
                if (isStrong(a) || introducesDirectly(j, s.open()) || opensCoordinatedClause(a)) {
                    // "a man yelled “Stay there!”": a cue right before the marks is the quote's own; "Ruiz said …, and
                    // Okafor vowed to “…”": a clause of its own, its subject named, ends the search for a stronger cue
                    break;
                }
            }
        }
        Attribution with = WithClauses.of(v, quoted, s);
        if (with != null && (post == null || post.cue() >= ownSentenceEnd)) {
            return with;   // "…, with Okafor taking to the radio to call the board “…”": the clause after "with" speaks
        }
        if (pre != null && NamingSpeech.namesQuote(v, pre, s.open())) {
            return pre;   // "Ruiz refers to the mayor as “Mr. Vance,” while the mayor calls her …": the naming is Ruiz's
        }
        if (pre != null && post != null && coordinatedAfter(s, post)) {
            return pre;   // "Durbin said he “…,” and he said he hoped …": the cue after "and" opens a clause of its own
        }
        if (pre == null && post != null && coordinatedAfter(s, post) && s.open() > v.sentenceStart(s.open())) {
            return null;   // "Cruz accuses Obama of “leading from behind” and Trump says …": the quote is in Cruz's clause
        }
        if (pre != null && post != null && post.cue() >= ownSentenceEnd && introducesDirectly(pre.cue(), s.open())) {
            return pre;   // "Lind tweeted, “…” This sort of remark, the board claimed, …": the next sentence's cue is its own
        }
        if (pre != null && post != null && isStrong(pre) != isStrong(post)) {
            return isStrong(pre) ? pre : post;   // "she said the council had promised a “review”": said wins
        }
        if (pre == null && post == null) {
            Attribution c = colon(s);
            c = c != null ? c : BracketCredit.orSignOff(v, s);
            c = c != null ? c : manner.verbAfter(s);
            return c != null ? c : InvertedVerbs.after(v, quoted, s);   // "“Sunk!” blared the front page of the Gazette"
        }
        if (pre == null) {
            return post;
        }
        if (post == null) {
            return pre;
        }
        int preDistance = s.open() - pre.cue();
        int postDistance = post.cue() - s.last();
        return preDistance < postDistance ? pre : post;
    }

    /**
     * "Mr. Dane was prompted to say, ''…''": a cue in the infinitive right before the quotation; the
     * subject of the clause speaks. Only for quotations: "declined to say whether …" reports nothing.
     */
    private Attribution infinitiveCue(int j, int floor) {
        if (j - 1 <= floor || !v.norm(j - 1).equals("to") || CueVerbs.cue(v.norm(j)) == null || !v.isLowerWord(j)) {
            return null;
        }
        Mention m = mainSubject(j, floor);
        return m == null ? null : new Attribution(m, j, v.text(j));
    }

    /**
     * True if the cue's subject, a name or pronoun before it, opens a clause after "and" or "but", or after a
     * subordinator ("…, when Mr. Okafor, who had lost the vote, called for a “war”": that clause speaks).
     */
    private boolean opensCoordinatedClause(Attribution a) {
        int k = a.mention().first() - 1;
        return k >= 0 && a.cue() >= a.mention().end() && a.mention().type() != Mention.Type.DESCRIPTION
                && (v.norm(k).equals("and") || v.norm(k).equals("but") || SUBORDINATORS.contains(v.norm(k)))
                && v.isLowerWord(k);
    }

    private static final Set<String> SUBORDINATORS = Set.of("when", "while", "whereas", "after", "because",
            "although", "though", "until");

    /** True if only punctuation (a comma or colon) stands between cue {@code j} and the opening mark. */
    private boolean introducesDirectly(int j, int open) {
        for (int k = j + 1; k < open; k++) {
            if (!v.isPunct(k, ",:")) {
                return false;
            }
        }
        return true;
    }

    /** True if "and" or "but" stands between the quotation's close and the attribution after it. */
    private boolean coordinatedAfter(MarkedSpan s, Attribution post) {
        int from = s.last() + 1;
        int to = Math.min(post.cue(), post.mention().first());
        for (int k = from; k < to && k < from + 3; k++) {
            String n = v.norm(k);
            if (n.equals("and") || n.equals("but")) {
                return true;
            }
            if (v.isWord(k)) {
                return false;
            }
        }
        return false;
    }

    /**
     * How many tokens of the next sentence may hold the attribution of a quote that ended the previous one:
     * a name and its appositive ("Kell, the head of the Rise Forward fund, tweeted").
     */
    private static final int ATTRIBUTION_WORDS = 12;

    private static final Set<String> ATTRIBUTION_ENDERS = Set.of("in", "on", "at", "during", "after", "before",
            "from", "as", "while", "when", "to", "of", "about");

    /**
     * True if nothing but punctuation, a quotation or a circumstance follows the cue and its speaker
     * ("Biden said."), or the cue's listener does ("Biden told reporters", "Biden asked the panel"), or what
     * the words were about or to whom ("Berg said to Harbor Radio", "Ruiz said of the board").
     */
    private boolean endsAttribution(Attribution a) {
        int k = Math.max(a.cue(), a.mention().end() - 1) + 1;
        if (k >= v.size() || v.sentenceStart(k) != v.sentenceStart(a.cue())) {
            return true;
        }
        if (v.isPunct(k, ":")) {
            return false;   // "…,” Ms. Ode said. “…” Mr. Ruiz said: “…”: a colon hands the cue to the words after it
        }
        CueVerbs.Cue c = CueVerbs.cue(v.norm(a.cue()));
        return v.kind(k) == TokenKind.PUNCT || v.kind(k) == TokenKind.QUOTE || v.kind(k) == TokenKind.DASH
                || ATTRIBUTION_ENDERS.contains(v.norm(k))
                || c != null && (c.takesListener() || c.lemma().equals("ask")) && a.cue() > a.mention().first();
    }

    /**
     * True if the quotation closes on a full stop, question or exclamation mark inside its marks, also
     * when a quotation inside it closes first (“… ‘What do you need?’” Varga said).
     */
    private boolean endsInsideWithStop(MarkedSpan s) {
        int k = s.close() - 1;
        while (k > s.open() && v.kind(k) == TokenKind.QUOTE) {
            k--;
        }
        return s.close() > 0 && v.isPunct(k, ".!?");
    }

    private boolean isStrong(Attribution a) {
        if (a.verb() == null) {
            return false;
        }
        CueVerbs.Cue c = CueVerbs.cue(v.norm(a.cue()));
        return c == null || c.bareClause();   // "according to" counts as strong
    }

    /** "Speaker Tom Alvarez was blunt: “We'll see.”": a colon introduces speech even without a cue verb. */
    private Attribution colon(MarkedSpan s) {
        int c = s.open() - 1;
        if (c < 0 || !v.isPunct(c, ":")) {
            return null;
        }
        // "Cruz continued: ¶ “You look at …”": the colon may end the paragraph before the quotation
        boolean sameSentence = v.sentenceStart(c) == v.sentenceStart(s.open());
        boolean paragraphBefore = !sameSentence && v.paragraphOf(c) + 1 == s.paragraph()
                && v.paragraphFirst[s.paragraph()] == s.open();
        if (!sameSentence && !paragraphBefore) {
            return null;
        }
        int from = v.sentenceStart(c);
        // "As Joel Pollak reported after the raid: “…”": the nearest cue before the colon, else the subject
        for (int k = c - 1; k >= from && k >= c - REACH; k--) {
            if (!quoted[k] && CueVerbs.cue(v.norm(k)) != null) {
                Attribution cue = atCue(k, from, c);
                if (cue != null) {
                    return cue;
                }
            }
        }
        // "The turnout surprised analysts - Jorge Mendel: “…”": a name standing alone before the colon, after
        // a dash, a comma or the sentence start, is a transcript's or digest's label for the speaker
        if (c - 1 >= from && NounPhrases.isNameWord(v, c - 1)) {
            Mention name = NounPhrases.nameBackward(v, c - 1, from);
            int before = name.first() - 1;
            if (before < from || v.kind(before) == TokenKind.DASH || v.isPunct(before, ",;")) {
                return new Attribution(name, c, null);
            }
        }
        Mention feeler = ExperiencerObjects.atColon(v, c, from);   // "The result stunned analyst Ivo Lind: “…”"
        if (feeler != null) {
            return new Attribution(feeler, c, null);
        }
        // "At a dinner in Lakeside, Ore., the engineer ended her talk by quoting a proverb:": the subject of the verb
        // before the colon, not the first name after the opening phrase
        Mention read = ClauseSubjects.beforeQuote(v, quoted, from, c);
        Mention m = read != null && ClauseSubjects.isPerson(v, read) ? read : SubjectPhrases.clauseSubject(v, from, c);
        if (read != null && m != read && m != null && m.end() < read.first() && !ClauseSubjects.isFiniteVerb(v, m.end())
                && !(read.type() == Mention.Type.PRONOUN)) {
            m = read;   // the first name is a place or time of the opening phrase ("Aspen, Colo., the graduate ended")
        }
        m = m != null ? DocumentPhrases.opening(v, m) : SourceOpeners.fromColon(v, from, c);   // "From the report: “…”"
        return m == null ? null : new Attribution(m, c, null);
    }

    /**
     * If token {@code j} is a cue verb (active voice) with a findable speaker, its attribution.
     * {@code floor} and {@code ceiling} bound where the speaker may be looked for.
     */
    Attribution atCue(int j, int floor, int ceiling) {
        if (!v.has(j, WordClasses.AT_CUE)) {
            return null;   // asked at nearly every token: one bit rules out every branch below
        }
        String n = v.norm(j);
        if (n.equals("according") && j + 2 < ceiling && v.norm(j + 1).equals("to")) {
            // "according to excerpts of the speech", "according to audio obtained by the Herald": a record first
            Mention m = AccordingTo.source(v, j + 2, ceiling);
            return m == null ? null : new Attribution(m, j, v.raw.substring(v.start(j), v.end(j + 1)));
        }
        if (putIt(j)) {
            // "As Pell Varga, a professor of law, put it, “…”": the idiom reports the words that follow
            Mention m = SubjectPhrases.endingAt(v, j - 1, floor);
            if (m == null) {
                m = nameAfterAs(j, floor);
            }
            return m == null ? null : new Attribution(m, j, v.raw.substring(v.start(j), v.end(j + 1)));
        }
        CueVerbs.Cue cue = CueVerbs.cue(n);
        if (cue == null) {
            Attribution doc = DocumentCues.at(v, quoted, j, floor, ceiling);   // "A committee report found “no evidence”"
            return doc != null ? doc : AsComplements.at(v, quoted, this, j, floor, ceiling);   // "dismissed it as “…”"
        }
        if (cue.invertible() && j == v.sentenceStart(j) && v.isCapitalised(j)
                && !CueVerbs.isParticiple(n)) {
            // "Said Dorothy Poynter, who grew up there, “We were proud.”": an inverted cue opening the sentence
            Mention m = SpeakerAfterCue.after(v, j + 1, ceiling);
            return m == null ? null : new Attribution(m, j, v.text(j));
        }
        // "Orla Fenn, the head of the union, Tweeted on Friday": the brand's capital inside a sentence is still the verb
        boolean lower = v.isLowerWord(j) || cue != null && cue.lemma().equals("tweet") && j > v.sentenceStart(j)
                && v.isPunct(j - 1, ",");
        if (cue == null || !lower || isPassive(j, floor)
                || CueAsNoun.at(v, j)
                || (j + 1 < v.size() && v.norm(j + 1).equals("by") && !byMeans(j + 2))) {
            return null;   // "United States", "any claims", "information announced by …"
        }
        if (CueVerbs.isParticiple(n)) {
            // "…, with Donald Trump tweeting that …", "with opponents saying …": the phrase after "with" speaks
            Mention with = SharedSubjects.afterWith(v, j, floor);
            if (with != null) {
                return new Attribution(with, j, v.text(j));
            }
            Mention m = mainSubject(j, floor);
            return m == null ? null : new Attribution(m, j, v.text(j));
        }
        // inversion: “…,” said Alexander Gabuev, director of …
        if (cue.invertible() && (j == floor || !v.isWord(j - 1) || v.kind(j - 1) == TokenKind.QUOTE)
                && !PerfectClitics.isPerfect(v, j - 1, j)) {   // "he’s said the same thing": no inversion
            Mention m = SpeakerAfterCue.after(v, j + 1, ceiling);
            if (m != null && SpeakerAfterCue.endsPhrase(v, m.end(), ceiling)) {
                Attribution inverted = new Attribution(m, j, v.text(j));
                if (!opensQuoteAfter(j, m)) {
                    return inverted;
                }
                Attribution subject = subjectBefore(j, floor, ceiling, cue);
                return subject != null ? subject : inverted;
            }
        }
        return subjectBefore(j, floor, ceiling, cue);
    }

    /** The cue at {@code j} with its subject before it: "Rosin said", "Rosin, the head of …, said". */
    private Attribution subjectBefore(int j, int floor, int ceiling, CueVerbs.Cue cue) {
        int i = j - 1;
        boolean mannerAdverb = false;
        while (i >= floor && (CueVerbs.BETWEEN_SUBJECT_AND_VERB.contains(v.norm(i))
                || v.isLowerWord(i) && CueVerbs.betweenSubjectAndVerb(v.norm(i)) || PerfectClitics.isPerfect(v, i, j))) {
            mannerAdverb = !CueVerbs.BETWEEN_SUBJECT_AND_VERB.contains(v.norm(i));
            i--;
        }
        if (i < floor || mannerAdverb && v.isPunct(i, ",")) {
            return null;   // "His assumption, confidently stated on TV, was …": a participle after a comma
        }
        String before = v.norm(i);
        if (before.equals("and") || before.equals("but") || before.equals("or")) {
            Mention m = mainSubject(j, floor);
            return m == null ? null : new Attribution(m, j, v.text(j));
        }
        int who = relativeRunningToCue(i, floor);
        Mention m = SubjectPhrases.endingAt(v, who >= 0 ? who : i, floor);
        // "Ruiz in her budget speech called", "an official speaking to the Herald said": the subject before the phrase
        m = who < 0 ? ClauseSubjects.insteadOf(v, quoted, m, j, floor) : m;
        if (who >= 0 && m != null && m.type() == Mention.Type.DESCRIPTION && m.first() - 1 > floor
                && v.isPunct(m.first() - 1, ",")) {
            // "Nate Silver, the polling guru who founded …": the name the description stands beside
            Mention named = SubjectPhrases.appositiveSubject(v, m.first() - 1, floor);
            m = named != null && named.type() == Mention.Type.NAME ? named : m;
        }
        if (m != null && cue.naming() && m.type() == Mention.Type.DESCRIPTION) {
            if (!NamingSpeech.speaks(v, m, j, ceiling)) {
                return null;   // "a phenomenon called …" names; "Trewin called the deal a ‘betrayal’" speaks
            }
            if (NamingSpeech.objectOfVerbBefore(v, m, floor)) {
                // "The mayor has mocked a reporter, referred to critics as “…”": the verbs share the clause's subject
                Mention subject = mainSubject(j, floor);
                return subject == null ? null : new Attribution(subject, j, v.text(j));
            }
        }
        return m == null ? null : new Attribution(m, j, v.text(j));
    }

    /**
     * "“…,” Nate Silver, the polling guru who founded a website tweeted": a relative clause that runs without a
     * comma up to the cue at {@code i + 1} belongs to the speaker before it; the index of its "who", or -1.
     * Only when a verb follows "who" ("who founded"), not a subject ("Clinton, who Trump said …").
     */
    private int relativeRunningToCue(int i, int floor) {
        if (NounPhrases.isNameWord(v, i)) {
            return -1;   // "… heated over who backed which bill that Gov. Chris Christie said": a name right before the cue speaks
        }
        for (int k = i; k > floor && k > i - 12; k--) {
            if (quoted[k] || v.isPunct(k, ",;:.") && !v.isInnerDot(k) || v.kind(k) == TokenKind.QUOTE) {
                return -1;
            }
            if (v.norm(k).equals("who") && k < i && v.isLowerWord(k + 1) && k - 1 >= floor && !v.isPunct(k - 1, ",")
                    && !NounPhrases.PREPOSITIONS.contains(v.norm(k - 1)) && !v.norm(k - 1).equals("about")) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "Sven Ek, a former manager, said Lind “was heavily involved”": a quotation opening right after the
     * name is what the name is said to have done, so the name is the reported clause's subject, not an
     * inverted speaker. Not after a quotation ("…,” wrote the authors of the “…” report).
     */
    private boolean opensQuoteAfter(int cue, Mention m) {
        int k = m.end();
        return cue > 0 && v.kind(cue - 1) != TokenKind.QUOTE && k + 1 < v.size() && v.kind(k) == TokenKind.QUOTE && quoted[k] && quoted[k + 1] && !quoted[k - 1];
    }

    /** Means of speaking after "by": "said by telephone", "told by email" is active, not "announced by the ministry". */
    private static final Set<String> MEANS = Set.of("telephone", "phone", "email", "e-mail", "text", "video",
            "videolink", "letter", "satellite", "radio", "videoconference");

    private boolean byMeans(int k) {
        return k < v.size() && MEANS.contains(v.norm(k));
    }

    /**
     * "As Ida Berg, professor of history and author of “The Quiet Harbour,” put it": when the words between the name
     * and "put it" are more than one appositive can be read as (a title in marks among them), the name right after
     * "As" and before its comma is the one who put it. Null if the clause does not open that way.
     */
    private Mention nameAfterAs(int put, int floor) {
        for (int k = put - 1; k >= floor && k > put - 30; k--) {
            if (v.norm(k).equals("as") && k + 1 < put && NounPhrases.isNameWord(v, k + 1)) {
                Mention name = NounPhrases.nameForward(v, k + 1, put);
                return name != null && name.end() < put && v.isPunct(name.end(), ",") ? name : null;
            }
            if (v.isPunct(k, ".;:")) {
                return null;
            }
        }
        return null;
    }

    /** "put it" before a comma, colon or quotation mark: "as she put it, “…”", "…,” as Varga puts it." */
    private boolean putIt(int j) {
        return (v.norm(j).equals("put") || v.norm(j).equals("puts")) && v.isLowerWord(j) && j + 1 < v.size() && v.norm(j + 1).equals("it")
                && (j + 2 >= v.size() || v.isPunct(j + 2, ",:.") || v.kind(j + 2) == TokenKind.QUOTE)
                && j > 0 && !CueVerbs.PASSIVE.contains(v.norm(j - 1));
    }

    /** The subject of the clause a participle or coordinated cue belongs to ({@link SharedSubjects#of}). */
    private Mention mainSubject(int j, int floor) {
        return SharedSubjects.of(v, quoted, this, j);
    }

    private boolean isPassive(int j, int floor) {
        if (v.norm(j).endsWith("ing")) {
            return false;   // "the senator is telling reporters": a progressive, not a passive
        }
        int i = j - 1;
        while (i >= floor && (v.norm(i).endsWith("ly") || v.norm(i).equals("not"))) {
            i--;
        }
        return i >= floor && CueVerbs.PASSIVE.contains(v.norm(i)) && !PerfectClitics.isPerfect(v, i, j);   // "she’s told"
    }
}
