package dev.byline.web;

import dev.byline.web.TextBlocks.Block;
import dev.byline.web.TextBlocks.Kind;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Trims what pages put under a story's last paragraph inside the story's own container: a heading that opens a
 * section of other stories ("Related", "Mehr zum Thema", "Lire aussi") or a part of the template (the author's box,
 * the press contact, "Weitere Informationen") and everything after it (unless the story goes on beside a box of related
 * stories set inside it: then the box alone), calls to follow, subscribe, share or rate, the
 * label of a table of contents, and a tail of headings that no paragraph follows. The phrases are the
 * stock ones of news and blog templates in the languages Byline's users read most; a block must be short to be
 * taken for one, so a story's sentence that mentions a newsletter stays.
 *
 * <pre>{@code
 * List<Block> story = StoryEnd.trim(kept);   // the story's blocks without the section of other stories after it
 * }</pre>
 */
final class StoryEnd {
    /** A block longer than this is a story's paragraph, whatever phrase it holds. */
    static final int MAX_FURNITURE_CHARS = 200;
    /** A paragraph this long or longer, beside a related heading, is the story going on (a teaser's line is shorter). */
    static final int RESUMED_CHARS = 150;
    /** A sign-off standing last may be this long: a call to follow that adds the newsroom's numbers and addresses. */
    static final int TRAILING_CALL_CHARS = 320;

    /** Headings that open a section of other stories (the whole block, give or take a colon, dots or an arrow). */
    private static final Pattern RELATED_HEADING = Pattern.compile("(?iu)^(?:"
            + "related(?: articles?| stories| posts?| content| coverage| news| topics| reading)?|read (?:more|also|next)"
            + "|more (?:on|about) (?:this|the)(?: story| topic| subject)?|more (?:stories|news|articles)(?: from .*)?"
            + "|(?:you|we think you) (?:may|might|will) (?:also )?(?:like|enjoy|be interested in).*|recommended(?: for you| stories| reading| articles)?"
            + "|most (?:read|popular|viewed|shared)(?: stories| articles)?|trending(?: now| stories| articles)?|don.t miss"
            + "|top stories|further reading|also read|popular (?:posts|stories|articles)|editor.s picks|what to read next"
            + "|mehr zum thema|mehr (?:aus|zu|zum|von|über) .{1,40}|(?:das|dieses|das thema|dieses thema) könnte (?:sie|dich) auch interessieren|auch interessant"
            + "|lesen sie (?:auch|mehr)|lies auch|weitere (?:artikel|beiträge|nachrichten|meldungen|themen|news)(?: .{1,30})?"
            + "|schon gelesen|zum weiterlesen|(?:empfohlene|ähnliche|verwandte|passende) (?:beiträge|artikel|themen)"
            + "|beiträge zum thema|top.?themen(?: .{1,30})?|meistgelesen(?:e)?(?: artikel| beiträge)?|noch mehr .{1,30}"
            + "|(?:à )?lire aussi|sur le même sujet|articles? similaires|voir aussi|les plus lus|à voir aussi"
            + "|(?:también )?te puede interesar|lee también|(?:noticias|artículos) relacionad[oa]s|más noticias|lo más leído"
            + "|leggi anche|potrebbe interessarti|articoli correlati|leia também|veja também|notícias relacionadas"
            + "|lees ook|gerelateerde artikelen|czytaj (?:też|także|więcej)"
            + ")\\s*[:.…»>→?!]*$");

    /**
     * Labels that open a part of the template under the story: the author's box, the press office's contact, a
     * list of further information. Past half the story such a block ends it, like a related heading.
     */
    private static final Pattern TAIL_SECTION = Pattern.compile("(?iu)^(?:"
            + "about (?:the )?authors?|(?:über|zum|zur) (?:den |die )?(?:autor|autorin|verfasser)(?:in)?|the author|der autor|die autorin"
            + "|à propos de l.auteur|sobre (?:el|la) autora?|l.autore|o autorze"
            + "|(?:press |media )?contacts?(?: us| information| details)?|(?:presse|medien)?kontakt(?:e|daten)?|ansprechpartner(?:in)?"
            + "|pressekontakt|contacto(?: de prensa)?|contact presse|kontakt dla mediów"
            + "|weitere informationen|more information|for more information|further information|plus d.informations?"
            + "|más información|zusatzinformationen"
            + ")\\s*[:.…»>→]*$");

    /** Labels of a table of contents, dropped wherever they stand (the entries are links, already left out). */
    private static final Pattern CONTENTS_LABEL = Pattern.compile("(?iu)^(?:"
            + "table of contents|contents|inhaltsverzeichnis|inhalt|inhaltsübersicht|índice(?: de contenidos)?|contenidos"
            + "|sommaire|table des matières|indice|spis treści|inhoud(?:sopgave)?|sumário"
            + ")\\s*[:.]*$");

