package dev.byline.quotes;

import dev.byline.text.TokenKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Pairs quotation marks into quoted stretches.
 *
 * <p>Why a stack and not a regular expression: news mixes mark styles (a quote opened with " and
 * closed with ”), nests single marks inside double ones, continues a quotation over paragraphs
 * (each reopens with “ and only the last closes) and has stray marks. The rules:
 * <ul>
 *   <li>double marks (“ ” " « » „) pair with any double mark, so mixed styles pair;</li>
 *   <li>single marks (‘ ’ ' ‹ ›) count only when a plausible partner exists in the paragraph, so the
 *       apostrophes the tokenizer left free (leaders’ views) never open or close anything;</li>
 *   <li>marks inside an open quotation nest; only the outermost pair becomes a quote;</li>
 *   <li>a quotation still open at a paragraph's end continues if the next paragraph starts with an
 *       opening mark, and otherwise ends with its paragraph — a stray mark never swallows the
 *       rest of the document;</li>
 *   <li>a closing mark with nothing open is ignored.</li>
 * </ul>
 */
final class MarkScanner {
    private record Open(int token, boolean single) {
    }

    /** Deepest nesting followed; real text nests two or three levels. */
    private static final int MAX_NESTING = 8;

    private MarkScanner() {
    }

    static List<MarkedSpan> scan(TextView v) {
        List<MarkedSpan> out = new ArrayList<>();
        Deque<Open> stack = new ArrayDeque<>();
        Open outer = null;
        int outerParagraph = -1;
        int paragraphs = v.paragraphFirst.length;
        for (int p = 0; p < paragraphs; p++) {
            int from = v.paragraphFirst[p];
            int to = v.paragraphEnd[p];
            int k = from;
            if (outer != null) {
                // an open quotation continues only if this paragraph reopens it
                if (k < to && v.kind(k) == TokenKind.QUOTE && reopensLike(v, k, outer)) {
                    k++;
                    stack.clear();
                    stack.push(outer);
                } else {
                    out.add(unclosed(v, outer, outerParagraph, p - 1));
                    outer = null;
                    stack.clear();
                }
            }
            int lastCloser = lastSingleCloser(v, from, to);
            for (; k < to; k++) {
                if (v.kind(k) != TokenKind.QUOTE) {
                    continue;
                }
                char c = v.mark(k);
                boolean single = isSingle(c);
                Role role = role(v, k, c, single, stack, to, lastCloser);
                if (role == Role.OPEN && stack.size() >= MAX_NESTING) {
                    continue;   // nobody nests quotes this deep; a run of stray marks must not cost quadratic time
                }
                if (role == Role.OPEN) {
                    Open o = new Open(k, single);
                    if (stack.isEmpty()) {
                        outer = o;
                        outerParagraph = p;
                    }
                    stack.push(o);
                } else if (role == Role.CLOSE) {
                    // a double mark closes through any single mark left open (an apostrophe misread as one)
                    while (!stack.isEmpty() && stack.peek().single() && !single) {
                        stack.pop();
                    }
                    if (stack.isEmpty()) {
                        continue;
                    }
                    Open o = stack.pop();
                    if (stack.isEmpty()) {
                        String marks = v.text(o.token()) + v.text(k);
                        int start = v.end(o.token());
                        int end = v.start(k);
                        if (hasText(v.raw, start, end)) {
                            out.add(new MarkedSpan(o.token(), k, start, end, marks, outerParagraph));
                        }
                        outer = null;
                    }
                }
            }
            if (outer != null && (p + 1 >= paragraphs || !reopens(v, p + 1, outer))) {
                out.add(unclosed(v, outer, outerParagraph, p));
                outer = null;
                stack.clear();
            }
        }
        return out;
    }

    private enum Role { OPEN, CLOSE, NONE }

    private static Role role(TextView v, int k, char c, boolean single, Deque<Open> stack, int paragraphEnd,
                             int lastCloser) {
        boolean doubleOpen = !stack.isEmpty() && stack.stream().anyMatch(o -> !o.single());
        boolean singleOnTop = !stack.isEmpty() && stack.peek().single();
        switch (c) {
            case '\u201C', '\u201E', '\u201F', '\u00AB':
                // „…“ (German, Czech, Polish…): after a low opening mark, “ closes
                if (c == '\u201C' && !stack.isEmpty() && !stack.peek().single()
                        && v.mark(stack.peek().token()) == '\u201E') {
                    return Role.CLOSE;
                }
                // “It's unusual,“ said Noble: a left mark typed for a right one, glued to the word before it and
                // not to a word after it, closes the quotation that is open
                return c == '\u201C' && doubleOpen && !precededBySpace(v, k) && !followedByLetter(v, k)
                        ? Role.CLOSE : Role.OPEN;
            case '\u201D', '\u00BB':
                if (!doubleOpen && c == '\u201D' && afterSpace(v, k) && followedByLetter(v, k)) {
                    return Role.OPEN;   // "let aides ”get close to him”": a right mark typed for a left one, nothing open
                }
                return doubleOpen ? Role.CLOSE : Role.NONE;
            case '"':
                if (doubleOpen && v.closesQuotation(k)) {
                    return Role.CLOSE;
                }
                if (v.opensQuotation(k)) {
                    return Role.OPEN;
                }
                // glued on both sides or free on both: toggle
                return doubleOpen ? Role.CLOSE : (followedByText(v, k) ? Role.OPEN : Role.NONE);
            case '\u2018', '\u201A', '\u201B', '\u2039':
                if (elidesCentury(v, k)) {
                    return Role.NONE;   // "said in ‘08 that", "the ‘90s": an apostrophe typed as a left mark
                }
                // a left single mark opens if it closes in its paragraph, or if the quotation runs on
                // into a next paragraph that reopens with the same mark
                return precededByLetter(v, k) || !(lastCloser > k
                        || nextParagraphOpensSingle(v, paragraphEnd)) ? Role.NONE : Role.OPEN;
            case '\u2019', '\u203A':
                return singleOnTop && !followedByLetter(v, k) ? Role.CLOSE : Role.NONE;
            case '\'':
                if (elidesCentury(v, k)) {
                    return Role.NONE;
                }
                if (singleOnTop && v.closesQuotation(k) && !followedByLetter(v, k)) {
                    return Role.CLOSE;
                }
                return v.opensQuotation(k) && lastCloser > k ? Role.OPEN : Role.NONE;
            default:
                return Role.NONE;
        }
    }

    /** Words a year follows: "said in ‘08 that", "the class of '85", "since ‘92". */
    private static final java.util.Set<String> BEFORE_A_YEAR = java.util.Set.of("in", "of", "since", "from", "until",
            "till", "by", "before", "after", "during", "the", "circa", "around");

    /**
     * True if the mark at {@code k} stands for a year's dropped century: two digits after it and no further digit,
     * letter or figure ("‘08 that", not "‘22.5%" or "‘11,000"), and either a decade's s ("the '90s") or a word a year
     * follows before the mark ("in ‘08"). "‘11 people died,’ she said" stays a quotation.
     */
    private static boolean elidesCentury(TextView v, int k) {
        String raw = v.raw;
        int a = v.end(k);
        if (precededByLetter(v, k) || a + 2 > raw.length() || !Character.isDigit(raw.charAt(a))
                || !Character.isDigit(raw.charAt(a + 1))) {
            return false;
        }
        int b = a + 2;
        boolean decade = b < raw.length() && raw.charAt(b) == 's';
        if (decade) {
            b++;
        }
        if (b < raw.length()) {
            char c = raw.charAt(b);
            if (Character.isLetterOrDigit(c) || c == '%'
                    || (c == '.' || c == ',') && b + 1 < raw.length() && Character.isDigit(raw.charAt(b + 1))) {
                return false;
            }
        }
        return decade || k > 0 && v.isWord(k - 1) && BEFORE_A_YEAR.contains(v.norm(k - 1));
    }

    private static boolean isSingle(char c) {
        return c == '\u2018' || c == '\u2019' || c == '\'' || c == '\u201A' || c == '\u201B' || c == '\u2039'
                || c == '\u203A';
    }

    private static boolean isDoubleOpening(TextView v, int k) {
        char c = v.mark(k);
        return c == '\u201C' || c == '\u201E' || c == '\u00AB' || (c == '"' && v.opensQuotation(k));
    }

    private static boolean reopens(TextView v, int p, Open outer) {
        int k = v.paragraphFirst[p];
        return k < v.paragraphEnd[p] && v.kind(k) == TokenKind.QUOTE && reopensLike(v, k, outer);
    }

    /** A paragraph reopens a quotation with a mark of the same family: “ for “, ‘ for ‘, « for «. */
    private static boolean reopensLike(TextView v, int k, Open outer) {
        if (!outer.single()) {
            // a straight mark is reopened by a straight one, a curly by a curly: "… ¶ "… ¶ “…,” Ruiz said." is a
            // block quotation typed with straight marks whose last paragraph opens a quotation of its own
            return isDoubleOpening(v, k) && (v.mark(k) == '"') == (v.mark(outer.token()) == '"');
        }
        char c = v.mark(k);
        return (c == '\u2018' || c == '\u2039' || (c == '\'' && v.opensQuotation(k)))
                && !followedBySpace(v, k);
    }

    private static boolean followedBySpace(TextView v, int k) {
        int after = v.end(k);
        return after >= v.raw.length() || Character.isWhitespace(v.raw.charAt(after));
    }

    private static boolean nextParagraphOpensSingle(TextView v, int paragraphEnd) {
        return paragraphEnd < v.size() && v.kind(paragraphEnd) == TokenKind.QUOTE
                && v.mark(paragraphEnd) == '\u2018' && !followedBySpace(v, paragraphEnd);
    }

    /**
     * The last single closing mark of the paragraph not glued to a following letter, or -1: a single
     * opening mark counts only if one stands after it (computed once per paragraph, so a paragraph
     * full of marks stays linear).
     */
    private static int lastSingleCloser(TextView v, int from, int to) {
        for (int j = to - 1; j >= from; j--) {
            if (v.kind(j) == TokenKind.QUOTE) {
                char c = v.mark(j);
                if ((c == '\u2019' || c == '\'' || c == '\u203A') && !followedByLetter(v, j) && !precededBySpace(v, j)) {
                    return j;
                }
            }
        }
        return -1;
    }

    private static boolean followedByLetter(TextView v, int k) {
        int after = v.end(k);
        return after < v.raw.length() && Character.isLetterOrDigit(v.raw.charAt(after));
    }

    private static boolean followedByText(TextView v, int k) {
        int after = v.end(k);
        return after < v.raw.length() && !Character.isWhitespace(v.raw.charAt(after));
    }

    private static boolean precededByLetter(TextView v, int k) {
        int before = v.start(k) - 1;
        return before >= 0 && Character.isLetterOrDigit(v.raw.charAt(before));
    }

    /** At the start of the text or after white space or an invisible format character (U+202A and the like). */
    private static boolean afterSpace(TextView v, int k) {
        int before = v.start(k) - 1;
        return before < 0 || Character.isWhitespace(v.raw.charAt(before))
                || Character.getType(v.raw.charAt(before)) == Character.FORMAT;
    }

    private static boolean precededBySpace(TextView v, int k) {
        int before = v.start(k) - 1;
        return before < 0 || Character.isWhitespace(v.raw.charAt(before));
    }

    private static boolean hasText(String raw, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isLetterOrDigit(raw.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** An unclosed quotation ends with the last token of its paragraph (trailing marks excluded). */
    private static MarkedSpan unclosed(TextView v, Open o, int paragraph, int lastParagraph) {
        int start = v.end(o.token());
        int endToken = Math.max(v.paragraphEnd[lastParagraph] - 1, o.token());
        int end = Math.max(start, v.end(endToken));
        return new MarkedSpan(o.token(), -1, start, end, v.text(o.token()), paragraph);
    }
}
