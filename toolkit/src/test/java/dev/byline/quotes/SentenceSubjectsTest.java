package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A "he" or "she" whose own sentence opens with a name the article shows to be of that gender is that person, not
 * the last one quoted (seventeenth pass); a clause set off before "…, he said" is what he said, its subject no
 * antecedent. Every sentence is written for this test.
 */
class SentenceSubjectsTest {
    @Test
    void theSentencesOwnSubjectBeatsAWomanNamedLaterInIt() {
        // fails before: "she" went to Ms. Amari, the woman named last
        List<Quote> qs = Q.in("\u201CThe motion is a stunt,\u201D said Rolf Amund, a teacher.\n\nMrs. Vos replied "
                + "calmly that she was glad Ms. Amari had said so because, she said, it made the choice \u201Cplain to "
                + "every voter.\u201D");
        assertEquals("Vos", Q.containing(qs, QuoteKind.PARTIAL, "plain to every").speaker());
    }

    @Test
    void aSubjectOfAnotherGenderIsPassedOver() {
        // guard: "she" is not Mr. Lind, the sentence's subject
        List<Quote> qs = Q.in("\u201CThe port is ready,\u201D said Mrs. Hunder, a trader.\n\nMr. Lind called the "
                + "plan a stunt, but she said the deal was \u201Cas good as done.\u201D");
        assertEquals("Hunder", Q.containing(qs, QuoteKind.PARTIAL, "as good as done").speaker());
    }

    @Test
    void theSubjectOfWhatHeSaidIsNotHe() {
        // guard: passes before too
        List<Quote> qs = Q.in("\u201CWe will not vote for him,\u201D said Mr. Lind, a teacher in the port.\n\n"
                + "Also, Mr. Brandt isn't a conservative, he said. \u201CHe is a liberal!\u201D");
        assertEquals("Lind", Q.exactly(qs, "He is a liberal!").speaker());
    }
}
