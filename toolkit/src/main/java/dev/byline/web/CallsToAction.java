package dev.byline.web;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Calls to action set in or beside a story: a short box that says a line or two and ends in a button (a seminar's
 * "learn more", an app's store badges, "buy this article", "subscribe to the journal"). Told by their shape, not their
 * names: a button is a link the page styles as one ({@code btn}, {@code button}, {@code cta} in its own or its
 * parent's class, {@code role=button}), leading to another page, or the submit button of a form that asks for nothing
 * but an e-mail address at most (hidden fields, a tick: a purchase, a one-click subscription, a newsletter's sign-up,
 * whose pitch around the form {@link SignUpForms} leaves behind). The box is the largest element around it that holds
 * at most {@link #BOX_CHARS} characters of text (white space aside), no paragraph of prose and no headline ({@code h1}:
 * a story's head with its share buttons), and text besides its buttons. Links that pass the story on (mail,
 * messengers, share pages, a share bar) are no calls; a button inside a sentence (a paragraph's link styled as a
 * button) is the sentence's; a button that opens something on the page itself (a fragment, a script: "read the rest",
 * a player's control) calls to nothing. Found on the page as it comes (the cleaner takes buttons and forms' controls
 * out); left in place for the choice of the story's container, their blocks not read with the story, as
 * {@link AuthorBoxes}' notes.
 *
 * <pre>{@code
 * List<Element> calls = CallsToAction.find(body, List.of("Jane Doe"));   // before cleaning
 * }</pre>
 */
final class CallsToAction {
    /** A call to action says at most this much: a heading, a line or two, a price, its buttons. */
    static final int BOX_CHARS = 400;
    /** A paragraph this long is prose of its own, not a call's line: a box holding one is no call to action. */
    static final int PROSE_CHARS = 250;
    /** A button's text longer than this is a sentence styled as a link, not a button. */
    static final int BUTTON_CHARS = 40;
    /** A call says something besides its buttons: at least this many characters. */
    static final int CALL_CHARS = 15;
    /** Text beside a button in its paragraph longer than this makes the button part of a sentence. */
    static final int SENTENCE_CHARS = 60;
    /** The calls together hold at most this share of the page's text: a page made of them (a landing page) is them. */
    static final double MOST_OF_PAGE = 0.25;

    /** An address that names its scheme ({@code mailto:}, {@code whatsapp:}, {@code https:}). */
    private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("[a-z][a-z0-9+.-]*:");
    /** How many levels above a link a share bar's name is looked for. */
    private static final int SHARE_LEVELS = 4;

    private CallsToAction() {
    }

    /**
     * The calls to action in {@code body}, outermost only, in page order. A link whose text is one of the story's
     * {@code authors} is the byline's, however the theme styles it (a "button" class on the writer's name).
     */
    static List<Element> find(Element body, List<String> authors) {
        java.util.Set<String> names = new java.util.HashSet<>();
        authors.forEach(a -> names.add(ContentScorer.norm(a)));
        List<Element> buttons = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (isButton(e) && !(e.normalName().equals("a") && names.contains(ContentScorer.norm(e.text())))) {
                buttons.add(e);
            }
        }
        if (buttons.isEmpty()) {
            return List.of();
        }
        Map<Element, Boolean> seen = new IdentityHashMap<>();
        List<Element> boxes = new ArrayList<>();
        int chars = 0;
        // the text under each element, worked out once: asked of every level above every button, text() would cost
        // the page's text again at each
        Map<Element, Integer> lengths = PageCleaner.textLengths(body);
        for (Element button : buttons) {
            if (inSentence(button)) {
                continue;
            }
            Element box = boxAround(button, body, lengths);
            if (box == null || seen.containsKey(box) || boxes.stream().anyMatch(b -> ContentScorer.inside(box, b))) {
                continue;
            }
            boxes.removeIf(b -> ContentScorer.inside(b, box));
            seen.put(box, true);
            boxes.add(box);
        }
        for (Element b : boxes) {
            chars += b.text().length();
        }
        if (chars > MOST_OF_PAGE * lengths.getOrDefault(body, 0)) {
            return List.of();
        }
        return boxes;
    }

    /** True if {@code e} is a button that calls the reader somewhere: a button-styled link away, or a bare form's submit. */
    static boolean isButton(Element e) {
        String tag = e.normalName();
        if (tag.equals("a")) {
            if (!(namesButton(e) || e.attr("role").equalsIgnoreCase("button")
                    || e.parent() != null && namesButton(e.parent()) && e.parent().text().length() <= BUTTON_CHARS * 3)) {
                return false;
            }
            String href = e.attr("href").strip().toLowerCase(Locale.ROOT);
            if (href.isEmpty() || href.startsWith("#") || href.startsWith("javascript:")) {
                return false;   // opens something on the page itself: a player, the rest of the story, a menu
            }
            if (SCHEME.matcher(href).lookingAt() && !href.startsWith("http") || href.contains("share")
                    || href.contains("intent/tweet") || inShareBar(e)) {
                return false;   // passes the story on (mail, messengers, a network's share page): a share bar's
            }
            return e.text().length() <= BUTTON_CHARS;
        }
        boolean submit = tag.equals("button") && !e.attr("type").equalsIgnoreCase("button")
                || tag.equals("input") && (e.attr("type").equalsIgnoreCase("submit") || e.attr("type").equalsIgnoreCase("image"));
        if (!submit) {
            return false;
        }
        Element form = e.closest("form");
        return form != null && asksNothing(form);
    }

    /** True if the link or a part just above it is named as a share bar ({@code share}, {@code sharing}, {@code social}). */
    private static boolean inShareBar(Element link) {
        Element x = link;
        for (int i = 0; i <= SHARE_LEVELS && x != null; i++, x = x.parent()) {
            for (String word : ClassNames.words(x.className() + " " + x.id())) {
                if (word.startsWith("share") || word.startsWith("sharing") || word.startsWith("social")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True if the form asks for nothing but, at most, an e-mail address and a tick: hidden fields, buttons, an address
     * field, check boxes (a purchase, a one-click order, a newsletter's sign-up). A search box or a comment form asks
     * for more.
     */
    private static boolean asksNothing(Element form) {
        for (Element f : form.select("input, select, textarea")) {
            String type = f.attr("type").toLowerCase(Locale.ROOT);
            if (!(f.normalName().equals("input") && (type.equals("hidden") || type.equals("submit") || type.equals("image")
                    || type.equals("button") || type.equals("checkbox") || type.equals("email")
                    || (type.isEmpty() || type.equals("text")) && asksForMail(f)))) {
                return false;
            }
        }
        return true;
    }

    /** True if a text field's name, id or placeholder says it wants an e-mail address. */
    private static boolean asksForMail(Element input) {
        return (input.attr("name") + " " + input.id() + " " + input.attr("placeholder")).toLowerCase(Locale.ROOT).contains("mail");
    }

    /** True if a word of the element's class or id names a button ({@code btn}, {@code button}, {@code cta}). */
    private static boolean namesButton(Element e) {
        if (e.className().isEmpty() && e.id().isEmpty()) {
            return false;
        }
        for (String word : ClassNames.words(e.className() + " " + e.id())) {
            if (word.startsWith("btn") || word.endsWith("btn") || word.contains("button") || word.equals("cta")
                    || word.startsWith("cta") && word.length() <= 4) {
                return true;
            }
        }
        return false;
    }

    /** True if the button stands in a paragraph with a sentence's worth of other text: the sentence's link. */
    private static boolean inSentence(Element button) {
        for (Element x = button.parent(); x != null; x = x.parent()) {
            if (x.normalName().equals("p") || x.normalName().equals("li") || x.normalName().equals("td")) {
                return x.text().length() - button.text().length() > SENTENCE_CHARS;
            }
            if (TextBlocks.isBlock(x)) {
                return false;
            }
        }
        return false;
    }

    /**
     * The largest element around {@code button} below {@code body} that holds at most {@link #BOX_CHARS} characters
     * and no paragraph of {@link #PROSE_CHARS}; null when that element says nothing besides its buttons.
     */
    private static Element boxAround(Element button, Element body, Map<Element, Integer> lengths) {
        Element box = null;
        for (Element up = button.parent(); up != null && up != body; up = up.parent()) {
            if (lengths.getOrDefault(up, 0) > BOX_CHARS || holdsProse(up) || !up.getElementsByTag("h1").isEmpty()) {
                break;
            }
            box = up;
        }
        if (box == null) {
            return null;
        }
        int buttonChars = 0;
        for (Element b : box.getAllElements()) {
            if (b != box && isButton(b)) {
                buttonChars += b.text().length();
            }
        }
        return box.text().length() - buttonChars >= CALL_CHARS ? box : null;
    }

    /** True if a paragraph (or a block's own run of text) under {@code e} is as long as prose ({@link #PROSE_CHARS}). */
    private static boolean holdsProse(Element e) {
        for (Element x : e.getAllElements()) {
            if (TextBlocks.isBlock(x) && x.ownText().length() >= PROSE_CHARS) {
                return true;
            }
            if (x.normalName().equals("p") && x.text().length() >= PROSE_CHARS) {
                return true;
            }
        }
        return false;
    }
}
