package dev.byline.compare;

import dev.byline.text.Document;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.WeakHashMap;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a text says it got its material from, and whether one text names another's outlet.
 *
 * <p>Two kinds of naming are read. <b>Claims</b> are the way wire copy names itself and others
 * it spoke to: "told The Associated Press", "she told the AP", "told AFP", "told Northwind",
 * "according to the Financial Times", "Reuters reported". <b>Credit lines</b> name where a text
 * took its material: a dateline agency ("LISBON (Northwind) —", "(AP)"), a byline agency
 * ("By Ana Lobo, Northwind"), "via Reuters", "h/t: The Hill", "Northwind contributed to this
 * report". A single capitalised word after "told" counts only when the text never uses it as
 * a person ("Trump said", "Mr. Trump"): people are told things, outlets are told them for print.
 * How two texts' names relate is {@link OutletCredit}'s.
 */
final class Credits {
    // Capitalised words on one line; no dots, so a sentence's full stop ends the name.
    private static final String NAME = "([A-Z][\\p{L}&’'-]*(?:[ \\t]+(?:of[ \\t]+)?[A-Z][\\p{L}&’'-]*){0,4})";
    private static final Pattern TOLD_THE = Pattern.compile("\\b(?i:told|according to|reported by|speaking to|spoke to|in an interview with)\\s+(?i:the)\\s+" + NAME);
    private static final Pattern TOLD_ACRONYM = Pattern.compile("\\b(?:told|according to|reported by|speaking to|spoke to)\\s+([A-Z]{2,6})\\b");
    private static final Pattern TOLD_ONE_WORD = Pattern.compile("\\b(?:told|speaking to|spoke to|in an interview with)\\s+([A-Z][\\p{Ll}]+[\\p{L}]*)\\b"
            + "(?=[ \\t]*[.,;:”\"]|[ \\t]+(?:in|on|last|this|during|by|over|earlier|late|after|before)\\b)");
    private static final List<String> TOLD_THE_ANCHORS = List.of("told", "according to", "reported by", "speaking to", "spoke to",
            "in an interview with");
    private static final List<String> TOLD_ACRONYM_ANCHORS = List.of("told", "according to", "reported by", "speaking to", "spoke to");
    private static final List<String> TOLD_ONE_WORD_ANCHORS = List.of("told", "speaking to", "spoke to", "in an interview with");
    /** Speech verbs after a word ("Hale said"): {@link #wordsUsedAsPerson} reads the word before one. */
    private static final List<String> SPEECH_VERBS = List.of("said", "says", "told", "added", "asked", "wrote", "argued", "insisted");
    private static final List<String> AFTER_TITLE_ANCHORS = List.of("Mr", "Mrs", "Ms", "Dr", "President", "Senator", "Sen", "Rep", "Gov",
            "Minister", "Chancellor");
    private static final Pattern AFTER_TITLE = Pattern.compile(
            "\\b(?:Mr|Mrs|Ms|Dr|President|Senator|Sen|Rep|Gov|Minister|Chancellor)\\.?[ \\t]+([A-Z][\\p{Ll}]+[\\p{L}]*)\\b");
    private static final Pattern REPORTED = Pattern.compile("\\b(?:the\\s+)?" + NAME + "\\s+(?:reported|first reported|news agency reported)\\b");
    private static final Pattern DATELINE_AGENCY = Pattern.compile("(?m)^[ \\t]*[A-Z][\\p{L}\\d/ .,'’-]{1,60}?\\(([A-Z][\\p{L}&. ]{1,40})\\)[ \\t]*[—–-]");
    private static final Pattern BYLINE_AGENCY = Pattern.compile("(?m)^[ \\t]*By[ \\t]+([A-Z][\\p{L}.'’ -]{1,60}?)[ \\t]*[,|][ \\t]*(?:The[ \\t]+)?([A-Z][\\p{L}&' ]{1,40}?)[ \\t]*$");
    private static final Pattern CREDIT_LINE = Pattern.compile("\\b(?i:via|h/t:?|hat tip:?|courtesy of|source:)[ \\t]+(?:the[ \\t]+|The[ \\t]+)?" + NAME);
    private static final List<String> CREDIT_LINE_ANCHORS = List.of("via", "h/t", "hat tip", "courtesy of", "source:");
    /** "X contributed to this report" (or story), found from these words; {@link #contributedLines} finds the blanks before. */
    private static final String CONTRIBUTED_WORDS = "contributed to this ";
    /** The name before a "contributed" line, looked for only in the few words before it (see {@link #CONTRIBUTED_WORDS}). */
    private static final Pattern CONTRIBUTOR = Pattern.compile("(?:The[ \\t]+)?" + NAME + "\\z");
    /** "in ", "from " or "at " just before a name: the name is a place. */
    private static final Pattern PLACE_BEFORE = Pattern.compile("\\b(?:in|from|at)[ \\t]+\\z");
    /** How far before "contributed to this report" its contributor's name may start: five long words. */
    private static final int CONTRIBUTOR_REACH = 200;
    private static final List<String> OWN_REPORTING_ANCHORS = List.of("contributed to this report", "additional reporting by",
            "in an interview with", "told the");
    private static final Pattern OWN_REPORTING = Pattern.compile(
            "(?i:contributed to this report|additional reporting by|in an interview with)|\\b(?i:told the) [A-Z]");

