package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Speaker attribution on sentences written in the style of wire copy (not taken from the corpus). */
class AttributionTest {
    @Test
    void splitQuoteAroundAttributionYieldsTwoQuotesWithOneSpeaker() {
        List<Quote> qs = Q.in("“The harbour is closed,” Hanna Berg said, “and it will stay closed until spring.”");
        Quote a = Q.exactly(qs, "The harbour is closed,");
        Quote b = Q.exactly(qs, "and it will stay closed until spring.");
        assertEquals("Hanna Berg", a.speaker());
        assertEquals("Hanna Berg", b.speaker());
        assertEquals("said", b.verb());
    }

    @Test
    void nameAfterTheVerbWithAppositive() {
        List<Quote> qs = Q.in("“The market has turned,” remarked Paolo Conte, chief economist at Banca Nord, on Monday.");
        Quote q = Q.exactly(qs, "The market has turned,");
        assertEquals("Paolo Conte", q.speaker());
        assertEquals("remarked", q.verb());
        assertEquals("Paolo Conte", q.speakerSpan().orElseThrow().text());
    }

    @Test
    void appositiveBetweenNameAndVerb() {
        List<Quote> qs = Q.in("Jonas Lind, the head of Sweden’s coast guard, warned that “the ice will not hold this year.”");
        assertEquals("Jonas Lind", Q.containing(qs, QuoteKind.FULL, "ice will not hold").speaker());
    }

    @Test
    void colonIntroducesTheQuote() {
        List<Quote> qs = Q.in("Marta Ruiz, a nurse in Valencia, spoke after the vote. She added: “We are exhausted, "
                + "and nobody is listening to us.”");
        assertEquals("Marta Ruiz", Q.containing(qs, QuoteKind.FULL, "exhausted").speaker());
    }

    @Test
    void floatingQuoteInheritsThePreviousSpeaker() {
        List<Quote> qs = Q.in("“Rents have doubled in five years,” said Dana Kowalski, who runs a tenants’ group. "
                + "“Families are leaving the city for good.”");
        assertEquals("Dana Kowalski", Q.exactly(qs, "Families are leaving the city for good.").speaker());
    }

    @Test
    void pronounResolvesToTheMostRecentNamedSpeaker() {
        List<Quote> qs = Q.in("Aleksander Nowak, a senator, criticised the bill on Tuesday. "
                + "“It is a gift to the banks,” he said.");
        assertEquals("Aleksander Nowak", Q.exactly(qs, "It is a gift to the banks,").speaker());
    }

    @Test
    void pronounSkipsASpeakerOfTheOtherGender() {
        String text = "Ingrid Holm said the talks had failed. “We were misled,” she said. "
                + "Peter Sandor said the opposite was true. “Nobody was misled,” he said. "
                + "“They knew the terms,” she said later.";
        List<Quote> qs = Q.in(text);
        assertEquals("Ingrid Holm", Q.exactly(qs, "We were misled,").speaker());
        assertEquals("Peter Sandor", Q.exactly(qs, "Nobody was misled,").speaker());
        assertEquals("Ingrid Holm", Q.exactly(qs, "They knew the terms,").speaker());
    }

    @Test
    void theyResolvesToAGroupAndItToAnOrganisation() {
        String text = "Dock workers in Rotterdam said on Monday that talks had collapsed. "
                + "“We will strike on Friday,” they said. The port authority said it regretted the decision. "
                + "“Ships will be diverted,” it added.";
        List<Quote> qs = Q.in(text);
        assertEquals("Dock workers in Rotterdam", Q.exactly(qs, "We will strike on Friday,").speaker());
        assertEquals("the port authority", Q.exactly(qs, "Ships will be diverted,").speaker());
    }

    @Test
    void describedPersonIsAPronounAntecedent() {
        List<Quote> qs = Q.in("The deal was signed late on Friday, a senior Italian diplomat said. "
                + "“Nobody got everything,” she added.");
        assertEquals("a senior Italian diplomat", Q.exactly(qs, "Nobody got everything,").speaker());
    }

    @Test
    void unresolvableItIsNoSpeaker() {
        List<Quote> qs = Q.in("“Prices will rise,” it said.");
        assertNull(Q.exactly(qs, "Prices will rise,").speaker());
    }

    @Test
    void shortNameResolvesToTheFullestNameInTheArticle() {
        List<Quote> qs = Q.in("Prime Minister Keiko Tanaka met union leaders on Friday. "
                + "“There will be no new taxes,” Tanaka told reporters.");
        Quote q = Q.exactly(qs, "There will be no new taxes,");
        assertEquals("Keiko Tanaka", q.speaker());
        assertEquals("Tanaka", q.speakerSpan().orElseThrow().text());
        assertEquals("told", q.verb());
    }

    @Test
    void titlesAreDroppedFromNames() {
        List<Quote> qs = Q.in("“We are ready,” said Defence Minister Arno Kask.");
        assertEquals("Arno Kask", Q.exactly(qs, "We are ready,").speaker());
    }

    @Test
    void descriptionsAreKeptWhenNoNameIsGiven() {
        List<Quote> qs = Q.in("“The deal is dead,” said a senior European diplomat. "
                + "“Nobody wants to say it yet,” the diplomat added.");
        assertEquals("a senior European diplomat", Q.exactly(qs, "The deal is dead,").speaker());
        assertEquals("a senior European diplomat", Q.exactly(qs, "Nobody wants to say it yet,").speaker());
    }

    @Test
    void speakerIsNullWhenNobodyIsNamedOrDescribed() {
        List<Quote> qs = Q.in("The poster read “Peace now” in red letters. The crowd was small.");
        Quote q = Q.exactly(qs, "Peace now");
        assertNull(q.speaker());
        assertNull(q.speakerMention());
    }

    @Test
    void cueLexiconIsNotOnlySaid() {
        String[] verbs = {"told reporters", "added", "warned", "insisted", "argued", "noted", "explained", "wrote",
            "asked", "mentioned", "instructed the committee"};
        for (String verb : verbs) {
            List<Quote> qs = Q.in("“The money is gone,” Rafael Ortega " + verb + ".");
            Quote q = Q.exactly(qs, "The money is gone,");
            assertEquals("Rafael Ortega", q.speaker(), verb);
            assertEquals(verb.split(" ")[0], q.verb(), verb);
        }
    }

    @Test
    void accordingToAttributes() {
        List<Quote> qs = Q.in("“Stocks are low,” according to Helga Brandt, who chairs the grain board.");
        Quote q = Q.exactly(qs, "Stocks are low,");
        assertEquals("Helga Brandt", q.speaker());
        assertEquals("according to", q.verb());
    }

    @Test
    void passiveCueIsNotAnAttribution() {
        List<Quote> qs = Q.in("Farmers were told the “temporary” levy would end, but it did not.");
        Quote q = Q.exactly(qs, "temporary");
        assertNull(q.speaker());
        assertEquals(QuoteKind.TERM, q.kind());
    }

    @Test
    void twoNamesSharingOneVerb() {
        List<Quote> qs = Q.in("Ana Costa and Luis Prado met in Lisbon on Friday. Costa and Prado said they wanted "
                + "“closer energy ties” with Spain.");
        assertEquals("Ana Costa and Luis Prado", Q.exactly(qs, "closer energy ties").speaker());
    }
}
