package dev.byline.quotes;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The verbs that introduce speech, in every form news uses them.
 *
 * <p>The lexicon is deliberately wide: reporters avoid repeating "said", and machine-"spun" copies
 * swap it for near-synonyms ("mentioned" for said, "instructed" for told), so a lexicon of "said"
 * alone misses half the attributions. Each verb records whether its object is the listener
 * ("told the AP that …") and whether it may stand before its subject ("…,” said Gabuev).
 */
final class CueVerbs {
    /** How a cue verb behaves. */
    record Cue(String lemma, boolean takesListener, boolean invertible, boolean bareClause) {
        /** Verbs that name as well as speak: only a named or pronoun subject makes them speech. */
        boolean naming() {
            return NAMING.contains(lemma);
        }
    }

    private static final Set<String> NAMING = WordSet.of("call", "brand", "dub", "label", "describe", "refer");

    /**
     * Verbs that report speech with a bare clause ("Rosin said Moscow is …"); the others need
     * "that" or a wh-word before reported speech ("maintained that …", "asked whether …"), since
     * "maintains a tough stance" or "asked for help" report nothing.
     */
    private static final Set<String> BARE_CLAUSE = Set.of("say", "tell", "instruct", "inform", "assure", "remind",
            "add", "warn", "write", "insist", "argue", "note", "explain", "claim", "state", "declare", "stress",
            "emphasise", "acknowledge", "admit", "suggest", "mention", "contend", "complain", "concede");

    private static final Map<String, Cue> FORMS = new HashMap<>();

    static {
        // lemma, listener object?, inversion allowed?, forms
        add("say", false, true, "say", "says", "said", "saying");
        add("tell", true, false, "tell", "tells", "told", "telling");
        add("instruct", true, false, "instruct", "instructs", "instructed", "instructing");
        add("inform", true, false, "inform", "informs", "informed", "informing");
        add("assure", true, false, "assure", "assures", "assured", "assuring");
        add("remind", true, false, "remind", "reminds", "reminded", "reminding");
        add("add", false, true, "add", "adds", "added", "adding");
        add("ask", false, true, "ask", "asks", "asked", "asking");
        add("warn", true, true, "warn", "warns", "warned", "warning");
        add("write", false, true, "write", "writes", "wrote", "writing");
        add("insist", false, true, "insist", "insists", "insisted", "insisting");
        add("argue", false, true, "argue", "argues", "argued", "arguing");
        add("note", false, true, "note", "notes", "noted", "noting");
        add("explain", false, true, "explain", "explains", "explained", "explaining");
        add("claim", false, true, "claim", "claimed", "claiming");
        add("state", false, true, "stated", "stating");
        add("declare", false, true, "declare", "declares", "declared", "declaring");
        add("stress", false, true, "stressed", "stressing");
        add("emphasise", false, true, "emphasise", "emphasises", "emphasised", "emphasising", "emphasize",
                "emphasizes", "emphasized", "emphasizing");
        add("acknowledge", false, true, "acknowledge", "acknowledges", "acknowledged", "acknowledging");
        add("admit", false, true, "admit", "admits", "admitted", "admitting");
        add("suggest", false, true, "suggest", "suggests", "suggested", "suggesting");
        add("mention", false, true, "mention", "mentions", "mentioned", "mentioning");
        add("respond", false, true, "responded", "responds");
        add("reply", false, true, "reply", "replies", "replied", "replying");
        add("recall", false, true, "recalled", "recalls");
        add("remark", false, true, "remarked", "remarks");
        add("observe", false, true, "observed", "observes");
        add("conclude", false, true, "concluded", "concludes");
        add("contend", false, true, "contend", "contends", "contended", "contending");
        add("counter", false, true, "countered", "counters");
        add("caution", false, true, "cautioned", "cautions");
        add("comment", false, true, "commented", "comments");
        add("announce", false, true, "announced", "announces");
        add("predict", false, true, "predicted", "predicts");
        add("question", false, false, "questioned");
        add("confirm", false, true, "confirmed", "confirms");
        add("deny", false, false, "deny", "denies", "denied", "denying");
        add("complain", false, true, "complain", "complains", "complained", "complaining");
        add("pledge", false, false, "pledged");
        add("promise", false, false, "promised");
        add("vow", false, false, "vowed", "vowing");
        add("tweet", false, true, "tweet", "tweets", "tweeted", "tweeting");
        add("continue", false, true, "continued", "continues");
        // "…,” agrees Mia Berg, 30, of Lakeside: a second voice taking up the first one's point
        add("agree", false, true, "agreed", "agrees");
        add("concede", false, true, "concede", "concedes", "conceded", "conceding");
        add("maintain", false, false, "maintained", "maintains");
        add("assert", false, true, "asserted", "asserts", "asserting");
        // "Ruiz accused him of a “lifelong contempt”": the accuser's words; the accused is the object, never the speaker
        add("accuse", true, false, "accused", "accuses", "accusing");
        // verbs of manner that still report words: "…,” Trump joked; "…,” shouted a protester
        add("joke", false, true, "joked", "jokes");
        add("quip", false, true, "quipped", "quips");
        add("boast", false, true, "boasted", "boasts");
        add("shout", false, true, "shouted", "shouts", "shouting");
        add("yell", false, true, "yelled", "yells", "yelling");
        add("exclaim", false, true, "exclaimed", "exclaims");
        add("chant", false, true, "chanted", "chant", "chanting");
        add("jeer", false, true, "jeered", "jeering");
        add("scream", false, true, "screamed", "screaming");
        add("muse", false, true, "mused", "muses");
        add("retort", false, true, "retorted", "retorts");
        add("opine", false, true, "opined", "opines");
        // "“Will he run?” a staffer wondered": the words of a question, never a report of speech in other words
        add("wonder", false, true, "wondered", "wonders");
        add("testify", false, true, "testified", "testifies");
        add("recount", false, true, "recounted", "recounts");
        add("reiterate", false, true, "reiterated", "reiterates");
        add("elaborate", false, true, "elaborated");
        add("interject", false, true, "interjected");
        add("report", false, true, "reported", "reports");
        add("call", true, false, "called", "calls", "calling");
        add("brand", true, false, "branded", "brands");
        add("dub", true, false, "dubbed", "dubs");
        add("label", true, false, "labelled", "labeled");
        add("describe", true, false, "described", "describes");
        // "Ruiz referred to the mayor as “the last honest man”": the words after "as" are Ruiz's
        add("refer", true, false, "referred", "refers", "referring");
    }

    /** Cries that introduce the very words ("the crowd chanted, “…”") but never report speech in other words. */
    static final Set<String> DIRECT_ONLY = WordSet.of("wondered", "wonders", "chanted", "chant", "chanting", "jeered", "jeering", "screamed",
            "screaming");

    /** Words that make a following cue verb passive ("was told", "being said"), so not a speech act of a subject. */
    static final Set<String> PASSIVE = WordSet.of("be", "being", "been", "is", "are", "was", "were", "'s");

    /** Words a speaker may stand behind before its verb: "Rosin also said", "the US has mentioned". */
    static final Set<String> BETWEEN_SUBJECT_AND_VERB = WordSet.of("also", "later", "previously", "then", "has", "have",
            "had", "will", "would", "could", "can", "may", "might", "should", "simply", "publicly", "privately",
            "repeatedly", "recently", "reportedly", "once", "again", "further", "earlier", "did", "does", "do",
            "quickly", "firmly", "flatly", "bluntly", "still", "often", "always", "never", "only",
            "now", "just", "angrily", "calmly", "softly", "openly", "separately", "subsequently",
            // "Carter however said", "Right Wing Watch first reported"
            "however", "first",
            // "what the Herald and the Courier each called a “bad week”"
            "each");

    /** Words ending in -ly that are nouns or names, not adverbs: "the Smith family said". */
    private static final Set<String> LY_NOUNS = Set.of("family", "rally", "ally", "supply", "reply", "apply",
            "assembly", "monopoly", "anomaly", "italy", "july", "bully", "belly", "jelly", "lily", "holly", "folly",
            "sally", "kelly", "emily", "daily", "weekly", "monthly", "quarterly", "early", "fly", "ugly", "melancholy");

    private CueVerbs() {
    }

    /**
     * True for a word that may stand between a speaker and the cue verb: the listed auxiliaries and
     * adverbs, and any other adverb in -ly ("Varro then loudly asked", "Okafor bluntly replied").
     */
    static boolean betweenSubjectAndVerb(String norm) {
        return BETWEEN_SUBJECT_AND_VERB.contains(norm)
                || norm.length() >= 5 && norm.endsWith("ly") && !LY_NOUNS.contains(norm) && isLowerAscii(norm);
    }

    private static boolean isLowerAscii(String norm) {
        for (int k = 0; k < norm.length(); k++) {
            char c = norm.charAt(k);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    private static void add(String lemma, boolean listener, boolean invertible, String... forms) {
        Cue cue = new Cue(lemma, listener, invertible, BARE_CLAUSE.contains(lemma));
        for (String f : forms) {
            FORMS.put(f, cue);
        }
    }

    /** The cue for a normalised word, or null if it is not a speech verb. */
    /** Every form of every cue verb: the words {@link WordClasses#AT_CUE} marks. */
    static java.util.Set<String> forms() {
        return FORMS.keySet();
    }

    static Cue cue(String norm) {
        return FORMS.get(norm);
    }

    /** Words before a cue-like word that make it a noun or an idiom: "any claims", "worth noting". */
    static final Set<String> NOT_BEFORE_CUE = WordSet.of("a", "an", "the", "any", "no", "his", "her", "their", "its",
            "our", "my", "your", "worth", "this", "these", "those", "such", "of");

    /** True for the {@code -ing} forms, whose subject is the main clause's ("…, adding that …"). */
    static boolean isParticiple(String norm) {
        return norm.endsWith("ing") && FORMS.containsKey(norm);
    }
}