    /** Characters from the top of a text where its dateline and byline may start. */
    private static final int TOP = 600;
    /**
     * Characters from the top where a dateline agency is looked for: a scraped page puts its menus, photo captions
     * and share buttons above the story, and "LONDON (Reuters) —" at a line's start is distinctive enough to seek
     * further down.
     */
    private static final int DATELINE_TOP = 2000;

    private static final String REPORTED_WORD = "reported";
    /** Every anchor the scans look for, indexed in one pass over a text. */
    private static final List<String> ANCHORS = java.util.stream.Stream.of(TOLD_THE_ANCHORS, TOLD_ACRONYM_ANCHORS,
            TOLD_ONE_WORD_ANCHORS, SPEECH_VERBS, AFTER_TITLE_ANCHORS, CREDIT_LINE_ANCHORS, OWN_REPORTING_ANCHORS,
            List.of(REPORTED_WORD, CONTRIBUTED_WORDS)).flatMap(List::stream).distinct().toList();

    /**
     * What the scans of one text found. Every pair a document is in asks for them, and each is a pass over the whole
     * text, so they are made once per document (held while the document is).
     */
    private record Scan(Set<String> outletsNamed, Set<String> creditLines, int ownReportingMarks) {
    }

    private static final Map<Document, Scan> SCANS = Collections.synchronizedMap(new WeakHashMap<>());

    private Credits() {
    }

    /** Outlet names the text credits or claims ("told The Associated Press" → "Associated Press"), in order of first mention. */
    static Set<String> outletsNamed(Document doc) {
        return scan(doc).outletsNamed();
    }

    private static Set<String> findOutletsNamed(Document doc, AnchoredMatches in, Set<String> creditLines) {
        String text = doc.raw();
        Set<String> out = new LinkedHashSet<>();
        for (MatchResult m : in.matches(TOLD_THE, TOLD_THE_ANCHORS, true)) {
            addName(clean(m.group(1)), out);
        }
        for (MatchResult m : in.matches(TOLD_ACRONYM, TOLD_ACRONYM_ANCHORS, false)) {
            addName(clean(m.group(1)), out);
        }
        Set<String> persons = null;
        for (MatchResult one : in.matches(TOLD_ONE_WORD, TOLD_ONE_WORD_ANCHORS, false)) {
            String name = one.group(1);
            if (persons == null) {
                persons = wordsUsedAsPerson(text, in);
            }
            if (!persons.contains(name)) {
                out.add(name);
            }
        }
        for (MatchResult m : reportedBy(text, in)) {
            String name = clean(m.group(1));
            if (name.contains(" ") || name.equals(name.toUpperCase())) {
                out.add(name);
            }
        }
        out.addAll(creditLines);
        return Collections.unmodifiableSet(out);
    }

    private static void addName(String name, Set<String> out) {
        if (!name.isEmpty() && Character.isUpperCase(name.charAt(0))) {
            out.add(name);
        }
    }

    /** How far before "reported" its name may start: five words and "the". */
    private static final int REPORTER_REACH = 1000;

