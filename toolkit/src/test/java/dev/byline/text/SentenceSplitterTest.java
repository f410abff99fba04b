package dev.byline.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.RealCorpus;
import dev.byline.corpus.Corpus;
import dev.byline.text.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<String> sentences(String text) {
        return Document.of("t", text).sentences().stream().map(Sentence::text).toList();
    }

    @Test
    void sentenceEndingInsideClosingQuoteSplitsAfterTheQuote() {
        assertEquals(List.of("He said it was “meaningful.”", "Rosin said so."),
                sentences("He said it was “meaningful.” Rosin said so."));
    }

    @Test
    void quoteFollowedByLowercaseAttributionDoesNotSplit() {
        assertEquals(1, sentences("“For now,” he said, “the belief in the Kremlin is that Russia can win.”").size());
        assertEquals(1, sentences("“Is it over?” she asked.").size());
    }

    @Test
    void abbreviationsAndInitialsDoNotEndSentences() {
        assertEquals(1, sentences("Dr. Smith met Gen. Jones and J. R. Brown on Jan. 5 in Washington.").size());
        assertEquals(1, sentences("The talks with the U.S. in a meaningful way ended.").size());
    }

    @Test
    void acronymAtSentenceEndSplitsBeforeATypicalOpener() {
        assertEquals(List.of("They met in the U.S.", "The talks went on."), sentences("They met in the U.S. The talks went on."));
    }

    @Test
    void decimalsAndNumbersDoNotEndSentences() {
        assertEquals(1, sentences("Growth was 2.8 per cent in 2025 and 300 prisoners were freed.").size());
    }

    @Test
    void questionAndExclamationMarksEndSentences() {
        assertEquals(3, sentences("Why now? Nobody knows! Talks resume Monday.").size());
    }

    @Test
    void realCorpusSentencesAreSplitWhereAReaderWould() {
        Corpus corpus = RealCorpus.load();
        Document ap = corpus.get("000_fe30a10617dd1251");
        List<String> s = ap.sentences().stream().map(Sentence::text).toList();
        // one sentence with U.S.-brokered in it, ending at the period
        assertTrue(s.contains("U.S.-brokered talks between envoys from Russia and Ukraine in recent weeks have been"
                + " described by officials from both sides as constructive and positive, but there has been no sign"
                + " of any progress on key issues in the discussions."), s.toString());
        // a quote split by its attribution stays one sentence
        assertTrue(s.stream().anyMatch(x -> x.startsWith("“The lower you go in the food chain,” the more people")
                && x.endsWith("more positive reports.")), s.toString());
        // two sentences inside one paragraph, the first ending with “main enemy.” inside a closing quote
        assertTrue(s.contains("He did not elaborate on how the information was obtained but said the discussions"
                + " showed that Russian officials believe that Washington remains Moscow's “main enemy.”"));
        // Washington D.C. at the end of the paragraph does not break the sentence
        assertEquals("White House reporter Seung Min Kim in Washington D.C. and Illia Novikov in Kyiv, Ukraine,"
                + " contributed to this report.", s.get(s.size() - 1));

        Document rewrite = corpus.get("001_c4a1383d33ff9dde");
        List<String> r = rewrite.sentences().stream().map(Sentence::text).toList();
        assertTrue(r.contains("“For now,” he said, “the belief in the Kremlin is that Russia can take Ukraine and"
                + " outlast — and outmanoeuvre — everyone else.”"), r.toString());

        Document commentary = corpus.get("003_071642cdc0bd1cb9");
        assertTrue(commentary.sentences().stream().map(Sentence::text).anyMatch(x -> x.equals(
                "If any European country challenges the ceasefire – which is inevitable – Trump can simply say:"
                        + " ‘You broke my ceasefire; that was your decision.’")));
    }

    @Test
    void everySentenceAndTokenOfTheRealCorpusRoundTripsToTheRawText() {
        for (Document d : RealCorpus.load()) {
            String raw = d.raw();
            int previousEnd = -1;
            for (Sentence s : d.sentences()) {
                assertEquals(raw.substring(s.start(), s.end()), s.text());
                assertTrue(s.start() >= previousEnd, "sentences in order and disjoint in " + d.id());
                assertEquals(s.start(), s.tokens().get(0).start());
                assertEquals(s.end(), s.tokens().get(s.tokens().size() - 1).end());
                previousEnd = s.end();
            }
            for (Token t : d.tokens()) {
                assertEquals(raw.substring(t.start(), t.end()), t.text());
            }
        }
    }
}
