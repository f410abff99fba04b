package dev.byline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.cli.CorpusCommandTest.Run;
import dev.byline.corpus.DocumentReaders;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/** A run registers only the command it names; what a user sees must not depend on that. */
class MainTest {
    private static Run run(String... args) {
        return CorpusCommandTest.run(args);
    }

    private static List<String> listedCommands(String help) {
        List<String> lines = help.lines().toList();
        return lines.subList(lines.indexOf("Commands:") + 1, lines.size()).stream()
                .filter(l -> l.matches("  \\S.*"))
                .map(l -> l.strip().split("\\s+")[0])
                .toList();
    }

    /** Descriptions are written in short source lines; the help joins them into paragraphs and wraps those itself. */
    @Test
    void helpJoinsADescriptionsLinesIntoParagraphsKeepingBlankLines() {
        assertEquals(List.of("One two three.", "", "Four five."),
                List.of(Main.reflow(new String[] {"One two", "  three.", "", "Four", "five."})));
        Run r = CorpusCommandTest.run("terms", "--help");
        assertEquals(0, r.code(), r.err());
        // "Estonia’s" was cut in two by a hand-broken line that picocli wrapped again
        assertTrue(r.out().contains("Estonia’s counts as estonia."), r.out());
        for (String line : r.out().lines().toList()) {
            assertTrue(line.length() <= 80, "longer than the help's width: " + line);
        }
    }

    @Test
    void helpListsEveryCommandInOrderAndEachShowsTheSameUsageAloneAsThroughHelp() {
        Run help = run("--help");
        assertEquals(0, help.code());
        List<String> expected = Main.COMMANDS.stream()
                .map(c -> c.getAnnotation(Command.class))
                .filter(a -> !a.hidden())
                .map(Command::name)
                .toList();
        assertEquals(expected, listedCommands(help.out()));
        assertEquals(help.out(), run("-h").out());
        assertEquals(help.out(), run("help").out());
        for (String name : expected) {
            Run alone = run(name, "--help");
            Run viaHelp = run("help", name);
            assertEquals(0, viaHelp.code(), name);
            assertTrue(viaHelp.out().contains("Usage: byline " + name + " "), viaHelp.out());
            if (!name.equals("help")) {
                assertEquals(0, alone.code(), name);
                assertEquals(viaHelp.out(), alone.out(), name);
            }
        }
    }

    /** kwic, collocates and trends once listed only the plain-text formats, though they read pages, feeds and archives. */
    @Test
    void everyCommandThatReadsACorpusNamesEveryFormatItReadsInItsHelp() {
        List<String> extensions = DocumentReaders.extensions();
        int commandsWithPaths = 0;
        for (Class<?> command : Main.COMMANDS) {
            String name = command.getAnnotation(Command.class).name();
            Run help = run(name, "--help");
            String text = help.out().replaceAll("\\s+", " ");
            int at = text.indexOf(" PATHS... Directories");
            if (at < 0) {
                continue;
            }
            commandsWithPaths++;
            String paths = text.substring(at, text.indexOf(" -", at + 1));
            for (String ext : extensions) {
                assertTrue(paths.matches(".*[ ,]" + Pattern.quote(ext) + "([ ,].*|$)"),
                        name + " --help does not name ." + ext + ": " + paths);
            }
        }
        assertTrue(commandsWithPaths >= 11, "commands with PATHS: " + commandsWithPaths);
    }

    @Test
    void everyCommandsSummaryInTheHelpIsOneCompleteSentence() {
        List<String> lines = run("--help").out().lines().toList();
        List<String> commands = lines.subList(lines.indexOf("Commands:") + 1, lines.size());
        for (String line : commands) {
            assertTrue(line.matches("  [a-z]+ +[A-Z].*\\.") , "one line, a sentence: " + line);
        }
    }

    @Test
    void noCommandOrAnUnknownOneIsBadUsageWithTheUsualTwoLines() {
        String nl = System.lineSeparator();
        Run none = run();
        assertEquals(Main.BAD_USAGE, none.code());
        assertEquals("byline: name a command (try: byline corpus corpus/)" + nl + "Try 'byline --help' for more information." + nl,
                none.err());
        Run misspelt = run("corpu");
        assertEquals(Main.BAD_USAGE, misspelt.code());
        assertEquals("byline: unknown command 'corpu'; did you mean 'corpus'?" + nl + "Try 'byline --help' for more information." + nl,
                misspelt.err());
        Run unknown = run("frobnicate", "corpus");
        assertEquals(Main.BAD_USAGE, unknown.code());
        assertTrue(unknown.err().startsWith("byline: unknown command 'frobnicate' (commands: corpus, extract, terms, kwic, "), unknown.err());
        assertTrue(!unknown.err().contains("train") && unknown.err().contains(", help)" + nl), unknown.err());
        assertEquals("", unknown.out());
        assertTrue(misspelt.err().endsWith("Try 'byline --help' for more information." + nl), misspelt.err());
        assertEquals(Main.BAD_USAGE, run("help", "corpu").code());
        assertEquals(Main.BAD_USAGE, run("Terms").code(), "command names are case-sensitive");
    }

    @Test
    void versionPrintsTheSameAloneAndBeforeACommand() {
        Run version = run("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("byline "), version.out());
        assertEquals(version.out(), run("-V").out());
        assertEquals(version.out(), run("--version", "terms").out());
    }
}