    /** Calls to follow, subscribe, share, rate or update, anywhere in a short block. */
    private static final Pattern CALL_TO_ACTION = Pattern.compile("(?iu)(?:"
            + "\\bfollow (?:us|[\\p{L}.]+(?: [\\p{L}.]+){0,3}) on (?:twitter|facebook|instagram|linkedin|youtube|telegram|tiktok|x\\b)"
            + "|\\b(?:folgen|liken) sie uns|\\bsíguenos|\\bsiguenos|\\bsuivez-nous|\\bseguici|\\bsiga-nos"
            + "|\\bsign up (?:for|to) .{0,40}newsletter|\\bsubscribe to (?:our|the) .{0,30}newsletter|newsletter (?:abonnieren|bestellen)"
            + "|\\bdownload (?:the|our) .{0,40}\\bapps?\\b|\\bshare (?:this|the) (?:article|story|post)\\b"
            + "|\\bwas this (?:article|page|post|story) (?:helpful|useful)|\\b(?:war|ist) (?:der|dieser|dieses|das) (?:artikel|beitrag|text) (?:hilfreich|nützlich|lesenswert)"
            + "|\\b(?:artikel|beitrag) (?:bewerten|teilen)\\b|\\b(?:den|diesen) (?:artikel|beitrag) (?:mit anderen )?teilen"
            + "|\\bmöchten sie (?:den|diesen) (?:artikel|beitrag) teilen|\\bstay up[- ]to[- ]date\\b"
            + "|\\bwe rely on (?:your|our readers.?) support|\\bsupport (?:our|independent|local) journalism"
            + "|\\b(?:this|the) (?:entry|post) was posted\\b|\\b(?:der|dieser) (?:beitrag|eintrag) wurde am\\b"
            + "|\\bsign up (?:here|now|today)\\b|\\benter your e-?mail(?: address)? (?:below|here)\\b"
            + "|\\bcanal de (?:telegram|whatsapp)\\b|\\b(?:join|follow) (?:us|our \\p{L}+) on (?:telegram|whatsapp)\\b"
            + "|\\bjoin our .{0,30}newsletter|\\bby entering your e-?mail(?: address)?\\b|\\bnichts (?:mehr )?(?:verpassen|versäumen)\\b"
            + "|\\bkeine? .{0,30}mehr verpassen\\b|\\bsend us a message on whatsapp\\b|\\bihr browser ist veraltet|\\byour browser is out of date"
            + "|\\bplease (?:update|upgrade) your browser|\\bnever miss (?:the|a|our) |\\bfor the latest (?:news|stories|updates)\\b"
            + ")");

    /** A sign-off that opens by asking readers to follow the outlet on social media (and goes on with its addresses). */
    private static final Pattern SOCIAL_SIGN_OFF = Pattern.compile("(?iu)(?:follow|folgen sie|síguenos|suivez) .{0,60}?"
            + "\\b(?:twitter|facebook|instagram|linkedin|youtube|telegram|tiktok|whatsapp)\\b");

    /** The social networks an outlet's sign-off lists; a short last block naming three of them is the sign-off (a writer asking for comments names one or two). */
    private static final Pattern SOCIAL_NETWORK = Pattern.compile("(?iu)\\b(?:twitter|facebook|instagram|linkedin|youtube"
            + "|telegram|tiktok|whatsapp|threads|bluesky|mastodon)\\b");

    /**
     * A note on the writer set under the story: a name of one to three words, "is" or "was", and a trade within a few
     * words ("Jane Doe is a freelance reporter …", "Max Muster ist Redakteur …"). Only read in a last block set in
     * italics, as such notes are: a story's own last sentence about a founder or an editor is not.
     */
    private static final Pattern WRITER_NOTE = Pattern.compile("(?u)^(?:\\p{Lu}[\\p{L}'’.-]+\\s){1,3}(?:is|was|ist|war|est|es|è|jest)\\s"
            + "(?:[\\p{L}&’'-]+\\s){0,5}?(?i:(?:co-?)?founder|editor|reporter|writer|journalist|correspondent|columnist|author"
            + "|contributor|freelancer?|consultant|analyst|professor|researcher|fellow|blogger|gründer(?:in)?|redakteur(?:in)?"
            + "|journalist(?:in)?|autor(?:in)?|korrespondent(?:in)?|journaliste|rédact(?:eur|rice)|periodista|redactor(?:a)?"
            + "|giornalista|dziennikar(?:z|ka))");
    /** A note on the writer is at most this long. */
    static final int WRITER_NOTE_CHARS = 450;

    private StoryEnd() {
    }

