package dev.byline.compare;

import java.util.Locale;

/**
 * Whether two attributions name the same speaker, for quote drift.
 *
 * <p>The quotes layer gives a speaker as the fullest name the article uses ("Kaupo Rosin") or, when
 * nobody is named, as a description ("a White House official"), which starts in lower case. Two
 * names are the same person when they share the surname (last word) or one is a run of the other's
 * words ("Donald Trump" in "Vladimir Putin and Donald Trump"). Two descriptions are the same speaker
 * only when they read the same apart from a leading article: "a White House official" is not
 * "a former senior US official", though both end in "official". A name and a description never
 * count as the same (the article did not say who the description is).
 *
 * <pre>{@code
 * QuoteSpeakers.samePerson("Rosin", "Kaupo Rosin");                                  // true
 * QuoteSpeakers.samePerson("a White House official", "a former senior US official"); // false
 * }</pre>
 */
final class QuoteSpeakers {
    private QuoteSpeakers() {
    }

    /** Same person or same description; false if either is null (nobody named). */
    static boolean samePerson(String x, String y) {
        if (x == null || y == null) {
            return false;
        }
        String fx = fold(x);
        String fy = fold(y);
        if (fx.equals(fy)) {
            return true;
        }
        boolean dx = isDescription(x);
        boolean dy = isDescription(y);
        if (dx || dy) {
            return dx && dy && withoutArticle(fx).equals(withoutArticle(fy));
        }
        return lastWord(fx).equals(lastWord(fy)) || (" " + fx + " ").contains(" " + fy + " ")
                || (" " + fy + " ").contains(" " + fx + " ");
    }

    /** For matching quotes: the same person, or either side unattributed (who said it is unknown, so it may be anyone). */
    static boolean compatible(String x, String y) {
        return x == null || y == null || samePerson(x, y);
    }

    /** A description ("a senior European intelligence official") rather than a name: it starts in lower case. */
    static boolean isDescription(String speaker) {
        String s = speaker.strip();
        return !s.isEmpty() && Character.isLowerCase(s.codePointAt(0));
    }

    private static String fold(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ");
    }

    private static String withoutArticle(String folded) {
        return folded.replaceFirst("^(a|an|the) ", "");
    }

    private static String lastWord(String folded) {
        return folded.substring(folded.lastIndexOf(' ') + 1);
    }
}
