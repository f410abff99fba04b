package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.byline.text.Document;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One long article made of many self-contained parts, each with its own people: every quotation of the
 * long article gets the speaker, kind and verb it gets in its part alone. A long article names thousands
 * of people, and speaker resolution keeps them all (indexed, so the article's length costs linearly).
 */
class LongDocumentTest {
    private static final String HEADER = "Many voices at the agencies\n\n";
    private static final int PARTS = 600;

    @Test
    void everyPartOfALongDocumentKeepsTheSpeakersItHasAlone() {
        StringBuilder whole = new StringBuilder(HEADER);
        List<Integer> offsets = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < PARTS; i++) {
            String part = part(i);
            offsets.add(whole.length());
            parts.add(part);
            whole.append(part).append("\n\n");
        }
        List<Quote> all = Quotes.find(Document.of("long", whole.toString()));

        int next = 0;
        for (int i = 0; i < PARTS; i++) {
            List<String> alone = rows(Quotes.find(Document.of("part", HEADER + parts.get(i))), HEADER.length());
            int from = offsets.get(i);
            int to = from + parts.get(i).length();
            List<Quote> inLong = new ArrayList<>();
            while (next < all.size() && all.get(next).start() < to) {
                inLong.add(all.get(next++));
            }
            assertEquals(alone, rows(inLong, from), "part " + i);
        }
        assertEquals(all.size(), next);
    }

    @Test
    void theSyntheticPartResolvesNamesPronounsAndDescriptions() {
        // the expectations the long test relies on, spelled out once; in the long document "the director"
        // matches every part's director equally and must go to the most recent
        List<Quote> q = Quotes.find(Document.of("part", HEADER + part(7)));
        String director = name(7, 'f') + " " + name(7, 'l');
        String economist = name(7, 'g') + " " + name(7, 'm');
        assertEquals(List.of(director, director, director, director, director, "a spokesman", "regional officials",
                "regional officials", economist, economist),
                q.stream().filter(x -> x.kind() != QuoteKind.INDIRECT).map(Quote::speaker).toList());
    }

    /** Quotations as comparable rows, offsets relative to {@code from}. */
    private static List<String> rows(List<Quote> quotes, int from) {
        List<String> out = new ArrayList<>();
        for (Quote q : quotes) {
            out.add((q.start() - from) + "-" + (q.end() - from) + " " + q.kind().label() + " " + q.speaker() + " "
                    + q.verb() + " " + (q.speakerMention() == null ? "" : q.speakerMention().start() - from));
        }
        return out;
    }

    /** A few paragraphs with a director, an economist, a spokesman and a group, all named for part {@code i}. */
    private static String part(int i) {
        String first = name(i, 'f');
        String last = name(i, 'l');
        String agency = name(i, 'a');
        return "“We will not accept this outcome,” said " + first + " " + last + ", the director of the " + agency
                + " agency. “It is far too early to say,” " + last + " said. Officials met on Monday.\n\n"
                + "“Nobody expected the numbers to move so fast,” he said. “The plan has been in the works for "
                + "months,” the director of the " + agency + " agency said."
                + " “Not this year,” the director said.\n\n"
                // a paragraph written the same in every part would be a repeated line (boilerplate), not body
                + "“More about " + agency + ",” a spokesman said. “Text text text,” regional officials said."
                + " “We will see,” they said.\n\n"
                + "“Prices will rise by the summer,” said Ms. " + name(i, 'g') + " " + name(i, 'm')
                + ", an economist. “Soon,” she added.";
    }

    /** A made-up capitalised word, different for every part and role letter. */
    private static String name(int i, char role) {
        String consonants = "bdfgklmnprstvz";
        String vowels = "aeiou";
        StringBuilder b = new StringBuilder();
        b.append(Character.toUpperCase(role == 'l' || role == 'm' ? 'k' : role == 'a' ? 'z' : 'v'));
        b.append(vowels.charAt(role % vowels.length()));
        int n = i;
        for (int d = 0; d < 3; d++) {
            b.append(consonants.charAt(n % consonants.length())).append(vowels.charAt((n / 14) % vowels.length()));
            n /= 14;
        }
        return b.append(role == 'l' || role == 'm' ? "ner" : "l").toString();
    }
}
