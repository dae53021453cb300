package org.openbcf.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import picocli.CommandLine.Command;

class SubcommandsTest {

    @Test
    void helpListsEveryCommand() {
        Cli.Result result = Cli.run("--help");
        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        for (Class<?> command : BcfCommand.subcommands()) {
            assertThat(result.out()).contains("  " + command.getAnnotation(Command.class).name() + " ");
        }
        assertThat(result.out()).contains("  help ");
    }

    @Test
    void theHelpCommandExplainsAnyCommand() {
        Cli.Result result = Cli.run("help", "check");
        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(result.out()).contains("Usage: bcf check").contains("--map");
    }

    @Test
    void aCommandRunsWithOnlyItselfBuilt() {
        Cli.Result result = Cli.run("check", "--help");
        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(result.out()).startsWith("Usage: bcf check");
    }

    @Test
    void anUnknownCommandIsStillBadInputOnOneLine() {
        Cli.Result result = Cli.run("chek", "x.xlsx");
        assertThat(result.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.err().strip()).doesNotContain("\n").contains("chek");
    }
}
