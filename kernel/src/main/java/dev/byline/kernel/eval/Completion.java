package dev.byline.kernel.eval;

import java.util.List;

/**
 * Completion candidates for the text between {@code start} and {@code end} of a cell.
 *
 * @param matches the candidates, best first, without duplicates
 * @param start   offset in the cell where the replaced text begins
 * @param end     offset where it ends (the cursor)
 */
public record Completion(List<String> matches, int start, int end) {
    public Completion {
        matches = List.copyOf(matches);
    }
}
