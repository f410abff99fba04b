package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.corpus.Corpus;
import dev.byline.text.Document;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class SpeakerIdentityTest {
    @Test
    void surnameJoinsTheOnlyFullerNameOfTheCorpus() {
        SpeakerIdentity ids = SpeakerIdentity.of(List.of("Joost Bakker", "Bakker", "Marieke de Vries", "De Vries",
                "a port official"));
        assertEquals("Joost Bakker", ids.canonical("Bakker"));
        assertEquals("Marieke de Vries", ids.canonical("De Vries"));
        assertEquals("a port official", ids.canonical("a port official"));
    }

    @Test
    void surnameSharedByTwoPeopleStaysApartAndSaysSo() {
        SpeakerIdentity ids = SpeakerIdentity.of(List.of("Joost Bakker", "Anna Bakker", "Bakker"));
        assertEquals("Bakker", ids.canonical("Bakker"));
        assertEquals("undecided: Bakker may be Anna Bakker or Joost Bakker", ids.note("Bakker"));
    }

    @Test
    void speakersAcrossCountsTheShortNameUnderTheFullOne() {
        Corpus c = Corpus.of(Document.of("a", "“The port will stay open all winter,” said Joost Bakker, the harbour master."),
                Document.of("b", "“We have enough tugboats for the whole season,” Bakker said."));
        Table t = Quotes.speakersAcross(c);
        assertEquals(1, t.rowCount(), t.print());
        assertEquals("Joost Bakker", t.stringColumn("speaker").get(0));
        assertEquals(2, t.intColumn("docs").get(0));
        assertTrue(t.stringColumn("names").get(0).contains("Bakker; Joost Bakker"), t.print());
    }

    @Test
    void speakerIdIsOnePerPersonWithinADocument() {
        Table t = Quotes.table(Document.of("a", "“The port will stay open,” said Joost Bakker, the harbour master. "
                + "“We have enough tugboats,” Bakker said. “The strike is over,” said Eva Lind. "
                + "“Ships are waiting,” he added."));
        assertEquals(t.intColumn("speaker_id").get(0), t.intColumn("speaker_id").get(1), t.print());
        assertTrue(!t.intColumn("speaker_id").get(0).equals(t.intColumn("speaker_id").get(2)), t.print());
        assertEquals("Joost Bakker", t.stringColumn("speaker").get(1));
    }
}
