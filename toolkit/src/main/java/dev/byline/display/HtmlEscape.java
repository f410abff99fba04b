package dev.byline.display;

/** Escapes text for HTML element content and attribute values. */
public final class HtmlEscape {
    private HtmlEscape() {
    }

    /** {@code <a & "b">} becomes {@code &lt;a &amp; &quot;b&quot;&gt;}. */
    public static String escape(String s) {
        return dev.byline.render.HtmlText.escape(s);
    }
}
