package dev.byline.compare;

import dev.byline.text.Document;

/**
 * Which side of a derived pair is likely the source, and whether the derived side says so.
 *
 * @param source   the likely original
 * @param derived  the copy or rewrite
 * @param credited whether the derived text names the source's outlet
 * @param credit   the outlet name found in the derived text, or "" when not credited
 * @param evidence the reasons, in words ("fuller: 1012 vs 871 words; …")
 */
public record SourceGuess(Document source, Document derived, boolean credited, String credit, String evidence) {
}
