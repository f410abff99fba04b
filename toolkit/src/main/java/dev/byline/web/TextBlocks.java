package dev.byline.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A cleaned page cut into its runs of text: each block is the inline text between two block-level boundaries
 * (a paragraph, a heading, a list item, a cell, or the loose text of a {@code div} up to its next block child or
 * double {@code <br>}), with the characters of it that sit inside links, and the block element that holds it. A row
 * of a data table (a table whose cells hold only text, as a story's table of figures or results does) is one block,
 * its cells' texts in order ({@link Kind#ROW}); a table laid out for the page's columns is cut cell by cell.
 */
final class TextBlocks {
    /** What kind of text a block is, from the element that holds it. */
    enum Kind { TEXT, HEADING, ITEM, QUOTE, PRE, CAPTION, CELL, ROW }

    /**
     * A run of text.
     *
     * @param owner     the innermost block element holding it
     * @param text      its text, white space collapsed
     * @param linkChars how many of its characters are link text
     * @param kind      what the owner makes it
     * @param takenFrom for a block of a part the cleaner set aside ({@link SetAside}), the element of the page the part
     *                  was taken from; null for a block of the page
     */
    record Block(Element owner, String text, int linkChars, Kind kind, Element takenFrom) {
        /** True if the block is in a part the cleaner set aside by its name. */
        boolean setAside() {
            return takenFrom != null;
        }

        /** Where the block stands in the page: its owner, or the element its part was taken from. */
        Element place() {
            return takenFrom == null ? owner : takenFrom;
        }

        double linkDensity() {
            return text.isEmpty() ? 0 : (double) linkChars / text.length();
        }

        /** Its characters outside links, CJK ones weighted as {@link #weightedLength} does. */
        double prose() {
            return text.isEmpty() ? 0 : (text.length() - linkChars) * (double) weightedLength(text) / text.length();
        }
    }

    private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body", "dd",
            "details", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
            "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "thead",
            "tfoot", "tr", "td", "th", "ul", "center", "summary", "caption", "html", "dialog", "menu", "hgroup");

    /**
     * Deeper than this the text is not read. jsoup's parser nests no deeper than 512 (it sets deeper elements beside
     * the last one), so this bound only guards the stack against a tree built by other means.
     */
    private static final int MAX_DEPTH = 1024;

    /** Fewer rows than this are a layout's box or a label beside a value, not a table of figures. */
    static final int MIN_DATA_ROWS = 2;

    private final List<Block> blocks = new ArrayList<>();
    /** The parts set aside whose blocks are cut too, at their places. */
    private final SetAside aside;
    /** The element of the page the part being cut was taken from; null when cutting the page itself. */
    private final Element takenFrom;
    private final StringBuilder buffer = new StringBuilder();
    /** The data table being read, whose rows are blocks and whose cells are not; null outside one. */
    private Element dataTable;
    private int links;
    private boolean lastWasBreak;

    private TextBlocks(SetAside aside, Element takenFrom) {
        this.aside = aside;
        this.takenFrom = takenFrom;
    }

    /** The blocks under {@code root}, in document order. */
    static List<Block> of(Element root) {
        return of(root, SetAside.NONE);
    }

    /**
     * The blocks under {@code root} and, each at its place, those of the parts {@code aside} holds ({@link
     * Block#setAside()}). A part is cut as if it stood alone: the page's own blocks are the same as without it.
     */
    static List<Block> of(Element root, SetAside aside) {
        TextBlocks cut = new TextBlocks(aside, null);
        cut.visit(root, root, false, 0);
        cut.flush(root);
        return cut.blocks;
    }

    static boolean isParagraphLike(Element e) {
        return switch (e.normalName()) {
            case "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt" -> true;
            default -> false;
        };
    }

    static boolean isBlock(Element e) {
        return BLOCK_TAGS.contains(e.normalName());
    }

    private void visit(Element element, Element owner, boolean inLink, int depth) {
        if (depth > MAX_DEPTH) {
            return;   // pathological nesting: jsoup keeps the tree, we keep the stack
        }
        boolean opensTable = dataTable == null && element.normalName().equals("table") && isDataTable(element);
        if (opensTable) {
            dataTable = element;
        }
        boolean cell = dataTable != null && (element.normalName().equals("td") || element.normalName().equals("th"));
        boolean block = isBlock(element) && !cell;
        if (block) {
            flush(owner);
            owner = element;
        }
        if (cell) {
            buffer.append(' ');   // the cells of a row are read as one line, apart
        }
        boolean link = inLink || element.normalName().equals("a") && TeaserLists.isRealLink(element);
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode t) {
                String s = t.getWholeText();
                if (!t.isBlank()) {
                    lastWasBreak = false;
                }
                append(s, link);
            } else if (child instanceof Element e) {
                if (e.normalName().equals("br")) {
                    if (lastWasBreak) {
                        flush(owner);
                    } else {
                        buffer.append(' ');
                        lastWasBreak = true;
                    }
                } else if (e.normalName().equals("img")) {
                    continue;
                } else {
                    visit(e, owner, link, depth + 1);
                }
            } else if (aside.part(child) instanceof Element part) {
                TextBlocks cut = new TextBlocks(aside, takenFrom != null ? takenFrom : element);
                cut.visit(part, part, link, depth + 1);
                cut.flush(part);
                blocks.addAll(cut.blocks);
            }
        }
        if (block) {
            flush(owner);
        }
        if (opensTable) {
            dataTable = null;
        }
    }

    /**
     * True if {@code table} holds data rather than a page's layout: no table inside it, no block (a paragraph, a
     * list, a division) inside any of its cells, and at least {@link #MIN_DATA_ROWS} rows, one of them of two cells or
     * more.
     */
    static boolean isDataTable(Element table) {
        int rows = 0;
        boolean wide = false;
        // walked lazily, to stop at the first sign of a layout: a page laid out in nested tables is not walked whole
        // for each of them
        for (java.util.Iterator<Element> all = table.stream().iterator(); all.hasNext(); ) {
            Element e = all.next();
            if (e == table) {
                continue;
            }
            switch (e.normalName()) {
                case "table" -> {
                    return false;
                }
                case "tr" -> {
                    rows++;
                    int cells = 0;
                    for (Element c : e.children()) {
                        if (c.normalName().equals("td") || c.normalName().equals("th")) {
                            cells++;
                        }
                    }
                    wide |= cells >= 2;
                }
                case "td", "th", "tbody", "thead", "tfoot", "caption" -> {
                    // the table's own parts
                }
                default -> {
                    if (isBlock(e)) {
                        return false;
                    }
                }
            }
        }
        return rows >= MIN_DATA_ROWS && wide;
    }

    private void append(String s, boolean link) {
        int before = visibleLength();
        buffer.append(s);
        if (link) {
            links += visibleLength() - before;
        }
    }

    private int visibleLength() {
        return buffer.length();
    }

    private void flush(Element owner) {
        lastWasBreak = false;
        if (buffer.isEmpty()) {
            return;
        }
        String raw = buffer.toString();
        String text = collapse(raw);
        int linkChars = raw.isEmpty() ? 0 : (int) Math.min(text.length(), Math.round((double) links * text.length() / raw.length()));
        buffer.setLength(0);
        links = 0;
        if (!text.isEmpty()) {
            blocks.add(new Block(owner, text, linkChars, dataTable != null && owner.normalName().equals("tr") ? Kind.ROW
                    : kind(owner), takenFrom));
        }
    }

    private static Kind kind(Element owner) {
        for (Element e = owner; e != null; e = e.parent()) {
            switch (e.normalName()) {
                case "figcaption", "caption", "figure" -> {
                    return Kind.CAPTION;
                }
                case "blockquote" -> {
                    return Kind.QUOTE;
                }
                case "pre" -> {
                    return Kind.PRE;
                }
                default -> {
                    // look further up only for the kinds that enclose paragraphs
                }
            }
        }
        return switch (owner.normalName()) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> Kind.HEADING;
            case "li", "dd", "dt" -> Kind.ITEM;
            case "td", "th" -> Kind.CELL;
            default -> Kind.TEXT;
        };
    }

    /**
     * The length of {@code s} in Latin-script characters: a Han, kana or Hangul character carries about as much as
     * a short word, so it counts three. Length thresholds written for alphabetic text then hold for CJK text too.
     */
    static int weightedLength(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(s.charAt(i));
            n += switch (script) {
                case HAN, HIRAGANA, KATAKANA, HANGUL -> 3;
                default -> 1;
            };
        }
        return n;
    }

    /** Collapses runs of white space (non-breaking spaces too) to one space and strips the ends. */
    static String collapse(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b') {
                space = !out.isEmpty();
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
