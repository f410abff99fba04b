package dev.byline.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.quotes.Quote;
import dev.byline.quotes.Quotes;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shapes of hard-wrapped wire copy (paragraphs opened by a four-space indent, no blank lines) that cut paragraphs
 * in the wrong place: a one-line paragraph under a sentence's end, and a quotation given twice, whose wrapped lines
 * repeat word for word.
 */
class WrappedParagraphShapesTest {
    private static List<String> paragraphs(Document d) {
        return d.paragraphs().stream().map(p -> p.text().replaceAll("\\s+", " ")).toList();
    }

    /** A wrapped story of two paragraphs with {@code middle} on an indented line of its own between them. */
    private static Document storyAround(String middle) {
        return Document.of("wire", "Ferry operator changes course\n\n"
                + "    The operator, which had run the crossing for forty years without a\n"
                + "break, sold its last two vessels in 2019. Its chairman resigned.\n"
                + "    " + middle + "\n"
                + "    Since then the island has relied on a single chartered boat, which\n"
                + "sails twice a day when the weather allows and not at all in winter.\n");
    }

    private static List<String> paragraphsAround(String middle) {
        return List.of("The operator, which had run the crossing for forty years without a break, sold its last two "
                        + "vessels in 2019. Its chairman resigned.", middle,
                "Since then the island has relied on a single chartered boat, which sails twice a day when the "
                        + "weather allows and not at all in winter.");
    }

    @Test
    void anIndentedOneLineParagraphUnderASentencesEndIsAParagraphOfItsOwn() {
        Document d = storyAround("'Back to the harbour.'");
        assertEquals(paragraphsAround("'Back to the harbour.'"), paragraphs(d));
        assertTrue(Quotes.find(d).stream().noneMatch(q -> q.text().contains("Back to the harbour")
                && q.kind().isDirectSpeech()), "a subheading in single marks is the writer's, as in the published text");
    }

    @Test
    void anIndentedSubheadingWithoutAFullStopIsAParagraphOfItsOwn() {
        assertEquals(paragraphsAround("How the island copes now"), paragraphs(storyAround("How the island copes now")));
    }

    @Test
    void shortParagraphsOpenedByAnIndentAndFilledWideStayWholeAtTheirLineEnds() {
        String raw = "Ferry operator changes course\n\n"
                + "    The operator sold its last two vessels in 2019, and its chairman resigned the\n"
                + "same week.\n"
                + "    \u201cThe most important thing anyone on this island will ever ask of us is a boat\n"
                + "that sails in winter,\u201d said Anneke Visser of the island council.\n"
                + "    She said the council had written to the ministry.\n"
                + "    \u201cWe have asked before and we will ask again, because the crossing is not a\n"
                + "luxury,\u201d she said.\n"
                + "    The ministry did not reply.\n";
        Document d = Document.of("wire", raw);
        assertEquals(5, d.paragraphs().size(), paragraphs(d).toString());
        List<String> quotes = Quotes.find(d).stream().filter(q -> q.kind().isDirectSpeech())
                .map(q -> q.text().replaceAll("\\s+", " ")).toList();
        assertEquals(List.of("The most important thing anyone on this island will ever ask of us is a boat that sails in "
                + "winter,", "We have asked before and we will ask again, because the crossing is not a luxury,"), quotes);
    }

    @Test
    void anIndentedBlockStaysOneParagraphAndTheIndentedParagraphUnderItOpensAnother() {
        String raw = "Ferry operator changes course\n\n"
                + "    The operator, which had run the crossing for forty years without a\n"
                + "break, sold its last two vessels in 2019 and put its office up for\n"
                + "sale in the spring. The operator's statement read in full:\n"
                + "        We regret that the crossing will close at the end of the season and\n"
                + "        thank the islanders for forty years of custom.\n"
                + "    The island council said it would appeal against the closure and\n"
                + "ask the ministry for a grant to keep one boat sailing in winter.\n";
        Document d = Document.of("wire", raw);
        assertTrue(paragraphs(d).contains("We regret that the crossing will close at the end of the season and thank "
                + "the islanders for forty years of custom."), paragraphs(d).toString());
        assertTrue(paragraphs(d).contains("The island council said it would appeal against the closure and ask the "
                + "ministry for a grant to keep one boat sailing in winter."), paragraphs(d).toString());
    }

    @Test
    void aParagraphsLastWordRepeatingAnotherParagraphsLastWordStaysInItsParagraph() {
        String raw = "Mayor rejects casino bid\n\n"
                + "    \u201cAsk the people who lost their jobs what the last owner did for them,\n"
                + "and what the council did while the casinos closed one by one in Atlantic\n"
                + "City.\u201d\n"
                + "    The mayor, who took office in 2014, has spent most of his term selling\n"
                + "land that the city bought in better years, and has said he will go on\n"
                + "doing so until the debt that the last council left him is paid in full.\n"
                + "    \u201cWe were told the casinos would carry the whole coast for good, and\n"
                + "instead they carried their profits to their owners and out of Atlantic\n"
                + "City.\u201d\n"
                + "    The council meets again on Thursday.\n";
        Document d = Document.of("wire", raw);
        assertTrue(d.layout().boilerplate().isEmpty(), d.layout().boilerplate().toString());
        List<String> quotes = Quotes.find(d).stream().filter(q -> q.kind().isDirectSpeech())
                .map(q -> q.text().replaceAll("\\s+", " ")).toList();
        assertEquals(List.of("Ask the people who lost their jobs what the last owner did for them, and what the council "
                + "did while the casinos closed one by one in Atlantic City.", "We were told the casinos would carry "
                + "the whole coast for good, and instead they carried their profits to their owners and out of "
                + "Atlantic City."), quotes);
    }

    @Test
    void aQuotationGivenTwiceIsReadWholeBothTimesThoughItsWrappedLinesRepeat() {
        String line1 = "We will not sign a deal that cuts the night shift, and we have told";
        String line2 = "the port so in writing, more than once, since the talks began in";
        String raw = "Dock talks stall\n\n"
                + "    \u201c" + line1 + "\n" + line2 + "\nMarch.\u201d\n"
                + "    The union's leader, Anneke Visser, repeated the warning on Tuesday\n"
                + "as the third round of talks ended without an offer.\n"
                + "    \u201c" + line1 + "\n" + line2 + "\nMarch,\u201d Visser said.\n";
        Document d = Document.of("wire", raw);
        List<Quote> quotes = Quotes.find(d);
        String whole = (line1 + " " + line2 + " March").replaceAll("\\s+", " ");
        assertEquals(2, quotes.stream().filter(q -> q.text().replaceAll("\\s+", " ").startsWith(whole)).count(),
                quotes.toString());
        Quote second = quotes.stream().filter(q -> q.start() > raw.indexOf("Visser,")).findFirst().orElseThrow();
        assertEquals("Anneke Visser", second.speaker());
        assertTrue(d.layout().boilerplate().isEmpty(), "no line of the story is furniture: " + d.layout().boilerplate());
    }
}
