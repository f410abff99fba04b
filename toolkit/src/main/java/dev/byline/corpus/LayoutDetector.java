package dev.byline.corpus;

import dev.byline.corpus.BoilerplateLine.Reason;
import dev.byline.text.Span;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a document's lines and says which is the title, where the dateline is, which lines are
 * boilerplate and which ranges are body paragraphs.
 *
 * <p>Rules, in the order they apply:
 * <ol>
 *   <li>Boilerplate: a line matching a known furniture pattern (publication stamps, share bars,
 *       channel plugs, "Read more:", advertisements, copyright) or repeating an earlier line word
 *       for word.</li>
 *   <li>Title: the first content line, if it is short (at most 25 words and 250 characters), does
 *       not end in a period, comma, colon or semicolon, and more text follows. In Markdown, a first
 *       {@code # heading}. Nothing is guessed from the body.</li>
 *   <li>Dateline: the start of the first body line, when it reads {@code date 2026-02-10 LONDON —}
 *       or {@code LONDON (AP) —} or {@code KYIV, Ukraine —}.</li>
 *   <li>Paragraphs: every other non-blank line, with or without blank lines between them; hard-wrapped
 *       text (short lines of similar length inside blank-line-separated blocks) joins each block.</li>
 * </ol>
 */
public final class LayoutDetector {
    private static final int TITLE_MAX_WORDS = 25;
    private static final int TITLE_MAX_CHARS = 250;

    private static final Pattern DATELINE = Pattern.compile(
            "^date\\s+(\\d{4}-\\d{2}-\\d{2})\\s+(?:(\\p{Lu}[\\p{Lu}.'\\- ]*\\p{Lu}\\.?(?:,\\s*\\p{Lu}[\\p{L}.' ]*?)?)\\s*(?:\\([\\p{L} .]{1,20}\\)\\s*)?)?[\u2014\u2013-]{1,2}\\s*"
            + "|^(\\p{Lu}[\\p{Lu}.'\\-]+(?: \\p{Lu}[\\p{Lu}.'\\-]+)*(?:,\\s*\\p{Lu}[\\p{L}.' ]*?)?)\\s*(?:\\([\\p{L} .]{1,20}\\)\\s*)?[\u2014\u2013]\\s*");

    // Each rule lists how its alternatives begin: the pattern is tried only on lines starting with one of
    // them (case-insensitively), which spares the patterns on almost every line. A new alternative must
    // add its start.
    private static final List<Rule> RULES = List.of(
            new Rule(Reason.PUBLICATION_STAMP, "^(published|updated|last updated|posted)\\s*:?\\s*(undefined|null|nan|none|n/?a|-)?\\s*$",
                    "published", "updated", "last updated", "posted"),
            new Rule(Reason.SOCIAL_LINKS, "^((follow us|share this|share on|like us on|find us on|connect with us)\\b|share:).*",
                    "follow us", "share", "like us on", "find us on", "connect with us"),
            new Rule(Reason.CHANNEL_PLUG, "^(join|subscribe to|follow) (our|the) .*(channel|newsletter|telegram|whatsapp|podcast|youtube).*",
                    "join", "subscribe to", "follow"),
            new Rule(Reason.CHANNEL_PLUG, "^(sign up|subscribe)\\b.*(newsletter|updates|alerts).*", "sign up", "subscribe"),
            new Rule(Reason.READ_MORE, "^(read more|also read|read also|related|see also|recommended)\\s*:.*",
                    "read more", "also read", "read also", "related", "see also", "recommended"),
            new Rule(Reason.ADVERTISEMENT, "^(advertisement|sponsored|sponsored content|ad)\\s*$", "ad", "sponsored"),
            new Rule(Reason.COPYRIGHT, "^(\u00a9|\\(c\\)|copyright\\b).*", "\u00a9", "(c)", "copyright"));

    private record Rule(Reason reason, Pattern pattern, String[] starts) {
        Rule(Reason reason, String regex, String... starts) {
            this(reason, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), starts.clone());
        }

        /**
         * False if the line cannot match: it begins with none of the starts. {@code regionMatches} ignoring case
         * folds characters as the pattern's Unicode case-insensitive matching does (ſ is s, K is k).
         */
        boolean mayMatch(String raw, int start, int end) {
            for (String s : starts) {
                if (end - start >= s.length() && raw.regionMatches(true, start, s, 0, s.length())) {
                    return true;
                }
            }
            return false;
        }
    }

    /** ASCII characters (lower case) that begin some rule's start: a line beginning with another ASCII character is no furniture. */
    private static final boolean[] RULE_INITIALS = new boolean[128];

    static {
        for (Rule rule : RULES) {
            for (String start : rule.starts()) {
                char c = Character.toLowerCase(start.charAt(0));
                if (c < 128) {
                    RULE_INITIALS[c] = true;
                }
            }
        }
    }

    private record Line(int number, int start, int end) {
        boolean blank() {
            return start == end;
        }
    }

    private LayoutDetector() {
    }

    /** Finds the layout of {@code document}. */
    public static Layout detect(Document document) {
        String raw = document.raw();
        List<Line> lines = lines(raw);
        List<BoilerplateLine> boilerplate = new ArrayList<>();
        LineSet seen = new LineSet(raw, lines.size());
        List<Line> content = new ArrayList<>();
        for (Line line : lines) {
            if (line.blank()) {
                continue;
            }
            Reason reason = classify(raw, line, seen);
            if (reason != null) {
                boilerplate.add(new BoilerplateLine(Span.of(document, line.start(), line.end()), line.number(), reason));
            } else {
                content.add(line);
            }
        }

        boolean wrapped = hardWrapped(lines, content);
        Optional<Span> title = Optional.empty();
        int first = 0;
        if (!content.isEmpty()) {
            Line head = content.get(0);
            String text = raw.substring(head.start(), head.end());
            if (document.isMarkdown() && text.startsWith("# ")) {
                int s = head.start() + 2;
                while (s < head.end() && Character.isWhitespace(raw.charAt(s))) {
                    s++;
                }
                title = Optional.of(Span.of(document, s, head.end()));
                first = 1;
            } else if (content.size() > 1 && looksLikeTitle(text)
                    && !(wrapped && content.get(1).number() == head.number() + 1)) {
                title = Optional.of(Span.of(document, head.start(), head.end()));
                first = 1;
            }
        }

        Optional<Dateline> dateline = Optional.empty();
        List<int[]> paragraphs = new ArrayList<>();
        List<Line> body = content.subList(first, content.size());
        int bodyStartOverride = -1;
        if (!body.isEmpty()) {
            Line line = body.get(0);
            Matcher m = DATELINE.matcher(raw).region(line.start(), line.end());
            m.useTransparentBounds(false).useAnchoringBounds(true);
            if (m.lookingAt() && m.end() < line.end()) {
                Optional<LocalDate> date = Optional.ofNullable(m.group(1)).flatMap(LayoutDetector::parseDate);
                String place = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : "";
                int spanEnd = m.end();
                while (spanEnd > line.start() && Character.isWhitespace(raw.charAt(spanEnd - 1))) {
                    spanEnd--;
                }
                dateline = Optional.of(new Dateline(Span.of(document, line.start(), spanEnd), date, place.strip()));
                bodyStartOverride = m.end();
            }
        }
        if (wrapped) {
            int blockStart = -1;
            int blockEnd = -1;
            Line previous = null;
            for (Line line : body) {
                boolean adjacent = previous != null && line.number() == previous.number() + 1;
                if (!adjacent && blockStart >= 0) {
                    paragraphs.add(new int[] {blockStart, blockEnd});
                    blockStart = -1;
                }
                if (blockStart < 0) {
                    blockStart = previous == null && bodyStartOverride >= 0 ? bodyStartOverride : line.start();
                }
                blockEnd = line.end();
                previous = line;
            }
            if (blockStart >= 0) {
                paragraphs.add(new int[] {blockStart, blockEnd});
            }
        } else {
            for (int k = 0; k < body.size(); k++) {
                Line line = body.get(k);
                int start = k == 0 && bodyStartOverride >= 0 ? bodyStartOverride : line.start();
                paragraphs.add(new int[] {start, line.end()});
            }
        }
        return new Layout(title, dateline, boilerplate, paragraphs);
    }

    private static Reason classify(String raw, Line line, LineSet seen) {
        char first = raw.charAt(line.start());
        // ASCII letters fold only to each other; anything else (ſ, K, ©) is tried against every rule
        if (first >= 128 || RULE_INITIALS[first | (first >= 'A' && first <= 'Z' ? 0x20 : 0)]) {
            for (Rule rule : RULES) {
                if (rule.mayMatch(raw, line.start(), line.end())
                        && rule.pattern().matcher(raw.substring(line.start(), line.end())).matches()) {
                    seen.add(line.start(), line.end());
                    return rule.reason();
                }
            }
        }
        return seen.add(line.start(), line.end()) ? null : Reason.REPEATED_LINE;
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

    private static Optional<LocalDate> parseDate(String iso) {
        try {
            return Optional.of(LocalDate.parse(iso));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Short lines of similar length, in blocks separated by blank lines, and no long line anywhere. */
    private static boolean hardWrapped(List<Line> all, List<Line> content) {
        boolean[] contentLines = new boolean[all.size() + 2];
        for (Line line : content) {
            contentLines[line.number()] = true;
        }
        int followed = 0;
        int wrapped = 0;
        int longest = 0;
        boolean blankSeen = false;
        for (int k = 0; k < all.size(); k++) {
            Line line = all.get(k);
            if (line.blank()) {
                blankSeen = true;
                continue;
            }
            longest = Math.max(longest, line.end() - line.start());
            if (k + 1 < all.size() && !all.get(k + 1).blank() && contentLines[line.number()]) {
                followed++;
                int len = line.end() - line.start();
                if (len >= 50 && len <= 100) {
                    wrapped++;
                }
            }
        }
        return blankSeen && longest <= 120 && followed >= 5 && wrapped >= 0.8 * followed;
    }

    private static List<Line> lines(String raw) {
        List<Line> out = new ArrayList<>();
        int start = 0;
        int number = 1;
        int n = raw.length();
        while (start <= n) {
            int nl = raw.indexOf('\n', start);
            int end = nl < 0 ? n : nl;
            int s = start;
            int e = end;
            while (s < e && isBlankChar(raw.charAt(s))) {
                s++;
            }
            while (e > s && isBlankChar(raw.charAt(e - 1))) {
                e--;
            }
            out.add(new Line(number++, s, e));
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return out;
    }

    private static boolean isBlankChar(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }
}