    /**
     * The {@link #REPORTED} matches, found from the verb: each ends at a "reported", so the pattern is tried only in
     * the {@value #REPORTER_REACH} characters before one (a name longer than that is not looked for).
     */
    private static List<MatchResult> reportedBy(String text, AnchoredMatches in) {
        List<MatchResult> out = new ArrayList<>();
        Matcher m = REPORTED.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int end = 0;
        for (int q : in.starts(List.of(REPORTED_WORD), false)) {
            if (q + 8 <= end) {
                continue;
            }
            m.region(Math.max(end, q - REPORTER_REACH), Math.min(text.length(), q + 9));
            if (m.find()) {
                out.add(m.toMatchResult());
                end = m.end();
            }
        }
        return out;
    }

    /**
     * Agencies and outlets the text credits in a credit line: dateline or byline agency, "via",
     * "h/t", "contributed to this report". In order of first mention.
     */
    static Set<String> creditLines(Document doc) {
        return scan(doc).creditLines();
    }

    private static Set<String> findCreditLines(Document doc, AnchoredMatches in) {
        String text = doc.raw();
        Set<String> out = new LinkedHashSet<>(headCredits(doc));
        // "via X" and "X contributed to this report", in the order the text mentions them. The second is found from
        // its verb, then its name in the words before: a pattern that opened with the name would be tried at every
        // capital letter of the text.
        TreeMap<Integer, String> credited = new TreeMap<>();
        for (MatchResult c : in.matches(CREDIT_LINE, CREDIT_LINE_ANCHORS, true)) {
            credited.putIfAbsent(c.start(), c.group(1));
        }
        Matcher contributor = CONTRIBUTOR.matcher(text);
        for (int start : contributedLines(text, in)) {
            contributor.region(Math.max(0, start - CONTRIBUTOR_REACH), start);
            // "Michael Birnbaum in Brussels contributed": the words before are a place, where a reporter was.
            if (contributor.find() && !PLACE_BEFORE.matcher(text).region(Math.max(0, contributor.start() - 6), contributor.start()).find()) {
                credited.putIfAbsent(contributor.start(), contributor.group(1));
            }
        }
        for (String found : credited.values()) {
            String name = clean(found);
            if (!name.isEmpty()) {
                out.add(name);
            }
        }
        return Collections.unmodifiableSet(out);
    }

    /**
     * The agencies the text's head credits, in this order: its dateline's ("LISBON (Northwind) —"), its first
     * byline's ("By Ana Lobo, Northwind"), an organisation's byline.
     */
    static List<String> headCredits(Document doc) {
        String text = doc.raw();
        List<String> out = new ArrayList<>(3);
        datelineAgency(doc).ifPresent(out::add);
        firstBylineAgency(text).ifPresent(b -> out.add(BylineAgencies.agency(clean(b.group(2)))));
        BylineAgencies.organisationByline(text, DATELINE_TOP).ifPresent(out::add);
        return out;
    }

    /**
     * Where each "contributed to this report" (or story) starts: at the blanks before "contributed", which must be
     * there. Found from the words, in text order.
     */
    private static List<Integer> contributedLines(String text, AnchoredMatches in) {
        List<Integer> out = new ArrayList<>();
        for (int q : in.starts(List.of(CONTRIBUTED_WORDS), false)) {
            int after = q + CONTRIBUTED_WORDS.length();
            if (!text.startsWith("report", after) && !text.startsWith("story", after)) {
                continue;
            }
            int s = q;
            while (s > 0 && (text.charAt(s - 1) == ' ' || text.charAt(s - 1) == '\t')) {
                s--;
            }
            if (s < q) {
                out.add(s);
            }
        }
        return out;
    }

