package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Speaker shapes found missed on PolNeAR's train split (dev part): each sentence is written for this
 * test in the shape of a miss, no article text copied.
 */
class SpeakerShapesTest {
    @Test
    void aDayAfterAnInvertedCueIsWhenNotWho() {
        List<Quote> qs = Q.in("“Troops are not the answer,” Tomas Brandt, the deputy security adviser, said Sunday.");
        assertEquals("Tomas Brandt", Q.containing(qs, QuoteKind.FULL, "Troops").speaker());
    }

    @Test
    void aVerbOfMannerAfterTheQuoteIntroducesIt() {
        List<Quote> qs = Q.in("The hall filled up.\n\n“This is wonderful!” beamed Ada Collins of Leeds, who came early."
                + "\n\n“You have insulted every nurse in this city,” Harper charged in her question.");
        assertEquals("Ada Collins", Q.containing(qs, QuoteKind.FULL, "wonderful").speaker());
        assertEquals("Harper", Q.containing(qs, QuoteKind.FULL, "nurse").speaker());
    }

    @Test
    void aPastTenseVerbAfterANameIsNotACueWhenTheSentenceGoesOn() {
        List<Quote> qs = Q.in("Mina Sol arrived late. “We will win this,” Sol said.\n\n“Nobody asked me,” Kim wanted "
                + "to know whether the vote was held.");
        assertEquals("Mina Sol", Q.containing(qs, QuoteKind.FULL, "win this").speaker());
        Quote second = Q.containing(qs, QuoteKind.FULL, "Nobody");
        assertEquals(false, "Kim".equals(second.speaker()));
    }

    @Test
    void aRoleWithModifiersBetweenPlaceAndNameLeadsToThePerson() {
        List<Quote> qs = Q.in("“It was a good night for the party,” said Lakeside State University political "
                + "scientist Ines Okoro.\n\nDemocratic presidential candidate Sen. Paul Avery called the plan "
                + "“nowhere near bold enough.”");
        assertEquals("Ines Okoro", Q.containing(qs, QuoteKind.FULL, "good night").speaker());
        assertEquals("Paul Avery", Q.containing(qs, QuoteKind.PARTIAL, "bold").speaker());
    }

    @Test
    void anInvertedSpeakerEndsBeforeWhenAsked() {
        List<Quote> qs = Q.in("“Anyone who breaks the rules puts us at risk,” said county voter Rene Salas when asked "
                + "about the bill.");
        assertEquals("Rene Salas", Q.containing(qs, QuoteKind.FULL, "rules").speaker());
    }

    @Test
    void anAdverbOpeningTheSentenceIsNotAName() {
        List<Quote> qs = Q.in("Domestically, the row with the union drew a sharp reply from Ruth Amari, who called the "
                + "plan “a disgrace to every nurse in this country.”");
        assertEquals(false, qs.isEmpty());
        assertEquals(false, qs.stream().anyMatch(q -> "Domestically".equals(q.speaker())), qs.toString());
    }

    @Test
    void aVerbEndingInSAfterANameIsTheVerbNotAPlural() {
        List<Quote> qs = Q.in("Marlow supports “fair pay for every worker” in the new contract.");
        assertEquals("Marlow", Q.containing(qs, QuoteKind.PARTIAL, "fair pay").speaker());
    }
}