    /** The blocks of {@code kept} (a story's blocks in page order) without the furniture under and around it. */
    static List<Block> trim(List<Block> kept) {
        List<Block> out = kept.stream().filter(b -> !isCallToAction(b)
                && !(CONTENTS_LABEL.matcher(b.text()).matches())).toList();
        int end = out.size();
        int proseBefore = 0;
        int total = out.stream().mapToInt(StoryEnd::prose).sum();
        for (int i = 0; i < out.size(); i++) {
            Block b = out.get(i);
            // past half the story, a "related" heading opens the page's list of other stories: it runs to the end
            if (proseBefore * 2 >= total && (RELATED_HEADING.matcher(b.text()).matches()
                    || TAIL_SECTION.matcher(b.text()).matches())) {
                // a box of other stories set inside the story, which goes on under it, is left out alone
                int resumed = RELATED_HEADING.matcher(b.text()).matches() ? storyResumes(out, i) : -1;
                if (resumed < 0) {
                    end = i;
                    break;
                }
                List<Block> without = new java.util.ArrayList<>(out.subList(0, i));
                without.addAll(out.subList(resumed, out.size()));
                return trim(without);
            }
            proseBefore += prose(b);
        }
        // a story does not end on a heading: one with nothing under it heads the next part of the page; nor on a line
        // that announces what follows it (a colon), when what followed was left out; nor on a sign-off asking readers to
        // follow the outlet, which runs on longer than a call amid the story with the newsroom's numbers and addresses
        while (end > 0 && (isTailFurniture(out.get(end - 1)) || isTrailingCall(out.get(end - 1)))) {
            end--;
        }
        return end == 0 ? out : out.subList(0, end);
    }

    /**
     * Where the story goes on after the related heading at {@code heading} in {@code out}, or -1: the first of two
     * paragraphs of running text ({@link #RESUMED_CHARS} or longer, few links) that stand next to each other in the
     * heading's own parent. A box of related stories set in the middle of a story holds its entries in a list or
     * cards of its own, and the story's paragraphs go on beside the box; teasers' excerpts under a related heading
     * stand apart, each under its linked headline.
     */
    private static int storyResumes(List<Block> out, int heading) {
        org.jsoup.nodes.Element parent = out.get(heading).owner().parent();
        for (int j = heading + 1; j + 1 < out.size(); j++) {
            if (isRunningText(out.get(j), parent) && isRunningText(out.get(j + 1), parent)
                    && out.get(j).owner().nextElementSibling() == out.get(j + 1).owner()) {
                return j;
            }
        }
        return -1;
    }

    private static boolean isRunningText(Block b, org.jsoup.nodes.Element parent) {
        return b.kind() == Kind.TEXT && b.owner().normalName().equals("p") && b.owner().parent() == parent
                && b.text().length() >= RESUMED_CHARS && b.linkDensity() < ContentScorer.LONE_SIBLING_LINKS;
    }

    private static boolean isCallToAction(Block b) {
        return b.text().length() <= MAX_FURNITURE_CHARS && CALL_TO_ACTION.matcher(b.text()).find();
    }

    /**
     * True if the block, standing last, is a short label announcing a part left out, a sign-off's call to act (to
     * follow the outlet, to write to it on the networks it names), or a note on the writer in italics.
     */
    private static boolean isTrailingCall(Block b) {
        String t = b.text();
        return t.length() <= MAX_FURNITURE_CHARS && t.endsWith(":")
                || t.length() <= TRAILING_CALL_CHARS && (SOCIAL_SIGN_OFF.matcher(t).lookingAt() || namesNetworks(t, 3))
                || t.length() <= WRITER_NOTE_CHARS && WRITER_NOTE.matcher(t).lookingAt() && inItalics(b);
    }

    private static boolean namesNetworks(String t, int atLeast) {
        java.util.regex.Matcher m = SOCIAL_NETWORK.matcher(t);
        java.util.Set<String> named = new java.util.HashSet<>();
        while (m.find()) {
            named.add(m.group().toLowerCase(java.util.Locale.ROOT));
        }
        return named.size() >= atLeast;
    }

    /** True if nearly all the block's text is set in italics ({@code em}, {@code i}) inside its owner. */
    private static boolean inItalics(Block b) {
        int italic = 0;
        for (org.jsoup.nodes.Element e : b.owner().select("em, i")) {
            if (e.parents().stream().noneMatch(p -> p.normalName().equals("em") || p.normalName().equals("i"))) {
                italic += e.text().length();
            }
        }
        return italic >= 0.9 * b.text().length();
    }

    private static boolean isTailFurniture(Block b) {
        // short labels and sign-offs ("x Franzi", "Kontakt") were tried too: blogs end on their sign-off, and
        // trafilatura's and readability's expected texts keep it
        return b.kind() == Kind.HEADING || RELATED_HEADING.matcher(b.text()).matches();
    }

    private static int prose(Block b) {
        return b.kind() == Kind.HEADING ? 0 : b.text().length() - b.linkChars();
    }
}
