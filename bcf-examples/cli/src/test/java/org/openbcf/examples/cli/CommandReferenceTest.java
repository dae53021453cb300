package org.openbcf.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * {@code docs/command-reference.md} is generated from the picocli model ({@link CommandReference}) and
 * committed: this test fails when the committed page is stale, and rewrites it when run with
 * {@code -Dopenbcf.regenerateCommandReference=true}. The page is checked against {@code bcf --help}
 * read as a user reads it: every command it lists, in its order, with the help each prints.
 */
class CommandReferenceTest {

    private static final Path ROOT = org.openbcf.examples.Repository.root();
    private static final Path PAGE = ROOT.resolve(CommandReference.PAGE);

    @Test
    void theCommittedPageIsGeneratedFromTheModel() throws IOException {
        String expected = CommandReference.render();
        if (Boolean.getBoolean(CommandReference.REGENERATE)) {
            Files.writeString(PAGE, expected, StandardCharsets.UTF_8);
        }
        String actual = Files.exists(PAGE) ? Files.readString(PAGE, StandardCharsets.UTF_8).replace("\r\n", "\n") : "";
        assertThat(actual).as(CommandReference.PAGE + " is stale (a command's help changed): regenerate it with "
                + CommandReference.REGENERATE_COMMAND).isEqualTo(expected);
    }

    /** The commands {@code bcf --help} lists under {@code Commands:}, in its order. */
    private static List<String> listedCommands() {
        Cli.Result help = Cli.run("--help");
        assertThat(help.exitCode()).isEqualTo(ExitCode.OK);
        List<String> names = new ArrayList<>();
        boolean inList = false;
        for (String line : help.out().lines().toList()) {
            if (line.equals("Commands:")) {
                inList = true;
            } else if (inList && line.isBlank()) {
                break;
            } else if (inList && line.matches("  \\S.*")) {
                names.add(line.strip().split("\\s+", 2)[0]);
            }
        }
        return names;
    }

    @Test
    void everyCommandOfBcfHelpHasASectionInItsOrderWithItsHelp() {
        String page = CommandReference.render();
        List<String> listed = listedCommands();
        assertThat(listed).hasSize(BcfCommand.subcommands().size() + 1).contains("review", "p4p", "help");
        List<String> expected = new ArrayList<>();
        expected.add("bcf");
        listed.forEach(name -> expected.add("bcf " + name));

        List<String> headings = page.lines().filter(line -> line.startsWith("## ")).map(line -> line.substring(3)).toList();
        assertThat(headings).containsExactlyElementsOf(expected);
        List<String> contents = page.lines().filter(line -> line.startsWith("- [bcf"))
                .map(line -> line.substring(3, line.indexOf(']'))).toList();
        assertThat(contents).containsExactlyElementsOf(expected);

        for (String command : expected) {
            String[] args = (command.substring(3).strip() + " --help").strip().split(" ");
            Cli.Result help = Cli.run(args);
            assertThat(help.exitCode()).as(command).isEqualTo(ExitCode.OK);
            assertThat(help.out()).as(command).containsPattern("(?m)^Usage: " + command + "( |$)");
            assertThat(page).as(command).contains("- [" + command + "](#" + command.replace(' ', '-') + ")")
                    .contains("## " + command + "\n\n```text\n" + help.out() + "```\n");
        }
    }

    @Test
    void theRegenerateInstructionNamesThisTestAndItsProperty() {
        assertThat(CommandReference.REGENERATE_COMMAND).contains("-Dtest=" + getClass().getSimpleName())
                .contains("-Dopenbcf.regenerateCommandReference=true").contains("-pl bcf-examples/cli");
        assertThat(CommandReference.render()).contains(CommandReference.REGENERATE_COMMAND);
    }
}
