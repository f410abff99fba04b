package dev.byline.quotes;

import dev.byline.text.TokenKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The roles an article itself gives the people it names, so that a later definite description can be read as one
 * of them: "former Secretary of State Lena Marsh" (a title before the name), "Ivo Lind, a retired surgeon," (an
 * apposition after it), "The party's nominee, Ada Vos, …" (one before it) and "Lind is a retired surgeon" or
 * "Lind, who was a retired surgeon" (a copula). "The retired surgeon said …" later is Ivo Lind when the head noun
 * ("surgeon") is a role the article gave exactly one person and every other word of the description ("retired")
 * is among that person's role words; with no such person, or two, the description stays as written.
 *
 * <p>Read lazily and in reading order: {@link #personFor} must be asked with non-decreasing positions, and only the
 * evidence that ends before the description counts.
 */
final class ArticleRoles {
    /** Abbreviated titles and the role noun a description uses for them ("Sen. Bell" is "the senator"). */
    private static final Map<String, String> EXPANDED = Map.ofEntries(Map.entry("sen", "senator"),
            Map.entry("gov", "governor"), Map.entry("rep", "representative"), Map.entry("gen", "general"),
            Map.entry("lt", "lieutenant"), Map.entry("col", "colonel"), Map.entry("sgt", "sergeant"),
            Map.entry("capt", "captain"), Map.entry("atty", "attorney"), Map.entry("supt", "superintendent"),
            Map.entry("pres", "president"), Map.entry("prof", "professor"), Map.entry("sec", "secretary"),
            Map.entry("adm", "admiral"), Map.entry("cmdr", "commander"), Map.entry("rev", "reverend"));
    /** Honorifics say nothing of a role. */
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "lady", "dame", "lord");
    /** Words that carry no role: articles, possessives, prepositions and conjunctions. */
    private static final Set<String> STOP = WordSet.of("the", "a", "an", "of", "and", "in", "on", "for", "to", "at", "by",
            "with", "from", "his", "her", "their", "its", "this", "s", "'s", "\u2019s");
    /** Past this many people sharing one role noun, a description of that noun is left as written. */
    private static final int MAX_PEOPLE_PER_HEAD = 64;
    /** Words between a copula or comma and the role, at most. */
    private static final int MAX_ROLE_WORDS = 10;

    /** One piece of evidence: person {@code person} has role noun {@code head} and role words {@code words}. */
    private record Evidence(int end, String person, String head, Set<String> words) {
    }

    private final TextView v;
    private final Function<Mention, String> person;
    private List<Evidence> evidence;
    private int next;
    /** by role noun: each person given it so far, in order of first evidence */
    private final Map<String, LinkedHashMap<String, Boolean>> peopleByHead = new HashMap<>();
    /** by person: every role word the article has given them so far */
    private final Map<String, Set<String>> wordsOf = new HashMap<>();
    private int lastAsked = -1;

    /** {@code person} names the person a name mention stands for, as the resolver would (fullest name, no titles). */
    ArticleRoles(TextView v, Function<Mention, String> person) {
        this.v = v;
        this.person = person;
    }

    /**
     * The one person whose learnt role a definite description ({@code the}/{@code this} …) matches, from evidence
     * that ends before it; null if none or more than one do, or the description is not definite.
     */
    String personFor(Mention d) {
        String first = v.norm(d.first());
        if (!(first.equals("the") || first.equals("this")) || d.first() < lastAsked) {
            return null;
        }
        lastAsked = d.first();
        if (evidence == null) {
            evidence = read();
        }
        while (next < evidence.size() && evidence.get(next).end() <= d.first()) {
            learn(evidence.get(next++));
        }
        Phrase p = phrase(d.first() + 1, d.end());
        if (p == null) {
            return null;
        }
        LinkedHashMap<String, Boolean> people = peopleByHead.get(p.head());
        if (people == null || people.size() > MAX_PEOPLE_PER_HEAD) {
            return null;
        }
        String found = null;
        for (String who : people.keySet()) {
            if (wordsOf.get(who).containsAll(p.words())) {
                if (found != null) {
                    return null;   // two people fit: the description does not say which
                }
                found = who;
            }
        }
        return found;
    }

    /**
     * True if evidence ending at or before token {@code before} gave {@code person} the role noun or role word
     * {@code word} (a title lower-cased, abbreviated ones expanded: "senator", "president", "lady"). Reads the whole
     * article's evidence once; independent of {@link #personFor}'s reading order.
     */
    boolean gave(String person, String word, int before) {
        if (evidence == null) {
            evidence = read();
        }
        for (Evidence e : evidence) {
            if (e.end() > before) {
                break;   // ordered by end
            }
            if (e.person().equals(person) && (e.head().equals(word) || e.words().contains(word))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every role noun evidence ending at or before token {@code before} gave {@code person} ("senator" of "Sen. Ada
     * Vos", "surgeon" of "Ivo Lind, a retired surgeon,"), in order of first evidence; empty if none.
     */
    Set<String> headsOf(String person, int before) {
        if (evidence == null) {
            evidence = read();
        }
        if (byPerson == null) {
            byPerson = new HashMap<>();
            for (Evidence e : evidence) {
                byPerson.computeIfAbsent(e.person(), k -> new ArrayList<>()).add(e);
            }
        }
        Set<String> out = new java.util.LinkedHashSet<>();
        for (Evidence e : byPerson.getOrDefault(person, List.of())) {
            if (e.end() > before) {
                break;   // ordered by end
            }
            out.add(e.head());
        }
        return out;
    }

    /** the evidence by person, in order of end; made when {@link #headsOf} is first asked */
    private Map<String, List<Evidence>> byPerson;

    /** A title word as {@link #gave} compares it: lower-cased, no full stop, abbreviations expanded ("Sen." → senator). */
    static String roleWord(String norm) {
        String b = norm.endsWith(".") ? norm.substring(0, norm.length() - 1) : norm;
        return EXPANDED.getOrDefault(b, b);
    }

    /** True for an honorific, which says nothing of a role ("mr", "mrs.", "dr"). */
    static boolean isHonorific(String norm) {
        return HONORIFICS.contains(norm.endsWith(".") ? norm.substring(0, norm.length() - 1) : norm);
    }

    /**
     * The speaker a description linked to {@code person} is remembered as: the person as known so far ({@code earlier},
     * may be null), with the description's stems added to the role; its gender as known, else the article's evidence.
     */
    static SpeakerMemory.Known known(String person, SpeakerMemory.Known earlier, Set<String> stems, char evidence) {
        Set<String> role = new HashSet<>(stems);
        if (earlier != null) {
            role.addAll(earlier.role());
        }
        return new SpeakerMemory.Known(person, earlier == null || earlier.person(), role,
                earlier != null && earlier.gender() != '?' ? earlier.gender() : evidence);
    }

    private void learn(Evidence e) {
        peopleByHead.computeIfAbsent(e.head(), k -> new LinkedHashMap<>()).put(e.person(), Boolean.TRUE);
        wordsOf.computeIfAbsent(e.person(), k -> new HashSet<>()).addAll(e.words());
    }

    /** A role phrase: its head noun and its other words (lower-cased, titles expanded). */
    private record Phrase(String head, Set<String> words) {
    }

    /**
     * The role phrase of tokens {@code from} to {@code to} (no determiner): the head is the word before the first
     * preposition ("secretary" of "secretary of state") or the last word; null if there is no word or the head is
     * not a lower-case noun or a title.
     */
    private Phrase phrase(int from, int to) {
        int headAt = -1;
        Set<String> words = new HashSet<>();
        for (int k = from; k < to; k++) {
            String w = word(k);
            if (w == null) {
                continue;
            }
            if (headAt < 0 && NounPhrases.INNER_PREPOSITIONS.contains(v.norm(k)) && k > from) {
                headAt = previousWord(k, from);
            }
            if (!STOP.contains(w)) {
                words.add(w);
            }
        }
        if (headAt < 0) {
            headAt = previousWord(to, from);
        }
        if (headAt < 0) {
            return null;
        }
        String head = word(headAt);
        if (head == null || !roleShaped(head) || NOT_PEOPLE.contains(head)
                || !v.isLowerWord(headAt) && !v.has(headAt, WordClasses.TITLE) && !EXPANDED.containsKey(bare(headAt))) {
            return null;   // "the report", "the campaign": a document or a body is no person's role
        }
        words.remove(head);
        return new Phrase(head, words);
    }

    private int previousWord(int k, int from) {
        for (int j = k - 1; j >= from; j--) {
            if (word(j) != null) {
                return j;
            }
        }
        return -1;
    }

    /** Token {@code k} as a role word: lower-cased, an abbreviated title expanded; null for anything not a word. */
    private String word(int k) {
        if (!v.isWord(k)) {
            return null;
        }
        String b = bare(k);
        return EXPANDED.getOrDefault(b, b);
    }

    private String bare(int k) {
        String n = v.norm(k);
        return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
    }

    /** Every piece of role evidence in the article, ordered by where it ends. */
    private List<Evidence> read() {
        List<Evidence> out = new ArrayList<>();
        int i = 0;
        while (i < v.size()) {
            if (!NounPhrases.isNameWord(v, i)) {
                i++;
                continue;
            }
            Mention run = NounPhrases.nameForward(v, i, v.size());
            titleBefore(run, out);
            appositionAfter(run, out);
            appositionBefore(run, out);
            copula(run, out);
            i = run.end();
        }
        out.sort(java.util.Comparator.comparingInt(Evidence::end));
        return out;
    }

    /** The name a run of capitalised words stands for, or null if none is left once its titles are dropped. */
    private String personOf(Mention run) {
        for (int k = run.first(); k < run.end(); k++) {
            if (v.has(k, WordClasses.CALENDAR)) {
                return null;   // "Thursday, the statement said": a date is nobody
            }
        }
        String p = person.apply(run);
        return p == null || p.isEmpty() ? null : p;
    }

    /**
     * "Florida Sen. Ada Vos", "former Secretary of State Lena Marsh", "Republican presidential candidate Ivo Lind":
     * the titles inside the run, or the role noun right before it with its modifiers.
     */
    private void titleBefore(Mention run, List<Evidence> out) {
        int lastTitle = -1;
        for (int k = run.first(); k < run.end() - 1; k++) {
            if (v.has(k, WordClasses.TITLE) || EXPANDED.containsKey(bare(k))) {
                lastTitle = k;
            }
        }
        if (lastTitle >= 0 && !HONORIFICS.contains(bare(lastTitle))) {
            Mention name = new Mention(lastTitle + 1, run.end(), Mention.Type.NAME);
            int from = modifiersBefore(run.first());
            Phrase p = phrase(from, lastTitle + 1);
            String who = personOf(name);
            if (p != null && who != null) {
                out.add(new Evidence(run.end(), who, p.head(), p.words()));
            }
            return;
        }
        int h = run.first() - 1;
        // "Secretary of State Lena Marsh": the run before "of" holds the title
        if (h - 1 >= 0 && v.norm(h).equals("of") && (v.has(h - 1, WordClasses.TITLE) || v.isLowerWord(h - 1)
                && SubjectPhrases.ROLE_NOUNS.contains(v.norm(h - 1)))) {
            Phrase p = phrase(modifiersBefore(h - 1), run.first());
            String who = lastTitle < 0 && run.end() - run.first() >= 2 ? personOf(run) : null;
            if (p != null && who != null) {
                out.add(new Evidence(run.end(), who, p.head(), p.words()));
            }
            return;
        }
        if (h < 0 || !v.isLowerWord(h) || !roleShaped(v.norm(h))) {
            return;
        }
        Phrase p = phrase(modifiersBefore(h), h + 1);
        String who = personOf(run);
        if (p != null && who != null) {
            out.add(new Evidence(run.end(), who, p.head(), p.words()));
        }
    }

    /** The first of the modifiers ending at {@code k} (lower-case or capitalised words, back to a determiner). */
    private int modifiersBefore(int k) {
        int j = k;
        int floor = v.sentenceStart(k);
        while (j - 1 >= floor && k - j < 5) {
            int t = j - 1;
            String n = v.norm(t);
            if (!v.isWord(t) || NounPhrases.DETERMINERS.contains(n) || STOP.contains(n) && !n.equals("of")
                    || CueVerbs.cue(n) != null || NounPhrases.NOT_A_HEAD.contains(n) && !n.equals("of")
                    || v.isLowerWord(t) && NounPhrases.looksLikeVerb(v, t) || NounPhrases.SUBJECT_PRONOUNS.contains(n)) {
                break;
            }
            j = t;
        }
        while (j < k && v.norm(j).equals("of")) {
            j++;
        }
        return j;
    }

    /** Role nouns that name a body or a thing, not a person. */
    private static final Set<String> NOT_PEOPLE = Set.of("campaign", "party", "center", "corner", "number", "order",
            "paper", "letter", "chapter", "matter", "quarter", "border", "sector", "factor", "error", "minister's",
            "newspaper", "poster", "flyer", "flier", "banner", "sticker", "trailer");

    /** True for a noun shaped like a person's role ({@link #roleShaped}) that is no body or thing ("campaign", "paper"). */
    static boolean isPersonRole(String n) {
        return roleShaped(n) && !NOT_PEOPLE.contains(n);
    }

    /** A noun shaped like a person's role: a listed role or title, or an -er, -ist, -man, -ent (not -ment), -ant word. */
    private static boolean roleShaped(String n) {
        return SubjectPhrases.ROLE_NOUNS.contains(n) || SpeakerResolver.TITLES.contains(n)
                || SpeakerResolver.PERSON_NOUNS.contains(n) || n.length() > 4
                && (n.endsWith("er") || n.endsWith("ist") || n.endsWith("man") || n.endsWith("woman")
                    || n.endsWith("ent") && !n.endsWith("ment") || n.endsWith("ant") || n.endsWith("eon")
                    || n.endsWith("or"));
    }

    /** "Ivo Lind, a retired surgeon,", "Ivo Lind, 61, the city's mayor,": the description after the name's comma. */
    private void appositionAfter(Mention run, List<Evidence> out) {
        int k = run.end();
        if (k + 1 >= v.size() || !v.isPunct(k, ",")) {
            return;
        }
        k++;
        if (v.kind(k) == TokenKind.NUMBER && k + 2 < v.size() && v.isPunct(k + 1, ",")) {
            k += 2;   // "Pascoe, 54, a nurse"
        }
        Evidence e = roleAt(k, run);
        if (e != null) {
            out.add(e);
        }
    }

    /** "The party's nominee, Ada Vos, …", "The retired surgeon, Ivo Lind, …": a definite description before it. */
    private void appositionBefore(Mention run, List<Evidence> out) {
        int c = run.first() - 1;
        if (c - 2 < 0 || !v.isPunct(c, ",") || run.end() >= v.size() || !v.isPunct(run.end(), ",")) {
            return;
        }
        int j = c;
        int floor = v.sentenceStart(c);
        while (j - 1 >= floor && c - j < MAX_ROLE_WORDS && v.isWord(j - 1) && !v.norm(j - 1).equals("the")) {
            j--;
        }
        if (j - 1 < floor || !v.norm(j - 1).equals("the") || j - 1 != floor) {
            return;   // only a description opening the sentence: "…, said the union, Ivo Lind, …" is a list
        }
        Phrase p = phrase(j, c);
        String who = personOf(run);
        if (p != null && who != null && v.isLowerWord(previousWord(c, j))) {
            out.add(new Evidence(run.end(), who, p.head(), p.words()));
        }
    }

    /** "Lind is a retired surgeon", "Lind, who was the city's mayor,": a copula and the description after it. */
    private void copula(Mention run, List<Evidence> out) {
        int k = run.end();
        if (k + 2 < v.size() && v.isPunct(k, ",") && v.norm(k + 1).equals("who")) {
            k += 2;
        }
        if (k + 1 >= v.size() || !(v.norm(k).equals("is") || v.norm(k).equals("was"))) {
            return;
        }
        Evidence e = roleAt(k + 1, run);
        if (e != null) {
            out.add(e);
        }
    }

    /**
     * The role phrase starting at {@code k} ("a retired surgeon", "the head of the union", "president of the
     * board"), given to the person of {@code run}; null if none stands there.
     */
    private Evidence roleAt(int k, Mention run) {
        String n = v.norm(k);
        boolean determiner = n.equals("a") || n.equals("an") || n.equals("the");
        int from = determiner ? k + 1 : k;
        if (from >= v.size() || !v.isLowerWord(from) && !determiner) {
            return null;
        }
        int end = from;
        while (end < v.size() && end - from < MAX_ROLE_WORDS && (v.isWord(end) || v.kind(end) == TokenKind.CLITIC)
                && !Set.of("who", "which", "that", "and", "but").contains(v.norm(end))
                && CueVerbs.cue(v.norm(end)) == null && !(end > from && v.isLowerWord(end) && NounPhrases.looksLikeVerb(v, end))) {
            end++;
        }
        // the role ends its clause, a relative clause or a second role: "Lind, a surgeon who …", "a surgeon and …"
        if (end == from || end < v.size() && !v.isPunct(end, ",.;:") && v.kind(end) != TokenKind.DASH
                && !v.norm(end).equals("who") && !v.norm(end).equals("and")) {
            return null;
        }
        Phrase p = phrase(from, end);
        String who = personOf(run);
        return p == null || who == null ? null : new Evidence(end, who, p.head(), p.words());
    }
}
