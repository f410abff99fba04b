package dev.byline.bench.generate;

/**
 * A news outlet: name, social handle, its wire agency tag for datelines ("AP") or empty, its
 * quotation marks, and how its files separate paragraphs.
 */
public record Outlet(String name, String handle, String agency, MarkStyle marks, String paragraphBreak,
                     String domain) {
}
