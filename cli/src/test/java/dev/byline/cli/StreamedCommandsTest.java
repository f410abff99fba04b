package dev.byline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.corpus.Corpus;
import dev.byline.corpus.LoadProblem;
import dev.byline.terms.Collocations;
import dev.byline.terms.Concordance;
import dev.byline.terms.Keyness;
import dev.byline.terms.TermOptions;
import dev.byline.terms.Terms;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** The streamed commands print, byte for byte, what they printed when they loaded the whole corpus first. */
class StreamedCommandsTest {
    @TempDir
    Path dir;

    /** Duplicate ids across files, a .jsonl of records out of id order, a sidecar, an unreadable file. */
    private String tricky() throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("x.txt"), "KYIV (Reuters) — The minister spoke.\n\nAdvertisement\n\nThe minister left.\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("x-2.txt"), "A minister, then another minister.\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("sub/y.txt"), "No one of note.\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("news.jsonl"), "{\"id\": \"x\", \"text\": \"Taken id.\"}\n"
                + "{\"id\": \"q\", \"text\": \"The minister's aide.\", \"desk\": \"politics\"}\n"
                + "{\"id\": \"m\", \"text\": \"Minister!\"}\n", StandardCharsets.UTF_8);
        Files.write(dir.resolve("bad.txt"), new byte[] {(byte) 0xFF, (byte) 0xFE, 0x41, 0x00, (byte) 0xC3});
        Files.writeString(dir.resolve("corpus.csv"), "id,outlet,date,url\nx,Reuters,2026-03-01,https://example.org/x\n"
                + "sub/y,Local,2026-03-02,\nnobody,None,2026-03-03,\n", StandardCharsets.UTF_8);
        return dir.toString();
    }

    private static String corpus() {
        return CorpusCommandTest.corpus();
    }

    /** Runs the command in each format and checks stdout and stderr against the in-memory table and problems. */
    private static void assertPrintsAsLoaded(String path, Function<Corpus, Table> inMemory, String... command) {
        Corpus loaded = Corpus.load(Path.of(path));
        Table expected = inMemory.apply(loaded);
        StringWriter warnings = new StringWriter();
        for (LoadProblem p : loaded.problems()) {
            warnings.append("byline: warning: ").append(p.toString()).append(System.lineSeparator());
        }
        for (OutputFormat format : OutputFormat.values()) {
            String[] args = new String[command.length + 3];
            System.arraycopy(command, 0, args, 0, command.length);
            args[command.length] = path;
            args[command.length + 1] = "--format";
            args[command.length + 2] = format.name();
            CorpusCommandTest.Run run = CorpusCommandTest.run(args);
            assertEquals(0, run.code(), run.err());
            OutputOptions options = new OutputOptions();
            options.format = format;
            options.maxWidth = 60;
            StringWriter out = new StringWriter();
            TableWriter.write(expected, options, new PrintWriter(out));
            assertEquals(out.toString(), run.out(), String.join(" ", args));
            assertEquals(warnings.toString(), run.err(), String.join(" ", args));
        }
    }

    @Test
    void corpusCommandPrintsTheLoadedCorpusTableInEveryFormat() throws IOException {
        assertPrintsAsLoaded(corpus(), Corpus::documents, "corpus");
        assertPrintsAsLoaded(tricky(), Corpus::documents, "corpus");
        assertTrue(CorpusCommandTest.run("corpus", dir.toString()).err().contains("duplicate id 'x'"));
    }

    @Test
    void corpusBoilerplatePrintsTheLoadedCorpusTableInEveryFormat() throws IOException {
        assertPrintsAsLoaded(corpus(), Corpus::boilerplate, "corpus", "--boilerplate");
        assertPrintsAsLoaded(tricky(), Corpus::boilerplate, "corpus", "--boilerplate");
    }

    private static TermOptions defaultSelection() {
        TermSelection selection = new TermSelection();
        selection.minLength = 1;   // picocli's default for --min-length
        return selection.options(1);
    }

    @Test
    void kwicPrintsTheLoadedCorpusConcordanceInEveryFormat() throws IOException {
        assertPrintsAsLoaded(corpus(), c -> Concordance.of(c, "Rosin", 40), "kwic", "Rosin");
        assertPrintsAsLoaded(tricky(), c -> Concordance.of(c, "minister", 40), "kwic", "minister");
        assertPrintsAsLoaded(tricky(), c -> Concordance.regex(c, "[Mm]inister\\S*", 40), "kwic", "--regex", "[Mm]inister\\S*");
    }

    @Test
    void termFrequenciesPrintedFromRowsMatchTheLoadedCorpusFrequencyTableInEveryFormat() throws IOException {
        TermOptions options = defaultSelection();
        assertPrintsAsLoaded(corpus(), c -> Terms.frequencies(c, options), "terms");
        assertPrintsAsLoaded(corpus(), c -> Terms.frequencies(c, options).first(5), "terms", "--top", "5");
        assertPrintsAsLoaded(tricky(), c -> Terms.frequencies(c, options), "terms");
    }

    @Test
    void collocatesKeynessAndPerDocumentTermsPrintTheLoadedCorpusResults() throws IOException {
        TermOptions options = defaultSelection();
        String first = Corpus.load(Path.of(corpus())).list().get(0).id();
        assertPrintsAsLoaded(corpus(), c -> Collocations.of(c, "talks", 5, options), "collocates", "talks");
        assertPrintsAsLoaded(corpus(), c -> Keyness.of(c, List.of(first), List.of(), options),
                "keyness", "--target", first, "--top", "0");
        assertPrintsAsLoaded(corpus(), c -> Terms.count(c, options), "terms", "--by-doc");
        assertPrintsAsLoaded(corpus(), c -> Terms.tfidf(c, options), "terms", "--tfidf");
        String path = tricky();
        assertPrintsAsLoaded(path, c -> Collocations.of(c, "minister", 5, options), "collocates", "minister");
        assertPrintsAsLoaded(path, c -> Keyness.of(c, List.of("x"), List.of("q", "m"), options),
                "keyness", "--target", "x", "--reference", "q,m", "--top", "0");
        assertPrintsAsLoaded(path, c -> Terms.count(c, options), "terms", "--by-doc");
        assertPrintsAsLoaded(path, c -> Terms.distinctive(c, options, 2), "terms", "--tfidf", "--top", "2");
    }
}
