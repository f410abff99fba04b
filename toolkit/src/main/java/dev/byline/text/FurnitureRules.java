package dev.byline.text;

import dev.byline.text.BoilerplateLine.Reason;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The line-furniture rules of {@link LayoutDetector}: publication stamps, share bars, channel plugs, "Read more:",
 * advertisements and copyright lines, each a pattern over the trimmed line, with tables that spare trying the
 * patterns on almost every line ({@link #classify}).
 */
final class FurnitureRules {
    // Each rule lists how its alternatives begin: the pattern is tried only on lines starting with one of
    // them (case-insensitively), which spares the patterns on almost every line. A new alternative must
    // add its start. A rule whose alternatives all go on, after their start, with no letter, digit or underscore
    // (a space, a colon, a word boundary, the line's end) says so (WORD_ENDS): a line such as "Adams said" or
    // "Shares fell", whose start runs on into a word, is then not tried against its pattern.
    private static final boolean WORD_ENDS = false;
    private static final boolean WORD_MAY_FOLLOW = true;
    private static final List<Rule> RULES = List.of(
            new Rule(Reason.PUBLICATION_STAMP, "^(published|updated|last updated|posted)\\s*:?\\s*(undefined|null|nan|none|n/?a|-)?\\s*$",
                    WORD_MAY_FOLLOW, "published", "updated", "last updated", "posted"),
            new Rule(Reason.SOCIAL_LINKS, "^((follow us|share this|share on|like us on|find us on|connect with us)\\b|share:).*",
                    WORD_ENDS, "follow us", "share", "like us on", "find us on", "connect with us"),
            new Rule(Reason.CHANNEL_PLUG, "^(join|subscribe to|follow) (our|the) .*(channel|newsletter|telegram|whatsapp|podcast|youtube).*",
                    WORD_ENDS, "join", "subscribe to", "follow"),
            new Rule(Reason.CHANNEL_PLUG, "^(sign up|subscribe)\\b.*(newsletter|updates|alerts).*", WORD_ENDS, "sign up", "subscribe"),
            new Rule(Reason.READ_MORE, "^(read more|also read|read also|related|see also|recommended)\\s*:.*",
                    WORD_ENDS, "read more", "also read", "read also", "related", "see also", "recommended"),
            new Rule(Reason.ADVERTISEMENT, "^(advertisement|sponsored|sponsored content|ad)\\s*$", WORD_ENDS,
                    "advertisement", "ad", "sponsored"),
            new Rule(Reason.COPYRIGHT, "^(\u00a9|\\(c\\)|copyright\\b).*", WORD_MAY_FOLLOW, "\u00a9", "(c)", "copyright"));

    private record Rule(Reason reason, Pattern pattern, boolean wordMayFollow, String[] starts) {
        Rule(Reason reason, String regex, boolean wordMayFollow, String... starts) {
            this(reason, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), wordMayFollow, starts.clone());
        }

        /** False if the line cannot match: it begins with none of the starts (compared as the pattern does, ignoring case). */
        boolean mayMatch(Lines lines, int line) {
            for (String s : starts) {
                if (lines.mayStartWith(line, s)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A rule's start, for {@link #STARTS_BY_PAIR}. */
    private record Start(Rule rule, String start) {
    }

    /**
     * For each ASCII character (lower case), the rules, in order, with a start beginning with it: a line beginning
     * with an ASCII character can only match those (ASCII letters fold only to each other), most lines none.
     */
    private static final List<List<Rule>> RULES_BY_INITIAL = new ArrayList<>();
    /**
     * For each pair of ASCII characters (lower case) a line can begin with, the starts beginning with them, their rules
     * in order: every start of an ASCII initial has two ASCII characters at least, so a line whose first two
     * characters are ASCII can match only the rules of these starts (most lines none).
     */
    private static final Start[][] STARTS_BY_PAIR = new Start[128 * 128][];
    static {
        // one pass over the rules' starts (this runs, interpreted, at every start: a pass over every initial and every
        // pair, with a list for each pair, cost milliseconds); a rule is listed once under an initial, its starts in order
        List<List<Rule>> byInitial = new ArrayList<>(128);
        for (int c = 0; c < 128; c++) {
            byInitial.add(new ArrayList<>());
        }
        Arrays.fill(STARTS_BY_PAIR, new Start[0]);
        for (Rule rule : RULES) {
            for (String start : rule.starts()) {
                char c = Character.toLowerCase(start.charAt(0));
                if (c < 128) {
                    List<Rule> rules = byInitial.get(c);
                    if (rules.isEmpty() || rules.get(rules.size() - 1) != rule) {
                        rules.add(rule);
                    }
                    char d = Character.toLowerCase(start.charAt(1));   // ASCII: checked in the test
                    Start[] before = STARTS_BY_PAIR[c * 128 + d];
                    Start[] after = Arrays.copyOf(before, before.length + 1);
                    after[before.length] = new Start(rule, start);
                    STARTS_BY_PAIR[c * 128 + d] = after;
                }
            }
        }
        for (List<Rule> rules : byInitial) {
            RULES_BY_INITIAL.add(List.copyOf(rules));
        }
    }

    /**
     * For each char outside ASCII a line may begin with, whether some rule's start may begin with it (compared as
     * {@link Lines#mayStartWith} compares, ignoring case): 0 not yet asked, 1 no, 2 yes. Almost none do (©, ſ, K); the
     * many lines that open with a quotation mark (“) are then tried against no rule. Filled as chars are met: a race
     * only computes the same answer twice.
     */
    private static final byte[] OPENS_A_START = new byte[0x10000];

    /** False if no rule's start can begin with the code point {@code cp}, not ASCII (true when not sure). */
    private static boolean opensAStart(int cp) {
        if (cp >= 0x10000) {
            return true;   // a surrogate pair: left to the rules
        }
        byte known = OPENS_A_START[cp];
        if (known == 0) {
            known = 1;
            for (Rule rule : RULES) {
                for (String start : rule.starts()) {
                    char p = start.charAt(0);
                    char c = (char) cp;
                    if (c == p || Character.toUpperCase(c) == Character.toUpperCase(p)
                            || Character.toLowerCase(Character.toUpperCase(c)) == Character.toLowerCase(Character.toUpperCase(p))) {
                        known = 2;
                    }
                }
            }
            OPENS_A_START[cp] = known;
        }
        return known == 2;
    }

    /** The furniture rule the trimmed line {@code text} matches, every pattern tried (no shortcut), or null: what {@link #classify}'s shortcuts must agree with. */
    static Reason furnitureOf(String text) {
        for (Rule rule : RULES) {
            if (rule.pattern().matcher(text).matches()) {
                return rule.reason();
            }
        }
        return null;
    }

    /**
     * The furniture rule {@code line} matches, else {@link Reason#REPEATED_LINE} if {@code seen} holds its like
     * already, else null; a line that is not a repeat is added to {@code seen}.
     */
    static Reason classify(Lines lines, int line, LineSet seen) {
        int first = lines.firstAscii(line);
        int second = first < 0 ? -1 : lines.chars[line] < 2 ? -2 : lines.secondAscii(line);
        if (second >= 0) {
            // the usual line: its first two characters ASCII, which only ASCII letters fold to (the starts are ASCII)
            Start[] starts = STARTS_BY_PAIR[(first | (first >= 'A' && first <= 'Z' ? 0x20 : 0)) * 128
                    + (second | (second >= 'A' && second <= 'Z' ? 0x20 : 0))];
            Rule tried = null;
            for (Start s : starts) {
                if (s.rule() != tried && lines.mayStartWith(line, s.start())
                        && (s.rule().wordMayFollow() || !lines.asciiWordCharAt(line, s.start().length()))) {
                    tried = s.rule();
                    if (tried.pattern().matcher(lines.text(line)).matches()) {
                        seen.add(line);
                        return tried.reason();
                    }
                }
            }
        } else if (second == -1) {
            // a line beginning with anything but ASCII (ſ, K, ©) is tried against every rule; one whose second
            // character is not (K, ı, ſ fold to ASCII letters) against every rule of its initial
            List<Rule> rules = first >= 0 ? RULES_BY_INITIAL.get(first | (first >= 'A' && first <= 'Z' ? 0x20 : 0))
                    : opensAStart(lines.firstCodePoint(line)) ? RULES : List.of();
            String text = null;
            for (Rule rule : rules) {
                if (rule.mayMatch(lines, line)) {
                    text = text == null ? lines.text(line) : text;
                    if (rule.pattern().matcher(text).matches()) {
                        seen.add(line);
                        return rule.reason();
                    }
                }
            }
        }
        // second == -2: one ASCII character, shorter than any start of an ASCII initial
        return seen.add(line) ? null : Reason.REPEATED_LINE;
    }

    private FurnitureRules() {
    }
}
