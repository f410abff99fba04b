package dev.byline.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a name in a text ("The Washington Post", "USA TODAY", "CNN", "Los Angeles Times") is the outlet a
 * corpus sidecar gives as a web address ({@code washingtonpost.com}, {@code usatoday.com}, {@code latimes.com}).
 * Sidecars made from scraped pages name outlets by their site; texts name them in words. A site's name is its
 * label before the public suffix ({@code news.google.com} → google, {@code bbc.co.uk} → bbc); a phrase of capitalised words is that outlet when
 * the site name is the phrase's letters run together ("Washington Post" → washingtonpost), or the initials of its
 * first words followed by the rest run together ("Los Angeles Times" → la + times, "New York Daily News" →
 * ny + dailynews), or its initials (Wall Street Journal → wsj). "The" is ignored.
 *
 * <pre>{@code
 * OutletNames.same("The Washington Post", "washingtonpost.com");   // true
 * OutletNames.namedIn("By Anton Troianovski Washington Post", "washingtonpost.com");   // Optional[Washington Post]
 * }</pre>
 */
final class OutletNames {
    /** The most words an outlet's name spans. */
    private static final int MAX_WORDS = 5;

    private OutletNames() {
    }

    /**
     * The site name of an outlet given as a web address ({@code https://www.usatoday.com/news} → usatoday), or
     * empty when the outlet is written in words (it holds a space, or no dot).
     */
    static Optional<String> siteName(String outlet) {
        String o = outlet.strip().toLowerCase(Locale.ROOT);
        if (o.isEmpty() || o.contains(" ") || !o.contains(".")) {
            return Optional.empty();
        }
        o = o.replaceFirst("^[a-z]+://", "");
        int slash = o.indexOf('/');
        if (slash >= 0) {
            o = o.substring(0, slash);
        }
        // The label before the public suffix: one label (.com), or two for a country's second level (.co.uk, .com.au).
        String[] labels = o.split("\\.");
        int suffix = labels.length >= 3 && labels[labels.length - 1].length() == 2 && labels[labels.length - 2].length() <= 3 ? 2 : 1;
        if (labels.length <= suffix) {
            return Optional.empty();
        }
        String label = labels[labels.length - suffix - 1].replaceAll("[^a-z0-9]", "");
        return label.length() >= 2 ? Optional.of(label) : Optional.empty();
    }

    /** Whether {@code name} (words) and {@code outlet} (words or a web address) are one outlet. */
    static boolean same(String name, String outlet) {
        if (name.equalsIgnoreCase(outlet.strip())) {
            return true;
        }
        Optional<String> site = siteName(outlet);
        if (site.isEmpty()) {
            return false;
        }
        // The name's leading words may be the outlet with a desk or edition after it ("BBC News NI" for bbc.co.uk).
        List<String> words = words(name);
        for (int k = words.size(); k >= 1; k--) {
            if (readsAs(words.subList(0, k), site.get())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether two outlets are one: either names the other ({@link #same}), or both are web addresses of one site
     * ({@code bbc.co.uk} and {@code bbc.com}).
     */
    static boolean sameOutlet(String x, String y) {
        if (same(x, y) || same(y, x)) {
            return true;
        }
        Optional<String> sx = siteName(x);
        return sx.isPresent() && sx.equals(siteName(y));
    }

    /**
     * The first phrase of capitalised words in {@code text} that names the outlet given as a web address, as
     * written; empty when the outlet is not a web address or the text never names it. One pass over the text;
     * a phrase is tried only from a word whose first letter is the site name's.
     */
    static Optional<String> namedIn(String text, String outlet) {
        Optional<String> site = siteName(outlet);
        if (site.isEmpty()) {
            return Optional.empty();
        }
        String s = site.get();
        char first = s.charAt(0);
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetterOrDigit(text.charAt(i)) || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            if (Character.isUpperCase(text.charAt(i)) && Character.toLowerCase(text.charAt(i)) == first) {
                // The capitalised words from here, up to MAX_WORDS, on one line.
                List<String> words = new ArrayList<>();
                List<Integer> ends = new ArrayList<>();
                int p = i;
                while (words.size() < MAX_WORDS && p < n && Character.isUpperCase(text.charAt(p))) {
                    int e = p;
                    while (e < n && (Character.isLetterOrDigit(text.charAt(e)) || text.charAt(e) == '&')) {
                        e++;
                    }
                    words.add(text.substring(p, e).toLowerCase(Locale.ROOT));
                    ends.add(e);
                    if (e >= n || text.charAt(e) != ' ') {
                        break;
                    }
                    p = e + 1;
                }
                for (int k = words.size(); k >= 1; k--) {
                    if (readsAs(words.subList(0, k), s)) {
                        return Optional.of(text.substring(i, ends.get(k - 1)));
                    }
                }
            }
            i++;
        }
        return Optional.empty();
    }

    /** Whether the words read as the site name: run together, or initials of the first j words then the rest run together. */
    private static boolean readsAs(List<String> words, String site) {
        for (int j = 0; j <= words.size(); j++) {
            StringBuilder sb = new StringBuilder();
            for (int w = 0; w < words.size(); w++) {
                String word = words.get(w);
                if (w < j) {
                    sb.append(word.charAt(0));
                } else {
                    sb.append(word);
                }
            }
            if (j == 1 && words.size() == 1) {
                continue;   // one word's initial alone is no name
            }
            if (sb.toString().equals(site)) {
                return true;
            }
        }
        return false;
    }

    /** The words of a name, lower case, letters and digits only, "the" dropped. */
    private static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}&]+")) {
            if (!w.isEmpty() && !w.equals("the")) {
                out.add(w);
            }
        }
        return out;
    }
}
