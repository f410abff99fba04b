package dev.byline.bench.accuracy;

/**
 * Quote-edit detection: of {@code pairs} planted quote edits, {@code detected} had the edited
 * quotation reported as {@code edited}; of {@code controls} exact-copy pairs, {@code falseEdits}
 * had some quotation reported as edited although none was.
 */
public record DriftScore(int pairs, int detected, int controls, int falseEdits) {
}
