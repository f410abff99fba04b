package dev.byline.classroom;

/**
 * The feedback for one self-check. It never contains the answer: only whether it is right, the
 * confirmation, or the hint earned by wrong tries.
 *
 * @param question the question id
 * @param verdict  what the check found
 * @param feedback the confirmation, the hint (empty before a wrong try), or what to do
 */
public record CheckResult(String question, Verdict verdict, String feedback) {
    /** What a check found. */
    public enum Verdict {
        /** No answer given yet (null or blank): not counted as a try. */
        NO_ANSWER,
        /** Right. */
        RIGHT,
        /** Some right items, not enough yet. */
        PARTLY,
        /** Not right. */
        WRONG,
        /** The tools found no answer on this corpus. */
        UNANSWERED
    }

    /** Whether the answer was right. */
    public boolean right() {
        return verdict == Verdict.RIGHT;
    }

    /** A small HTML box for notebooks. */
    public String html() {
        String colour = switch (verdict) {
            case RIGHT -> "#1a7f37";
            case PARTLY, WRONG -> "#9a6700";
            case NO_ANSWER, UNANSWERED -> "#57606a";
        };
        return "<div style=\"border-left:4px solid " + colour + ";padding:4px 10px;margin:4px 0\"><b style=\"color:"
                + colour + "\">" + escape(question) + ": " + mark() + "</b>" + (feedback.isEmpty() ? "" : " — " + escape(feedback))
                + "</div>";
    }

    private String mark() {
        return switch (verdict) {
            case RIGHT -> "✓ Right";
            case PARTLY -> "◐ Partly right";
            case WRONG -> "✗ Not yet";
            case NO_ANSWER -> "no answer yet";
            case UNANSWERED -> "no answer on this corpus";
        };
    }

    @Override
    public String toString() {
        return question + ": " + mark() + (feedback.isEmpty() ? "" : " — " + feedback);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
