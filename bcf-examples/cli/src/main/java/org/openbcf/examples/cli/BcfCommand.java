package org.openbcf.examples.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;

import org.openbcf.examples.io.BadInputException;
import org.openbcf.examples.io.OutputFailedException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code bcf} command: {@code java -jar bcf-examples/target/bcf.jar <command>}.
 *
 * <p>Exit codes are those of {@link ExitCode}: 0 nothing to report, 1 findings, 2 input (or output)
 * that cannot be used, with one readable line on standard error and never a stack trace, 3 a bug in
 * openbcf. Only openbcf's own {@link BadInputException} and {@link OutputFailedException} (and
 * picocli's report of a mistaken command line) mean exit 2: any other exception is a bug (exit 3).
 *
 * @since 0.1.0
 */
@Command(name = "bcf",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "openbcf: the Better Care Fund finance and metrics rules.",
        footerHeading = "%nExit codes:%n",
        footer = {"  0  computed, nothing to report",
            "  1  computed, with findings (one per line on standard error)",
            "  2  the input or the output cannot be used: one line on standard error",
            "     naming the file, row and column (or the option)",
            "  3  a bug in openbcf: one line on standard error (please report it)",
            "",
            "Every command reads - as standard input and writes CSV (review a table) unless",
            "--format says table or json; --output FILE writes a file completely or not",
            "at all.",
            "",
            "Example:",
            "  bcf p4p --cost-per-admission 1490 p4p-2015-16.csv"})
public final class BcfCommand implements Callable<Integer> {

    /**
     * Every subcommand, in the order {@code --help} lists them: add a new command here and in
     * {@link #subcommand(String)}. A run builds only the command it runs (picocli's reflection over
     * every command's options costs more than a hello-world JVM's whole start-up), and all of them only
     * for help or an unknown command.
     *
     * @return the command classes, never empty
     */
    static List<Class<?>> subcommands() {
        return List.of(
                DemoCommand.class,
                ReviewCommand.class,
                InitCommand.class,
                CheckCommand.class,
                P4pCommand.class,
                RiskCommand.class,
                ProportionCommand.class,
                RateCommand.class,
                DsrCommand.class,
                IsrCommand.class,
                MeanCommand.class,
                CompareCommand.class,
                FunnelCommand.class,
                DelaysCommand.class,
                ProfileCommand.class,
                TargetCommand.class);
    }

    /**
     * The class of the subcommand with this name, its {@code @Command} name: a switch, so that a run
     * loads (and reads the annotations of) the one command it runs; {@code FastStartTest} checks that
     * it names each of {@link #subcommands()} by its annotation.
     *
     * @param name the first argument of the command line, not null
     * @return the class, or null when no subcommand has that name
     */
    static Class<?> subcommand(String name) {
        return switch (name) {
            case "demo" -> DemoCommand.class;
            case "review" -> ReviewCommand.class;
            case "init" -> InitCommand.class;
            case "check" -> CheckCommand.class;
            case "p4p" -> P4pCommand.class;
            case "risk" -> RiskCommand.class;
            case "proportion" -> ProportionCommand.class;
            case "rate" -> RateCommand.class;
            case "dsr" -> DsrCommand.class;
            case "isr" -> IsrCommand.class;
            case "mean" -> MeanCommand.class;
            case "compare" -> CompareCommand.class;
            case "funnel" -> FunnelCommand.class;
            case "delays" -> DelaysCommand.class;
            case "profile" -> ProfileCommand.class;
            case "target" -> TargetCommand.class;
            default -> null;
        };
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Streams streams;

    BcfCommand(Streams streams) {
        this.streams = streams;
    }

    /**
     * The run's streams, for the subcommands.
     *
     * @return the streams, never null
     */
    Streams streams() {
        return streams;
    }

    /**
     * Runs {@code bcf} and exits the JVM with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        if (System.getProperty("java.awt.headless") == null) {
            // the command line draws charts off screen; set here, in the entry point, never by the library
            System.setProperty("java.awt.headless", "true");
        }
        if (System.getProperty("picocli.disable.closures") == null) {
            // picocli otherwise looks for groovy.lang.Closure, a miss that opens every jar on the class
            // path (30 with the launcher): about 90 ms of a run that goes to picocli; openbcf has no
            // Groovy closures in its annotations
            System.setProperty("picocli.disable.closures", "true");
        }
        PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = run(new Streams(System.in, out, err), args);
        if (code == ExitCode.OK && !(args.length > 0 && LONG_RUNNING.contains(args[0]))) {
            // exit 0 by returning: these commands start no thread (the demo's charts, the workbook reader
            // and the dataset commands are not vouched for), and System.exit starts logging on JDK 21
            // and later (it logs Runtime.exit), tens of milliseconds for nothing
            return;
        }
        System.exit(code);
    }

    /** The commands that always end with System.exit: they may start threads that would keep the JVM up. */
    private static final List<String> LONG_RUNNING = List.of("demo", "check", "review", "init");

    /**
     * Runs {@code bcf} with the given streams and returns the exit code, without exiting the JVM;
     * standard input is empty.
     *
     * @param out  standard output, not null
     * @param err  standard error, not null
     * @param args the command line, not null
     * @return the exit code, one of {@link ExitCode}
     */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        return execute(InputStream.nullInputStream(), out, err, args);
    }

