package org.openbcf.examples.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code bcf} command: {@code java -jar bcf-examples/target/bcf.jar <command>}.
 *
 * <p>Exit codes are those of {@link ExitCode}: 0 nothing to report, 1 findings, 2 bad input with one
 * readable line on standard error (never a stack trace), 3 an internal error.
 */
@Command(name = "bcf",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "openbcf: the Better Care Fund finance and metrics rules.")
public final class BcfCommand implements Runnable {

    /**
     * Every subcommand, in the order {@code --help} lists them: add a new command here. A run builds
     * only the command it runs (picocli's reflection over every command's options costs more than a
     * hello-world JVM's whole start-up), and all of them only for help or an unknown command.
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(
            DemoCommand.class,
            CheckCommand.class,
            P4pCommand.class,
            RiskCommand.class,
            ProportionCommand.class,
            RateCommand.class,
            DsrCommand.class,
            ProfileCommand.class,
            TargetCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * Runs {@code bcf} and exits the JVM with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        P4pCommand plain = P4pCommand.plain(args);
        int code = plain != null ? runPlain(plain, out, err) : runPicocli(out, err, args);
        if (plain != null && code == ExitCode.OK) {
            // exit 0 by returning: the plain path starts no thread, and System.exit starts logging on
            // JDK 21 and later (it logs Runtime.exit), tens of milliseconds for nothing
            return;
        }
        System.exit(code);
    }

    /**
     * Runs {@code bcf} with the given streams and returns the exit code, without exiting the JVM.
     *
     * @param out  standard output, not null
     * @param err  standard error, not null
     * @param args the command line, not null
     * @return the exit code, one of {@link ExitCode}
     */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        return run(out, err, true, args);
    }

    /**
     * Runs {@code bcf}. A {@code p4p} command line in the plain form (see {@link P4pCommand#plain})
     * runs without picocli: building picocli's model costs several hello-world JVM start-ups, and
     * scripts start {@code bcf p4p} many times. Every other command line, and every mistake, goes
     * to picocli.
     *
     * @param fast whether the plain form may skip picocli (false to compare the two)
     */
    static int run(PrintWriter out, PrintWriter err, boolean fast, String... args) {
        P4pCommand plain = fast ? P4pCommand.plain(args) : null;
        return plain != null ? runPlain(plain, out, err) : runPicocli(out, err, args);
    }

    private static int runPlain(P4pCommand plain, PrintWriter out, PrintWriter err) {
        int code;
        try {
            code = plain.run(out, err);
        } catch (RuntimeException ex) {
            code = failed("p4p", ex, err);
        }
        out.flush();
        err.flush();
        return code;
    }

    private static int runPicocli(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new BcfCommand());
        boolean versionOnly = args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
        if (!versionOnly) {
            addSubcommands(commandLine, args.length == 0 ? "" : args[0]);
        }
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((ex, arguments) -> {
            CommandLine failed = ex.getCommandLine();
            failed.getErr().println(failed.getCommandName() + ": " + ex.getMessage()
                    + " (see '" + failed.getCommandSpec().qualifiedName() + " --help')");
            return ExitCode.BAD_INPUT;
        });
        commandLine.setExecutionExceptionHandler((ex, failed, parseResult) ->
                failed(failed.getCommandName(), ex, failed.getErr()));
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
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
        List<String> names = new java.util.ArrayList<>(List.of(annotation.aliases()));
        names.add(annotation.name());
        return names;
    }

    private static int failed(String command, Exception ex, PrintWriter err) {
        err.println(command + ": " + oneLine(ex));
        return isBadInput(ex) ? ExitCode.BAD_INPUT : ExitCode.INTERNAL_ERROR;
    }

    private static boolean isBadInput(Throwable ex) {
        return ex instanceof BadInputException || ex instanceof IllegalArgumentException
                || ex instanceof UncheckedIOException || ex instanceof java.io.IOException;
    }

    private static String oneLine(Throwable ex) {
        String message = ex.getMessage();
        if (message == null || message.isBlank()) {
            message = ex.getClass().getSimpleName();
        }
        if (!isBadInput(ex)) {
            message = "internal error: " + message;
        }
        return message.replace('\n', ' ').replace('\r', ' ');
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
