package dev.byline.bench.generate;

import dev.byline.bench.generate.Piece.Mention;
import dev.byline.bench.generate.Piece.Plain;
import dev.byline.bench.generate.Piece.Quoted;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes one original article on a topic for an outlet: headline, dateline, 6–20 short paragraphs of
 * wire copy, quotations attributed the ways news attributes them, a credit line and page furniture.
 */
final class ArticleWriter {
    /** Attribution patterns, with the weights they are drawn with. */
    static final List<String> PATTERNS = List.of("quote-name-verb", "quote-verb-name-appositive",
            "name-verb-colon-quote", "quote-pronoun-verb", "split", "multi-paragraph", "partial", "scare",
            "quote-according-to", "quote-name-told-outlet");
    private static final int[] WEIGHTS = {22, 12, 8, 14, 10, 5, 12, 7, 4, 6};
    private static final List<String> VERBS = List.of("said", "said", "said", "said", "added", "warned", "noted",
            "says", "told reporters");
    private static final LocalDate EPOCH = LocalDate.of(2025, 1, 1);

    private final NewsWorld world;
    private final SentenceWriter sentences;

    ArticleWriter(NewsWorld world) {
        this.world = world;
        this.sentences = new SentenceWriter(world.vocabulary());
    }

    SentenceWriter sentences() {
        return sentences;
    }

    /** A new article; everything random comes from {@code r}, so one seed gives one article. */
    Article write(SplittableRandom r, Topic topic, Outlet outlet) {
        State s = new State(r, topic, outlet);
        List<Paragraph> paragraphs = new ArrayList<>();
        int count = 8 + r.nextInt(15);
        for (int p = 0; p < count; p++) {
            if (p > 0 && r.nextInt(100) < 40) {
                quoteParagraphs(s, paragraphs);
            } else {
                List<List<Piece>> body = new ArrayList<>();
                int n = 1 + (r.nextInt(3) == 0 ? 1 : 0) + (r.nextInt(8) == 0 ? 1 : 0);
                for (int k = 0; k < n; k++) {
                    body.add(plain(sentences.sentence(r, topic)));
                }
                if (p == 0 && r.nextInt(3) == 0) {
                    body.set(0, plain(SentenceWriter.capitalise(sentences.words(r, topic, 18)) + ", a senior official told "
                            + outlet.name() + "."));
                }
                paragraphs.add(Paragraph.body(body));
            }
        }
        if (r.nextBoolean()) {
            Person a = topic.people().get(r.nextInt(topic.people().size()));
            String[] place = topic.places().get(0);
            paragraphs.add(new Paragraph(List.of(plain(world.vocabulary().name(r) + " " + world.vocabulary().name(r)
                    + " in " + cityName(place) + " and " + a.surname() + " " + world.vocabulary().name(r)
                    + " contributed to this report.")), Paragraph.Role.CREDIT, false));
        }
        furniture(r, outlet, paragraphs);
        LocalDate date = EPOCH.plusDays(r.nextInt(420));
        String title = title(r, topic);
        String dateline = dateline(r, topic, outlet, date);
        String url = "https://" + outlet.domain() + "/" + date.toString().replace('-', '/') + "/"
                + title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return new Article(title, r.nextInt(10) < 4, dateline, paragraphs, s.quotes, outlet.name(), date, url,
                outlet.marks(), outlet.paragraphBreak());
    }

    String title(SplittableRandom r, Topic topic) {
        Person p = topic.people().get(r.nextInt(topic.people().size()));
        String words = sentences.words(r, topic, 5 + r.nextInt(6)).replace(",", "");
        return SentenceWriter.capitalise(words) + (r.nextBoolean() ? ", " + p.surname() + " says" : "");
    }

    private static String cityName(String[] place) {
        String city = place[0];
        StringBuilder sb = new StringBuilder();
        for (String part : city.split(" ")) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }

    private static String dateline(SplittableRandom r, Topic topic, Outlet outlet, LocalDate date) {
        if (r.nextInt(10) < 4) {
            return "";
        }
        String[] place = topic.places().get(r.nextInt(topic.places().size()));
        if (!outlet.agency().isEmpty()) {
            return place[0] + (place[1].isEmpty() ? "" : ", " + place[1]) + " (" + outlet.agency() + ") \u2014 ";
        }
        return r.nextBoolean() ? " date " + date + " " + place[0] + " \u2014 " : place[0] + " \u2014 ";
    }