    /**
     * Runs {@code bcf} with the given streams and returns the exit code, without exiting the JVM and
     * without changing any global state: a test suite or host application runs it in-process.
     *
     * @param in   standard input (what {@code -} reads), not null
     * @param out  standard output, not null
     * @param err  standard error, not null
     * @param args the command line, not null
     * @return the exit code, one of {@link ExitCode}
     */
    public static int execute(InputStream in, PrintWriter out, PrintWriter err, String... args) {
        return run(new Streams(in, out, err), args);
    }

    /**
     * Runs {@code bcf}: builds picocli's model of the command the first argument names, and only of it
     * (reading every command's annotations costs more than a hello-world JVM's whole start-up, and
     * scripts start {@code bcf p4p}, {@code bcf rate} and the like many times); the model of every
     * command only for help, an unknown command or a command line that starts with an option.
     * {@code bcf --version} alone prints without picocli the lines picocli prints from
     * {@link VersionProvider}.
     */
    static int run(Streams streams, String... args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            return printVersion(streams);
        }
        CommandLine commandLine = commandLine(streams, args.length == 0 ? "" : args[0]);
        int code;
        try {
            code = commandLine.execute(args);
        } catch (RuntimeException | Error ex) {
            code = failed("bcf", ex, streams.err());
        }
        return finish(code, streams);
    }

    /**
     * {@code bcf --version} without picocli: building picocli's model (its annotations are read
     * through dynamic proxies, which no class-data archive holds) costs more than the rest of the
     * run, and the lines are exactly those picocli prints from {@link VersionProvider}.
     */
    private static int printVersion(Streams streams) {
        for (String line : VersionProvider.lines()) {
            streams.out().println(line);
        }
        return finish(ExitCode.OK, streams);
    }

    /**
     * The whole command line with every subcommand, as help, completion and man pages show it.
     * Package-private: a public method with a picocli type would make the launcher load picocli
     * when it looks up {@code main}, on every start.
     *
     * @param streams the streams its commands use, not null
     * @return the command line, never null
     */
    static CommandLine commandLine(Streams streams) {
        return commandLine(streams, "");
    }

    /**
     * The command line with the subcommand named {@code first} only, or with every subcommand (and
     * {@code help}) when no subcommand has that name.
     */
    static CommandLine commandLine(Streams streams, String first) {
        CommandLine commandLine = new CommandLine(new BcfCommand(streams));
        Class<?> wanted = subcommand(first);
        if (wanted != null) {
            commandLine.addSubcommand(wanted);
        } else {
            for (Class<?> command : subcommands()) {
                commandLine.addSubcommand(command);
            }
            commandLine.addSubcommand(new CommandLine.HelpCommand());
        }
        Converters.register(commandLine);
        commandLine.setUsageHelpWidth(HELP_WIDTH);
        commandLine.setOut(streams.out());
        commandLine.setErr(streams.err());
        Handler handler = new Handler();
        commandLine.setParameterExceptionHandler(handler);
        commandLine.setExecutionExceptionHandler(handler);
        return commandLine;
    }

    /**
     * What a mistaken command line and a failed command print. A class, not lambdas: the class-data
     * archive of JDK 17 to 23 leaves out a picocli interface (a Java 5 class file) that a lambda
     * implements, and every class that implements it.
     */
    private static final class Handler implements CommandLine.IParameterExceptionHandler,
            CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleParseException(CommandLine.ParameterException ex, String[] args) {
            ex.getCommandLine().getErr().println(BadInputException.oneLine(mistake(ex)));
            return ExitCode.BAD_INPUT;
        }

        @Override
        public int handleExecutionException(Exception ex, CommandLine failed, CommandLine.ParseResult parseResult) {
            return failed(failed.getCommandName(), ex, failed.getErr());
        }
    }

    /** The width of every help text, whatever the terminal: descriptions are written as paragraphs wrapped to it. */
    static final int HELP_WIDTH = 80;

    /**
     * The one line for a mistaken command line: an option's refused value as the command itself
     * would name it ({@code p4p: --cost-per-admission: …}), an unknown command or option with the
     * nearest names ({@code bcf: Unknown command 'reveiw'. Did you mean 'review'?}), and anything
     * else as picocli says it, with where to look.
     */
    private static String mistake(CommandLine.ParameterException ex) {
        CommandLine failed = ex.getCommandLine();
        String command = failed.getCommandName();
        if (ex.getCause() instanceof Converters.OptionValueException refused && ex.getArgSpec() != null) {
            String name = ex.getArgSpec().isOption() ? ((CommandLine.Model.OptionSpec) ex.getArgSpec()).longestName()
                    : ex.getArgSpec().paramLabel();
            return command + ": " + name + refused.getMessage();
        }
        String see = " (see '" + failed.getCommandSpec().qualifiedName() + " --help')";
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String first = unmatched.getUnmatched().get(0);
            boolean option = first.startsWith("-") && !first.equals("-");
            List<String> suggestions = unmatched.getSuggestions().stream()
                    .filter(s -> s.startsWith("-") == option).limit(1).toList();
            String what = option ? "Unknown option '" + first + "'"
                    : failed.getSubcommands().isEmpty() ? "Unexpected argument '" + first + "'"
                    : "Unknown command '" + first + "'";
            return command + ": " + what + (suggestions.isEmpty() ? "" : ". Did you mean '"
                    + suggestions.get(0) + "'?") + see;
        }
        return command + ": " + ex.getMessage() + see;
    }

    private static int finish(int code, Streams streams) {
        streams.out().flush();
        if (streams.out().checkError() && code != ExitCode.BAD_INPUT) {
            streams.err().println("bcf: cannot write standard output (closed or full)");
            code = ExitCode.BAD_INPUT;
        }
        streams.err().flush();
        return code;
    }

    static int failed(String command, Throwable ex, PrintWriter err) {
        if (ex instanceof BadInputException || ex instanceof OutputFailedException) {
            err.println(command + ": " + ex.getMessage());
            return ExitCode.BAD_INPUT;
        }
        if (ex instanceof OutOfMemoryError) {
            err.println(command + ": out of memory (give Java more with -Xmx, or split the input)");
            return ExitCode.INTERNAL_ERROR;
        }
        String message = ex.getMessage() == null || ex.getMessage().isBlank() ? ex.getClass().getSimpleName()
                : ex.getClass().getSimpleName() + ": " + ex.getMessage();
        err.println(BadInputException.oneLine(command + ": internal error in openbcf, please report it: " + message));
        return ExitCode.INTERNAL_ERROR;
    }

    /**
     * {@code bcf} without a command: its usage on standard error, and exit 2, as for any other
     * command line that names nothing to do.
     *
     * @return {@link ExitCode#BAD_INPUT}
     */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.BAD_INPUT;
    }
}
