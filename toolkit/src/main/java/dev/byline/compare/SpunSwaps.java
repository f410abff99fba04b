package dev.byline.compare;

import dev.byline.text.Alignment;
import dev.byline.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * The words a synonym spinner swapped, read off a passage alignment (DSpin's idea: a spinner
 * leaves the words it has no synonym for — names, numbers, function words — where they were, so
 * between two such anchors a spun sentence has as many words as its source, swapped in place).
 * Between consecutive words the two sentences share (a longest common subsequence), a gap of
 * one to {@value #MAX_SWAP} words on both sides, of equal length, is a swap; a gap of unequal
 * length is rewording.
 *
 * @param swaps        each swap: source words and their replacement, with offsets into each raw text
 * @param swappedWords words of B inside swaps
 * @param changedWords words of B in aligned sentences that are not in the common subsequence
 * @param alignedWords words of B in aligned sentences
 * @param thesaurusSwaps swaps whose B word a thesaurus offers for the A word (or the A word for
 *                     the B word): "stated" for "said", "hustler" for "operator"; an editor's
 *                     correction or a typo fixed is not one
 */
record SpunSwaps(List<Swap> swaps, int swappedWords, int changedWords, int alignedWords, int thesaurusSwaps) {
    /** Longest swap: a thesaurus swaps a word or a short phrase ("said" → "stated", "in the end" → "finally" is rewording). */
    static final int MAX_SWAP = 3;
    /** Sentences longer than this (in words) are not diffed: the LCS is quadratic and spun sentences are not that long. */
    static final int MAX_SENTENCE_WORDS = 150;

    /** One swap: A's words [aStart, aEnd) replaced by B's [bStart, bEnd). */
    record Swap(int aStart, int aEnd, int bStart, int bEnd) {
    }

    /** Share of B's changed words that sit in equal-length swaps: near 1 for a spun copy, low for a rewrite. */
    double inPlaceShare() {
        return changedWords == 0 ? 0 : (double) swappedWords / changedWords;
    }

    /** Share of B's aligned words that are swapped. */
    double swapRate() {
        return alignedWords == 0 ? 0 : (double) swappedWords / alignedWords;
    }

    /** Share of B's aligned words that are thesaurus swaps. */
    double thesaurusRate() {
        return alignedWords == 0 ? 0 : (double) thesaurusSwaps / alignedWords;
    }

    static SpunSwaps of(PassageAlignment al) {
        List<Swap> swaps = new ArrayList<>();
        int swapped = 0;
        int changed = 0;
        int aligned = 0;
        int thesaurusSwaps = 0;
        for (Passage p : al.passages()) {
            if (!p.kind().isMatch()) {
                continue;
            }
            List<Token> x = words(al.a().tokensIn(p.aStart(), p.aEnd(), Alignment.CONTRACT));
            List<Token> y = words(al.b().tokensIn(p.bStart(), p.bEnd(), Alignment.CONTRACT));
            if (x.size() > MAX_SENTENCE_WORDS || y.size() > MAX_SENTENCE_WORDS) {
                continue;
            }
            aligned += y.size();
            List<int[]> lcs = new ArrayList<>(WordDiff.pairs(x, y));
            changed += y.size() - lcs.size();
            lcs.add(new int[] {x.size(), y.size()});
            int pi = -1;
            int pj = -1;
            for (int[] m : lcs) {
                int gx = m[0] - pi - 1;
                int gy = m[1] - pj - 1;
                if (gx == gy && gx >= 1 && gx <= MAX_SWAP) {
                    // Equal gaps pair word by word: "the hustler aforesaid" for "the operator said" is two swaps.
                    for (int k = 1; k <= gx; k++) {
                        Token from = x.get(pi + k);
                        Token to = y.get(pj + k);
                        swaps.add(new Swap(from.start(), from.end(), to.start(), to.end()));
                        thesaurusSwaps += synonyms(from.text(), to.text()) ? 1 : 0;
                    }
                    swapped += gy;
                }
                pi = m[0];
                pj = m[1];
            }
        }
        swaps.sort(java.util.Comparator.comparingInt(Swap::bStart));
        return new SpunSwaps(List.copyOf(swaps), swapped, changed, aligned, thesaurusSwaps);
    }

    /**
     * Whether a thesaurus offers one word for the other, either way, inflected alike (or a bare
     * lemma for an irregular form a spinner could not inflect: "tell" for "said"). Capitalised
     * words are names, which spinners leave alone.
     */
    static boolean synonyms(String a, String b) {
        if (a.isEmpty() || b.isEmpty() || Character.isUpperCase(a.charAt(0)) && Character.isUpperCase(b.charAt(0))
                || !a.chars().allMatch(Character::isLetter) || !b.chars().allMatch(Character::isLetter)) {
            return false;
        }
        String x = a.toLowerCase(java.util.Locale.ROOT);
        String y = b.toLowerCase(java.util.Locale.ROOT);
        if (x.equals(y) || Words.isStopWord(x) || Words.isStopWord(y)) {
            return false;
        }
        Thesaurus t = Thesaurus.wordNet();
        return t.synonyms(x).contains(y) || t.synonyms(y).contains(x) || t.uninflectedOriginals(y).contains(x);
    }

    private static List<Token> words(List<Token> tokens) {
        List<Token> out = new ArrayList<>();
        for (Token t : tokens) {
            if (t.kind().isWordLike()) {
                out.add(t);
            }
        }
        return out;
    }
}
