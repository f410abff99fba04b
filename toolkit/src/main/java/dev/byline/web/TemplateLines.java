package dev.byline.web;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Lines a site's template sets beside every story, whatever the story: disclaimers ("Alle Angaben ohne Gewähr", "The
 * views expressed are the author's own"), notes on affiliate links ("We may earn a commission", "Bei den Links
 * handelt es sich um Affiliate-Links"), pitches for donations and memberships ("Support independent journalism",
 * "Unterstütze uns") and notes on cookies. Only a short block is taken for one: a story's paragraph that speaks of
 * commissions or donations is longer, and stays.
 *
 * <pre>{@code
 * TemplateLines.isTemplateLine("All prices were accurate at the time of publishing.");   // true
 * }</pre>
 */
final class TemplateLines {
    /** A block longer than this is a paragraph of the story, whatever phrase it holds. */
    static final int MAX_CHARS = 300;

    // One word boundary in front of all the branches, in lower case, matched against the block lower-cased once: with
    // a boundary and case folding in each of the 34 branches, every position of every short block paid for 34 boundary
    // tests and folded characters, a fifth of `extract`'s CPU.
    private static final Pattern LINE = Pattern.compile("\\b(?:"
            // affiliate and advertising notes
            + "affiliate[- ]?links?\\b|(?:we|i) (?:may )?(?:earn|receive|get) (?:a )?(?:small )?(?:commission|compensation)"
            + "|this (?:post|article|page) (?:may )?contains? (?:affiliate|references to products|sponsored)"
            + "|(?:provision|vergütung) (?:erhalten|bekommen)|erhält? (?:\\S+ ){0,3}(?:eine )?provision"
            + "|bei den (?:verlinkungen|links|mit \\S+ gekennzeichneten links) handelt es sich"
            + "|advertising disclaimer"
            // disclaimers
            + "|alle angaben ohne gewähr|ohne gewähr auf|gibt die meinung de[sr] (?:autors?|autorin|verfassers?) wieder"
            + "|(?:views|opinions) expressed (?:here |in this (?:article|post|column) )?are (?:those of the author|the author.s own|solely)"
            + "|do(?:es)? not necessarily (?:reflect|represent) (?:the )?(?:views?|opinions?|position)"
            + "|is not responsible for the (?:opinions|content)|vervielfältigung nur mit (?:vorheriger )?genehmigung"
            + "|no part of this (?:publication|article|material) may be reproduced|nachdruck (?:nur )?mit genehmigung"
            + "|dieser (?:text|beitrag|artikel) (?:entspricht|ersetzt) (?:nicht )?(?:den|die|keine)"
            + "|prices? (?:were|was|are) (?:accurate|correct) at the time of"
            // donations and memberships
            + "|support (?:us|our work|our journalism|independent (?:journalism|media))|(?:make a |please )?donat(?:e|ion) (?:now|today|to us)"
            + "|become a (?:member|patron|supporter|subscriber)\\b|buy me a coffee|unterstütze?n? (?:sie )?(?:uns|unsere arbeit|unabhängigen journalismus)"
            + "|jetzt spenden|(?:hier|jetzt) unterstützen\\b|hazte (?:socio|miembro)|apoya (?:el|nuestro) periodismo"
            + "|puedes hacer periodismo|soutenez(?:-nous| notre)"
            // cookies
            + "|(?:we|this (?:site|website)) uses? cookies\\b|wir verwenden cookies|korzystamy z (?:plików )?cookies"
            + "|nous utilisons des cookies|utilizamos cookies"
            + ")");

    private TemplateLines() {
    }

    /** True if {@code text} is a short block holding one of the template's stock lines. */
    static boolean isTemplateLine(String text) {
        return text.length() <= MAX_CHARS && LINE.matcher(text.toLowerCase(Locale.ROOT)).find();
    }
}
