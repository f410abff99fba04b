package dev.byline.compare;

import dev.byline.text.Document;

/**
 * The measurements of one document pair that the relation label is decided from.
 *
 * @param a              first document
 * @param b              second document
 * @param cosine         TF-IDF cosine of content-word stems
 * @param containmentAInB share of A's 5-word shingles found in B
 * @param containmentBInA share of B's 5-word shingles found in A
 * @param sharedPassages maximal runs of at least five words the two texts share verbatim
 * @param coverageA      share of A's words in sentences aligned to B
 * @param coverageB      share of B's words in sentences aligned to A
 * @param order          Kendall's tau of the aligned sentences' positions (1 = same order)
 * @param matched        number of aligned sentence pairs
 * @param swapRate       share of B's aligned words a spinner would have swapped in place (see {@link SpunSwaps})
 * @param inPlaceShare   share of B's changed aligned words that sit in equal-length swaps (1 = all in place)
 * @param thesaurusSwaps swaps in which a thesaurus offers one word for the other
 * @param thesaurusRate  share of B's aligned words that are such thesaurus swaps
 * @param ownCoverage    the larger share of a side's own words (outside quotation marks and shared page furniture)
 *                       in aligned passages that are neither quotation nor furniture ({@link OwnWordsCoverage})
 * @param ownMatched     aligned passages that are neither quotation nor furniture
 */
public record PairScore(Document a, Document b, double cosine, double containmentAInB, double containmentBInA,
        int sharedPassages, double coverageA, double coverageB, double order, int matched,
        double swapRate, double inPlaceShare, int thesaurusSwaps, double thesaurusRate, double ownCoverage, int ownMatched) {
    /** The larger containment: how much of the more-copied side is found in the other. */
    public double maxContainment() {
        return Math.max(containmentAInB, containmentBInA);
    }

    /** The larger alignment coverage. */
    public double maxCoverage() {
        return Math.max(coverageA, coverageB);
    }
}
