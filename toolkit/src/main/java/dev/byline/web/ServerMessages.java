package dev.byline.web;

import dev.byline.web.TextBlocks.Block;
import java.util.regex.Pattern;

/**
 * Messages a page's server wrote into it while building it: PHP's warnings, notices and errors ("Warning: Use of
 * undefined constant … in /home/site/wp-content/plugins/x/x.php on line 928"), which a faulty plugin leaves wherever
 * it runs, in a sidebar or over the story. They are no text of the story, and a sidebar full of them is no story's
 * container. A story that quotes such a message sets it in code, or in a sentence that does not open with the level.
 *
 * <pre>{@code
 * ServerMessages.isServerMessage(block);   // "Notice: Undefined index: id in /var/www/index.php on line 12": true
 * }</pre>
 */
final class ServerMessages {
    /** A block longer than this is not a run of a few messages. */
    static final int MAX_CHARS = 2000;

    /** One or more messages, each its level, a colon, the message, the script's path and its line. */
    private static final Pattern MESSAGES = Pattern.compile("(?:(?:PHP )?(?:Warning|Notice|Deprecated|Strict Standards"
            + "|(?:Catchable )?[Ff]atal error|Parse error|Recoverable fatal error): [^\\n]{1,600}? in \\S{1,300}\\.php"
            + " on line \\d+\\s*)+");

    private ServerMessages() {
    }

    /** True if the block is nothing but server messages, written as text (not shown as code, as a tutorial shows one). */
    static boolean isServerMessage(Block b) {
        String text = b.text();
        return text.length() <= MAX_CHARS && b.kind() != TextBlocks.Kind.PRE && MESSAGES.matcher(text).matches()
                && b.owner().selectFirst("code, kbd, samp, tt") == null && b.owner().closest("code, kbd, samp, tt") == null;
    }
}
