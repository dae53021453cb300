package org.openbcf.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BcfCommandTest {

    @Test
    void versionNamesOpenbcf() {
        Cli.Result result = Cli.run("--version");
        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(result.out()).startsWith("openbcf ");
        assertThat(Cli.run("-V")).isEqualTo(result);
        Cli.Result withMore = Cli.run("--version", "--help");
        assertThat(withMore.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(withMore.out()).startsWith("Usage: bcf").contains("p4p");
    }

    @Test
    void helpListsTheDemo() {
        Cli.Result result = Cli.run("--help");
        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(result.out()).contains("demo");
    }

    @Test
    void unknownCommandIsBadInputOnOneLine() {
        Cli.Result result = Cli.run("nope");
        assertThat(result.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.err().strip()).doesNotContain("\n").contains("nope");
        assertThat(result.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
