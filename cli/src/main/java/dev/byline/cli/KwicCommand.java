package dev.byline.cli;

import dev.byline.corpus.DocumentStream;
import dev.byline.terms.Concordance;
import dev.byline.text.Document;
import dev.byline.text.TokenKind;
import dev.byline.text.Tokenizer;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tech.tablesaw.api.Table;

/** {@code byline kwic WORD PATHS}: a keyword-in-context concordance. */
@Command(name = "kwic", mixinStandardHelpOptions = true,
        header = "Show every occurrence of a word, phrase or pattern in its context.",
        description = {
            "Keyword in context: every occurrence of WORD in the headline and body text, one",
            "row each: doc, part, start, end, left, match, right; by document, then part",
            "(title first), then position. part is title or body: a title's offsets index",
            "the headline's own text, a body's the raw text. WORD is a word or a quoted",
            "phrase (its words in a row within one paragraph; any case, ’ and ' alike), or",
            "with --regex a Java regular expression, matched within each paragraph."
        })
final class KwicCommand implements Callable<Integer>, Usage.Checked {
    @Mixin
    WordAndPaths loading;

    @Mixin
    OutputOptions output;

    @Mixin
    TitleOption title;

    @Option(names = "--width", paramLabel = "N", defaultValue = "40",
            description = "Characters of context on each side (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--regex", description = "WORD is a Java regular expression (use (?i) to ignore case).")
    boolean regex;

    @Spec
    CommandSpec spec;

    @Override
    public void checkUsage(CommandSpec command) {
        Usage.atLeast(command, "--width", width, 0);
        String term = loading.word;
        if (regex) {
            try {
                Pattern.compile(term);
            } catch (PatternSyntaxException e) {
                throw Usage.error(command, "not a valid regular expression: " + e.getDescription() + " in '" + term + "'");
            }
        } else if (Tokenizer.tokenize(Document.of("query", term), 0, term.length()).stream()
                .noneMatch(t -> t.kind().isWordLike() || t.kind() == TokenKind.LINK)) {
            // the words of the query are matched in a row; a query of punctuation or symbols alone (*, ?) is not
            // a wildcard and would find nothing, or only stray marks
            throw Usage.error(command, "the KWIC query '" + term + "' has no words in it"
                    + (term.isBlank() ? "" : " (kwic matches words, not wildcards; --regex takes a pattern)"));
        }
    }

    @Override
    public Integer call() {
        // Streamed: only the rows are kept, never a document's text.
        DocumentStream documents = loading.stream().withoutMetadata();   // the texts are all it needs
        String term = loading.word;
        Table lines = regex ? Concordance.regex(documents, term, width, title.parts())
                : Concordance.of(documents, term, width, title.parts());
        LoadingOptions.warn(spec.commandLine().getErr(), documents.problems());
        // the left context ends at the keyword: a long one is cut at its start, the right one at its end
        TableWriter.write(lines, output, spec.commandLine().getOut(), java.util.Set.of("left"));
        return 0;
    }
}