    private void furniture(SplittableRandom r, Outlet outlet, List<Paragraph> paragraphs) {
        if (r.nextInt(10) < 3) {
            List<String> lines = new ArrayList<>();
            lines.add("Published: undefined");
            if (r.nextBoolean()) {
                lines.add("Follow us on: Facebook, Twitter, Google News, Instagram");
            }
            if (r.nextBoolean()) {
                lines.add("Join our official telegram channel (@" + outlet.handle()
                        + ") and stay updated with the latest headlines");
            }
            for (String line : lines) {
                paragraphs.add(new Paragraph(List.of(plain(line)), Paragraph.Role.BOILERPLATE, false));
            }
        }
        if (paragraphs.size() > 4 && r.nextInt(10) == 0) {
            paragraphs.add(2 + r.nextInt(paragraphs.size() - 3),
                    new Paragraph(List.of(plain("Advertisement")), Paragraph.Role.BOILERPLATE, false));
        }
    }

    private final class State {
        final SplittableRandom r;
        final Topic topic;
        final Outlet outlet;
        final List<QuoteSpec> quotes = new ArrayList<>();
        final Set<String> introduced = new HashSet<>();
        int groups;

        State(SplittableRandom r, Topic topic, Outlet outlet) {
            this.r = r;
            this.topic = topic;
            this.outlet = outlet;
        }

        QuoteSpec quote(Person speaker, String kind, String pattern, int group) {
            QuoteSpec q = new QuoteSpec(quotes.size(), speaker == null ? null : speaker.fullName(), kind,
                    outlet.marks(), pattern, group);
            quotes.add(q);
            return q;
        }

        /** The way to name {@code p} now: the full name the first time, the surname after. */
        String name(Person p) {
            return introduced.add(p.fullName()) ? p.fullName() : p.surname();
        }

        String verb() {
            return VERBS.get(r.nextInt(VERBS.size()));
        }

