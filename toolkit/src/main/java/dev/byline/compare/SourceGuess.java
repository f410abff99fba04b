package dev.byline.compare;

import dev.byline.text.Document;
import java.util.Optional;

/**
 * Which side of a derived pair is likely the source, and whether the derived side says so.
 *
 * <pre>{@code
 * SourceGuess g = Similarity.source(a, b);
 * g.source().map(Document::id).orElse("no direction");   // empty when the evidence is symmetric
 * }</pre>
 *
 * @param source   the likely original; empty when the evidence gives no direction
 * @param derived  the copy or rewrite; empty exactly when {@code source} is
 * @param credit   whether the derived text names the source's outlet, agency or author
 * @param creditName the name found in the derived text, or "" when not credited
 * @param commonText true when the evidence says both derive from one text not in the corpus (both credit one agency)
 * @param evidence the reasons, in words ("fuller: 1012 vs 871 words; …")
 */
public record SourceGuess(Optional<Document> source, Optional<Document> derived, Credit credit, String creditName,
        boolean commonText, String evidence) {
    /** True when the derived side names its source. */
    public boolean credited() {
        return credit == Credit.YES;
    }
}
