package dev.byline.bench.spin;

import dev.byline.compare.Spellings;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article respelt the British way ("neighboring" → "neighbouring", "organized" → "organised", "Center" →
 * "Centre"), word by word through the toolkit's spelling table ({@link Spellings#british}): the same story as a
 * British outlet would print it. The spin bench adds these copies to its clean articles (a spelling is a house
 * style, not a spinner's swap, so a British copy must not be flagged) because PolNeAR's articles are American.
 */
final class BritishCopy {
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private BritishCopy() {
    }

    /** The text with every word the table spells differently in British English respelt, case kept. */
    static String of(String text) {
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String w = m.group();
            String lower = w.toLowerCase(java.util.Locale.ROOT);
            String uk = Spellings.british(lower);
            m.appendReplacement(out, Matcher.quoteReplacement(uk.equals(lower) ? w : caseLike(uk, w)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String caseLike(String word, String like) {
        if (like.length() > 1 && like.chars().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c))) {
            return word.toUpperCase(java.util.Locale.ROOT);
        }
        return Character.isUpperCase(like.charAt(0)) ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word;
    }
}
