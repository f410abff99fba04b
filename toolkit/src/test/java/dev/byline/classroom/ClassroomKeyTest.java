package dev.byline.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.RealCorpus;
import dev.byline.compare.Similarity;
import dev.byline.compare.SpinDetector;
import dev.byline.corpus.Corpus;
import dev.byline.quotes.Quotes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * The shipped key is what {@code byline classroom key} builds from the shipped questions for corpus/, and a key
 * built for any other corpus agrees with the tools there: every answer the tools give is accepted, in every form.
 */
class ClassroomKeyTest {
    static final Path NOTEBOOKS = Files.isDirectory(Path.of("../notebooks")) ? Path.of("../notebooks") : Path.of("notebooks");
    private static final QuestionSet QUESTIONS = QuestionSet.load(NOTEBOOKS.resolve("questions.json"));

    @Test
    void theShippedKeyIsTheKeyTheToolsBuildForCorpus() throws IOException {
        KeyBuilder.Built built = KeyBuilder.build(QUESTIONS, RealCorpus.load());
        assertEquals(Files.readString(NOTEBOOKS.resolve("answers.json")), built.key().toJson(),
                "rebuild it: ./byline classroom key notebooks/questions.json corpus --out notebooks/answers.json --overwrite");
    }

    @Test
    void onCorpusTheAnswersAreWhatTheNamedToolsSayAndEveryRightFormIsAccepted() {
        Corpus corpus = RealCorpus.load();
        SelfCheck check = SelfCheck.with(KeyBuilder.build(QUESTIONS, corpus).key());
        // related-pair and pair-source: Similarity.table
        Table pairs = Similarity.table(corpus);
        Table story = pairs.where(pairs.stringColumn("relation").isNotIn("related", "unrelated"));
        assertEquals(1, story.rowCount());
        String a = story.stringColumn("doc_a").get(0);
        String b = story.stringColumn("doc_b").get(0);
        String source = story.stringColumn("source").get(0);
        assertTrue(check.answer("pair", List.of(b + ".txt", a.toUpperCase())).right());
        assertTrue(check.answer("pair", a + "; " + b).right());
        assertFalse(check.answer("pair", List.of(a)).right());
        assertTrue(check.answer("first", source + ".txt").right());
        assertFalse(check.answer("first", source.equals(a) ? b : a).right());
        // most-quoted: Quotes.speakersAcross, most quotes first
        String most = Quotes.speakersAcross(corpus).sortDescendingOn("quotes").stringColumn("speaker").get(0);
        assertTrue(check.answer("most-quoted", most.toUpperCase()).right());
        assertTrue(check.answer("most-quoted", most.substring(most.lastIndexOf(' ') + 1)).right(), "the surname alone");
        // dropped-voice: a speaker of the source that the other never quotes
        String other = source.equals(a) ? b : a;
        List<String> inOther = Quotes.speakers(corpus.select(other)).stringColumn("speaker").asList();
        List<String> dropped = new ArrayList<>(Quotes.speakers(corpus.select(source)).stringColumn("speaker").asList());
        dropped.removeIf(s -> inOther.stream().anyMatch(o -> o.equalsIgnoreCase(s)));
        assertFalse(dropped.isEmpty());
        assertTrue(check.answer("not-quoted", dropped.get(dropped.size() - 1)).right());
        assertFalse(check.answer("not-quoted", most).right(), "quoted in both");
        // spun-article and spun-phrases: SpinDetector
        Table spin = SpinDetector.defaults().table(corpus);
        Table flagged = spin.where(spin.booleanColumn("doc_flagged").isTrue());
        String spun = flagged.stringColumn("doc").get(0);
        assertTrue(check.answer("spun", spun).right());
        List<String> three = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            three.add(flagged.stringColumn("phrase").get(r) + " = " + flagged.stringColumn("likely_original").get(r));
        }
        assertEquals(CheckResult.Verdict.PARTLY, check.answer("odd-phrases", three.subList(0, 2)).verdict());
        assertTrue(check.answer("odd-phrases", three).right());
    }

    @Test
    void aKeyBuiltForTheFormatSamplesAcceptsWhatTheToolsFindThere() {
        assertKeyAgreesWithTheTools(Corpus.load(NOTEBOOKS.resolve("data")), 2);
    }

    @Test
    void aKeyBuiltForAWireStoryAndItsRewriteAcceptsWhatTheToolsFindThere(@TempDir Path dir) throws IOException {
        assertKeyAgreesWithTheTools(wireStoryAndRewrite(dir), 4);
    }

    @Test
    void aPersonIsNamedByTheirFullNameOrItsEndingsAndADescriptionOnlyWhole() {
        assertEquals(List.of("marieke de vries", "de vries", "vries"), Findings.namesOf("Marieke de Vries"));
        assertEquals(List.of("kaupo rosin", "rosin"), Findings.namesOf("Kaupo Rosin"));
        assertEquals(List.of("a senior official"), Findings.namesOf("a senior official"));
        assertEquals(List.of("the Estonian report".toLowerCase()), Findings.namesOf("the Estonian report"));
    }

    @Test
    void aWordTheQuotationAddsToItsSourceSentenceIsAnAnswer() {
        List<String> added = Findings.addedWords("For now, the leader still believes he can win and \"outsmart everybody,\" Ellis said.",
                "“For now,” he said, “the belief in the capital is that they can outlast everyone.”");
        assertEquals(List.of("belief", "capital", "that", "they", "outlast", "everyone"), added);
    }

    /** Every question the tools answer on {@code corpus} accepts each right form and rejects a wrong one. */
    private static void assertKeyAgreesWithTheTools(Corpus corpus, int atLeastAnswered) {
        KeyBuilder.Built built = KeyBuilder.build(QUESTIONS, corpus);
        assertFalse(built.key().isFor(RealCorpus.load()));
        assertTrue(built.key().isFor(corpus));
        int answered = 0;
        for (int i = 0; i < QUESTIONS.questions().size(); i++) {
            Question q = QUESTIONS.questions().get(i);
            Findings.Outcome o = built.outcomes().get(i);
            SelfCheck check = SelfCheck.with(built.key());
            if (!o.answered()) {
                assertEquals(CheckResult.Verdict.UNANSWERED, check.answer(q.id(), "anything").verdict());
                continue;
            }
            answered++;
            Answer a = o.answer();
            if (a.kind() == Answer.Kind.ONE) {
                for (List<String> form : a.forms()) {
                    assertTrue(check.answer(q.id(), form.reversed()).right(), q.id() + ": " + form);
                }
            } else {
                assertTrue(check.answer(q.id(), a.forms().stream().flatMap(List::stream).toList()).right(), q.id());
            }
            assertFalse(check.answer(q.id(), "no such answer zzz").right(), q.id());
        }
        assertTrue(answered >= atLeastAnswered, answered + " answered: " + built.unanswered());
    }

    private static Corpus wireStoryAndRewrite(Path dir) throws IOException {
        String wire = """
                ROTTERDAM — Dock workers at the port of Rotterdam will strike on Monday after talks on pay broke down, \
                the union said on Sunday.

                "We have waited two years for an offer that keeps up with prices," said Marieke de Vries, who leads the \
                dockers' union. "Nobody wants a strike, but the port left us no choice."

                The port authority said it regretted the decision. Its spokesman, Joost Bakker, said the offer on the table \
                was "fair and final" and that ships would be diverted to Antwerp and Hamburg.

                De Vries said the union would meet the employers again if they came with a new proposal. "Our door is open," \
                she said. "Theirs has been closed since January."

                Shipping companies warned of delays for containers bound for Germany and Switzerland. The last strike at the \
                port, in 2019, lasted four days and left more than 40 ships waiting at sea.
                """;
        String rewrite = """
                Dock workers at the port of Rotterdam are set to strike on Monday after pay talks broke down, the union \
                announced on Sunday.

                "We have waited two years for an offer that keeps up with prices," Marieke de Vries, head of the dockers' \
                union, said. "Nobody wants a strike, but the port left us no choice."

                De Vries said the union would sit down with the employers again if they brought a new proposal. "Our door is \
                open," she said. "Theirs has been closed since January."

                Shipping firms warned of delays for containers heading to Germany and Switzerland. The last strike at the \
                port, in 2019, lasted four days and left over 40 ships waiting at sea.
                """;
        String other = """
                The city council approved a new cycle lane along the river on Tuesday, after two years of debate.

                "This is a good day for everyone who rides to work," said Tom Ellis, the councillor in charge of transport.
                Work on the lane will start in the spring and take about six months.
                """;
        Files.writeString(dir.resolve("wire.txt"), wire);
        Files.writeString(dir.resolve("pickup.txt"), rewrite);
        Files.writeString(dir.resolve("council.txt"), other);
        Files.writeString(dir.resolve("corpus.csv"), "id,outlet,date\nwire,Northwind,2025-03-03\npickup,Metro Pulse,\n"
                + "council,Riverside Post,2025-03-04\n");
        return Corpus.load(dir);
    }
}
