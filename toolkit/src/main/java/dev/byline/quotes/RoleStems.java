package dev.byline.quotes;

import dev.byline.text.TokenKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The stems of an article's role words ("regional chief", "the head of …"), by which {@link SpeakerResolver} matches a
 * description or a role to a person: a crude stem per word (its first five letters), stop words left out. A word written
 * in ASCII has its stems made once per article; any other token's are read from its text and cached.
 */
final class RoleStems {
    private static final Set<String> STOP_STEMS = WordSet.of("the", "a", "an", "of", "and", "in", "on", "for", "to",
            "at", "by", "with", "from", "his", "her", "their", "its", "who", "which", "that", "s");

    /** by word id: the stems of a word written in ASCII, made once per article ({@link #add}) */
    private String[][] asciiStems;

    private final Map<String, Set<String>> stemCache = new HashMap<>();

    private final TextView v;

    RoleStems(TextView v) {
        this.v = v;
    }

    /**
     * Adds the stems of token {@code k}'s text ({@link #of(String)} of it). A token written in ASCII has its normal form
     * as its lower-cased text, so its stems are made once per word; any other token's are read from its text.
     */
    void add(int k, Set<String> out) {
        for (int i = v.start(k), end = v.end(k); i < end; i++) {
            if (v.raw.charAt(i) >= 128) {
                out.addAll(of(v.text(k)));
                return;
            }
        }
        if (asciiStems == null) {
            asciiStems = new String[v.wordCount()][];
        }
        String[] stems = asciiStems[v.wordId(k)];
        if (stems == null) {
            stems = asciiStems(v.norm(k));
            asciiStems[v.wordId(k)] = stems;
        }
        for (String st : stems) {
            out.add(st);
        }
    }

    /** {@link #of(String)} of a lower-case ASCII word: its runs of letters and digits, stemmed, less the stop words. */
    private static String[] asciiStems(String lower) {
        List<String> out = new ArrayList<>(1);
        int i = 0;
        while (i < lower.length()) {
            int from = i;
            while (i < lower.length() && isLetterOrNumber(lower.charAt(i))) {
                i++;
            }
            if (i > from) {
                String w = lower.substring(from, i);
                if (!STOP_STEMS.contains(w) && !out.contains(stem(w))) {
                    out.add(stem(w));
                }
            } else {
                i++;
            }
        }
        return out.toArray(String[]::new);
    }

    /** Stems of the words of tokens {@code from} to {@code to}, less the stop words. */
    Set<String> of(int from, int to) {
        Set<String> out = new HashSet<>();
        for (int k = from; k < to; k++) {
            if (v.kind(k) == TokenKind.WORD && !STOP_STEMS.contains(v.norm(k))) {
                out.add(stem(v.norm(k)));
            }
        }
        return out;
    }

    /** Stems of a description's text or a token that is not ASCII, cached. */
    Set<String> of(String text) {
        return stemCache.computeIfAbsent(text, t -> {
            Set<String> out = new HashSet<>();
            String lower = t.toLowerCase(Locale.ROOT);
            // the runs of letters and numbers (\\p{L}, \\p{N}), by hand: a regex split was most of this method's time
            int i = 0;
            while (i < lower.length()) {
                int from = i;
                while (i < lower.length() && isLetterOrNumber(lower.codePointAt(i))) {
                    i += Character.charCount(lower.codePointAt(i));
                }
                if (i > from) {
                    String w = lower.substring(from, i);
                    if (!STOP_STEMS.contains(w)) {
                        out.add(stem(w));
                    }
                } else {
                    i += Character.charCount(lower.codePointAt(i));
                }
            }
            return out;
        });
    }

    /** The regex classes {@code \\p{L}} and {@code \\p{N}}. */
    private static boolean isLetterOrNumber(int cp) {
        if (cp < 128) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
        }
        int type = Character.getType(cp);
        return Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** A crude stem: the first five letters, enough to match Estonia/Estonian and official/officials. */
    static String stem(String w) {
        return w.length() <= 5 ? w : w.substring(0, 5);
    }
}