        /** Words of a quotation: one or two sentences of speech. */
        String speech(int sentencesWanted) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < sentencesWanted; k++) {
                if (k > 0) {
                    sb.append(' ');
                }
                sb.append(SentenceWriter.capitalise(sentences.words(r, topic, 6 + r.nextInt(18))));
                if (k < sentencesWanted - 1) {
                    sb.append('.');
                }
            }
            return sb.toString();
        }
    }

    private static int pick(SplittableRandom r) {
        int total = 0;
        for (int w : WEIGHTS) {
            total += w;
        }
        int u = r.nextInt(total);
        for (int k = 0; k < WEIGHTS.length; k++) {
            u -= WEIGHTS[k];
            if (u < 0) {
                return k;
            }
        }
        return 0;
    }

    private void quoteParagraphs(State s, List<Paragraph> out) {
        SplittableRandom r = s.r;
        Person p = s.topic.people().get(r.nextInt(s.topic.people().size()));
        MarkStyle m = s.outlet.marks();
        // US style keeps the comma inside the marks; British single quotes and guillemets leave it out.
        boolean inside = m == MarkStyle.CURLY_DOUBLE || m == MarkStyle.STRAIGHT_DOUBLE;
        String pattern = PATTERNS.get(pick(r));
        int g = s.groups++;
        List<List<Piece>> sents = new ArrayList<>();
        switch (pattern) {
            case "quote-name-verb" -> {
                QuoteSpec q = s.quote(p, "full", pattern, g);
                sents.add(List.of(quoted(q, m, s.speech(1 + r.nextInt(2)), inside ? "," : ""),
                        new Plain(inside ? " " : ", "), new Mention(g, s.name(p)), new Plain(" " + s.verb() + ".")));
            }
            case "quote-verb-name-appositive" -> {
                QuoteSpec q = s.quote(p, "full", pattern, g);
                s.introduced.add(p.fullName());
                sents.add(List.of(quoted(q, m, s.speech(1 + r.nextInt(2)), inside ? "," : ""),
                        new Plain(inside ? " said " : ", said "), new Mention(g, p.fullName()),
                        new Plain(", " + p.appositive() + ".")));
            }
            case "name-verb-colon-quote" -> {
                QuoteSpec q = s.quote(p, "full", pattern, g);
                sents.add(List.of(new Mention(g, s.name(p)), new Plain(" said: "),
                        quoted(q, m, s.speech(1 + r.nextInt(2)) + (inside ? "." : ""), ""),
                        new Plain(inside ? "" : ".")));
            }
            case "quote-pronoun-verb" -> {
                // the antecedent, as wire copy writes it: the speaker named with reported speech first
                sents.add(plain(s.name(p) + " " + s.verb() + " " + sentences.words(r, s.topic, 10 + r.nextInt(10)) + "."));
                QuoteSpec q = s.quote(p, "full", pattern, g);
                sents.add(List.of(quoted(q, m, s.speech(1 + r.nextInt(2)), inside ? "," : ""),
                        new Plain(inside ? " " : ", "), new Mention(g, p.pronoun()), new Plain(" " + s.verb() + ".")));
            }
            case "split" -> {
                QuoteSpec a = s.quote(p, "full", pattern, g);
                QuoteSpec b = s.quote(p, "full", pattern, g);
                sents.add(List.of(quoted(a, m, s.speech(1), inside ? "," : ""), new Plain(inside ? " " : ", "),
                        new Mention(g, s.name(p)), new Plain(" said, "),
                        quoted(b, m, sentences.words(r, s.topic, 5 + r.nextInt(12)) + (inside ? "." : ""), ""),
                        new Plain(inside ? "" : ".")));
            }
            case "multi-paragraph" -> {
                QuoteSpec q = s.quote(p, "full", pattern, g);
                List<Piece> first = List.of(new Mention(g, s.name(p)), new Plain(" said: "),
                        new Quoted(q.id(), m.open(), s.speech(2) + ".", ""));
                out.add(new Paragraph(List.of(first), Paragraph.Role.BODY, true));
                sents.add(List.of(new Quoted(q.id(), m.open(), s.speech(1 + r.nextInt(2)) + (inside ? "." : ""),
                        m.close()), new Plain(inside ? "" : ".")));
                out.add(new Paragraph(sents, Paragraph.Role.BODY, true));
                return;
            }
            case "partial" -> {
                QuoteSpec q = s.quote(p, "partial", pattern, g);
                sents.add(List.of(new Mention(g, s.name(p)), new Plain(" " + s.verb() + " "
                        + sentences.words(r, s.topic, 5 + r.nextInt(8)) + " "),
                        quoted(q, m, sentences.words(r, s.topic, 2 + r.nextInt(4)) + (inside ? "." : ""), ""),
                        new Plain(inside ? "" : ".")));
            }
            case "scare" -> {
                QuoteSpec q = s.quote(null, "term", pattern, g);
                sents.add(List.of(new Plain(SentenceWriter.capitalise(sentences.words(r, s.topic, 6 + r.nextInt(8)))
                        + " the so-called "), quoted(q, m, sentences.words(r, s.topic, 1 + r.nextInt(2)), ""),
                        new Plain(" " + sentences.words(r, s.topic, 5 + r.nextInt(8)) + ".")));
            }
            case "quote-according-to" -> {
                QuoteSpec q = s.quote(p, "full", pattern, g);
                s.introduced.add(p.fullName());
                sents.add(List.of(quoted(q, m, s.speech(1), inside ? "," : ""),
                        new Plain(inside ? " according to " : ", according to "), new Mention(g, p.fullName()),
                        new Plain(", " + p.appositive() + ".")));
            }
            default -> {
                QuoteSpec q = s.quote(p, "full", pattern, g);
                sents.add(List.of(quoted(q, m, s.speech(1 + r.nextInt(2)), inside ? "," : ""),
                        new Plain(inside ? " " : ", "), new Mention(g, s.name(p)),
                        new Plain(" told " + s.outlet.name() + ".")));
            }
        }
        if (r.nextInt(4) == 0) {
            sents.add(plain(sentences.sentence(r, s.topic)));
        }
        out.add(Paragraph.body(sents));
    }

    private static Quoted quoted(QuoteSpec q, MarkStyle m, String words, String trailing) {
        return new Quoted(q.id(), m.open(), words + trailing, m.close());
    }

    static List<Piece> plain(String text) {
        return List.of(new Plain(text));
    }
}
