package dev.byline.compare;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The byline forms of wire copy that name an agency other than as "By NAME, AGENCY" ({@link Credits} reads that
 * one): an organisation as the byline ("By Reuters", "By The Associated Press"), the agency between dashes
 * ("By ROBERT BURNS - Associated Press - Saturday, July 14, 2018"), and an agency followed by the writer's beat
 * ("AP National Security Writer" → AP).
 *
 * <pre>{@code
 * BylineAgencies.organisationByline("By Reuters\n\nLONDON — ...", 2000);   // Optional[Reuters]
 * BylineAgencies.agency("AP National Security Writer");                     // "AP"
 * }</pre>
 */
final class BylineAgencies {
    /** "By Reuters", "By The Associated Press": a byline of one capitalised word, or one opening with "The", is an organisation. */
    private static final Pattern ORGANISATION = Pattern.compile(
            "(?m)^[ \\t]*By[ \\t]+(The[ \\t]+)?([A-Z][\\p{L}&]+(?:[ \\t]+[A-Z][\\p{L}&]+){0,3})[ \\t]*$");
    /** "By NAME - AGENCY - date": the agency between two spaced dashes. */
    private static final Pattern BETWEEN_DASHES = Pattern.compile(
            "(?m)^[ \\t]*By[ \\t]+[A-Z][\\p{L}.'’ ]{1,60}?[ \\t]+[-–—][ \\t]+(?:The[ \\t]+)?([A-Z][\\p{L}&' ]{1,40}?)[ \\t]+[-–—]");
    /** The last word of a writer's title after the agency ("AP National Security Writer", "Reuters Staff"). */
    private static final Set<String> TITLES = Set.of("Writer", "Correspondent", "Reporter", "Editor", "Columnist", "Staff",
            "Contributor", "Producer");
    private static final Pattern ACRONYM = Pattern.compile("[A-Z]{2,6}");

    private BylineAgencies() {
    }

    /** The agency an organisation byline or a dashed byline names within the first {@code top} characters. */
    static Optional<String> organisationByline(String text, int top) {
        int end = Math.min(text.length(), top);
        Matcher m = ORGANISATION.matcher(text).region(0, end);
        while (m.find()) {
            if (m.group(1) != null || !m.group(2).contains(" ")) {
                return Optional.of(m.group(2).strip());
            }
        }
        Matcher d = BETWEEN_DASHES.matcher(text).region(0, end);
        return d.find() ? Optional.of(agency(d.group(1).strip())) : Optional.empty();
    }

    /**
     * The agency in a byline's credit with a writer's title after it dropped: "AP National Security Writer" → AP
     * (an acronym first stands alone), "Associated Press Writer" → Associated Press; other credits unchanged.
     */
    static String agency(String credit) {
        String[] words = credit.strip().split("\\s+");
        if (words.length < 2 || !TITLES.contains(words[words.length - 1])) {
            return credit;
        }
        if (ACRONYM.matcher(words[0]).matches()) {
            return words[0];
        }
        return String.join(" ", java.util.Arrays.copyOf(words, words.length - 1));
    }
}
