package dev.byline.render;

/**
 * HTML escaping for every view Byline draws (tables, highlighted articles, comparison views, notebook
 * pages): one implementation, safe in element content and in quoted attribute values.
 *
 * <pre>{@code
 * HtmlText.escape("<a & \"b\">");   // &lt;a &amp; &quot;b&quot;&gt;
 * }</pre>
 */
public final class HtmlText {
    private HtmlText() {
    }

    /** {@code s} with {@code < > & " '} replaced by their entities. */
    public static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        escapeTo(b, s, 0, s.length());
        return b.toString();
    }

    /** Appends {@code s[from, to)} escaped to {@code b}. */
    public static void escapeTo(StringBuilder b, CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
    }
}
