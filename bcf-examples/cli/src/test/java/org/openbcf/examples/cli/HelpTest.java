package org.openbcf.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Help that reads right (issue 27): every command's summary in {@code bcf --help} is its whole first
 * sentence, no help text wraps a line before it is full, one default for each option, did-you-mean
 * for a mistyped command or option, and {@code bcf} alone is a mistake (usage on standard error, exit 2).
 */
class HelpTest {

    /** The summaries of {@code bcf --help}'s command list, each joined from its wrapped lines. */
    private static Map<String, String> summaries(String help) {
        Map<String, String> summaries = new LinkedHashMap<>();
        String current = null;
        boolean inList = false;
        for (String line : help.lines().toList()) {
            if (line.equals("Commands:")) {
                inList = true;
            } else if (inList && line.isBlank()) {
                break;
            } else if (inList && line.matches("  \\S.*")) {
                String[] parts = line.strip().split("\\s+", 2);
                current = parts[0];
                summaries.put(current, parts[1]);
            } else if (inList && current != null) {
                summaries.put(current, summaries.get(current) + " " + line.strip());
            }
        }
        return summaries;
    }

    @Test
    void everyCommandSummaryIsItsWholeFirstSentence() {
        Cli.Result result = Cli.run("--help");
        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        Map<String, String> summaries = summaries(result.out());
        assertThat(summaries).hasSize(BcfCommand.subcommands().size() + 1);
        for (Class<?> command : BcfCommand.subcommands()) {
            Command annotation = command.getAnnotation(Command.class);
            String first = annotation.description()[0].replace("%%", "%");
            String summary = summaries.get(annotation.name());
            // joined with spaces, as wrapped: a list such as value,lower,upper is never broken
            assertThat(summary).as(annotation.name()).isEqualTo(first);
            assertThat(first).as(annotation.name()).endsWith(".").doesNotContain(". ");
        }
    }

    /**
     * A wrapped line of a description: one that is not the end of a sentence, and after which the next
     * line's first word would still have fitted.
     */
    private static List<String> wrappedEarly(String text, int width) {
        List<String> early = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i + 1 < lines.size(); i++) {
            String line = lines.get(i);
            String next = lines.get(i + 1).strip();
            if (line.isBlank() || next.isEmpty() || line.endsWith(".") || line.endsWith(":")) {
                continue;
            }
            String word = next.split("\\s+", 2)[0];
            // picocli fills a line to one column short of the width
            if (line.stripTrailing().length() + 1 + word.length() < width) {
                early.add(line + " | " + word);
            }
        }
        return early;
    }

    @Test
    void noHelpLineIsWiderThanTheWidthOrWrappedBeforeItIsFull() {
        CommandLine all = BcfCommand.commandLine(new Streams(java.io.InputStream.nullInputStream(),
                new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(new java.io.StringWriter())));
        for (Map.Entry<String, CommandLine> entry : all.getSubcommands().entrySet()) {
            Cli.Result help = Cli.run(entry.getKey(), "--help");
            assertThat(help.exitCode()).as(entry.getKey()).isEqualTo(ExitCode.OK);
            assertThat(help.out().lines()).as(entry.getKey()).allSatisfy(
                    line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(BcfCommand.HELP_WIDTH));
            String description = entry.getValue().getHelp().description();
            assertThat(wrappedEarly(description, BcfCommand.HELP_WIDTH)).as(entry.getKey()).isEmpty();
            if (entry.getKey().equals("help")) {
                continue; // picocli's own
            }
            // every line break is between words: a list such as id,likelihood,impact is never broken
            String[] paragraphs = entry.getValue().getCommandSpec().usageMessage().description();
            assertThat(String.join(" ", description.lines().map(String::strip).toList()))
                    .as(entry.getKey()).isEqualTo(String.join(" ", paragraphs).replace("%%", "%"));
        }
    }

    @Test
    void reviewStatesOneDefaultFormat() {
        Cli.Result help = Cli.run("review", "--help");
        String text = String.join(" ", help.out().lines().map(String::strip).toList());
        assertThat(text).contains("default table").doesNotContain("default csv").doesNotContain("csv (default");
        assertThat(String.join(" ", Cli.run("rate", "--help").out().lines().map(String::strip).toList()))
                .contains("default csv").doesNotContain("default table");
    }

    @Test
    void aMistypedCommandSuggestsTheNearestOne() {
        Cli.Result result = Cli.run("reveiw", "boards");
        assertThat(result.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("bcf: Unknown command 'reveiw'. Did you mean 'review'? (see 'bcf --help')\n");
    }

    @Test
    void aMistypedOptionSuggestsTheNearestOne() {
        Cli.Result result = Cli.run("p4p", "--cost-per-admission", "1490", "--formt", "csv", "p4p.csv");
        assertThat(result.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.err()).isEqualTo("p4p: Unknown option '--formt'. Did you mean '--format'? (see 'bcf p4p --help')\n");
    }

    @Test
    void nothingLikeAnyCommandSuggestsNothing() {
        Cli.Result result = Cli.run("zzzzzzzz");
        assertThat(result.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.err()).isEqualTo("bcf: Unknown command 'zzzzzzzz' (see 'bcf --help')\n");
    }

    @Test
    void bcfAlonePrintsItsUsageOnStandardErrorAndExits2() {
        Cli.Result result = Cli.run();
        assertThat(result.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("Usage: bcf ").contains("Commands:").contains("  review ");
    }

    @Test
    void aRefusedOptionValueIsOneLineNamingTheOptionAndTheValue() {
        Cli.Result money = Cli.run("p4p", "--cost-per-admission", "lots", "p4p.csv");
        assertThat(money.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(money.err()).startsWith("p4p: --cost-per-admission: ").contains("'lots'").endsWith("\n")
                .hasLineCount(1);
        Cli.Result count = Cli.run("rate", "--count", "x", "--population", "10");
        assertThat(count.err()).startsWith("rate: --count ('x') is not a whole number").hasLineCount(1);
        Cli.Result year = Cli.run("profile", "--year", "2016", "--annual", "1");
        assertThat(year.err()).startsWith("profile: --year: financial year '2016'").hasLineCount(1);
        Cli.Result level = Cli.run("rate", "--count", "3", "--population", "10", "--confidence", "150%");
        assertThat(level.err()).startsWith("rate: --confidence: confidence level (1.5)").hasLineCount(1);
        Cli.Result percent = Cli.run("target", "--base", "10", "--reduction", "five");
        assertThat(percent.err()).startsWith("target: --reduction ('five') is not a number").hasLineCount(1);
    }
}
