package dev.byline.bench.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Everything articles are written from, fixed by the seed: the vocabulary, the outlets and the topics.
 *
 * <pre>{@code
 * NewsWorld world = NewsWorld.create(vocabulary, 42, 1_000);
 * }</pre>
 */
public final class NewsWorld {
    /** Real wire datelines: city and, for some, the country that follows it. */
    static final List<String[]> DATELINES = List.of(
            new String[] {"LONDON", ""}, new String[] {"KYIV", "Ukraine"}, new String[] {"WASHINGTON", ""},
            new String[] {"BRUSSELS", ""}, new String[] {"PARIS", ""}, new String[] {"BERLIN", ""},
            new String[] {"MOSCOW", ""}, new String[] {"TALLINN", "Estonia"}, new String[] {"WARSAW", "Poland"},
            new String[] {"NEW DELHI", ""}, new String[] {"NAIROBI", "Kenya"}, new String[] {"LAGOS", "Nigeria"},
            new String[] {"SAO PAULO", "Brazil"}, new String[] {"TOKYO", ""}, new String[] {"BEIJING", ""},
            new String[] {"SEOUL", "South Korea"}, new String[] {"JERUSALEM", ""}, new String[] {"CAIRO", ""},
            new String[] {"GENEVA", ""}, new String[] {"ABU DHABI", "United Arab Emirates"},
            new String[] {"MEXICO CITY", ""}, new String[] {"SYDNEY", ""}, new String[] {"TORONTO", ""},
            new String[] {"ISTANBUL", ""}, new String[] {"JOHANNESBURG", ""}, new String[] {"MANILA", "Philippines"});

    private static final List<String> MASTHEADS = List.of("Times", "Post", "Herald", "Journal", "Tribune",
            "Chronicle", "Gazette", "Observer", "Standard", "Courier", "Ledger", "Telegraph", "Dispatch", "Review");
    private static final List<String> MASTHEAD_FIRST = List.of("Financial", "Daily", "Evening", "Morning",
            "National", "Global", "Sunday", "Weekly");
    private static final List<String> ROLES = List.of("director of", "head of", "a spokesperson for",
            "a senior fellow at", "chief economist at", "a former adviser to", "the chair of", "a researcher at",
            "deputy minister at", "an analyst at");
    private static final List<String> ORG_KINDS = List.of("Institute", "Foundation", "Ministry of Defense",
            "Center for Strategic Studies", "Council", "Bank", "University", "Agency", "Commission", "Union");

    /** Half the outlets use curly double quotes, a quarter straight ones, the rest single or guillemets. */
    private static final List<MarkStyle> MARKS_CYCLE = List.of(MarkStyle.CURLY_DOUBLE, MarkStyle.STRAIGHT_DOUBLE,
            MarkStyle.CURLY_DOUBLE, MarkStyle.CURLY_SINGLE, MarkStyle.CURLY_DOUBLE, MarkStyle.GUILLEMETS,
            MarkStyle.STRAIGHT_DOUBLE, MarkStyle.CURLY_DOUBLE);

    private final Vocabulary vocabulary;
    private final List<Outlet> outlets;
    private final List<Topic> topics;

    private NewsWorld(Vocabulary vocabulary, List<Outlet> outlets, List<Topic> topics) {
        this.vocabulary = vocabulary;
        this.outlets = List.copyOf(outlets);
        this.topics = List.copyOf(topics);
    }

    /** A world for a corpus of {@code docs} articles: about one topic per 40 articles. */
    public static NewsWorld create(Vocabulary vocabulary, long seed, int docs) {
        SplittableRandom random = new SplittableRandom(seed * 31 + 7);
        List<Outlet> outlets = new ArrayList<>();
        int outletCount = Math.max(8, Math.min(200, docs / 50));
        for (int k = 0; k < outletCount; k++) {
            outlets.add(outlet(vocabulary, random, k));
        }
        List<Topic> topics = new ArrayList<>();
        int topicCount = Math.max(3, docs / 40);
        for (int t = 0; t < topicCount; t++) {
            topics.add(topic(vocabulary, random, t));
        }
        return new NewsWorld(vocabulary, outlets, topics);
    }

    private static Outlet outlet(Vocabulary v, SplittableRandom r, int k) {
        String first = r.nextInt(3) == 0 ? MASTHEAD_FIRST.get(r.nextInt(MASTHEAD_FIRST.size())) : v.name(r);
        boolean wire = k % 6 == 0;
        String name = wire ? "The " + first + " Press" : (r.nextBoolean() ? "The " : "") + first + " "
                + MASTHEADS.get(r.nextInt(MASTHEADS.size()));
        String agency = wire ? first.substring(0, 1) + "P" : "";
        MarkStyle marks = MARKS_CYCLE.get(k % MARKS_CYCLE.size());
        String slug = name.toLowerCase(Locale.ROOT).replace("the ", "").replace(' ', '-');
        String handle = slug.replace("-", "") + (k > 0 ? "" : "");
        return new Outlet(name, handle, agency, marks, r.nextInt(4) == 0 ? "\n" : "\n\n", slug + ".example");
    }

    private static Topic topic(Vocabulary v, SplittableRandom r, int id) {
        List<String> words = new ArrayList<>();
        for (int k = 0; k < 30; k++) {
            words.add(v.wordInRanks(r, 300, 12_000));
        }
        List<String> orgs = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            orgs.add("the " + v.name(r) + " " + ORG_KINDS.get(r.nextInt(ORG_KINDS.size())));
        }
        List<Person> people = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            String surname = v.name(r);
            String full = v.name(r) + " " + surname;
            String role = ROLES.get(r.nextInt(ROLES.size())) + " " + orgs.get(r.nextInt(orgs.size()));
            people.add(new Person(full, surname, r.nextBoolean() ? "he" : "she", role));
        }
        List<String[]> places = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            places.add(DATELINES.get(r.nextInt(DATELINES.size())));
        }
        return new Topic(id, words, people, places, orgs);
    }

    /** The vocabulary. */
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** The outlets. */
    public List<Outlet> outlets() {
        return outlets;
    }

    /** The topics. */
    public List<Topic> topics() {
        return topics;
    }
}
