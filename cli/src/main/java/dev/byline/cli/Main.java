package dev.byline.cli;

import dev.byline.BylineException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * The {@code byline} command. Exit codes: 0 success, 1 bad input (a file named in the message),
 * 2 bad usage.
 */
@Command(name = "byline",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        // the subcommands: COMMANDS, registered in run()
        description = "Read the news critically with code: corpus, terms, quotes and source comparison.")
public final class Main implements Runnable {
    /**
     * The subcommands, in the order {@code byline --help} lists them. Registered in code rather than in
     * {@code @Command(subcommands = ...)}: picocli reads every registered command's annotations when the command
     * line is built (about 3 ms a command at start-up), so a run registers only the command it names.
     */
    static final List<Class<?>> COMMANDS = List.of(
            CorpusCommand.class,
            ExtractCommand.class,
            TermsCommand.class,
            KwicCommand.class,
            KeynessCommand.class,
            CollocatesCommand.class,
            TrendsCommand.class,
            QuotesCommand.class,
            SpeakersCommand.class,
            CompareCommand.class,
            AlignCommand.class,
            DriftCommand.class,
            SpinCommand.class,
            ClassroomCommand.class,
            NotebooksCommand.class,
            KernelCommand.class,
            DoctorCommand.class,
            TrainCommand.class,
            CommandLine.HelpCommand.class);

