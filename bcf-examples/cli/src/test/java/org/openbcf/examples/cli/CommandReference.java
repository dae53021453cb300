package org.openbcf.examples.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Renders {@code docs/command-reference.md} from the picocli model of {@code bcf}: a contents list,
 * then for {@code bcf} and each of its commands in the order {@code bcf --help} lists them, a
 * {@code ## bcf <command>} heading and the command's usage help exactly as
 * {@code bcf <command> --help} prints it, in a fenced block (test code, like {@link GenerateDocs}:
 * the product writes no documentation).
 */
final class CommandReference {

    /** The page, relative to the repository root. */
    static final String PAGE = "docs/command-reference.md";

    /** Run {@code CommandReferenceTest} with {@code -Dopenbcf.regenerateCommandReference=true} to rewrite the page. */
    static final String REGENERATE = "openbcf.regenerateCommandReference";

    /** The command line that rewrites the page from the model. */
    static final String REGENERATE_COMMAND = "mvn -B -q -o -pl bcf-examples/cli -am test -Dpitest.skip=true "
            + "-Dtest=CommandReferenceTest -Dsurefire.failIfNoSpecifiedTests=false -D" + REGENERATE + "=true";

    private static final Pattern BACKTICKS = Pattern.compile("`+");

    /** The characters of a summary that Markdown would read as markup, escaped in the contents list. */
    private static final Pattern MARKUP = Pattern.compile("[\\\\`*_\\[\\]<]");

    private CommandReference() {
    }

    /**
     * The commands of {@code bcf}, {@code bcf} itself first, then its subcommands in the model's order
     * (the order {@code bcf --help} lists them), each with its one-line summary as the list shows it.
     *
     * @return the full command names ({@code bcf}, {@code bcf demo}, ...) and their summaries
     */
    static Map<String, String> commands() {
        Streams streams = new Streams(InputStream.nullInputStream(), new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        CommandLine bcf = BcfCommand.commandLine(streams);
        Map<String, String> commands = new LinkedHashMap<>();
        commands.put(bcf.getCommandName(), summary(bcf.getCommandSpec()));
        for (CommandLine sub : bcf.getSubcommands().values()) {
            commands.put(sub.getCommandSpec().qualifiedName(), summary(sub.getCommandSpec()));
        }
        return commands;
    }

    /** What picocli's command list shows for a command: its header, or else the first line of its description. */
    private static String summary(CommandSpec spec) {
        String[] header = spec.usageMessage().header();
        String[] lines = header.length > 0 ? header : spec.usageMessage().description();
        return lines.length == 0 ? "" : String.format(Locale.ROOT, lines[0]).strip();
    }

    /**
     * The usage help of one command as {@code bcf} prints it for {@code --help}, run through the
     * public entry {@link BcfCommand#execute(PrintWriter, PrintWriter, String...)}, line ends as
     * {@code \n}.
     *
     * @param command the full command name, {@code bcf} or {@code bcf <command>}
     * @return standard output of the run
     * @throws IllegalStateException when the run does not exit 0 or writes to standard error
     */
    static String help(String command) {
        List<String> args = new ArrayList<>(List.of(command.split(" ")).subList(1, command.split(" ").length));
        args.add("--help");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = BcfCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
        if (code != ExitCode.OK || !err.toString().isEmpty()) {
            throw new IllegalStateException(command + " --help exited " + code + " with: " + err);
        }
        return out.toString().replace("\r\n", "\n");
    }

    /**
     * The heading anchor GitHub gives {@code ## bcf <command>}: command names are lower-case words.
     *
     * @param command the full command name
     * @return the anchor, without {@code #}
     */
    static String anchor(String command) {
        return command.toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    /**
     * The whole page.
     *
     * @return the Markdown text, line ends as {@code \n}
     */
    static String render() {
        Map<String, String> commands = commands();
        StringBuilder md = new StringBuilder()
                .append("# Command reference\n\n")
                .append("The help of `bcf` and of each of its commands, in the order `bcf --help` lists them, exactly as\n")
                .append("`bcf COMMAND --help` prints it. [The `bcf` command line](commands.md) explains the commands and\n")
                .append("the contract every command keeps. This page is generated from the commands' picocli model by\n")
                .append("`CommandReferenceTest` (do not edit by hand; regenerate with\n")
                .append('`').append(REGENERATE_COMMAND).append("`).\n\n");
        for (Map.Entry<String, String> command : commands.entrySet()) {
            md.append("- [").append(command.getKey()).append("](#").append(anchor(command.getKey())).append(')');
            if (!command.getValue().isEmpty()) {
                md.append(": ").append(MARKUP.matcher(command.getValue()).replaceAll("\\\\$0"));
            }
            md.append('\n');
        }
        for (String command : commands.keySet()) {
            String help = help(command);
            String fence = fence(help);
            md.append("\n## ").append(command).append("\n\n")
                    .append(fence).append("text\n")
                    .append(help).append(help.endsWith("\n") ? "" : "\n")
                    .append(fence).append('\n');
        }
        return md.toString();
    }

    /** A code fence longer than any run of backticks in the text, at least three. */
    private static String fence(String text) {
        int longest = 0;
        Matcher run = BACKTICKS.matcher(text);
        while (run.find()) {
            longest = Math.max(longest, run.group().length());
        }
        return "`".repeat(Math.max(3, longest + 1));
    }
}
