package dev.byline.classroom;

/**
 * The feedback for one self-check: right or not yet, with the key's explanation or hint. It never
 * contains the answer itself.
 *
 * @param question the question id
 * @param right    whether the answer matched the key
 * @param feedback the explanation (when right) or the hint (when not)
 */
public record CheckResult(String question, boolean right, String feedback) {
    /** A small HTML box for notebooks. */
    public String html() {
        String colour = right ? "#1a7f37" : "#9a6700";
        String mark = right ? "✓ Right" : "✗ Not yet";
        return "<div style=\"border-left:4px solid " + colour + ";padding:4px 10px;margin:4px 0\"><b style=\"color:"
                + colour + "\">" + question + ": " + mark + "</b>" + (feedback.isEmpty() ? "" : " — " + escape(feedback))
                + "</div>";
    }

    @Override
    public String toString() {
        return question + ": " + (right ? "✓ right" : "✗ not yet") + (feedback.isEmpty() ? "" : " — " + feedback);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
