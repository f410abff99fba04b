package dev.byline.cli;

import dev.byline.BylineException;
import dev.byline.classroom.AnswerKey;
import dev.byline.classroom.Findings;
import dev.byline.classroom.KeyBuilder;
import dev.byline.classroom.QuestionSet;
import dev.byline.classroom.Worksheet;
import dev.byline.corpus.Corpus;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code byline classroom key|worksheet QUESTIONS PATHS}: an exercise's hashed answer key for any corpus, and
 * a worksheet page that checks answers without Jupyter.
 */
@Command(name = "classroom", mixinStandardHelpOptions = true,
        header = "Answer keys and offline worksheets for a classroom exercise.",
        description = {
            "The questions file (notebooks/questions.json is one) names, for each question, the finding that answers it;",
            "the tools compute that finding on your corpus, so the same questions serve any articles."
        },
        subcommands = {ClassroomCommand.Key.class, ClassroomCommand.Sheet.class})
final class ClassroomCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a subcommand: key or worksheet");
    }

    /** The questions file and the corpus both subcommands take. */
    static final class Inputs {
        @Parameters(index = "0", paramLabel = "QUESTIONS", description = "The questions file (JSON).")
        Path questions;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "PATHS", description = LoadingOptions.PATHS_HELP)
        List<Path> paths;

        @Mixin
        ReadingOptions reading;

        @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (the key goes to standard output without it).")
        Path out;

        @Option(names = "--overwrite", description = "Replace --out FILE if it exists.")
        boolean overwrite;

        QuestionSet questionSet() {
            return QuestionSet.load(questions);
        }

        Corpus corpus(PrintWriter err) {
            Corpus corpus = Corpus.load(reading.options(), paths.toArray(Path[]::new));
            LoadingOptions.warn(err, corpus.problems());
            return corpus;
        }

        /** Refuses an --out that is an input, an existing file without --overwrite, or in a missing folder. */
        void checkOut() {
            if (out != null) {
                OutputFile.check(out, overwrite, List.of(questions), "the questions file");
            }
        }

        void write(String text, PrintWriter stdout) {
            if (out == null) {
                stdout.print(text);
                stdout.flush();
                return;
            }
            try {
                Files.writeString(out, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new BylineException(out, "cannot write: " + e.getMessage());
            }
        }
    }

    static void report(KeyBuilder.Built built, PrintWriter err) {
        int total = built.questions().questions().size();
        List<String> missing = built.unanswered();
        err.println("byline: " + (total - missing.size()) + " of " + total + " questions answered by the tools on "
                + built.key().documents() + " documents");
        missing.forEach(m -> err.println("byline: no answer: " + m));
        err.flush();
    }

    @Command(name = "key", mixinStandardHelpOptions = true,
            header = "Build the hashed answer key of QUESTIONS for the corpus PATHS.",
            description = {
                "Each answer is computed by the tools its question's finding names, then hashed: the key holds no answer in",
                "the clear. Questions the tools cannot answer on this corpus are kept with the reason (and reported on",
                "stderr). With --answers, the answers in the clear go to stderr, for the teacher."
            })
    static final class Key implements Callable<Integer> {
        @Mixin
        Inputs inputs;

        @Option(names = "--answers", description = "Also print the answers in the clear (for the teacher) on stderr.")
        boolean answers;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            inputs.checkOut();
            QuestionSet qs = inputs.questionSet();
            PrintWriter err = spec.commandLine().getErr();
            KeyBuilder.Built built = KeyBuilder.build(qs, inputs.corpus(err));
            inputs.write(built.key().toJson(), spec.commandLine().getOut());
            report(built, err);
            if (answers) {
                var t = built.answers();
                for (int r = 0; r < t.rowCount(); r++) {
                    err.println(t.getString(r, "id") + ": " + t.getString(r, "answer") + "\n    (" + t.getString(r, "tools") + ": "
                            + t.getString(r, "evidence") + ")");
                }
                err.flush();
            }
            return 0;
        }
    }

    @Command(name = "worksheet", mixinStandardHelpOptions = true,
            header = "Write a self-contained HTML worksheet: questions, tool outputs, answer boxes that check themselves.",
            description = {
                "The page holds the questions, the output of the tools each names on PATHS, and the hashed key; a few lines",
                "of inline script check an answer with no network (it works from a file:// URL). The key is built from",
                "QUESTIONS unless --key names one, which must have been built for the same corpus."
            })
    static final class Sheet implements Callable<Integer> {
        @Mixin
        Inputs inputs;

        @Option(names = "--key", paramLabel = "FILE", description = "Use this answer key instead of building one.")
        Path key;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (inputs.out == null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "worksheet needs --out FILE");
            }
            inputs.checkOut();
            QuestionSet qs = inputs.questionSet();
            PrintWriter err = spec.commandLine().getErr();
            Findings findings = Findings.of(inputs.corpus(err));
            AnswerKey k;
            if (key != null) {
                k = AnswerKey.load(key);
                if (!k.isFor(findings.corpus())) {
                    throw new BylineException(key, "was built for another corpus (" + k.documents()
                            + " documents); build one for these with 'byline classroom key'");
                }
                for (var q : qs.questions()) {
                    if (k.entries().stream().noneMatch(e -> e.id().equals(q.id()))) {
                        throw new BylineException(key, "has no question '" + q.id() + "' of " + inputs.questions);
                    }
                }
            } else {
                KeyBuilder.Built built = KeyBuilder.build(qs, findings);
                report(built, err);
                k = built.key();
            }
            inputs.write(Worksheet.html(qs, k, findings), spec.commandLine().getOut());
            err.println("byline: wrote " + inputs.out);
            err.flush();
            return 0;
        }
    }
}