    /** The first {@link #BYLINE_AGENCY} line of the text, tried only where a line starts (where its ^ can match). */
    private static Optional<MatchResult> firstBylineAgency(String text) {
        Matcher b = BYLINE_AGENCY.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int p = 0; p >= 0 && p < text.length(); p = nextLineStart(text, p)) {
            b.region(p, text.length());
            if (b.lookingAt()) {
                return Optional.of(b.toMatchResult());
            }
        }
        return Optional.empty();
    }

    /** Where the line after the one holding {@code p} starts, by {@link Pattern#MULTILINE}'s line terminators; -1 at the last line. */
    private static int nextLineStart(String text, int p) {
        for (int i = p; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return i + 1;
            }
            if (c == '\r') {
                return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
            }
        }
        return -1;
    }

    /** The agency in the text's dateline, "LISBON (Northwind) —" → Northwind. */
    static Optional<String> datelineAgency(Document doc) {
        String text = doc.raw();
        // Only a dateline near the top: the first lines, where title and dateline stand (the rest is not searched).
        Matcher d = DATELINE_AGENCY.matcher(text).region(0, Math.min(text.length(), DATELINE_TOP + 200))
                .useTransparentBounds(true).useAnchoringBounds(false);
        return d.find() && d.start() < DATELINE_TOP ? Optional.of(clean(d.group(1))) : Optional.empty();
    }

    /** The author the text or its metadata gives ("By Ana Lobo, Northwind" → Ana Lobo). */
    static Optional<String> author(Document doc) {
        Optional<String> meta = doc.meta("author").or(() -> doc.meta("authors"));
        if (meta.isPresent()) {
            return meta;
        }
        String text = doc.raw();
        Matcher b = BYLINE_AGENCY.matcher(text).region(0, Math.min(text.length(), TOP + 200))
                .useTransparentBounds(true).useAnchoringBounds(false);
        return b.find() && b.start() < TOP ? Optional.of(b.group(1).trim()) : Optional.empty();
    }

    /** How many marks of first-hand reporting the text carries (a contributor line, "told the X", an interview). */
    static int ownReportingMarks(Document doc) {
        return scan(doc).ownReportingMarks();
    }

    private static int countOwnReportingMarks(AnchoredMatches in) {
        return in.matches(OWN_REPORTING, OWN_REPORTING_ANCHORS, true).size();
    }

    private static Scan scan(Document doc) {
        return SCANS.computeIfAbsent(doc, d -> {
            AnchoredMatches in = AnchoredMatches.in(d.raw(), ANCHORS);
            Set<String> lines = findCreditLines(d, in);
            return new Scan(findOutletsNamed(d, in, lines), lines, countOwnReportingMarks(in));
        });
    }

    /**
     * Capitalised words the text uses as a person: before a speech verb ("Hale said") or after a title ("Mr. Hale").
     * One pass over the text, however many names it tells of.
     */
    private static Set<String> wordsUsedAsPerson(String text, AnchoredMatches in) {
        Set<String> out = new HashSet<>();
        // Found from the verb, then the word before it: a pattern opening with the name would start at every letter.
        for (int end : speechVerbsAfterAWord(text, in)) {
            int start = end;
            while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
                start--;
            }
            boolean boundary = start == 0 || !(Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '_');
            if (boundary && end - start >= 2 && Character.isUpperCase(text.charAt(start))
                    && Character.isLowerCase(text.charAt(start + 1))) {
                out.add(text.substring(start, end));
            }
        }
        for (MatchResult m : in.matches(AFTER_TITLE, AFTER_TITLE_ANCHORS, false)) {
            out.add(m.group(1));
        }
        return out;
    }

    /**
     * Where each speech verb after a word stands: the start of the blanks (spaces, tabs) between a letter and one of
     * {@link #SPEECH_VERBS} followed by a word boundary ("Hale&nbsp;&nbsp;said" → after "Hale"), in text order.
     */
    private static List<Integer> speechVerbsAfterAWord(String text, AnchoredMatches in) {
        List<Integer> out = new ArrayList<>();
        for (int q : in.starts(SPEECH_VERBS, false)) {
            int after = q + verbAt(text, q).length();
            if (after < text.length() && isWordChar(text.codePointAt(after))) {
                continue;   // the \b after the verb
            }
            int s = q;
            while (s > 0 && (text.charAt(s - 1) == ' ' || text.charAt(s - 1) == '\t')) {
                s--;
            }
            if (s < q && s > 0 && Character.isLetter(text.codePointBefore(s))) {
                out.add(s);
            }
        }
        return out;
    }

    /** The speech verb starting at {@code q} (no verb of the list is the start of another). */
    private static String verbAt(String text, int q) {
        for (String v : SPEECH_VERBS) {
            if (text.startsWith(v, q)) {
                return v;
            }
        }
        throw new IllegalStateException("no speech verb at " + q);
    }

    private static boolean isWordChar(int c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    /** A name as credited: trimmed, without a possessive or closing punctuation, without a leading "The". */
    static String clean(String name) {
        String s = name.trim().replaceAll("(?:[’']s)?[.,;:]*$", "").trim();
        if (s.startsWith("The ") || s.startsWith("the ")) {
            s = s.substring(4);
        }
        return s;
    }
}
