package dev.byline.quotes;

import dev.byline.text.TokenKind;
import java.util.Set;

/**
 * Finds the noun phrase that names a speaker next to a cue verb, without a parser: names are runs
 * of capitalised words, descriptions run back to their determiner, pronouns stand alone. Phrases
 * around a name (appositives, roles, a clause's opening words) are {@link SubjectPhrases}' part.
 */
final class NounPhrases {
    static final Set<String> DETERMINERS = WordSet.of("a", "an", "the", "this", "that", "these", "those", "one",
            "another", "two", "three", "several", "some", "many", "most", "other");
    static final Set<String> SUBJECT_PRONOUNS = WordSet.of("he", "she", "they", "we", "i");

    /** Endings of a subject pronoun's contracted auxiliary: "he’d", "she'll", "they’ve", "we’re", "I’m". */
    private static final Set<String> CONTRACTIONS = Set.of("d", "ll", "ve", "re", "m");

    /**
     * The subject pronoun a word is, contracted or not ("he’d" → he, "she'll" → she, "they" → they), or null. The
     * tokenizer keeps a contraction in one word; only the possessive ’s is split off.
     */
    static String subjectPronoun(String norm) {
        if (SUBJECT_PRONOUNS.contains(norm)) {
            return norm;
        }
        int k = Math.max(norm.indexOf('\''), norm.indexOf('\u2019'));
        return k > 0 && SUBJECT_PRONOUNS.contains(norm.substring(0, k)) && CONTRACTIONS.contains(norm.substring(k + 1))
                ? norm.substring(0, k) : null;
    }
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
            "each", "any", "such", "my", "your", "asked", "told", "said", "like", "unlike", "amid", "among",
            "following", "without", "within", "under", "over", "across", "toward", "towards", "upon", "whether",
            "via", "throughout", "regarding", "including", "ever", "likewise", "otherwise", "nevertheless",
            "nonetheless", "furthermore", "besides", "hence");
    /** Lower-case words that cannot end a description (so cannot be its head noun). */
    static final Set<String> NOT_A_HEAD = WordSet.of("that", "which", "what", "this", "these", "those", "it",
            "there", "here", "to", "of", "in", "on", "at", "for", "with", "by", "from", "as", "than", "not", "who",
            "whom", "when", "where", "why", "how", "if", "so", "also", "and", "but", "or", "nor", "be", "been",
            "being", "is", "are", "was", "were", "has", "have", "had", "can", "could", "will", "would", "may",
            "might", "should", "must", "do", "does", "did", "then", "now", "only", "just", "even", "still",
            "ago", "week", "year", "month", "today", "yesterday", "time", "them", "him", "her", "us", "me", "you");
    static final Set<String> NAME_PARTICLES = Set.of("de", "van", "von", "der", "den", "bin", "al", "la",
            "le", "da", "di", "du", "del", "ibn", "abu", "el", "ben");

    private NounPhrases() {
    }

    /** True if token {@code i} can be part of a name: capitalised and not a closed-class word. */
    static boolean isNameWord(TextView v, int i) {
        if (!v.isCapitalised(i)) {
            return false;
        }
        String n = v.norm(i);
        if (n.length() == 2 && n.charAt(1) == '.' && i > 0 && v.isCapitalised(i - 1) && !v.isPunct(i - 1, ".")) {
            return true;   // a middle initial: "Jock A. Finlayson", not the article "A" of a title
        }
        return !v.has(i, WordClasses.CLOSED) && !isOpeningAdverb(v, i, n);
    }

    /** Adverb endings no given name or surname has in news ("Kelly", "Emily" and "Riley" are names). */
    private static final java.util.List<String> ADVERB_ENDINGS = java.util.List.of("ally", "ously", "ively", "edly",
            "fully", "ately", "ntly", "arly", "ssly", "tily", "sily", "pily", "dily");

    /**
     * "Domestically, …", "Hastily, …", "Hastily blaming the board, Ruiz …": an adverb opening its sentence before a
     * comma or a participle is never a name.
     */
    private static boolean isOpeningAdverb(TextView v, int i, String n) {
        if (!n.endsWith("ly") || n.length() < 6 || i + 1 >= v.size() || i != v.sentenceStart(i)
                || !v.isPunct(i + 1, ",") && !(v.isLowerWord(i + 1) && v.norm(i + 1).endsWith("ing"))) {
            return false;
        }
        for (String e : ADVERB_ENDINGS) {
            if (n.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first token of the run of name words ending at token {@code last}, back to {@code floor} at the most: name
     * words, and particles between two of them ("Ada de Vos").
     */
    static int nameRunStart(TextView v, int last, int floor) {
        int j = last;
        while (j - 1 >= floor && (isNameWord(v, j - 1)
                || (v.has(j - 1, WordClasses.NAME_PARTICLE) && j - 2 >= floor && isNameWord(v, j - 2)))) {
            j--;
        }
        return j;
    }

    /** The name ending at token {@code last}, extended back over capitalised words (and "X and Y"). */
    static Mention nameBackward(TextView v, int last, int floor) {
        int j = nameRunStart(v, last, floor);
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
                || (v.has(j + 1, WordClasses.NAME_PARTICLE) && j + 2 < ceiling && isNameWord(v, j + 2))
                || isOrdinal(v, j + 1) && j + 2 < ceiling && isNameWord(v, j + 2)
                || pluralPossessive(v, j + 1) && j + 2 < ceiling && isNameWord(v, j + 2))) {
            j++;
        }
        return new Mention(first, j + 1, Mention.Type.NAME);
    }

    /** An ordinal inside a rank: "Air Force 1st Lt. Tyler Reed", "the 3rd Sgt." */
    private static boolean isOrdinal(TextView v, int k) {
        String t = v.norm(k);
        int d = 0;
        while (d < t.length() && d < 3 && t.charAt(d) >= '0' && t.charAt(d) <= '9') {
            d++;
        }
        if (d < 1 || d > 2 || t.length() != d + 2) {
            return false;
        }
        return t.startsWith("st", d) || t.startsWith("nd", d) || t.startsWith("rd", d) || t.startsWith("th", d);
    }

    /** A description ending at its head noun {@code head}: back to its determiner or the clause start. */
    static Mention descriptionBackward(TextView v, int head, int floor) {
        if (!v.isLowerWord(head) && !isAge(v, head) || NOT_A_HEAD.contains(v.norm(head))
                || CueVerbs.cue(v.norm(head)) != null && !CueAsNoun.at(v, head)) {   // "An early tweet" heads a phrase
            return null;
        }
        int j = head;
        int limit = Math.max(floor, head - 10);
        while (j - 1 >= limit) {
            int t = j - 1;
            String n = v.norm(t);
            if (CLAUSE_OPENERS.contains(n)) {
                break;   // "…, while dock workers argued": the subordinator opens the clause, the phrase starts after it
            }
            if (n.equals("that") && v.norm(head).endsWith("s") && !v.norm(head).endsWith("ss")) {
                break;   // "expected that voters will say": before a plural, "that" is the complementiser
            }
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
            if (v.isInnerDot(t)) {
                j = t;   // "fivethirtyeight.com tweeted": the address is one word
                continue;
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
        int whole = PostposedPhrases.start(v, j, floor);   // "people familiar with" before "the talks said"
        return new Mention(whole >= 0 ? whole : j, head + 1, Mention.Type.DESCRIPTION);
    }

    /**
     * An age in figures used as a noun, "the 43-year-old said": it opens with a digit, so it is neither a lower-case
     * nor a capitalised word, yet it heads a description of a person as "the veteran" does.
     */
    static boolean isAge(TextView v, int k) {
        return v.kind(k) != TokenKind.PUNCT && AGE.matcher(v.norm(k)).matches();
    }

    private static final java.util.regex.Pattern AGE = java.util.regex.Pattern.compile("\\d+-(year|month|week)s?-old");

    /** Subordinators that open a clause: a description before a verb never runs back over them. */
    private static final Set<String> CLAUSE_OPENERS = WordSet.of("while", "though", "although", "because", "since",
            "whereas", "unless", "until", "whether", "if", "when", "once");

    /**
     * An apostrophe glued to a capitalised word ending in s and followed by another capitalised word:
     * the plural possessive inside a name ("Shippers' Council", "Veterans’ Affairs").
     */
    static boolean pluralPossessive(TextView v, int k) {
        if (k <= 0 || k + 1 >= v.size() || v.kind(k) == TokenKind.WORD || v.kind(k) == TokenKind.CLITIC) {
            return false;
        }
        char c = v.raw.charAt(v.start(k));
        return v.end(k) - v.start(k) == 1 && (c == '\'' || c == '\u2019') && v.end(k - 1) == v.start(k)
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
            int alias = aliasEnd(v, j, ceiling);
            if (alias > 0) {
                last = alias - 1;   // "the port chief known as Karel": the name the description goes by is part of it
                break;
            }
            boolean word = v.kind(j) == TokenKind.WORD || v.kind(j) == TokenKind.CLITIC || v.kind(j) == TokenKind.NUMBER
                    || pluralPossessive(v, j);
            // "the Daily News focuses on …": after a capitalised name, an -es word is its verb
            boolean verbAfterName = j > first + 1 && v.isLowerWord(j) && v.isCapitalised(j - 1) && n.endsWith("es")
                    && !n.endsWith("ies");
            // "a spokesman for the mayor later walked back …": an adverb after the head belongs to the verb
            boolean adverb = j > first + 1 && v.isLowerWord(j) && CueVerbs.BETWEEN_SUBJECT_AND_VERB.contains(n);
            // "the recently released playbook", "a widely shared post": a participle after the determiner's adverb
            // modifies the head still to come
            boolean modifier = j == first + 2 && v.isLowerWord(j - 1) && v.norm(j - 1).endsWith("ly");
            if (!word || n.equals("who") || n.equals("which") || n.equals("that")
                    || CueVerbs.cue(n) != null && !CueAsNoun.at(v, j) || (j > first + 1 && looksLikeVerb(v, j) && !modifier) || verbAfterName || adverb) {
                break;
            }
            if (j > first + 1 && (n.equals("last") || n.equals("next")) && v.isLowerWord(j) && j + 1 < ceiling
                    && SubjectPhrases.TIME_NOUNS.contains(v.norm(j + 1))) {
                break;   // "a study last year by …": a time phrase after the head is no part of the description
            }
            boolean inner = INNER_PREPOSITIONS.contains(n) && j + 1 < ceiling
                    && (v.isWord(j + 1) || v.kind(j + 1) == TokenKind.NUMBER);
            if (!NOT_A_HEAD.contains(n) || inner || v.isCapitalised(j)) {
                last = j;
            } else if ((DEMONSTRATIVES.contains(n) || n.equals("her")) && j + 1 < ceiling && v.isLowerWord(j + 1)
                    && INNER_PREPOSITIONS.contains(v.norm(j - 1))) {
                // "a strategist for one of these campaigns": a demonstrative after "of" opens the object, not a clause;
                // so does "her" ("excerpts of her speech", as "of his speech")
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
        int complement = last > first ? PostposedPhrases.end(v, last, ceiling) : -1;   // "pilots familiar with the harbour"
        last = complement > 0 ? complement - 1 : last;
        return last > first ? new Mention(first, last + 1, Mention.Type.DESCRIPTION) : null;
    }

    private static final Set<String> DEMONSTRATIVES = Set.of("these", "those", "this", "that");

    /** The end of the name after "known as" at {@code j} ("the base chief known as Karel"), or -1. */
    private static int aliasEnd(TextView v, int j, int ceiling) {
        if (j + 2 >= ceiling || !v.norm(j).equals("known") || !v.isLowerWord(j) || !v.norm(j + 1).equals("as")
                || !isNameWord(v, j + 2)) {
            return -1;
        }
        return nameForward(v, j + 2, ceiling).end();
    }

    private static final Set<String> COMMON_VERBS = WordSet.of("spoke", "went", "made", "gave", "took", "came", "saw",
            "met", "left", "sent", "held", "kept", "got", "put", "ran", "won", "lost", "began", "thinks", "believes",
            "wants", "knows", "seems", "appears", "remains", "says", "sought", "thought", "brought", "found",
            "stood", "felt", "heard", "paid", "built", "meant", "goes", "does", "gets", "takes", "makes", "gives");
    /** Words that follow a verb but never a noun phrase's last word: "sought to", "focuses on how". */
    private static final Set<String> AFTER_VERB = WordSet.of("to", "that", "him", "her", "them", "us", "me", "it");

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

    /** Prepositions that continue a description: "a spokesperson for one delegation", "the head of …". */
    static final Set<String> INNER_PREPOSITIONS = WordSet.of("of", "for", "at", "in", "from", "by");

    static final Set<String> PREPOSITIONS = WordSet.of("of", "in", "at", "from", "for", "with", "near", "on", "outside",
            "inside", "during", "after", "before", "to", "under", "across");
}
