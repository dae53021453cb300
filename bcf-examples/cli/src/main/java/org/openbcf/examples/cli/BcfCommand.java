package org.openbcf.examples.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

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
            "Every command reads - as standard input and writes CSV (--format table or",
            "json for others; --output FILE writes a file completely or not at all).",
            "",
            "Example:",
            "  bcf p4p --cost-per-admission 1490 p4p-2015-16.csv"})
public final class BcfCommand implements Runnable {

    /**
     * Every subcommand, in the order {@code --help} lists them: add a new command here. A run builds
     * only the command it runs (picocli's reflection over every command's options costs more than a
     * hello-world JVM's whole start-up), and all of them only for help or an unknown command.
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(
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
            CompareCommand.class,
            FunnelCommand.class,
            DelaysCommand.class,
            ProfileCommand.class,
            TargetCommand.class);

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
        Streams streams = new Streams(System.in, out, err);
        boolean version = versionOnly(args);
        Subcommand plain = version ? null : plain(args);
        int code = version ? printVersion(streams) : plain != null ? runPlain(plain, args[0], streams) : runPicocli(streams, args);
        if ((version || plain != null && !(plain instanceof DemoCommand || plain instanceof CheckCommand)) && code == ExitCode.OK) {
            // exit 0 by returning: these plain paths start no thread (the demo's charts and the
            // workbook reader are not vouched for), and System.exit starts logging on JDK 21 and
            // later (it logs Runtime.exit), tens of milliseconds for nothing
            return;
        }
        System.exit(code);
    }

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
        return run(new Streams(in, out, err), true, args);
    }

    /**
     * Runs {@code bcf}. A command line in the plain form (see {@link P4pCommand#plain} and
     * {@link PlainCommandLine}) runs without picocli: building picocli's model costs more than a
     * hello-world JVM's whole start-up, and scripts start {@code bcf p4p}, {@code bcf rate} and the
     * like many times. Every other command line (help among them), and every mistake, goes to picocli.
     *
     * @param fast whether the plain form may skip picocli (false to compare the two)
     */
    static int run(Streams streams, boolean fast, String... args) {
        if (fast && versionOnly(args)) {
            return printVersion(streams);
        }
        Subcommand plain = fast ? plain(args) : null;
        return plain != null ? runPlain(plain, args[0], streams) : runPicocli(streams, args);
    }

    /** The command of a plain command line with its fields set, or null to go to picocli. */
    private static Subcommand plain(String... args) {
        P4pCommand p4p = P4pCommand.plain(args);
        return p4p != null ? p4p : PlainCommandLine.parse(args);
    }

    /**
     * Whether {@link #run} would run this command line without picocli: the build's short commands'
     * archive is trained on these lines only ({@link TrainingRun}).
     */
    static boolean runsWithoutPicocli(String... args) {
        return versionOnly(args) || plain(args) != null;
    }

    private static boolean versionOnly(String... args) {
        return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
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

    private static int runPlain(Subcommand plain, String name, Streams streams) {
        int code;
        try {
            plain.streams(streams);
            code = plain.call();
        } catch (Exception ex) {
            // as picocli's execution exception handler below reports it, under the command's name
            code = failed(name, ex, streams.err());
        } catch (Error ex) {
            // picocli lets an Error through to runPicocli, which reports it as bcf's; p4p's plain
            // path has always named itself
            code = failed(plain instanceof P4pCommand ? name : "bcf", ex, streams.err());
        }
        return finish(code, streams);
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
        CommandLine commandLine = new CommandLine(new BcfCommand(streams));
        addSubcommands(commandLine, "");
        return commandLine;
    }

    private static int runPicocli(Streams streams, String... args) {
        CommandLine commandLine = new CommandLine(new BcfCommand(streams));
        if (!versionOnly(args)) {
            addSubcommands(commandLine, args.length == 0 ? "" : args[0]);
        }
        commandLine.setOut(streams.out());
        commandLine.setErr(streams.err());
        commandLine.setParameterExceptionHandler((ex, arguments) -> {
            CommandLine failed = ex.getCommandLine();
            failed.getErr().println(BadInputException.oneLine(failed.getCommandName() + ": " + ex.getMessage()
                    + " (see '" + failed.getCommandSpec().qualifiedName() + " --help')"));
            return ExitCode.BAD_INPUT;
        });
        commandLine.setExecutionExceptionHandler((ex, failed, parseResult) ->
                failed(failed.getCommandName(), ex, failed.getErr()));
        int code;
        try {
            code = commandLine.execute(args);
        } catch (RuntimeException | Error ex) {
            code = failed("bcf", ex, streams.err());
        }
        return finish(code, streams);
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

    private static void addSubcommands(CommandLine commandLine, String first) {
        List<Class<?>> wanted = SUBCOMMANDS.stream().filter(c -> names(c).contains(first)).toList();
        for (Class<?> command : wanted.isEmpty() ? SUBCOMMANDS : wanted) {
            commandLine.addSubcommand(command);
        }
        if (wanted.isEmpty()) {
            commandLine.addSubcommand(new CommandLine.HelpCommand());
        }
    }

    private static List<String> names(Class<?> command) {
        Command annotation = command.getAnnotation(Command.class);
        List<String> names = new ArrayList<>(List.of(annotation.aliases()));
        names.add(annotation.name());
        return names;
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

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
