package dev.byline.text;

import java.util.Locale;

/**
 * How a document's raw text is written, which decides how its layout is read: a Markdown text's first
 * {@code # heading} is its title.
 *
 * <pre>{@code
 * TextFormat.ofFileName("notes.md");   // MARKDOWN
 * TextFormat.ofFileName("wire.txt");   // PLAIN
 * }</pre>
 */
public enum TextFormat {
    /** Plain text: paragraphs by lines and blank lines, a short first line may be the title. */
    PLAIN,
    /** Markdown: as plain text, and a first {@code # heading} is the title. */
    MARKDOWN,
    /**
     * A headline: all of the text is one paragraph, with no title, dateline, byline or boilerplate found in it.
     * The form of {@link Document#headline()}; never inferred from a file name.
     */
    HEADLINE;

    /** {@link #MARKDOWN} for a name ending in {@code .md} or {@code .markdown} (any case), else {@link #PLAIN}. */
    public static TextFormat ofFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".markdown") ? MARKDOWN : PLAIN;
    }
}
