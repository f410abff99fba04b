package dev.byline.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches of a pattern over a long text, found from its anchors: literal words every match
 * starts with ("told", "via"). {@link String#indexOf} finds the anchors (a vectorised scan), and
 * the pattern is tried only where one stands, instead of at every character as
 * {@link Matcher#find()} does; a pattern opening with an alternation or a word boundary is tried
 * at every position, which on a 50 MB text was seconds a pattern.
 *
 * <p>The answer equals the {@code find()} loop's, match for match, when every match of the pattern
 * starts with one of the anchors (with {@code ignoreCase}, in any ASCII case, as {@code (?i:...)}
 * folds it): the loop's next match is the first position from the previous match's end where an
 * attempt succeeds, and an attempt can only succeed at an anchor.
 *
 * <pre>{@code
 * AnchoredMatches.of(Pattern.compile("\\bvia (\\w+)"), text, List.of("via"), false);
 * }</pre>
 */
final class AnchoredMatches {
    private AnchoredMatches() {
    }

    /** The matches in text order, as a {@code find()} loop over the whole text gives them. Anchors are ASCII. */
    static List<MatchResult> of(Pattern pattern, String text, List<String> anchors, boolean ignoreCase) {
        List<MatchResult> out = new ArrayList<>();
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int end = 0;
        for (int s : anchorStarts(text, anchors, ignoreCase)) {
            if (s < end) {
                continue;
            }
            m.region(s, text.length());
            if (m.lookingAt()) {
                out.add(m.toMatchResult());
                end = m.end();
            }
        }
        return out;
    }

    /**
     * Every position where an anchor starts, ascending: one pass over the text, a table lookup a character, the
     * anchors compared only where one's first letter stands.
     */
    static int[] anchorStarts(String text, List<String> anchors, boolean ignoreCase) {
        char[][] needles = new char[anchors.size()][];
        boolean[] opens = new boolean[128];
        for (int k = 0; k < needles.length; k++) {
            String a = anchors.get(k);
            if (a.isEmpty() || !a.chars().allMatch(c -> c < 128)) {
                throw new IllegalArgumentException("an anchor is a non-empty ASCII word: '" + a + "'");
            }
            needles[k] = (ignoreCase ? lower(a) : a).toCharArray();
            opens[needles[k][0]] = true;
        }
        int[] starts = new int[16];
        int n = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 128 || !opens[ignoreCase ? lower(c) : c]) {
                continue;
            }
            for (char[] needle : needles) {
                if (startsAt(text, i, needle, ignoreCase)) {
                    if (n == starts.length) {
                        starts = java.util.Arrays.copyOf(starts, n * 2);
                    }
                    starts[n++] = i;
                    break;
                }
            }
        }
        return java.util.Arrays.copyOf(starts, n);
    }

    private static boolean startsAt(String text, int i, char[] needle, boolean ignoreCase) {
        if (i + needle.length > text.length()) {
            return false;
        }
        for (int k = 0; k < needle.length; k++) {
            char c = text.charAt(i + k);
            if ((ignoreCase ? lower(c) : c) != needle[k]) {
                return false;
            }
        }
        return true;
    }

    /** A–Z made a–z, as {@code (?i)} folds without Unicode case. */
    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static String lower(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            c[i] = lower(c[i]);
        }
        return new String(c);
    }
}
