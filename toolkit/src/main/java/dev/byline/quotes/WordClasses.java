package dev.byline.quotes;

import java.util.Collection;
import java.util.Set;

/**
 * The word lists the rules ask about at nearly every token, as bits of one number per normal form: {@link TextView}
 * looks each token's norm up here once, and a rule tests a bit where it would probe a set (a hash, then string
 * comparisons along the probe sequence) each time it reads the token. The bits are made from the rules' own sets,
 * so a word added to a set is in its class.
 *
 * <pre>{@code
 * int c = WordClasses.of("said");
 * (c & WordClasses.AT_CUE) != 0;   // true: a form of a cue verb
 * (c & WordClasses.CLOSED) != 0;   // false
 * }</pre>
 */
final class WordClasses {
    /** A word {@link Attributor#atCue} can start at: a cue verb's form, a document's or labelling verb, "according", "put". */
    static final int AT_CUE = 1;
    /** {@link NounPhrases#CLOSED_CLASS}, for the norm without its full stops ("U.S." is asked as "us"). */
    static final int CLOSED = 1 << 1;
    /** {@link QuoteFinder}'s words that make a clause. */
    static final int CLAUSE = 1 << 2;
    /** {@link SpeakerResolver#isTitle}, for the norm without its full stops ("Gov." is asked as "gov"). */
    static final int TITLE = 1 << 3;
    /** {@link SpeakerResolver#CALENDAR}. */
    static final int CALENDAR = 1 << 4;
    /** {@link NounPhrases#NAME_PARTICLES}: "de", "van", "bin" inside a name. */
    static final int NAME_PARTICLE = 1 << 5;
    /** {@link GenderEvidence#HONORIFICS}: "mr", "ms.", "miss". */
    static final int HONORIFIC = 1 << 6;

    /** Classes that are asked of the norm with its full stops taken out. */
    private static final int DOTLESS = CLOSED | TITLE;

    private static final String[] KEYS;
    /**
     * A bit per value of a hash's low 16 bits (mixed as {@link #slot} mixes it), set for the hashes of the words
     * in some class: most words are in none, and one bit test in this 8 KB map tells them so without probing the
     * table (a random read in three arrays each eight times the size of the word lists).
     */
    private static final long[] MAYBE = new long[1 << 10];
    private static final int[] HASHES;
    private static final int[] BITS;

    static {
        int n = CueVerbs.forms().size() + DocumentCues.VERBS.size() + NounPhrases.CLOSED_CLASS.size()
                + QuoteFinder.CLAUSE_WORDS.size() + SpeakerResolver.TITLES.size() + SpeakerResolver.CALENDAR.size() + 2
                + NounPhrases.NAME_PARTICLES.size() + GenderEvidence.HONORIFICS.size();
        // at most one slot in eight full: a word in no class (most tokens) meets an empty slot at once
        int size = Integer.highestOneBit(n * 8 - 1) << 1;
        KEYS = new String[size];
        HASHES = new int[size];
        BITS = new int[size];
        add(CueVerbs.forms(), AT_CUE);
        add(DocumentCues.VERBS, AT_CUE);
        add(AsComplements.VERBS, AT_CUE);
        add(Set.of("according", "put", "puts"), AT_CUE);
        add(NounPhrases.CLOSED_CLASS, CLOSED);
        add(QuoteFinder.CLAUSE_WORDS, CLAUSE);
        add(SpeakerResolver.TITLES, TITLE);
        add(SpeakerResolver.CALENDAR, CALENDAR);
        add(NounPhrases.NAME_PARTICLES, NAME_PARTICLE);
        add(GenderEvidence.HONORIFICS, HONORIFIC);
    }

    private WordClasses() {
    }

    private static void add(Collection<String> words, int bit) {
        for (String w : words) {
            int m = mixed(w.hashCode()) & 0xFFFF;
            MAYBE[m >>> 6] |= 1L << m;
            int i = slot(w, w.hashCode());
            KEYS[i] = w;
            HASHES[i] = w.hashCode();
            BITS[i] |= bit;
        }
    }

    private static int mixed(int h) {
        return h ^ (h >>> 16);
    }

    private static int slot(String word, int h) {
        int mask = KEYS.length - 1;
        int i = mixed(h) & mask;
        while (KEYS[i] != null && !(HASHES[i] == h && KEYS[i].equals(word))) {
            i = (i + 1) & mask;
        }
        return i;
    }

    /** The classes of a token whose normal form is {@code norm}. */
    static int of(String norm) {
        return of(norm, norm.hashCode());
    }

    /** {@link #of(String)} for a word whose {@code hashCode()} the caller already has ({@code TokenTable#wordHash}). */
    static int of(String norm, int hash) {
        return of(norm, hash, norm.indexOf('.') >= 0);
    }

    /**
     * {@link #of(String, int)} for a word whose caller also knows whether it holds a full stop ({@code
     * TokenTable#wordHasFullStop}).
     */
    static int of(String norm, int hash, boolean fullStop) {
        int m = mixed(hash) & 0xFFFF;
        int c = 0;
        if ((MAYBE[m >>> 6] & (1L << m)) != 0) {
            int i = slot(norm, hash);
            c = KEYS[i] == null ? 0 : BITS[i];
        }
        if (fullStop) {
            // the dotless classes are asked of "us" for "u.s.", and not of "u.s." itself
            c = c & ~DOTLESS | lookUp(norm.replace(".", "")) & DOTLESS;
        }
        return c;
    }

    private static int lookUp(String word) {
        int i = slot(word, word.hashCode());
        return KEYS[i] == null ? 0 : BITS[i];
    }
}
