package dev.byline.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches of patterns over one long text, found from their anchors: literal words every match
 * starts with ("told", "via"). One pass over the text finds where every anchor stands, and each
 * pattern is then tried only there, instead of at every character as {@link Matcher#find()} does
 * (a pattern opening with an alternation or a word boundary is tried at every position, which on
 * a 50 MB text was seconds a pattern).
 *
 * <p>{@link #matches} equals the {@code find()} loop's answer, match for match, when every match
 * of the pattern starts with one of its anchors (with {@code ignoreCase}, in any ASCII case, as
 * {@code (?i:...)} folds it): the loop's next match is the first position from the previous
 * match's end where an attempt succeeds, and an attempt can only succeed at an anchor.
 *
 * <pre>{@code
 * AnchoredMatches in = AnchoredMatches.in(text, List.of("via", "told"));
 * in.matches(Pattern.compile("\\bvia (\\w+)"), List.of("via"), false);
 * }</pre>
 */
final class AnchoredMatches {
    private final String text;
    /** Anchor, ASCII lower case → where it starts, in any ASCII case, ascending. */
    private final Map<String, int[]> startsByAnchor;

    private AnchoredMatches(String text, Map<String, int[]> startsByAnchor) {
        this.text = text;
        this.startsByAnchor = startsByAnchor;
    }

    private static final int[] NONE = new int[0];

    /**
     * Indexes where each anchor (ASCII, two characters or more) starts in {@code text}, in any ASCII case: one pass,
     * a table lookup on each pair of characters, the anchors compared only where one's first two letters stand.
     */
    static AnchoredMatches in(String text, Collection<String> anchors) {
        Map<Integer, List<char[]>> byPrefix = new HashMap<>();
        boolean[] opens = new boolean[128 * 128];
        for (String a : anchors) {
            if (a.length() < 2 || !a.chars().allMatch(c -> c < 128)) {
                throw new IllegalArgumentException("an anchor is an ASCII word of two characters or more: '" + a + "'");
            }
            char[] needle = lower(a).toCharArray();
            int prefix = needle[0] * 128 + needle[1];
            if (byPrefix.computeIfAbsent(prefix, k -> new ArrayList<>()).stream().noneMatch(n -> Arrays.equals(n, needle))) {
                byPrefix.get(prefix).add(needle);
            }
            opens[prefix] = true;
        }
        Map<String, int[]> starts = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        int length = text.length();
        char next = length > 0 ? lower(text.charAt(0)) : 0;
        for (int i = 0; i + 1 < length; i++) {
            char c = next;
            next = lower(text.charAt(i + 1));
            if (c >= 128 || next >= 128 || !opens[c * 128 + next]) {
                continue;
            }
            for (char[] needle : byPrefix.get(c * 128 + next)) {
                if (startsAt(text, i, needle)) {
                    String key = new String(needle);
                    int n = counts.getOrDefault(key, 0);
                    int[] s = starts.computeIfAbsent(key, k -> new int[8]);
                    if (n == s.length) {
                        s = Arrays.copyOf(s, n * 2);
                        starts.put(key, s);
                    }
                    s[n] = i;
                    counts.put(key, n + 1);
                }
            }
        }
        starts.replaceAll((k, s) -> Arrays.copyOf(s, counts.get(k)));
        for (String a : anchors) {
            starts.putIfAbsent(lower(a), NONE);   // indexed, found nowhere
        }
        return new AnchoredMatches(text, starts);
    }

    /** The matches of {@code pattern} in text order, as a {@code find()} loop over the whole text gives them. */
    List<MatchResult> matches(Pattern pattern, List<String> anchors, boolean ignoreCase) {
        List<MatchResult> out = new ArrayList<>();
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int end = 0;
        for (int s : starts(anchors, ignoreCase)) {
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

    /** Where any of {@code anchors} starts (as written unless {@code ignoreCase}), ascending, each position once. */
    int[] starts(List<String> anchors, boolean ignoreCase) {
        int[] all = new int[0];
        for (String a : anchors) {
            int[] s = startsByAnchor.get(lower(a));
            if (s == null) {
                throw new IllegalArgumentException("'" + a + "' is not among the anchors indexed");
            }
            if (!ignoreCase) {
                s = Arrays.stream(s).filter(p -> text.startsWith(a, p)).toArray();
            }
            int[] merged = Arrays.copyOf(all, all.length + s.length);
            System.arraycopy(s, 0, merged, all.length, s.length);
            all = merged;
        }
        Arrays.sort(all);
        return Arrays.stream(all).distinct().toArray();
    }

    private static boolean startsAt(String text, int i, char[] needle) {
        if (i + needle.length > text.length()) {
            return false;
        }
        for (int k = 2; k < needle.length; k++) {
            if (lower(text.charAt(i + k)) != needle[k]) {
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