    /** Exit code for bad input: a missing, unreadable or malformed file. */
    public static final int BAD_INPUT = 1;
    /** Exit code for bad usage: unknown option, missing argument. */
    public static final int BAD_USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command (try: byline corpus corpus/)");
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams and returns the exit code; used by tests. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        // before the settings below: picocli hands them only to the subcommands registered at the time
        for (Class<?> command : commandsFor(args)) {
            cli.addSubcommand(command);
        }
        if (asksForHelp(args)) {
            reflowHelp(cli);   // only then: rebuilding the option specs is start-up time a command does not need
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> e instanceof BylineException ? BAD_INPUT : BAD_INPUT);
        cli.setParameterExceptionHandler((ex, a) -> {
            CommandLine c = ex.getCommandLine();
            // picocli checks required parameters before it reports an option it does not know, so
            // `terms --bogus` would say "Missing required parameter: 'PATHS'": the unknown option is the real slip
            String message = ex instanceof CommandLine.MissingParameterException
                    ? unknownOption(c.getCommandSpec(), a).map(o -> "Unknown option: '" + o + "'").orElse(ex.getMessage())
                    : ex.getMessage();
            c.getErr().println("byline: " + message);
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            return BAD_USAGE;
        });
        cli.setExecutionExceptionHandler((ex, c, parseResult) -> {
            if (ex instanceof BylineException) {
                c.getErr().println("byline: " + ex.getMessage());
            } else {
                c.getErr().println("byline: internal error: " + ex
                        + (System.getenv("BYLINE_DEBUG") == null ? " (set BYLINE_DEBUG=1 for the stack trace)" : ""));
                if (System.getenv("BYLINE_DEBUG") != null) {
                    ex.printStackTrace(c.getErr());
                }
            }
            c.getErr().flush();
            return BAD_INPUT;
        });
        cli.setExecutionStrategy(parseResult -> {
            checkUsage(parseResult);
            return new CommandLine.RunLast().execute(parseResult);
        });
        if (args.length > 0 && !args[0].startsWith("-") && !cli.getSubcommands().containsKey(args[0])) {
            // picocli would say "Unmatched argument at index 0", and go on to parse the rest as if it were no command
            err.println("byline: unknown command '" + args[0] + "'" + commandHint(cli, args[0]));
            err.println("Try 'byline --help' for more information.");
            err.flush();
            return BAD_USAGE;
        }
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError e) {
            // thrown past picocli's handlers (an Error, often rethrown from a parallel stream's worker)
            err.println("byline: out of memory (Java heap of " + Runtime.getRuntime().maxMemory() / (1 << 20)
                    + " MB); give Java more, e.g. BYLINE_JAVA_OPTS=-Xmx8g, or analyse fewer files at once");
            code = BAD_INPUT;
        }
        out.flush();
        err.flush();
        return code;
    }

    /** The first argument after the command's name that looks like an option the command has not got. */
    static java.util.Optional<String> unknownOption(CommandLine.Model.CommandSpec command, String[] args) {
        boolean seenCommand = command.parent() == null;
        for (String arg : args) {
            if (arg.equals("--")) {
                break;
            }
            if (!seenCommand) {
                seenCommand = arg.equals(command.name()) || command.aliases().length > 0 && List.of(command.aliases()).contains(arg);
                continue;
            }
            if (arg.length() < 2 || !arg.startsWith("-") || Character.isDigit(arg.charAt(1)) || arg.charAt(1) == '.') {
                continue;   // a value, a path, a negative number
            }
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            boolean known = command.findOption(name) != null
                    || !name.startsWith("--") && name.length() > 2 && command.findOption(name.substring(0, 2)) != null;
            if (!known) {
                return java.util.Optional.of(name);
            }
        }
        return java.util.Optional.empty();
    }

    /** The commands {@code name} is likely a slip for, or else all the commands there are. */
    private static String commandHint(CommandLine cli, String name) {
        List<String> names = cli.getSubcommands().entrySet().stream()
                .filter(e -> !e.getValue().getCommandSpec().usageMessage().hidden())
                .map(java.util.Map.Entry::getKey)
                .toList();
        List<String> close = names.stream().filter(n -> n.startsWith(name) || name.startsWith(n) || distance(n, name) <= 2).toList();
        return close.isEmpty() ? " (commands: " + String.join(", ", names) + ")"
                : "; did you mean " + String.join(" or ", close.stream().map(n -> "'" + n + "'").toList()) + "?";
    }

    /** Levenshtein distance of two short strings. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }

    /**
     * Runs the {@link Usage.Checked} checks of the command to run and of its mixins, before the command reads
     * anything; none when help or the version was asked for, which picocli prints whatever the other options say.
     */
    private static void checkUsage(CommandLine.ParseResult parseResult) {
        List<CommandLine> parsed = parseResult.asCommandLineList();
        if (parsed.stream().anyMatch(c -> c.isUsageHelpRequested() || c.isVersionHelpRequested())) {
            return;
        }
        CommandLine.Model.CommandSpec command = parsed.get(parsed.size() - 1).getCommandSpec();
        for (CommandLine.Model.CommandSpec mixin : command.mixins().values()) {
            if (mixin.userObject() instanceof Usage.Checked checked) {
                checked.checkUsage(command);
            }
        }
        if (command.userObject() instanceof Usage.Checked checked) {
            checked.checkUsage(command);
        }
    }

    /**
     * Joins the lines a description is written in (kept short in the source) into paragraphs, for picocli to wrap at
     * the width of the help: a hand-broken line longer than that width would otherwise be wrapped and then broken
     * again, leaving ragged two-word lines. A blank line stays a paragraph break.
     */
    static String[] reflow(String[] lines) {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String line : lines) {
            if (line.isBlank()) {
                if (!paragraph.isEmpty()) {
                    out.add(paragraph.toString());
                    paragraph.setLength(0);
                }
                out.add(line);
                continue;
            }
            if (!paragraph.isEmpty()) {
                paragraph.append(' ');
            }
            paragraph.append(line.strip());
        }
        if (!paragraph.isEmpty()) {
            out.add(paragraph.toString());
        }
        return out.toArray(String[]::new);
    }

    /** True if the usage of a command may be printed: no arguments, {@code help}, {@code -h} or {@code --help}. */
    private static boolean asksForHelp(String[] args) {
        return args.length == 0 || args[0].equals("help") || List.of(args).contains("-h") || List.of(args).contains("--help");
    }

    /** {@link #reflow} for the descriptions of {@code command}, its options and parameters, and its subcommands. */
    private static void reflowHelp(CommandLine command) {
        CommandLine.Model.CommandSpec spec = command.getCommandSpec();
        spec.usageMessage().description(reflow(spec.usageMessage().description()));
        for (CommandLine.Model.OptionSpec option : List.copyOf(spec.options())) {
            if (option.description().length > 1) {
                spec.remove(option);
                spec.addOption(option.toBuilder().description(reflow(option.description())).build());
            }
        }
        for (CommandLine.Model.PositionalParamSpec parameter : List.copyOf(spec.positionalParameters())) {
            if (parameter.description().length > 1) {
                spec.remove(parameter);
                spec.addPositional(parameter.toBuilder().description(reflow(parameter.description())).build());
            }
        }
        command.getSubcommands().values().forEach(Main::reflowHelp);
    }

    /**
     * The subcommands {@code args} can reach: the one they start with, none for a bare {@code --version}, all of
     * them otherwise (no command, {@code --help}, {@code help}, an unknown command), where the usage, the help
     * command and the error messages speak of them all.
     */
    static List<Class<?>> commandsFor(String[] args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            return List.of();
        }
        if (args.length > 0) {
            for (Class<?> command : COMMANDS) {
                if (command != CommandLine.HelpCommand.class && command.getAnnotation(Command.class).name().equals(args[0])) {
                    return List.of(command);
                }
            }
        }
        return COMMANDS;
    }

    /** Reads the version Maven wrote into the jar. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {
                "byline " + p.getProperty("version", "unknown"),
                "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ", " + System.getProperty("java.home") + ")"
            };
        }
    }
}
