package dev.byline.text;

import java.util.List;

/**
 * Which parts of an article an analysis reads: its headline and its body (the default of every analysis that
 * reads titles: terms, KWIC, keyness, collocations, trends, quotations), or its body alone ({@code --no-title}).
 * The headline is read as a document of its own ({@link Document#headline()}), so nothing counted or found in it
 * runs into the body: an n-gram, a phrase or a quotation never spans the two.
 *
 * <pre>{@code
 * for (Document part : Parts.TITLE_AND_BODY.of(doc)) {   // the headline (if any), then the body
 *     String where = Parts.label(part);                  // "title" or "body"
 * }
 * }</pre>
 */
public enum Parts {
    /** The headline, then the body. */
    TITLE_AND_BODY,
    /** The body only: title, dateline, byline and boilerplate left out. */
    BODY;

    /** The parts of {@code document} to read, in order: its headline document first (if it has one), then itself. */
    public List<Document> of(Document document) {
        if (this == BODY || document.isHeadline()) {
            return List.of(document);
        }
        return document.headline().map(h -> List.of(h, document)).orElseGet(() -> List.of(document));
    }

    /** True if the headline is read. */
    public boolean includesTitle() {
        return this == TITLE_AND_BODY;
    }

    /**
     * False only if no part of {@code document} read under these parts can hold a token whose normal form is
     * {@code norm} ({@link NormalForms#mayContainNormal}): a quick test that spares reading the layout or tokenizing.
     * A headline is a line of the raw text or the record's own title, so those two texts are looked at.
     */
    public boolean mayContainNormal(Document document, String norm) {
        if (NormalForms.mayContainNormal(document.raw(), norm)) {
            return true;
        }
        String title = document.carriedTitle();
        return includesTitle() && title != null && NormalForms.mayContainNormal(title, norm);
    }

    /** {@code "title"} for a headline document, {@code "body"} for any other: the {@code part} column of a row. */
    public static String label(Document part) {
        return part.isHeadline() ? "title" : "body";
    }
}
