package org.openbcf.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The command-line contract (issue 11), the same for every command that reads a file: a path or
 * {@code -}, a byte-order mark, CRLF, header names in any case and order, strict UTF-8 with one
 * message for files and standard input, one error shape, {@code --format csv|table|json},
 * {@code --output} written completely or not at all, and help with an example and nothing on
 * standard error.
 */
class CommandContractTest {

    @TempDir
    Path dir;

    /** One command with a small valid input, and the arguments before its file. */
    record Example(String command, List<String> options, String csv) {
        @Override
        public String toString() {
            return command;
        }

        String[] args(String file, String... more) {
            List<String> args = new ArrayList<>(List.of(command));
            args.addAll(options);
            args.addAll(List.of(more));
            args.add(file);
            return args.toArray(new String[0]);
        }

        /** The same input with every header name upper-cased and padded. */
        String shoutedHeader() {
            int end = csv.indexOf('\n');
            String header = csv.substring(0, end);
            return String.join(",", Stream.of(header.split(",")).map(h -> " " + h.toUpperCase() + " ").toList())
                    + csv.substring(end);
        }
    }

    static Stream<Example> examples() {
        return Stream.of(
                new Example("p4p", List.of("--cost-per-admission", "1490"),
                        "quarter,baseline,plan,actual\nQ4 2014/15,22905,22667,23331\nQ1 2015/16,23320,22702,23335\n"),
                new Example("risk", List.of("--matrix", "5x5"), "id,likelihood,impact\nA,2,3\nB,4,5\n"),
                new Example("dsr", List.of(), "age_band,count,population\n65-69,200,60000\n70-74,260,55000\n"),
                new Example("isr", List.of(), "age_band,count,population,reference_rate\n65-69,20,1000,0.01\n70-74,30,1000,0.02\n"),
                new Example("proportion", List.of(), "numerator,denominator\n65,100\n0,10\n"),
                new Example("rate", List.of(), "count,population\n108,882569\n3,1000\n"),
                new Example("target", List.of(), "base,reduction\n1377,5%\n"),
                new Example("mean", List.of(), "case,value\nA,2\nA,4\nB,7\n"),
                new Example("profile", List.of(), "year,annual\n2016/17,1308\n"),
                new Example("dsr", List.of(), "age_band,frequency,people,population\n65-69,1,160,60000\n65-69,2,15,60000\n"),
                new Example("compare", List.of("--benchmark", "1933"),
                        "case,value,lower,upper\nA,1980,1789.8,2185.0\nB,1850,1800,1900\n"),
                new Example("funnel", List.of("--statistic", "proportion", "--target", "92.2%", "--multiplier", "100"),
                        "area,numerator,denominator\nNorfolk,865,1000\nA,930,1000\n"),
                new Example("delays", List.of(), "month,discharges,on_ready_date,delayed_1,delayed_2_3,delayed_4_6,"
                        + "delayed_7_13,delayed_14_20,delayed_21_plus,bed_days_lost\n"
                        + "2024-04,1000,820,60,50,30,20,12,8,1083\n2024-05,900,700,100,50,20,20,5,5,900\n"));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertOneLine(Cli.Result result, String... fragments) {
        assertThat(result.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).endsWith("\n").contains(fragments).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(result.err().strip()).doesNotContain("\n");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void standardInputByteOrderMarkCrlfAndHeaderCaseGiveTheSameResult(Example example) throws IOException {
        Cli.Result plain = Cli.run(example.args(write("plain.csv", example.csv()).toString()));
        assertThat(plain.exitCode()).as(plain.err()).isIn(ExitCode.OK, ExitCode.FINDINGS);
        assertThat(plain.out()).isNotEmpty();

        byte[] utf8 = example.csv().getBytes(StandardCharsets.UTF_8);
        assertThat(Cli.withInput(utf8, example.args("-"))).isEqualTo(plain);
        byte[] bom = ("\uFEFF" + example.csv()).getBytes(StandardCharsets.UTF_8);
        assertThat(Cli.run(example.args(write("bom.csv", bom).toString()))).isEqualTo(plain);
        assertThat(Cli.withInput(bom, example.args("-"))).isEqualTo(plain);
        assertThat(Cli.run(example.args(write("crlf.csv", example.csv().replace("\n", "\r\n")).toString()))).isEqualTo(plain);
        assertThat(Cli.run(example.args(write("case.csv", example.shoutedHeader()).toString()))).isEqualTo(plain);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void notUtf8IsOneMessageForFilesAndStandardInput(Example example) throws IOException {
        byte[] latin1 = example.csv().replaceFirst("\n", "\n\u00e9").getBytes(StandardCharsets.ISO_8859_1);
        Path file = write("latin1.csv", latin1);
        assertOneLine(Cli.run(example.args(file.toString())), example.command() + ": " + file + " row 2: not UTF-8 text");
        assertOneLine(Cli.withInput(latin1, example.args("-")), example.command() + ": standard input row 2: not UTF-8 text");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void missingFilesDirectoriesAndUnknownColumnsAreOneLineNamingThePath(Example example) throws IOException {
        Path missing = dir.resolve("missing.csv");
        assertOneLine(Cli.run(example.args(missing.toString())), example.command() + ": " + missing + ": no such file");
        assertOneLine(Cli.run(example.args(dir.toString())), example.command() + ": " + dir + ": is a directory, not a file");
        if (!example.command().equals("risk")) { // risk passes a register's own columns through (RiskCommandTest)
            Path unknown = write("unknown.csv", example.csv().replaceFirst("\n", ",colour\n"));
            assertOneLine(Cli.run(example.args(unknown.toString())), unknown + " row 1, column ", "unknown column 'colour'");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void helpEndsWithAnExampleAndPrintsNothingOnStandardError(Example example) {
        Cli.Result help = Cli.run(example.command(), "--help");
        assertThat(help.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(help.err()).isEmpty();
        assertThat(help.out()).contains("Example:").contains("bcf " + example.command());
    }

    @Test
    void everyCommandsHelpPrintsNothingOnStandardError() {
        for (Class<?> command : BcfCommand.subcommands()) {
            String name = command.getAnnotation(picocli.CommandLine.Command.class).name();
            Cli.Result help = Cli.run(name, "--help");
            assertThat(help.exitCode()).as(name).isEqualTo(ExitCode.OK);
            assertThat(help.err()).as(name).isEmpty();
            assertThat(help.out()).as(name).contains("Example:");
        }
        Cli.Result top = Cli.run("--help");
        assertThat(top.err()).isEmpty();
        assertThat(top.out()).contains("Exit codes:", "  0  computed, nothing to report", "  2  the input or the output",
                "  3  a bug in openbcf");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void jsonHasTheCsvColumnsAsFieldNames(Example example) throws IOException {
        Path file = write("in.csv", example.csv());
        Cli.Result csv = Cli.run(example.args(file.toString()));
        Cli.Result json = Cli.run(example.args(file.toString(), "--format", "json"));
        assertThat(json.exitCode()).isEqualTo(csv.exitCode());
        List<String> header = List.of(csv.out().lines().findFirst().orElseThrow().split(","));
        List<String> fields = new ArrayList<>();
        int rows = 0;
        try (JsonParser parser = new JsonFactory().createParser(json.out())) {
            assertThat(parser.nextToken()).isEqualTo(JsonToken.START_OBJECT);
            assertThat(parser.nextFieldName()).isEqualTo("rows");
            assertThat(parser.nextToken()).isEqualTo(JsonToken.START_ARRAY);
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                rows++;
                List<String> names = new ArrayList<>();
                for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
                    names.add(name);
                    parser.nextToken();
                }
                fields = names;
            }
            assertThat(parser.nextFieldName()).isEqualTo("findings");
        }
        assertThat(fields).isEqualTo(header);
        assertThat(rows).isEqualTo(csv.out().lines().count() - 1);
        Cli.Result table = Cli.run(example.args(file.toString(), "--format", "table"));
        assertThat(table.exitCode()).isEqualTo(csv.exitCode());
        assertThat(table.out()).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void outputFileIsWrittenCompletelyOrNotAtAll(Example example) throws IOException {
        Path in = write("in.csv", example.csv());
        Path target = dir.resolve("out.csv");
        Cli.Result toStdout = Cli.run(example.args(in.toString()));
        Cli.Result toFile = Cli.run(example.args(in.toString(), "--output", target.toString()));
        assertThat(toFile.exitCode()).isEqualTo(toStdout.exitCode());
        assertThat(toFile.out()).isEmpty();
        assertThat(Files.readString(target)).isEqualTo(toStdout.out());

        Files.writeString(target, "kept");
        Path bad = write("bad.csv", example.csv() + example.csv().lines().skip(1).findFirst().orElseThrow().replaceAll("[0-9]", "x") + "\n");
        Cli.Result failed = Cli.run(example.args(bad.toString(), "--output", target.toString()));
        assertThat(failed.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(Files.readString(target)).isEqualTo("kept");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void anOutputFileInAMissingDirectoryIsOneLine() throws IOException {
        Path in = write("in.csv", "numerator,denominator\n1,2\n");
        Path target = dir.resolve("no").resolve("such").resolve("out.csv");
        assertOneLine(Cli.run("proportion", in.toString(), "--output", target.toString()),
                "proportion: cannot write " + target + ": the folder " + target.getParent() + " does not exist");
    }
}
