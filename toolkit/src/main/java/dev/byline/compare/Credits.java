package dev.byline.compare;

import dev.byline.text.Document;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a text says it got its material from, and whether one text names another's outlet.
 *
 * <p>An outlet is recognised the way wire copy names itself and others: "told The Associated
 * Press", "she told the AP", "told AFP", "according to the Financial Times", "Reuters reported".
 * A bare "told Trump" is not an outlet (people take no article); all-capital acronyms are.
 * Each outlet also answers to its acronym (Associated Press → AP).
 */
final class Credits {
    // Capitalised words on one line; no dots, so a sentence's full stop ends the name.
    private static final String NAME = "([A-Z][\\p{L}&’'-]*(?:[ \\t]+(?:of[ \\t]+)?[A-Z][\\p{L}&’'-]*){0,4})";
    private static final Pattern TOLD_THE = Pattern.compile("\\b(?i:told|according to|reported by|speaking to|spoke to|in an interview with)\\s+(?i:the)\\s+" + NAME);
    private static final Pattern TOLD_ACRONYM = Pattern.compile("\\b(?:told|according to|reported by|speaking to|spoke to)\\s+([A-Z]{2,6})\\b");
    private static final Pattern REPORTED = Pattern.compile("\\b(?:the\\s+)?" + NAME + "\\s+(?:reported|first reported|news agency reported)\\b");
    private static final Pattern OWN_REPORTING = Pattern.compile(
            "(?i:contributed to this report|additional reporting by|in an interview with)|\\b(?i:told the) [A-Z]");

    private Credits() {
    }

    /** Outlet names the text credits or claims ("told The Associated Press" → "Associated Press"), in order of first mention. */
    static Set<String> outletsNamed(Document doc) {
        String text = doc.raw();
        Set<String> out = new LinkedHashSet<>();
        for (Pattern p : List.of(TOLD_THE, TOLD_ACRONYM)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                String name = clean(m.group(1));
                if (!name.isEmpty() && Character.isUpperCase(name.charAt(0))) {
                    out.add(name);
                }
            }
        }
        Matcher m = REPORTED.matcher(text);
        while (m.find()) {
            String name = clean(m.group(1));
            if (name.contains(" ") || name.equals(name.toUpperCase())) {
                out.add(name);
            }
        }
        return out;
    }

    /** The outlet names a document is known by: its metadata outlet and the outlets it claims to have spoken for. */
    static Set<String> ownNames(Document doc) {
        Set<String> names = new LinkedHashSet<>();
        doc.outlet().map(Credits::clean).ifPresent(names::add);
        names.addAll(outletsNamed(doc));
        Set<String> withAcronyms = new LinkedHashSet<>(names);
        for (String n : names) {
            acronym(n).ifPresent(withAcronyms::add);
        }
        return withAcronyms;
    }

    /** The phrase in {@code derived} that names one of {@code source}'s outlet names, if any. */
    static Optional<String> creditIn(Document derived, Document source) {
        String text = derived.raw();
        for (String name : ownNames(source)) {
            Matcher m = Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(text);
            if (m.find()) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /** How many marks of first-hand reporting the text carries (a contributor line, "told the X", an interview). */
    static int ownReportingMarks(Document doc) {
        Matcher m = OWN_REPORTING.matcher(doc.raw());
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    static Optional<String> acronym(String name) {
        List<String> caps = new ArrayList<>();
        for (String w : name.split("\\s+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !w.equals("The")) {
                caps.add(w);
            }
        }
        if (caps.size() < 2) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder();
        caps.forEach(w -> sb.append(w.charAt(0)));
        return Optional.of(sb.toString());
    }

    private static String clean(String name) {
        String s = name.trim().replaceAll("(?:[’']s)?[.,;:]*$", "").trim();
        if (s.startsWith("The ") || s.startsWith("the ")) {
            s = s.substring(4);
        }
        return s;
    }
}
