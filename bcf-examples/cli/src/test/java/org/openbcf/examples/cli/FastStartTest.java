package org.openbcf.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code bcf} starts fast with one parser (issues 7 and 27): a command line builds picocli's model of
 * the command it names and of no other, and the whole model (every command and {@code help}) only
 * for help, an unknown command or a command line that starts with an option.
 */
class FastStartTest {

    private static final String FILE = P4pCommandTest.NORFOLK.toString();

    private static Streams discard() {
        return new Streams(InputStream.nullInputStream(), new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    }

    @Test
    void aCommandBuildsOnlyItsOwnModel() {
        for (Class<?> command : BcfCommand.subcommands()) {
            String name = command.getAnnotation(Command.class).name();
            CommandLine built = BcfCommand.commandLine(discard(), name);
            assertThat(built.getSubcommands()).as(name).containsOnlyKeys(name);
        }
    }

    @Test
    void theDispatchNamesEveryCommandByItsAnnotation() {
        for (Class<?> command : BcfCommand.subcommands()) {
            Command annotation = command.getAnnotation(Command.class);
            assertThat(BcfCommand.subcommand(annotation.name())).as(annotation.name()).isEqualTo(command);
            assertThat(annotation.aliases()).as(annotation.name()).isEmpty();
        }
        assertThat(BcfCommand.subcommand("help")).isNull();
        assertThat(BcfCommand.subcommand("P4P")).isNull();
    }

    @Test
    void helpAnUnknownCommandAndOptionsFirstBuildEveryCommand() {
        for (String first : new String[] {"", "--help", "-h", "help", "reveiw", "P4P", "--version"}) {
            CommandLine built = BcfCommand.commandLine(discard(), first);
            assertThat(built.getSubcommands()).as(first).hasSize(BcfCommand.subcommands().size() + 1).containsKey("help");
        }
    }

    @Test
    void aRunOfTheBuiltCommandPrintsWhatTheWholeModelPrints() {
        String[][] runs = {
            {"p4p", "--cost-per-admission", "1490", "--local-share", "16295000", FILE},
            {"p4p", "--format=table", "--cost-per-admission=1490", FILE},
            {"p4p", "--cost-per-admission", "1490.001", FILE},
            {"p4p", "--cost-per-admission", "abc", FILE},
            {"p4p", "--cost-per-admission", "1490", "--formt", "csv", FILE},
            {"rate", "--count", "108", "--population", "882,569"},
            {"p4p", "--help"},
        };
        for (String[] args : runs) {
            assertThat(run(BcfCommand.commandLine(discard(), args[0]), args)).as(String.join(" ", args))
                    .isEqualTo(run(BcfCommand.commandLine(discard()), args));
        }
    }

    /** One run of a built command line as exit code, standard output and standard error. */
    private static String run(CommandLine commandLine, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
    }
}
