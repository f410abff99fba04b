package dev.byline.text;

import java.util.List;

/**
 * The byline heading an article: who wrote it and for whom. It is not body text.
 *
 * <pre>{@code
 * By Ana Brel and Tom Vale, Northwind Press   →  authors [Ana Brel, Tom Vale], credit "Northwind Press"
 * Ana Brel | The Velmora Courier              →  authors [Ana Brel], credit "The Velmora Courier"
 * }</pre>
 *
 * @param span    the byline line
 * @param authors the names it gives, in order
 * @param credit  the agency or outlet it names after the names, or ""
 */
public record Byline(Span span, List<String> authors, String credit) {
    public Byline {
        authors = List.copyOf(authors);
    }
}
