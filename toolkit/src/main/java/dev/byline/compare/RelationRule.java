package dev.byline.compare;

import java.util.Locale;

/**
 * How a pair's relation label is decided, first rule that holds wins. The thresholds sit in the
 * gaps between measured groups (figures: {@code byline compare corpus/} and the synthetic pairs in
 * the tests; table in README):
 * <ol>
 * <li><b>spun-copy</b>, before copy — the texts align sentence by sentence (coverage, matches and
 *     order as for rewrite below) and at least {@value #SPUN_MIN_THESAURUS_SWAPS} swapped words,
 *     {@value #SPUN_THESAURUS_RATE} of the aligned words or more, are thesaurus swaps: a word
 *     WordNet offers for the source's word at that place ({@link SpunSwaps}). A spinner at 30%
 *     leaves enough 5-word shingles intact to pass for a copy (containment 0.41–0.74), so this is
 *     decided first; an editor's changes are rarely synonyms. Fitted on {@code byline-bench spin
 *     pairs} (PolNeAR train, tune split, 162 articles): spun copies had 9–185 thesaurus swaps and
 *     a rate of 0.03–0.11, copies with five words edited at most 1 swap (rate 0.00),
 *     re-paragraphed and trimmed copies none.</li>
 * <li><b>copy</b> — the larger 5-shingle containment ≥ {@value #COPY_CONTAINMENT}. A copy with a
 *     paragraph dropped or paragraphs shuffled measures above 0.85; the corpus rewrite only 0.13;
 *     unrelated texts 0.00.</li>
 * <li><b>rewrite</b> — cosine ≥ {@value #ALIGNMENT_MIN_COSINE} and at least {@value #REWRITE_COVERAGE}
 *     of one text aligns sentence by sentence to the other, with at least {@value #REWRITE_MATCHES}
 *     aligned sentences in broadly the same order (Kendall's tau ≥ {@value #REWRITE_ORDER}): the
 *     facts and quotes follow the source's sequence. The corpus rewrite measures cosine 0.60,
 *     0.82 coverage and tau 0.75; every other pair at most 0.22 coverage. (Below the cosine floor
 *     the sentence alignment, the costly step, is not run at all.) The coverage and count must hold for the
 *     writers' own words too ({@link OwnWordsCoverage}: quotations and an outlet's shared page furniture left
 *     out): two outlets' independent reports quoting one tweet, or two articles of one outlet ending in its
 *     "Related:" list, aligned 53–57% and 6–8 sentences in order on real pairs (bench/provenance).</li>
 * <li><b>spun-copy</b> — a rewrite by the measures above whose changed words are swapped in place:
 *     at least {@value #SPUN_SWAP_RATE} of the aligned words are one-for-one swaps between words the two
 *     texts share, and at least {@value #SPUN_IN_PLACE} of all changed words are (see {@link SpunSwaps}).</li>
 * <li><b>same-story</b> — TF-IDF cosine ≥ {@value #SAME_STORY_COSINE}, or cosine ≥
 *     {@value #SAME_STORY_COSINE_WITH_OVERLAP} with ≥ {@value #SAME_STORY_COVERAGE} of one text
 *     aligning to the other: two independent reports of one flood measure 0.32 and 0.22, while
 *     corpus pairs on the same war but different events measure 0.15–0.25 and at most 0.12.</li>
 * <li><b>related</b> — cosine ≥ {@value #RELATED_COSINE}: the corpus's same-topic pairs measure
 *     0.15 and more; a cricket report against the war stories 0.03–0.07.</li>
 * <li><b>unrelated</b> — everything else.</li>
 * </ol>
 */
public final class RelationRule {
    public static final double COPY_CONTAINMENT = 0.5;
    /** Cosine below which the sentence alignment is skipped: neither rewrite nor same-story-by-overlap can hold there. */
    public static final double ALIGNMENT_MIN_COSINE = 0.2;
    public static final double REWRITE_COVERAGE = 0.4;
    public static final int REWRITE_MATCHES = 3;
    public static final double REWRITE_ORDER = 0.3;
    public static final int SPUN_MIN_THESAURUS_SWAPS = 5;
    public static final double SPUN_THESAURUS_RATE = 0.02;
    public static final double SPUN_SWAP_RATE = 0.1;
    public static final double SPUN_IN_PLACE = 0.6;
    public static final double SAME_STORY_COSINE = 0.28;
    public static final double SAME_STORY_COSINE_WITH_OVERLAP = 0.2;
    public static final double SAME_STORY_COVERAGE = 0.15;
    public static final double RELATED_COSINE = 0.1;

    private RelationRule() {
    }

    /** The relation for a scored pair. */
    public static Relation decide(PairScore s) {
        boolean aligned = s.maxCoverage() >= REWRITE_COVERAGE && s.matched() >= REWRITE_MATCHES && s.order() >= REWRITE_ORDER;
        if (aligned && s.thesaurusSwaps() >= SPUN_MIN_THESAURUS_SWAPS && s.thesaurusRate() >= SPUN_THESAURUS_RATE) {
            return Relation.SPUN_COPY;
        }
        if (s.maxContainment() >= COPY_CONTAINMENT) {
            return Relation.COPY;
        }
        if (s.cosine() >= ALIGNMENT_MIN_COSINE && s.maxCoverage() >= REWRITE_COVERAGE && s.matched() >= REWRITE_MATCHES
                && s.order() >= REWRITE_ORDER && s.ownCoverage() >= REWRITE_COVERAGE && s.ownMatched() >= REWRITE_MATCHES) {
            return s.swapRate() >= SPUN_SWAP_RATE && s.inPlaceShare() >= SPUN_IN_PLACE ? Relation.SPUN_COPY : Relation.REWRITE;
        }
        if (s.cosine() >= SAME_STORY_COSINE
                || (s.cosine() >= SAME_STORY_COSINE_WITH_OVERLAP && s.maxCoverage() >= SAME_STORY_COVERAGE)) {
            return Relation.SAME_STORY;
        }
        if (s.cosine() >= RELATED_COSINE) {
            return Relation.RELATED;
        }
        return Relation.UNRELATED;
    }

    /** The measurements behind the label, in words. */
    static String explain(PairScore s, Relation r) {
        return switch (r) {
            case COPY -> String.format(Locale.ROOT, "%.0f%% of 5-word shingles shared", 100 * s.maxContainment());
            case SPUN_COPY -> String.format(Locale.ROOT, "%d sentences aligned (%.0f%% of the text), order tau %.2f;"
                    + " %.0f%% of aligned words swapped in place, %.0f%% of the changes one-for-one; %d thesaurus swaps (%.0f%%)",
                    s.matched(), 100 * s.maxCoverage(), s.order(), 100 * s.swapRate(), 100 * s.inPlaceShare(), s.thesaurusSwaps(),
                    100 * s.thesaurusRate());
            case REWRITE, SIBLING -> String.format(Locale.ROOT, "%d sentences aligned (%.0f%% of the text; %.0f%% of its own"
                    + " words closely, quotes left out), order tau %.2f", s.matched(), 100 * s.maxCoverage(), 100 * s.ownCoverage(), s.order());
            case SAME_STORY, RELATED, UNRELATED -> String.format(Locale.ROOT, "cosine %.2f, %.0f%% aligned", s.cosine(), 100 * s.maxCoverage());
        };
    }
}
