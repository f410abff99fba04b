package dev.byline.bench.generate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes wire-copy sentences: Zipf words with a topic's words and people mixed in, numbers as news
 * writes them (1,200; 2.8%; $4.5 billion), abbreviations and hyphenated compounds, commas, and a
 * length distribution like agency copy (about 24 words, rarely under 8 or over 45).
 */
final class SentenceWriter {
    private static final List<String> SPECIALS = List.of("U.S.", "U.N.", "E.U.", "U.S.-brokered",
            "4-year-old", "so-called", "long-term", "high-level", "cross-border", "year-on-year", "Jan.", "Feb.",
            "Gen.", "Dr.", "St.", "a.m.", "p.m.", "co-operation", "re-election", "decision-making");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");
    private static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");

    private final Vocabulary vocabulary;

    SentenceWriter(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** A sentence-length count of words, skewed like wire copy. */
    int length(SplittableRandom r) {
        double g = r.nextGaussian() * 7.5 + 24;
        return (int) Math.max(8, Math.min(45, Math.round(g)));
    }

    /** A full sentence, capitalised, ending in a period. */
    String sentence(SplittableRandom r, Topic topic) {
        return capitalise(words(r, topic, length(r))) + ".";
    }

    /** {@code n} words (no capital, no final punctuation), with commas and the odd name or number. */
    String words(SplittableRandom r, Topic topic, int n) {
        StringBuilder sb = new StringBuilder(n * 7);
        for (int k = 0; k < n; k++) {
            if (k > 0) {
                sb.append(r.nextInt(16) == 0 && k < n - 1 ? ", " : " ");
            }
            sb.append(token(r, topic));
        }
        return sb.toString();
    }

    private String token(SplittableRandom r, Topic topic) {
        int u = r.nextInt(1000);
        if (u < 120) {
            return topic.words().get(r.nextInt(topic.words().size()));
        }
        if (u < 140) {
            return topic.people().get(r.nextInt(topic.people().size())).surname();
        }
        if (u < 150) {
            return vocabulary.name(r);
        }
        if (u < 180) {
            return number(r);
        }
        if (u < 190) {
            return SPECIALS.get(r.nextInt(SPECIALS.size()));
        }
        if (u < 195) {
            return WEEKDAYS.get(r.nextInt(WEEKDAYS.size()));
        }
        return vocabulary.word(r);
    }

    String number(SplittableRandom r) {
        return switch (r.nextInt(8)) {
            case 0 -> "more than " + (10 * (1 + r.nextInt(60)));
            case 1 -> String.format("%,d", 1000 + r.nextInt(90_000));
            case 2 -> (1 + r.nextInt(40)) + "." + r.nextInt(10) + "%";
            case 3 -> "$" + (1 + r.nextInt(90)) + "." + r.nextInt(10) + (r.nextBoolean() ? " billion" : " million");
            case 4 -> Integer.toString(2015 + r.nextInt(12));
            case 5 -> MONTHS.get(r.nextInt(12)) + " " + (1 + r.nextInt(28));
            case 6 -> Integer.toString(2 + r.nextInt(98));
            default -> "about " + (2 + r.nextInt(20)) + ",000";
        };
    }

    static String capitalise(String s) {
        if (s.isEmpty() || !Character.isLowerCase(s.charAt(0))) {
            return s;
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
