package dev.byline.text;

import dev.byline.text.BoilerplateLine.Reason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a document's lines and says which is the title, where the dateline is, which lines are
 * boilerplate and which ranges are body paragraphs.
 *
 * <p>Rules, in the order they apply:
 * <ol>
 *   <li>Boilerplate: a line matching a known furniture pattern ({@link FurnitureRules}: publication stamps, share bars,
 *       channel plugs, "Read more:", advertisements, copyright) or repeating an earlier line word
 *       for word.</li>
 *   <li>Title: the first content line, if it is short (at most 25 words and 250 characters), does
 *       not end in a period, comma, colon or semicolon, and more text follows. In Markdown, a first
 *       {@code # heading}. Nothing is guessed from the body.</li>
 *   <li>Byline: a line {@code By NAME[, AGENCY]} or {@code NAME | OUTLET} just above or below the title
 *       ({@link Bylines}); it is never the title.</li>
 *   <li>Dateline: the start of the first body line, when it reads as wire copy's datelines do
 *       ({@link Datelines}): {@code LONDON (Reuters) -}, {@code NEW YORK, Feb 26 -}, {@code March 3, 2026 —},
 *       {@code date 2026-02-10 LONDON —}.</li>
 *   <li>Paragraphs: every other non-blank line, with or without blank lines between them; hard-wrapped
 *       text (short lines of similar length inside blank-line-separated blocks) joins each block.</li>
 * </ol>
 */
public final class LayoutDetector {
    private static final int TITLE_MAX_WORDS = 25;
    private static final int TITLE_MAX_CHARS = 250;

    private LayoutDetector() {
    }

    /** What the rules found in a document's lines, in the lines' own offsets (chars of a String, bytes of UTF-8). */
    static final class Found {
        int titleStart = -1;
        int titleEnd;
        int datelineStart = -1;
        int datelineEnd;
        String datelineDate;
        String datelineMonthDay;
        String datelinePlace;
        String datelineAgency;
        int bylineStart = -1;
        int bylineEnd;
        List<String> bylineAuthors;
        String bylineCredit;
        final List<int[]> boilerplate = new ArrayList<>();   // {line index, reason ordinal}
        int[] paragraphs = new int[32];                        // [start, end) pairs
        int paragraphCount;

        private void paragraph(int start, int end) {
            if (2 * paragraphCount == paragraphs.length) {
                paragraphs = java.util.Arrays.copyOf(paragraphs, paragraphs.length * 2);
            }
            paragraphs[2 * paragraphCount] = start;
            paragraphs[2 * paragraphCount + 1] = end;
            paragraphCount++;
        }
    }

    /** Finds the layout of {@code document}. */
    public static Layout detect(Document document) {
        if (document.format() == TextFormat.HEADLINE) {
            return headline(document.raw());
        }
        Lines lines = new Lines.OfString(document.raw());
        Found found = read(lines, document.format() == TextFormat.MARKDOWN);
        Optional<Span> title = found.titleStart < 0 ? Optional.empty()
                : Optional.of(Span.of(document, found.titleStart, found.titleEnd));
        Optional<Dateline> dateline = Optional.empty();
        if (found.datelineStart >= 0) {
            Optional<LocalDate> date = found.datelineDate != null
                    ? parseDate(found.datelineDate)
                    : Datelines.withYearOf(found.datelineMonthDay, published(document));
            dateline = Optional.of(new Dateline(Span.of(document, found.datelineStart, found.datelineEnd), date,
                    found.datelinePlace, found.datelineAgency));
        }
        Optional<Byline> byline = found.bylineStart < 0 ? Optional.empty() : Optional.of(new Byline(
                Span.of(document, found.bylineStart, found.bylineEnd), found.bylineAuthors, found.bylineCredit));
        List<BoilerplateLine> boilerplate = new ArrayList<>();
        for (int[] b : found.boilerplate) {
            boilerplate.add(new BoilerplateLine(Span.of(document, lines.start(b[0]), lines.end(b[0])), b[0] + 1,
                    Reason.values()[b[1]]));
        }
        List<int[]> paragraphs = new ArrayList<>(found.paragraphCount);
        for (int k = 0; k < found.paragraphCount; k++) {
            paragraphs.add(new int[] {found.paragraphs[2 * k], found.paragraphs[2 * k + 1]});
        }
        return new Layout(title, dateline, byline, boilerplate, paragraphs);
    }

    /**
     * The body paragraphs of a plain-text (not Markdown) document given as UTF-8 bytes, as {@code [start, end)}
     * byte offsets in {@link Found#paragraphs}: exactly the paragraphs {@link #detect} finds in the decoded
     * text. Null if the bytes are not strictly UTF-8 or a line is trimmed of a blank character outside ASCII;
     * then decode the file and use {@link #detect}.
     */
    static Found bodyOfUtf8(byte[] bytes, int from, int to, Utf8Lines reuse) {
        return bodyOfUtf8(bytes, from, to, reuse, from);
    }

    /** {@link #bodyOfUtf8(byte[], int, int, Utf8Lines)}, and null too if a NUL byte stands before {@code nulUntil}. */
    static Found bodyOfUtf8(byte[] bytes, int from, int to, Utf8Lines reuse, int nulUntil) {
        Utf8Lines lines = Utf8Lines.of(bytes, from, to, reuse, nulUntil);
        return lines == null ? null : read(lines, false);
    }

    /** The rules, once, over either kind of lines. */
    static Found read(Lines lines, boolean markdown) {
        Found found = new Found();
        LineSet seen = new LineSet(lines);
        int[] content = new int[lines.count];
        int contentCount = 0;
        for (int i = 0; i < lines.count; i++) {
            if (lines.blank(i)) {
                continue;
            }
            Reason reason = FurnitureRules.classify(lines, i, seen);
            if (reason != null) {
                found.boilerplate.add(new int[] {i, reason.ordinal()});
            } else {
                content[contentCount++] = i;
            }
        }

        WrappedLines layout = WrappedLines.of(lines, content, contentCount);
        if (layout.wrapped() && !found.boilerplate.isEmpty()) {
            int before = contentCount;
            contentCount = readmitWrappedRepeats(lines, layout, found.boilerplate, content, contentCount);
            if (contentCount != before) {
                layout = WrappedLines.of(lines, content, contentCount);
            }
        }
        // a byline may stand above the title or below it; it is never the title
        int h = contentCount > 1 && byline(lines, content[0], found) ? 1 : 0;
        int first = h;
        if (contentCount > h) {
            int head = content[h];
            String text = markdown || lines.chars[head] <= TITLE_MAX_CHARS ? lines.text(head) : null;
            if (markdown && text.startsWith("# ")) {
                int k = 2;
                while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
                    k++;
                }
                found.titleStart = lines.offset(head, k);
                found.titleEnd = lines.end(head);
                first = h + 1;
            } else if (contentCount > h + 1 && text != null && !layout.continues(h + 1)
                    && (looksLikeTitle(text) || headlineAboveDateline(lines, text, content[h + 1])
                        || HeadlineCase.headlineWithFullStop(text))) {
                found.titleStart = lines.start(head);
                found.titleEnd = lines.end(head);
                first = h + 1;
            } else if (contentCount > h + 2 && layout.continues(h + 1) && !layout.continues(h + 2)
                    && lines.chars[head] + lines.chars[content[h + 1]] < TITLE_MAX_CHARS) {
                // a headline wrapped over two lines: a title only if, read as one line, it looks like one
                String both = text + " " + lines.text(content[h + 1]);
                if (looksLikeTitle(both) && !WrappedLines.endsSentence(lines, content[h + 1])) {
                    found.titleStart = lines.start(head);
                    found.titleEnd = lines.end(content[h + 1]);
                    first = h + 2;
                }
            }
        }
        if (h == 0 && first > 0 && first + 1 < contentCount && byline(lines, content[first], found)) {
            first++;
        }

        int bodyStartOverride = -1;
        if (first < contentCount) {
            int line = content[first];
            Datelines.Read d = Datelines.mayBe(lines.prefix(line, 4)) ? Datelines.read(lines.text(line)) : null;
            if (d != null) {
                found.datelineDate = d.date();
                found.datelineMonthDay = d.monthDay();
                found.datelinePlace = d.place();
                found.datelineAgency = d.agency();
                found.datelineStart = lines.start(line);
                found.datelineEnd = lines.offset(line, d.spanEnd());
                bodyStartOverride = lines.offset(line, d.bodyStart());
            }
        }
        int paragraphStart = -1;
        int paragraphEnd = -1;
        for (int k = first; k < contentCount; k++) {
            int line = content[k];
            if (paragraphStart >= 0 && !(k > first && layout.continues(k))) {
                found.paragraph(paragraphStart, paragraphEnd);
                paragraphStart = -1;
            }
            if (paragraphStart < 0) {
                paragraphStart = k == first && bodyStartOverride >= 0 ? bodyStartOverride : lines.start(line);
            }
            paragraphEnd = lines.end(line);
        }
        if (paragraphStart >= 0) {
            found.paragraph(paragraphStart, paragraphEnd);
        }
        return found;
    }

    /**
     * In hard-wrapped text a line of prose can repeat an earlier one word for word: a quotation given twice (in a
     * pull quote and in the story) wraps the same way both times. Such a line of a few words is no furniture when it
     * carries on the sentence of the line right above it (no blank line between, not indented further, the line
     * above not ending a sentence), or opens an indented paragraph whose next line carries it on: it is put back
     * among the content lines, and the lines after it are looked at again in turn. A shorter line (a paragraph's
     * last word or two, "City.''", repeated because two paragraphs end alike) is put back only when it carries on a
     * line that the wrap, not the writer, ended. Returns the new number of content lines; {@code content} and
     * {@code boilerplate} are updated.
     */
    private static int readmitWrappedRepeats(Lines lines, WrappedLines layout, List<int[]> boilerplate, int[] content,
                                             int contentCount) {
        boolean[] isContent = new boolean[lines.count];
        for (int k = 0; k < contentCount; k++) {
            isContent[content[k]] = true;
        }
        boolean changed = false;
        for (java.util.Iterator<int[]> it = boilerplate.iterator(); it.hasNext(); ) {
            int[] b = it.next();
            int line = b[0];
            if (b[1] != Reason.REPEATED_LINE.ordinal()) {
                continue;
            }
            boolean few = words(lines.text(line)) < 4;
            boolean carriesOn = line > 0 && isContent[line - 1] && !WrappedLines.endsSentence(lines, line - 1)
                    && lines.indent(line) <= lines.indent(line - 1) && (!few || layout.full(line - 1, line));
            boolean opens = !few && line + 1 < lines.count && !lines.blank(line + 1)
                    && !WrappedLines.endsSentence(lines, line) && lines.indent(line) > lines.indent(line + 1);
            if (carriesOn || opens) {
                isContent[line] = true;
                it.remove();
                changed = true;
            }
        }
        if (!changed) {
            return contentCount;
        }
        int n = 0;
        for (int i = 0; i < lines.count; i++) {
            if (isContent[i]) {
                content[n++] = i;
            }
        }
        return n;
    }

    private static int words(String text) {
        int words = 0;
        boolean inWord = false;
        for (int k = 0; k < text.length(); k++) {
            boolean space = Character.isWhitespace(text.charAt(k));
            words += !space && !inWord ? 1 : 0;
            inWord = !space;
        }
        return words;
    }

    /** Records {@code line} as the byline if it is one. */
    private static boolean byline(Lines lines, int line, Found found) {
        if (lines.chars[line] > 120) {
            return false;
        }
        Bylines.Read read = Bylines.read(lines.text(line));
        if (read == null) {
            return false;
        }
        found.bylineStart = lines.start(line);
        found.bylineEnd = lines.end(line);
        found.bylineAuthors = read.authors();
        found.bylineCredit = read.credit();
        return true;
    }

    /**
     * The line as compared for repeats: stripped, runs of {@code \s} ({@code [ \t\n\x0B\f\r]}) made one
     * space, lower-cased. Written out rather than with {@code replaceAll}, which compiles a pattern per
     * line: this runs on every line of every document.
     */
    static String key(String text) {
        String s = text.strip();
        boolean plain = true;   // no tab, newline or run of spaces: nothing to collapse (the usual case)
        for (int k = 0; k < s.length() && plain; k++) {
            char c = s.charAt(k);
            plain = c > ' ' || (c == ' ' && (k == 0 || s.charAt(k - 1) != ' '));
        }
        if (plain) {
            return s.toLowerCase(Locale.ROOT);
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean inRun = false;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!space) {
                b.append(c);
            } else if (!inRun) {
                b.append(' ');
            }
            inRun = space;
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * "Clinton camp: Trump's plan threatens security." over "WASHINGTON, Dec. 8 (UPI) — …": a short line
     * ending in a full stop is the headline when the next line opens with a dateline, which only ever
     * stands at the top of a body (some outlets end every headline with a stop).
     */
    private static boolean headlineAboveDateline(Lines lines, String text, int next) {
        if (text.isEmpty() || text.charAt(text.length() - 1) != '.'
                || !looksLikeTitle(text.substring(0, text.length() - 1))) {
            return false;
        }
        return Datelines.mayBe(lines.prefix(next, 4)) && Datelines.read(lines.text(next)) != null;
    }

    private static boolean looksLikeTitle(String text) {
        if (text.length() > TITLE_MAX_CHARS) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        if (last == '.' || last == ',' || last == ';' || last == ':') {
            return false;
        }
        // The words of text.split("\\s+"): the line is trimmed, so one more than its runs of \\s.
        int words = 1;
        for (int k = 1; k < text.length(); k++) {
            if (LineSet.isKeySpace(text.charAt(k)) && !LineSet.isKeySpace(text.charAt(k - 1))) {
                words++;
            }
        }
        return words <= TITLE_MAX_WORDS;
    }

    /** A headline's layout: its text, blanks trimmed, is one paragraph (none if it is blank). */
    private static Layout headline(String raw) {
        int start = 0;
        int end = raw.length();
        while (start < end && Character.isWhitespace(raw.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(raw.charAt(end - 1))) {
            end--;
        }
        List<int[]> paragraphs = start < end ? List.<int[]>of(new int[] {start, end}) : List.of();
        return new Layout(Optional.empty(), Optional.empty(), Optional.empty(), List.of(), paragraphs);
    }

    /** When the document says it was published: its {@code published} metadata, else its {@code date}. */
    private static Optional<LocalDate> published(Document document) {
        return document.meta("published").flatMap(IsoDate::parse).or(() -> document.meta("date").flatMap(IsoDate::parse));
    }

    /** A dateline's date, always {@code dddd-dd-dd} (its patterns' ASCII digits): LocalDate.parse's formatter was most of a dateline's cost. */
    private static Optional<LocalDate> parseDate(String iso) {
        return IsoDate.parse(iso);
    }
}
