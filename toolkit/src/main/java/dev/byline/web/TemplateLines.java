package dev.byline.web;

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

    private static final Pattern LINE = Pattern.compile("(?iu)(?:"
            // affiliate and advertising notes
            + "\\baffiliate[- ]?links?\\b|\\b(?:we|i) (?:may )?(?:earn|receive|get) (?:a )?(?:small )?(?:commission|compensation)"
            + "|\\bthis (?:post|article|page) (?:may )?contains? (?:affiliate|references to products|sponsored)"
            + "|\\b(?:provision|vergütung) (?:erhalten|bekommen)|\\berhält? (?:\\S+ ){0,3}(?:eine )?provision"
            + "|\\bbei den (?:verlinkungen|links|mit \\S+ gekennzeichneten links) handelt es sich"
            + "|\\badvertising disclaimer"
            // disclaimers
            + "|\\balle angaben ohne gewähr|\\bohne gewähr auf|\\bgibt die meinung de[sr] (?:autors?|autorin|verfassers?) wieder"
            + "|\\b(?:views|opinions) expressed (?:here |in this (?:article|post|column) )?are (?:those of the author|the author.s own|solely)"
            + "|\\bdo(?:es)? not necessarily (?:reflect|represent) (?:the )?(?:views?|opinions?|position)"
            + "|\\bis not responsible for the (?:opinions|content)|\\bvervielfältigung nur mit (?:vorheriger )?genehmigung"
            + "|\\bno part of this (?:publication|article|material) may be reproduced|\\bnachdruck (?:nur )?mit genehmigung"
            + "|\\bdieser (?:text|beitrag|artikel) (?:entspricht|ersetzt) (?:nicht )?(?:den|die|keine)"
            + "|\\bprices? (?:were|was|are) (?:accurate|correct) at the time of"
            // donations and memberships
            + "|\\bsupport (?:us|our work|our journalism|independent (?:journalism|media))|\\b(?:make a |please )?donat(?:e|ion) (?:now|today|to us)"
            + "|\\bbecome a (?:member|patron|supporter|subscriber)\\b|\\bbuy me a coffee|\\bunterstütze?n? (?:sie )?(?:uns|unsere arbeit|unabhängigen journalismus)"
            + "|\\bjetzt spenden|\\b(?:hier|jetzt) unterstützen\\b|\\bhazte (?:socio|miembro)|\\bapoya (?:el|nuestro) periodismo"
            + "|\\bpuedes hacer periodismo|\\bsoutenez(?:-nous| notre)"
            // cookies
            + "|\\b(?:we|this (?:site|website)) uses? cookies\\b|\\bwir verwenden cookies|\\bkorzystamy z (?:plików )?cookies"
            + "|\\bnous utilisons des cookies|\\butilizamos cookies"
            + ")");

    private TemplateLines() {
    }

    /** True if {@code text} is a short block holding one of the template's stock lines. */
    static boolean isTemplateLine(String text) {
        return text.length() <= MAX_CHARS && LINE.matcher(text).find();
    }
}
