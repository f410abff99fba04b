package dev.byline.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.RealCorpus;
import dev.byline.compare.Similarity;
import dev.byline.corpus.Corpus;
import dev.byline.quotes.Quote;
import dev.byline.quotes.Quotes;
import dev.byline.terms.TermOptions;
import dev.byline.terms.Terms;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * The classroom notebook's answer key must agree with what the toolkit lets a student find: each
 * answer is computed here with the tools the question names, then checked against the hashed key.
 */
class ClassroomAnswersTest {
    private final Corpus corpus = RealCorpus.load();
    private final AnswerKey key = AnswerKey.load(keyFile());

    private static Path keyFile() {
        for (Path p : List.of(Path.of("../notebooks/answers.json"), Path.of("notebooks/answers.json"))) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new IllegalStateException("notebooks/answers.json not found");
    }

    @Test
    void q1MostQuotedSpeakerInTheApArticleMatchesTheKey() {
        Table s = Quotes.speakers(corpus.select("000_fe30a10617dd1251")).sortDescendingOn("quotes");
        assertTrue(key.check("q1", s.stringColumn("speaker").get(0)).right());
    }

    @Test
    void q2TheRewriteIsTheSideOfTheRewritePairThatIsNotTheSource() {
        Table pairs = Similarity.table(corpus);
        Table rewrite = pairs.where(pairs.stringColumn("relation").isEqualTo("rewrite"));
        assertEquals(1, rewrite.rowCount());
        String source = rewrite.stringColumn("source").get(0);
        String a = rewrite.stringColumn("doc_a").get(0);
        String derived = source.equals(a) ? rewrite.stringColumn("doc_b").get(0) : a;
        assertTrue(key.check("q2", derived).right());
        assertFalse(key.check("q2", source).right());
    }

    @Test
    void q3TheSpunArticleNeverSaysSaidAndTheKeyNamesItsSubstitute() {
        Table counts = Terms.count(corpus, TermOptions.defaults().keepingStopWords());
        Table mentioned = counts.where(counts.stringColumn("term").isEqualTo("mentioned"));
        assertEquals(1, mentioned.rowCount(), "one article uses 'mentioned'");
        String spun = mentioned.stringColumn("doc").get(0);
        Table saidThere = counts.where(counts.stringColumn("term").isEqualTo("said")
                .and(counts.stringColumn("doc").isEqualTo(spun)));
        assertEquals(0, saidThere.rowCount(), "and never 'said'");
        assertTrue(key.check("q3", "mentioned").right());
        assertFalse(key.check("q3", "said").right());
    }

    @Test
    void q4WordCountOfTheRewrittenFoodChainQuoteMatchesTheKey() {
        Quote q = Quotes.find(corpus.get("001_c4a1383d33ff9dde")).stream()
                .filter(x -> x.text().contains("The lower you go")).findFirst().orElseThrow();
        String inside = q.text().replaceAll("^[“\"]|[”\"]$", "");
        int words = inside.split("[\\s]+").length;
        assertTrue(key.check("q4", words).right(), "quote: " + q.text() + " (" + words + " words)");
    }
}
