package dev.byline.quotes;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a one-word name an article writes as a subject can be the one person a later "he" or "she" stands for.
 * Without a gazetteer the article's own evidence decides; a name with a given name, a title or a gender the
 * article shows is always a person. The rest is none when:
 * <ul>
 *   <li>it is an acronym, every letter a capital ("the RNC", "ISIS", "KING-TV"): an organisation;</li>
 *   <li>the article also writes the word in lower case and capitalises it only where it opens a sentence alone
 *       ("Another", "Audiences"): a sentence opener, not a name ("Ban" of "Ban Ki-moon" stays a person);</li>
 *   <li>it is a people's or party's plural ("Syrians", "Republicans", "Democrats", "Chinese"), a state's
 *       abbreviation ("N.Y.") or a party-and-state tag ("R-Utah").</li>
 * </ul>
 * Such a name is remembered as a group: "they" or "it" may stand for it, "he" or "she" may not.
 */
final class OnePersonNames {
    private static final Pattern PEOPLES = Pattern.compile("\\p{Lu}\\p{L}*(?:ians|icans|eans|ese|crats|ists|ites)");
    private static final Pattern ABBREVIATED_PLACE = Pattern.compile("(?:\\p{Lu}\\p{Ll}?\\.){2,3}");
    private static final Pattern PARTY_TAG = Pattern.compile("[RDI]-\\p{Lu}[\\p{L}.]*");

    private OnePersonNames() {
    }

    /**
     * True if {@code name} (the fullest name the article gives the mention) cannot be one person by the article's
     * evidence; {@code gender} is the gender the article shows for it (m, f or ?).
     */
    static boolean notOnePerson(TextView v, String name, char gender) {
        if (gender != '?' || name.isEmpty() || name.indexOf(' ') >= 0) {
            return false;
        }
        if (ABBREVIATED_PLACE.matcher(name).matches() || PARTY_TAG.matcher(name).matches()
                || PEOPLES.matcher(name).matches()) {
            return true;
        }
        int letters = 0;
        boolean lower = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                lower |= Character.isLowerCase(c);
            }
        }
        if (letters >= 2 && !lower) {
            return true;
        }
        String norm = name.toLowerCase(Locale.ROOT);
        return v.seenInLowerCase(norm) && !v.capitalisedInside(norm);
    }
}
