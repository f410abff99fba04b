package dev.byline.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.corpus.Corpus;
import dev.byline.corpus.DocumentStream;
import dev.byline.corpus.LoadOptions;
import dev.byline.quotes.Quotes;
import dev.byline.text.Document;
import dev.byline.text.Parts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * Every analysis that reads headlines (terms, KWIC, keyness, collocations, trends, quotations) sees a word that
 * only a headline holds, and leaves it out with {@link Parts#BODY}: a title line of a text file, the title field
 * of a JSON record, but never a title given only in a corpus.csv sidecar (a label, not text of the article).
 */
class HeadlinesInAnalysesTest {
    @TempDir
    Path dir;
    Corpus corpus;

    @BeforeEach
    void write() throws IOException {
        Files.writeString(dir.resolve("quarry.txt"), "Velmora quarry dispute heads to court\n\n"
                + "The council met on Monday to discuss the expansion plan.\n\n"
                + "Residents said the noise from the site was too much.\n");
        Files.writeString(dir.resolve("port.jsonl"), "{\"id\": \"port\", \"title\": \"Harbour tolls rise again\", "
                + "\"date\": \"2026-03-04\", \"text\": \"The port raised its fees on Tuesday.\\n\\nShipping lines objected.\"}\n");
        Files.writeString(dir.resolve("mayor.txt"), "Mayor says \u201cwe will never pay\u201d for dredging\n\n"
                + "The city council will vote on the harbour plan next week.\n\n"
                + "Officials said the costs were still unclear.\n");
        Files.writeString(dir.resolve("plain.txt"), "The ferry service resumed on Friday after the storm had passed.\n\n"
                + "Passengers waited for hours at the terminal.\n");
        Files.writeString(dir.resolve("corpus.csv"), "id,outlet,date,title\n"
                + "quarry,Courier,2026-03-03,\nmayor,Courier,2026-03-05,\nplain,Courier,2026-03-06,Zebra crossing label\n");
        corpus = Corpus.load(dir);
    }

    private static long count(Table t, String term) {
        for (int i = 0; i < t.rowCount(); i++) {
            if (t.stringColumn("term").get(i).equals(term)) {
                return ((Number) t.column("count").get(i)).longValue();
            }
        }
        return 0;
    }

    @Test
    void termsCountAHeadlineOnlyWordAndLeaveItOutOnRequest() {
        Table all = Terms.frequencies(corpus);
        assertEquals(1, count(all, "quarry"), "a title line of a text file");
        assertEquals(1, count(all, "tolls"), "the title field of a record");
        assertEquals(0, count(all, "zebra"), "a sidecar's title labels the document; it is not its text");
        assertEquals("Zebra crossing label", corpus.get("plain").title().orElseThrow(), "the title column keeps it");
        Table body = Terms.frequencies(corpus, TermOptions.defaults().withParts(Parts.BODY));
        assertEquals(0, count(body, "quarry"));
        assertEquals(0, count(body, "tolls"));
        assertEquals(count(all, "council"), count(body, "council"), "body words count the same either way");
    }

    @Test
    void everyCountingPathAgreesWithTheHeadlineIncluded() {
        for (Parts parts : Parts.values()) {
            for (TermOptions o : List.of(TermOptions.defaults(), TermOptions.defaults().withCase(CaseMode.KEEP_PROPER_NOUNS),
                    TermOptions.defaults().withNgrams(1, 2))) {
                TermOptions options = o.withParts(parts);
                DocumentStream stream = DocumentStream.of(LoadOptions.defaults(), dir);
                // the stream's unigram path reads text files' bytes, title line included: as the documents' counts
                Table fromCorpus = Terms.frequencies(corpus, options);
                List<TermFrequency> fromStream = Terms.frequencyRows(stream.withoutMetadata(), options);
                assertEquals(fromCorpus.rowCount(), fromStream.size(), parts + " " + options.caseMode() + " " + options.maxN());
                for (int i = 0; i < fromStream.size(); i++) {
                    assertEquals(fromCorpus.stringColumn("term").get(i), fromStream.get(i).term());
                    assertEquals(((Number) fromCorpus.column("count").get(i)).longValue(), fromStream.get(i).count());
                }
                assertEquals(Terms.count(corpus, options).toString(), Terms.count(stream, options).toString());
            }
        }
    }

    @Test
    void kwicFindsAHeadlineWordWithOffsetsIntoTheHeadline() {
        Table lines = Concordance.of(corpus, "quarry", 20);
        assertEquals(1, lines.rowCount());
        assertEquals("title", lines.stringColumn("part").get(0));
        Document headline = corpus.get("quarry").headline().orElseThrow();
        int start = lines.intColumn("start").get(0);
        int end = lines.intColumn("end").get(0);
        assertEquals("quarry", headline.raw().substring(start, end));
        // the headline is the raw text's first line, so its offsets are the raw text's too here
        assertEquals(0, corpus.get("quarry").layout().title().orElseThrow().start());
        assertEquals("quarry", corpus.get("quarry").raw().substring(start, end));
        assertEquals("Velmora ", lines.stringColumn("left").get(0), "a title's context is the title alone");

        Table tolls = Concordance.of(corpus, "tolls", 20);
        assertEquals(List.of("port"), tolls.stringColumn("doc").asList());
        assertEquals("tolls", corpus.get("port").headline().orElseThrow().raw()
                .substring(tolls.intColumn("start").get(0), tolls.intColumn("end").get(0)));
        assertEquals(1, Concordance.regex(corpus, "(?i)harbour\\s+tolls", 20).rowCount());

        assertEquals(0, Concordance.of(corpus, "quarry", 20, Parts.BODY).rowCount());
        assertEquals(0, Concordance.of(corpus, "tolls", 20, Parts.BODY).rowCount());
        assertEquals(0, Concordance.of(corpus, "zebra", 20).rowCount());
        Table council = Concordance.of(corpus, "council", 20);
        assertTrue(council.stringColumn("part").asList().stream().allMatch("body"::equals));
        assertEquals(Concordance.of(DocumentStream.of(LoadOptions.defaults(), dir), "tolls", 20).toString(), tolls.toString());
    }

    @Test
    void keynessCollocationsAndTrendsSeeTheHeadline() {
        TermOptions body = TermOptions.defaults().withParts(Parts.BODY);
        Table key = Keyness.of(corpus, List.of("quarry"), List.of("port", "plain"), TermOptions.defaults());
        assertTrue(key.stringColumn("term").asList().contains("quarry"), key.print());
        Table keyBody = Keyness.of(corpus, List.of("quarry"), List.of("port", "plain"), body);
        assertFalse(keyBody.stringColumn("term").asList().contains("quarry"));

        Table near = Collocations.of(corpus, "dispute", 3, TermOptions.defaults());
        assertTrue(near.stringColumn("collocate").asList().contains("quarry"), near.print());
        Table nearBody = Collocations.of(corpus, "harbour", 3, body);
        assertFalse(nearBody.stringColumn("collocate").asList().contains("tolls"));
        assertTrue(Collocations.of(corpus, "harbour", 3, TermOptions.defaults()).stringColumn("collocate").asList()
                .contains("tolls"));

        Table trend = Trends.of(corpus, List.of("tolls"), TrendBy.DATE, TermOptions.defaults());
        long tolls = 0;
        for (int i = 0; i < trend.rowCount(); i++) {
            tolls += trend.longColumn("count").get(i);
        }
        assertEquals(1, tolls, trend.print());
        Table trendBody = Trends.of(corpus, List.of("tolls"), TrendBy.DATE, body);
        long none = 0;
        for (int i = 0; i < trendBody.rowCount(); i++) {
            none += trendBody.longColumn("count").get(i);
        }
        assertEquals(0, none);
    }

    @Test
    void aQuotationInTheHeadlineIsARowOfPartTitleWithOffsetsIntoIt() {
        Table quotes = Quotes.table(corpus);
        Table mayor = quotes.where(quotes.stringColumn("doc").isEqualTo("mayor"));
        int row = mayor.stringColumn("part").asList().indexOf("title");
        assertTrue(row >= 0, mayor.print());
        String headline = corpus.get("mayor").headline().orElseThrow().raw();
        assertEquals(mayor.stringColumn("text").get(row),
                headline.substring(mayor.intColumn("start").get(row), mayor.intColumn("end").get(row)));
        assertEquals("we will never pay", mayor.stringColumn("text").get(row));
        assertEquals(1, mayor.intColumn("quote_id").get(row), "the headline's quotations come first");

        Table body = Quotes.table(corpus, Parts.BODY);
        assertFalse(body.stringColumn("part").asList().contains("title"));
        assertEquals(Set.copyOf(body.stringColumn("text").asList()),
                Set.copyOf(quotes.where(quotes.stringColumn("part").isEqualTo("body")).stringColumn("text").asList()));
        assertEquals(quotes.toString(), Quotes.table(DocumentStream.of(LoadOptions.defaults(), dir)).toString());
    }
}
