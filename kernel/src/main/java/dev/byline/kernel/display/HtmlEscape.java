package dev.byline.kernel.display;

/** Escapes text for HTML element content and attribute values. */
public final class HtmlEscape {
    private HtmlEscape() {
    }

    /** {@code <a & "b">} becomes {@code &lt;a &amp; &quot;b&quot;&gt;}. */
    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
