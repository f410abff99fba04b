package dev.byline.compare;

import dev.byline.text.Document;

/**
 * One row of a {@link PassageAlignment}: a passage of A, of B, or of both, with offsets into each
 * document's raw text. A side the passage does not have is {@code -1}.
 *
 * <pre>{@code
 * Passage p = PassageAligner.align(a, b).passages().get(0);
 * if (p.kind().isMatch()) System.out.println(p.aText() + "  ~  " + p.bText());
 * }</pre>
 *
 * @param aStart first character in A, or -1
 * @param aEnd   one past the last character in A, or -1
 * @param bStart first character in B, or -1
 * @param bEnd   one past the last character in B, or -1
 * @param score  similarity of the two sides in [0, 1] (1 for one-sided rows: wholly unmatched)
 * @param kind   verbatim, close, paraphrase, only-in-a or only-in-b
 */
public record Passage(Document a, Document b, int aStart, int aEnd, int bStart, int bEnd, double score, PassageKind kind) {
    /** @throws IllegalArgumentException if a side the kind needs is missing or out of bounds */
    public Passage {
        boolean needsA = kind != PassageKind.ONLY_IN_B;
        boolean needsB = kind != PassageKind.ONLY_IN_A;
        check(a, aStart, aEnd, needsA, "A");
        check(b, bStart, bEnd, needsB, "B");
    }

    private static void check(Document d, int start, int end, boolean needed, String side) {
        if (!needed) {
            if (start != -1 || end != -1) {
                throw new IllegalArgumentException("side " + side + " must be -1 for this kind");
            }
            return;
        }
        if (start < 0 || end < start || end > d.raw().length()) {
            throw new IllegalArgumentException("Invalid span [" + start + ", " + end + ") in " + d.id());
        }
    }

    /** The text of the passage in A, or "" when it has no A side. */
    public String aText() {
        return aStart < 0 ? "" : a.raw().substring(aStart, aEnd);
    }

    /** The text of the passage in B, or "" when it has no B side. */
    public String bText() {
        return bStart < 0 ? "" : b.raw().substring(bStart, bEnd);
    }
}
