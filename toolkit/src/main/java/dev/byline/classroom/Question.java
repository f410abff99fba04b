package dev.byline.classroom;

import java.util.List;

/**
 * One question of an exercise, as a teacher writes it in a questions file.
 *
 * <pre>{@code
 * {"id": "pair", "ask": "Which two articles tell the same story?", "finding": "related-pair",
 *  "form": "two article ids", "hints": ["Run compare.", "Read the relation column."],
 *  "right": "Right: compare found them."}
 * }</pre>
 *
 * @param id      a short id, used by the self-check cells and the key
 * @param ask     the question as students read it
 * @param finding the tool computation that answers it ({@link Finding#label()})
 * @param form    how to write the answer (shown beside the answer box)
 * @param need    for a finding with many right items, how many a student must give
 * @param hints   the hint after a first wrong try, then the stronger one after the second
 * @param right   the confirmation after a right answer; it may say why, never the answer itself
 */
public record Question(String id, String ask, Finding finding, String form, int need, List<String> hints,
        String right) {
    public Question {
        hints = List.copyOf(hints);
    }
}
