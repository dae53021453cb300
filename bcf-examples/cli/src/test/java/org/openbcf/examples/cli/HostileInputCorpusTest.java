package org.openbcf.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of hostile inputs through every command that reads a file or standard input, in-process
 * (issue 17, "Messages that name nothing"): every example of the issue, and for each command an empty,
 * a header-only, a truncated, a binary and an invalid UTF-8 file (and the same bytes on standard
 * input), a ragged row, an unknown column, a missing file, a directory, and numbers that are huge by
 * length or by exponent. Each must exit 2 with exactly one line on standard error that names the file
 * (and the row where there is one), carries no Java class name and no {@code Exception}, and is at most
 * {@value #MAX_LINE} characters besides the file's path.
 */
class HostileInputCorpusTest {

    /** The longest error line allowed, not counting the directory part of the file's path. */
    static final int MAX_LINE = 300;

    /** A Java class name as a stack trace or a wrapped exception shows it. */
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(java|javax|org|com)\\.[a-z]");

    /** One within the number grammar's length limit but a million digits of it, and exponents. */
    static final String LONG_NUMBER = "1" + "0".repeat(400_000);

    @TempDir
    Path dir;

    /**
     * A command that reads a CSV file: what to run before the file, a valid header and row, and the
     * column of the row that holds a number.
     */
    record CsvCommand(List<String> args, String header, String row, String numberColumn) {

        String withNumber(String number) {
            List<String> names = Arrays.asList(header.split(","));
            String[] values = row.split(",", -1);
            values[names.indexOf(numberColumn)] = number.contains(",") ? "\"" + number + "\"" : number;
            return header + "\n" + String.join(",", values) + "\n";
        }
    }

    static final List<CsvCommand> CSV_COMMANDS = List.of(
            new CsvCommand(List.of("p4p", "--cost-per-admission", "1490"), "quarter,baseline,plan,actual,agreed_payment",
                    "Q4 2014/15,22905,22667,23331,", "agreed_payment"),
            new CsvCommand(List.of("risk", "--matrix", "5x5"), "id,likelihood,impact", "A,2,3", "impact"),
            new CsvCommand(List.of("rate"), "count,population", "108,882569", "population"),
            new CsvCommand(List.of("proportion"), "numerator,denominator", "65,100", "denominator"),
            new CsvCommand(List.of("dsr"), "age_band,count,population,standard_population", "65-69,200,60000,5500",
                    "standard_population"),
            new CsvCommand(List.of("isr"), "age_band,count,population,reference_rate", "65-69,20,1000,0.01", "reference_rate"),
            new CsvCommand(List.of("compare", "--benchmark", "1933"), "value,lower,upper", "1980,1789.8,2185.0", "lower"),
            new CsvCommand(List.of("funnel", "--statistic", "proportion", "--target", "0.1"), "area,numerator,denominator", "A,10,100",
                    "denominator"),
            new CsvCommand(List.of("delays"), "month,discharges,on_ready_date,delayed_1,delayed_2_3,delayed_4_6,delayed_7_13,"
                    + "delayed_14_20,delayed_21_plus,bed_days_lost", "2024-04,1000,800,50,50,40,30,20,10,900", "discharges"),
            new CsvCommand(List.of("profile"), "year,annual", "2016/17,1308", "annual"),
            new CsvCommand(List.of("target"), "base,reduction", "1377,5%", "base"),
            new CsvCommand(List.of("mean"), "value", "4.4", "value"));

    /**
     * The commands for which a header with no rows is a valid, empty batch (or register): their output
     * is the header alone. The others need at least one row (a P4P year, a set of age bands, months).
     */
    static final java.util.Set<String> EMPTY_BATCH_IS_VALID = java.util.Set.of("risk", "rate", "proportion", "compare",
            "funnel", "profile", "target", "mean");

    /** One hostile run: the command line, standard input, and what the error line must contain. */
    record Run(String name, List<String> args, byte[] stdin, List<String> mustContain) {

        static Run of(String name, List<String> args, String... mustContain) {
            return new Run(name, args, new byte[0], List.of(mustContain));
        }
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> with(List<String> args, String... more) {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of(more));
        return all;
    }

    private static byte[] concat(String text, int... bytes) {
        byte[] head = text.getBytes(StandardCharsets.UTF_8);
        byte[] all = Arrays.copyOf(head, head.length + bytes.length);
        for (int i = 0; i < bytes.length; i++) {
            all[head.length + i] = (byte) bytes[i];
        }
        return all;
    }

    private static byte[] binary(long seed) {
        byte[] bytes = new byte[4096];
        new Random(seed).nextBytes(bytes);
        bytes[0] = (byte) 0xC3; // a lead byte followed by no continuation: never UTF-8, whatever the seed
        bytes[1] = (byte) 0x28;
        return bytes;
    }

    private List<Run> csvRuns(CsvCommand c) throws IOException {
        String cmd = c.args().get(0);
        String valid = c.header() + "\n" + c.row() + "\n";
        List<Run> runs = new ArrayList<>();
        Path empty = write(cmd + "/empty.csv", "");
        runs.add(Run.of(cmd + " empty", with(c.args(), empty.toString()), empty.toString(), "empty"));
        if (!EMPTY_BATCH_IS_VALID.contains(cmd)) {
            Path headerOnly = write(cmd + "/header.csv", c.header() + "\n");
            runs.add(Run.of(cmd + " header only", with(c.args(), headerOnly.toString()), headerOnly.toString(), "row 1"));
        }
        Path truncated = write(cmd + "/truncated.csv", valid + "\"" + c.row().substring(0, c.row().length() / 2));
        runs.add(Run.of(cmd + " truncated", with(c.args(), truncated.toString()), truncated.toString(), "row 3"));
        Path binary = write(cmd + "/binary.csv", binary(cmd.hashCode()));
        runs.add(Run.of(cmd + " binary", with(c.args(), binary.toString()), binary.toString(), "row 1", "not UTF-8"));
        byte[] invalid = concat(valid + c.row().substring(0, 2), 0xFF, 0xFE, '\n');
        Path notUtf8 = write(cmd + "/latin1.csv", invalid);
        runs.add(Run.of(cmd + " invalid UTF-8", with(c.args(), notUtf8.toString()), notUtf8.toString(), "row 3",
                "not UTF-8"));
        runs.add(new Run(cmd + " invalid UTF-8 on standard input", with(c.args(), "-"), invalid,
                List.of("standard input row 3", "not UTF-8")));
        runs.add(new Run(cmd + " binary on standard input", with(c.args(), "-"), binary(7), List.of("standard input row 1")));
        Path ragged = write(cmd + "/ragged.csv", valid + c.row() + ",9\n");
        runs.add(Run.of(cmd + " ragged", with(c.args(), ragged.toString()), ragged.toString(), "row 3", "'9'"));
        if (!cmd.equals("risk")) { // risk passes a register's own columns through (RiskCommandTest)
            Path unknown = write(cmd + "/unknown.csv", c.header() + ",colour\n" + c.row() + ",red\n");
            runs.add(Run.of(cmd + " unknown column", with(c.args(), unknown.toString()), unknown.toString(), "row 1",
                    "unknown column 'colour'"));
        }
        Path missing = dir.resolve(cmd + "/missing.csv");
        runs.add(Run.of(cmd + " missing file", with(c.args(), missing.toString()), missing.toString(), "no such file"));
        runs.add(Run.of(cmd + " a directory", with(c.args(), dir.resolve(cmd).toString()), dir.resolve(cmd).toString(),
                "directory"));
        Path longNumber = write(cmd + "/long.csv", c.withNumber(LONG_NUMBER));
        runs.add(Run.of(cmd + " a number of 400,001 digits", with(c.args(), longNumber.toString()), longNumber.toString(),
                "row 2", "column " + c.numberColumn()));
        for (String exponent : List.of("1E-999999999", "1e999999999", "1E+999999999")) {
            Path exp = write(cmd + "/exp" + exponent.hashCode() + ".csv", c.withNumber(exponent));
            runs.add(Run.of(cmd + " " + exponent, with(c.args(), exp.toString()), exp.toString(), "row 2",
                    "column " + c.numberColumn()));
        }
        for (String digit : List.of("５", "٥", "0x1p4", "1d", "1000f", "1,5")) {
            Path odd = write(cmd + "/digit" + Integer.toHexString(digit.hashCode()) + ".csv", c.withNumber(digit));
            runs.add(Run.of(cmd + " number " + digit, with(c.args(), odd.toString()), odd.toString(), "row 2",
                    "column " + c.numberColumn(), "'" + digit + "'"));
        }
        return runs;
    }

    /** The examples of issue 17, each by the words of the issue. */
    private List<Run> issueExamples() throws IOException {
        List<Run> runs = new ArrayList<>();
        Path overflow = write("issue/overflow.csv", "quarter,baseline,plan,actual,agreed_payment\n"
                + "Q4 2014/15,22905,22667,22000,50000000000000000.00\nQ1 2015/16,23320,22702,22000,50000000000000000.00\n");
        runs.add(Run.of("P4P agreed payments that wrap a long", List.of("p4p", "--cost-per-admission", "1490",
                overflow.toString()), overflow.toString(), "row 2", "column agreed_payment"));
        StringBuilder quarters = new StringBuilder("quarter,baseline,plan,actual\n");
        for (int i = 0; i < 1000; i++) {
            int year = 2015 + i / 4;
            quarters.append("Q").append(i % 4 + 1).append(' ').append(year).append('/')
                    .append(String.format("%02d", (year + 1) % 100)).append(",100000000,0,0\n");
        }
        Path thousand = write("issue/thousand.csv", quarters.toString());
        runs.add(Run.of("1,000 quarters", List.of("p4p", "--cost-per-admission", "1000000", thousand.toString()),
                thousand.toString(), "row 6"));
        Path zeros = write("issue/zeros.csv", "quarter,baseline,plan,actual,agreed_payment\nQ4 2014/15,22905,22667,22000,"
                + LONG_NUMBER + "\n");
        runs.add(Run.of("an agreed payment of 1 and 400,000 zeros", List.of("p4p", "--cost-per-admission", "1490",
                zeros.toString()), zeros.toString(), "row 2", "column agreed_payment"));
        Path valid = write("issue/p4p.csv", "quarter,baseline,plan,actual\nQ4 2014/15,22905,22667,23331\n");
        runs.add(Run.of("a cost of 1 and 400,000 zeros", List.of("p4p", "--cost-per-admission", LONG_NUMBER,
                valid.toString()), "--cost-per-admission"));
        runs.add(Run.of("a local share of 1 and 400,000 zeros", List.of("p4p", "--cost-per-admission", "1490",
                "--local-share", LONG_NUMBER, valid.toString()), "--local-share"));
        runs.add(Run.of("a cost in exponent form", List.of("p4p", "--cost-per-admission", "1E-999999999",
                valid.toString()), "--cost-per-admission"));
        runs.add(Run.of("integer profile above the limit", List.of("profile", "--year", "2016/17", "--annual",
                "400000000000000001", "--integer"), "annual"));
        runs.add(Run.of("profile of Long.MAX_VALUE", List.of("profile", "--year", "2016/17", "--annual",
                "9223372036854775807", "--integer"), "annual"));
        runs.add(Run.of("a comma in a reduction", List.of("target", "--base", "1377", "--reduction", "5,5%"), "--reduction",
                "'5,5%'"));
        runs.add(Run.of("a comma in a base", List.of("target", "--base", "1,5", "--reduction", "5%"), "--base", "'1,5'"));
        runs.add(Run.of("a comma in an annual target", List.of("profile", "--year", "2016/17", "--annual", "1,3"),
                "--annual", "'1,3'"));
        runs.add(Run.of("a full-width digit", List.of("target", "--base", "５", "--reduction", "5%"), "--base", "'５'"));
        runs.add(Run.of("an Arabic-Indic digit", List.of("target", "--base", "٥", "--reduction", "5%"), "--base", "'٥'"));
        runs.add(Run.of("a huge base", List.of("target", "--base", "1e999999999", "--reduction", "5%"), "--base"));
        runs.add(Run.of("a tiny reduction", List.of("target", "--base", "1377", "--reduction", "1e-99999999%"),
                "--reduction"));
        runs.add(Run.of("a reduction of 400,001 digits", List.of("target", "--base", "1377", "--reduction",
                LONG_NUMBER + "%"), "--reduction"));
        for (String literal : List.of("0x1p4", "1d", "1000f")) {
            Path f = write("issue/sp-" + literal + ".csv", "age_band,count,population,standard_population\n65-69,4,10,"
                    + literal + "\n");
            runs.add(Run.of("a Java literal " + literal, List.of("dsr", f.toString()), f.toString(), "row 2",
                    "column standard_population", "'" + literal + "'"));
        }
        Path misspelt = write("issue/misspelt.csv", "age_band,count,population,standard_populaton\n65-69,4,10,5\n");
        runs.add(Run.of("a misspelt column", List.of("dsr", misspelt.toString()), misspelt.toString(), "row 1",
                "did you mean standard_population?"));
        Path twice = write("issue/twice.csv", "age_band,count,population,count\n65-69,4,10,5\n");
        runs.add(Run.of("two count columns", List.of("dsr", twice.toString()), twice.toString(), "row 1", "named twice"));
        Path fourth = write("issue/fourth.csv", "age_band,count,population\n65-69,4,10,5\n");
        runs.add(Run.of("a fourth value", List.of("dsr", fourth.toString()), fourth.toString(), "row 2", "'5'"));
        Path hugeCount = write("issue/count.csv", "age_band,count,population\n65-69,9223372036854775807,1000\n70-74,5,1000\n");
        runs.add(Run.of("a count of Long.MAX_VALUE", List.of("dsr", hugeCount.toString()), hugeCount.toString(), "row 2",
                "column count"));
        runs.add(new Run("invalid UTF-8 on standard input", List.of("dsr", "-"),
                concat("age_band,count,population\n65-", 0xFF, ',', '4', ',', '1', '0', '\n'), List.of("standard input row 2")));
        Path unclosed = write("issue/unclosed.csv", "age_band,count,population\n\"65-69,4,10\n");
        runs.add(Run.of("a quoted value not closed", List.of("dsr", unclosed.toString()), unclosed.toString(), "row 2"));
        Path existing = write("issue/existing.png", "");
        runs.add(Run.of("demo --charts an existing file", List.of("demo", "--charts", existing.toString()), "--charts"));
        return runs;
    }

    /** Workbooks and datasets: review and check of files that are not workbooks or not a dataset. */
    private List<Run> workbookRuns() throws IOException {
        List<Run> runs = new ArrayList<>();
        Cli.Result init = Cli.run("init", "--year", "2025/26", dir.resolve("dataset").toString());
        assertThat(init.exitCode()).as(init.err()).isZero();
        Path board = dir.resolve("dataset/board.csv");
        byte[] boardBytes = Files.readAllBytes(board);
        Path xlsx = dir.resolve("dataset.xlsx");
        Cli.Result initXlsx = Cli.run("init", "--year", "2025/26", "--xlsx", xlsx.toString());
        assertThat(initXlsx.exitCode()).as(initXlsx.err()).isZero();
        byte[] workbook = Files.readAllBytes(xlsx);
        for (String command : List.of("review", "check")) {
            Path empty = write(command + "/empty.xlsx", new byte[0]);
            runs.add(Run.of(command + " empty workbook", List.of(command, empty.toString()), empty.getFileName().toString()));
            Path bin = write(command + "/binary.xlsx", binary(command.hashCode()));
            runs.add(Run.of(command + " binary workbook", List.of(command, bin.toString()), bin.getFileName().toString()));
            Path cut = write(command + "/truncated.xlsx", Arrays.copyOf(workbook, workbook.length / 2));
            runs.add(Run.of(command + " truncated workbook", List.of(command, cut.toString()), cut.getFileName().toString()));
            Path text = write(command + "/text.xlsx", "id,likelihood,impact\nA,2,3\n");
            runs.add(Run.of(command + " a CSV named .xlsx", List.of(command, text.toString()), text.getFileName().toString()));
            Path missing = dir.resolve(command + "/missing.xlsx");
            runs.add(Run.of(command + " missing workbook", List.of(command, missing.toString()), missing.getFileName().toString()));
        }
        runs.add(new Run("check of binary standard input", List.of("check", "-"), binary(3), List.of("standard-input.xlsx")));
        runs.add(new Run("check of truncated standard input", List.of("check", "-"), Arrays.copyOf(workbook,
                workbook.length / 2), List.of("standard-input.xlsx")));
        runs.add(new Run("check of empty standard input", List.of("check", "-"), new byte[0], List.of("standard-input.xlsx")));
        for (var variant : List.of(
                new Object[] {"empty", new byte[0], "board.csv"},
                new Object[] {"binary", binary(11), "board.csv row 1"},
                new Object[] {"invalid UTF-8", concat(new String(boardBytes, StandardCharsets.UTF_8) + "x,", 0xFF, '\n'),
                    "board.csv row"},
                new Object[] {"truncated", Arrays.copyOf(boardBytes, boardBytes.length / 2), "board.csv"},
                new Object[] {"ragged", concat(new String(boardBytes, StandardCharsets.UTF_8) + "a,b,c\n"), "board.csv row"})) {
            Path folder = dir.resolve("review-" + variant[0]);
            copyDataset(dir.resolve("dataset"), folder);
            Files.write(folder.resolve("board.csv"), (byte[]) variant[1]);
            runs.add(Run.of("review of a dataset with a " + variant[0] + " board.csv", List.of("review", folder.toString()),
                    (String) variant[2]));
        }
        return runs;
    }

    private static void copyDataset(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }

    @Test
    void everyHostileInputIsExitTwoWithOneShortLineNamingTheFileAndNoClassName() throws IOException {
        List<Run> runs = new ArrayList<>();
        for (CsvCommand c : CSV_COMMANDS) {
            runs.addAll(csvRuns(c));
        }
        runs.addAll(issueExamples());
        runs.addAll(workbookRuns());
        SoftAssertions softly = new SoftAssertions();
        for (Run run : runs) {
            Cli.Result result = Cli.withInput(run.stdin(), run.args().toArray(String[]::new));
            String err = result.err();
            String what = run.name() + ": " + err.strip();
            softly.assertThat(result.exitCode()).as(what).isEqualTo(ExitCode.BAD_INPUT);
            softly.assertThat(result.out()).as(what).isEmpty();
            softly.assertThat(err).as(what).endsWith("\n");
            softly.assertThat(err.strip().lines()).as(what).hasSize(1);
            softly.assertThat(err).as(what).contains(run.mustContain()).doesNotContain("Exception")
                    .doesNotContainPattern(CLASS_NAME);
            softly.assertThat(err.strip().replace(dir.toString() + "/", "").length()).as(what).isLessThanOrEqualTo(MAX_LINE);
        }
        softly.assertAll();
    }
}
