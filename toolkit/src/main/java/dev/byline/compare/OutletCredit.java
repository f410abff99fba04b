package dev.byline.compare;

import dev.byline.text.Document;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a document goes by and the credit between two documents: its own outlet, agency, author and the outlets
 * it speaks for ({@link #ownNames}); whether another text names one of them ({@link #creditIn}); an agency two texts
 * both credit ({@link #commonAgency}); the wire a pickup's dateline or byline credits ({@link #wireCredited}). What
 * one text says of itself is read by {@link Credits}; this class relates those readings. Each outlet also answers to
 * its acronym (Associated Press → AP).
 */
final class OutletCredit {
    private OutletCredit() {
    }

    /**
     * The outlet the document itself belongs to: its metadata outlet, else its own agency (an
     * {@code agency} metadata field, or the agency in its dateline, which wire copy carries).
     */
    static Optional<String> ownOutlet(Document doc) {
        return doc.outlet().map(Credits::clean).or(() -> doc.meta("agency").map(Credits::clean)).or(() -> Credits.datelineAgency(doc));
    }

    /**
     * The names a document is known by, by which a text that took from it credits it: its outlet,
     * the agency it carries, its author, and the outlets it claims to have spoken for.
     */
    static Set<String> ownNames(Document doc) {
        Set<String> names = new LinkedHashSet<>();
        ownOutlet(doc).ifPresent(names::add);
        doc.meta("agency").map(Credits::clean).ifPresent(names::add);
        doc.agency().map(Credits::clean).ifPresent(names::add);   // the wire its dateline or byline credits
        // "told CNN" is the text's own outlet when nothing else names one, or when it is another
        // form of the known one ("The Associated Press" for AP); otherwise it is a third party the
        // story quotes, and a copy that keeps the line credits nobody.
        Set<String> known = Set.copyOf(names);
        for (String n : Credits.outletsNamed(doc)) {
            if (known.isEmpty() || known.stream().anyMatch(k -> sameName(k, n))) {
                names.add(n);
            }
        }
        Credits.author(doc).filter(a -> a.contains(" ")).ifPresent(names::add);
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
        // An outlet the sidecar gives as a web address (washingtonpost.com) is named in words ("The Washington Post").
        return source.outlet().flatMap(o -> OutletNames.namedIn(text, o));
    }

    /**
     * An agency both texts credit in a credit line that is neither text's own outlet: the sign
     * of two pickups of one wire story.
     */
    static Optional<String> commonAgency(Document a, Document b) {
        Set<String> own = new LinkedHashSet<>();
        addOwn(a, own);
        addOwn(b, own);
        Set<String> inB = new LinkedHashSet<>();
        for (String n : Credits.creditLines(b)) {
            inB.add(n);
            acronym(n).ifPresent(inB::add);
        }
        for (String n : Credits.creditLines(a)) {
            boolean shared = inB.contains(n) || acronym(n).map(inB::contains).orElse(false);
            if (shared && !own.contains(n) && own.stream().noneMatch(o -> OutletNames.same(n, o))) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    /**
     * The agency the text's dateline or byline credits when it is not the text's own outlet: the wire it took its
     * material from. "LONDON (AP) —" in a pickup whose outlet is the Daily Courier → AP. (Contributor lines are not
     * read: they mostly name people.)
     */
    static Optional<String> wireCredited(Document d) {
        Optional<String> own = d.outlet().map(Credits::clean).or(() -> d.meta("agency").map(Credits::clean));
        if (own.isEmpty()) {
            return Optional.empty();   // wire copy carries its own agency in its dateline: unknown outlet, unknown wire
        }
        for (String n : Credits.headCredits(d)) {
            if (!(sameName(own.get(), n) || OutletNames.same(n, own.get()))) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    private static void addOwn(Document d, Set<String> own) {
        ownOutlet(d).ifPresent(o -> {
            own.add(o);
            acronym(o).ifPresent(own::add);
        });
    }

    /** Whether two outlet names are one: equal, one inside the other, or one the other's acronym (case ignored). */
    private static boolean sameName(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        return x.contains(y) || y.contains(x) || acronym(a).filter(b::equalsIgnoreCase).isPresent()
                || acronym(b).filter(a::equalsIgnoreCase).isPresent();
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
}
