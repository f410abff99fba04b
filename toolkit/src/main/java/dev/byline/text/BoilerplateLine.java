package dev.byline.text;


/**
 * A line that is page furniture rather than reporting: a share bar, an empty publication stamp, a
 * channel plug, a line repeated word for word. It stays in the raw text and is left out of analysis.
 *
 * @param span   the line, without its surrounding whitespace
 * @param line   1-based line number in the file
 * @param reason why it was judged boilerplate
 */
public record BoilerplateLine(Span span, int line, Reason reason) {
    /** Why a line is boilerplate. */
    public enum Reason {
        /** "Published: undefined" and other empty publication stamps. */
        PUBLICATION_STAMP("publication-stamp"),
        /** "Follow us on: Facebook, Twitter…" and share bars. */
        SOCIAL_LINKS("social-links"),
        /** "Join our official telegram channel…", newsletter sign-ups. */
        CHANNEL_PLUG("channel-plug"),
        /** "Read more: …", "Also read: …". */
        READ_MORE("read-more"),
        /** "Advertisement", "Sponsored". */
        ADVERTISEMENT("advertisement"),
        /** Copyright notices. */
        COPYRIGHT("copyright"),
        /** The same line seen earlier in the same document. */
        REPEATED_LINE("repeated-line");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        /** The label used in tables and on the command line. */
        public String label() {
            return label;
        }
    }
}
