package org.openbcf.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbcf.examples.dataset.Datasets;

/**
 * Issue 25 (hostile inputs, round 3) through the command line: output paths, dataset file names, and
 * values that exited 3 or were read wrongly. Each test failed on the main of 7 December 2026.
 */
class HostileInputsRound3Test {

    @TempDir
    Path tmp;

    private Path lewisham() {
        return Datasets.lewisham(tmp.resolve("lewisham"));
    }

    private static void assertBadInput(Cli.Result result, String... parts) {
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().strip()).doesNotContain("\n").doesNotContain("Exception").contains(parts);
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static Path symlink(Path link, Path target) {
        try {
            return Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException e) {
            assumeThat(false).as("symbolic links: " + e).isTrue();
            return null;
        }
    }

    // output paths ---------------------------------------------------------------------------------

    /**
     * {@code -o /dev/stdout} into a pipe, in a real process: written straight through. It failed as a
     * user ("permission denied": the temporary file was made in {@code /dev}) and, as root, replaced
     * {@code /dev/stdout} with a regular file. So that no run of this test can touch the system's
     * {@code /dev/stdout}, the test names a link of its own to what {@code /dev/stdout} links to,
     * {@code /proc/self/fd/1} (Linux): the child's standard output, a pipe.
     */
    @Test
    void outputToStandardOutputsLinkIsWrittenThroughIntoThePipe() throws Exception {
        assumeThat(Files.exists(Path.of("/proc/self/fd/1"))).as("/proc/self/fd (Linux)").isTrue();
        Path link = symlink(tmp.resolve("stdout"), Path.of("/proc/self/fd/1"));
        Path in = Files.writeString(tmp.resolve("in.csv"), "numerator,denominator\n1,2\n");
        Cli.Result result = FreshJvm.run(List.of("-Xshare:auto"), null, "proportion", in.toString(), "-o", link.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("value,lower,upper\n0.5,");
        assertThat(Files.isSymbolicLink(link)).as("the link is not replaced").isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("/proc/self/fd/1"));
    }

    @Test
    void initWritesFilesAndFoldersWithTheUmasksPermissions() throws IOException {
        assumeThat(posix()).isTrue();
        Path probeFile = Files.createFile(tmp.resolve("probe-file"));
        Path probeDir = Files.createDirectory(tmp.resolve("probe-dir"));
        Path dir = tmp.resolve("new-board");
        assertThat(Cli.run("init", "--year", "2025/26", dir.toString()).exitCode()).isZero();
        assertThat(Files.getPosixFilePermissions(dir)).isEqualTo(Files.getPosixFilePermissions(probeDir));
        assertThat(Files.getPosixFilePermissions(dir.resolve("board.csv"))).isEqualTo(Files.getPosixFilePermissions(probeFile));
        Path xlsx = tmp.resolve("new-board.xlsx");
        assertThat(Cli.run("init", "--year", "2025/26", "--xlsx", xlsx.toString()).exitCode()).isZero();
        assertThat(Files.getPosixFilePermissions(xlsx)).isEqualTo(Files.getPosixFilePermissions(probeFile));
        Path out = tmp.resolve("review.csv");
        assertThat(Cli.run("review", "--format", "csv", "-o", out.toString(), lewisham().toString()).exitCode()).isZero();
        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(Files.getPosixFilePermissions(probeFile));
    }

    @Test
    void initIntoALinkToAnEmptyFolderFillsTheFolderAndKeepsTheLink() throws IOException {
        Path real = Files.createDirectory(tmp.resolve("real"));
        Path link = symlink(tmp.resolve("link"), real);
        Cli.Result init = Cli.run("init", "--year", "2025/26", link.toString());
        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(real.resolve("board.csv")).exists();
    }

    @Test
    void textOutputNamedAsAWorkbookIsRefused() {
        Path xlsx = tmp.resolve("report.xlsx");
        assertBadInput(Cli.run("review", "-o", xlsx.toString(), lewisham().toString()), "report.xlsx", "--output writes text");
        assertThat(xlsx).doesNotExist();
    }

    // dataset file names ---------------------------------------------------------------------------

    @Test
    void aTableFileInAnotherCaseIsRefusedNotLeftOut() throws IOException {
        Path dir = lewisham();
        Files.move(dir.resolve("contributions.csv"), dir.resolve("contributions.CSV"));
        assertBadInput(Cli.run("review", dir.toString()), "contributions.CSV", "rename it contributions.csv");
    }

    @Test
    void aBoardFileInAnotherCaseInAFolderOfDatasetsIsNamed() throws IOException {
        Path boards = tmp.resolve("boards");
        Datasets.lewisham(boards.resolve("a-lewisham"));
        Path other = Datasets.lewisham(boards.resolve("b-greenwich"));
        Files.move(other.resolve("board.csv"), other.resolve("Board.csv"));
        assertBadInput(Cli.run("review", boards.toString()), "Board.csv", "rename it board.csv");
    }

    @Test
    void aDanglingOrLoopingLinkAsATableIsRefusedNotTreatedAsAbsent() throws IOException {
        Path dir = lewisham();
        Files.delete(dir.resolve("metrics.csv"));
        symlink(dir.resolve("metrics.csv"), dir.resolve("gone.csv"));
        assertBadInput(Cli.run("review", dir.toString()), "metrics.csv", "symbolic link");
        Files.delete(dir.resolve("metrics.csv"));
        symlink(dir.resolve("metrics.csv"), dir.resolve("metrics.csv"));
        assertBadInput(Cli.run("review", dir.toString()), "metrics.csv", "symbolic link");
    }

    @Test
    void aStrayFileIsNamedInANoteAndIgnored() throws IOException {
        Path dir = lewisham();
        Files.writeString(dir.resolve("notes.txt"), "minutes");
        Files.writeString(dir.resolve("contributons.csv"), "partner,amount\n");
        Files.writeString(dir.resolve(".DS_Store"), "x");
        Cli.Result result = Cli.run("review", dir.toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
        assertThat(result.out()).contains("not read (not files of the dataset format): SOURCES.md, "
                + "contributons.csv (did you mean contributions.csv?), notes.txt").doesNotContain(".DS_Store");
        try (Stream<String> lines = result.out().lines()) {
            assertThat(lines.filter(l -> l.contains("not read"))).hasSize(1);
        }
    }

    // values read wrongly, or exiting 3 -----------------------------------------------------------

    @Test
    void aDateThatDoesNotExistIsRefusedNotMovedToTheMonthsEnd() {
        Path dir = lewisham();
        Datasets.edit(dir, "conditions.csv", "1,Yes,,", "1,Yes,31/02/2026,");
        assertBadInput(Cli.run("review", dir.toString()), "conditions.csv row 2, column date", "31/02/2026");
        Datasets.edit(dir, "conditions.csv", "1,Yes,31/02/2026,", "1,Yes,28/02/2026,");
        assertThat(Cli.run("review", dir.toString()).exitCode()).isIn(ExitCode.OK, ExitCode.FINDINGS);
    }

    @Test
    void aNegativeMetricActualOrPlanIsRefusedAtItsCell() {
        Path dir = lewisham();
        Datasets.edit(dir, "metrics.csv", "2025/26,550,,", "2025/26,550,-1,");
        assertBadInput(Cli.run("review", dir.toString()), "metrics.csv row 2, column actual", "-1", "between 0 and");
        Datasets.edit(dir, "metrics.csv", "2025/26,550,-1,", "2025/26,-550,,");
        assertBadInput(Cli.run("review", dir.toString()), "metrics.csv row 2, column plan", "-550", "between 0 and");
    }

    /** A quoted blank ({@code " "}, a quoted tab) is read exactly as an empty value: the same exit, the same words. */
    @Test
    void aQuotedBlankIsMissingAsAnEmptyValueIs() throws IOException {
        for (String blank : new String[] {"\" \"", "\"\t\"", "\" \t \""}) {
            // the same folder name under two parents of the same length, so that headings match once the paths are replaced
            Path empty = Datasets.lewisham(tmp.resolve("e").resolve("lewisham"));
            Path quoted = Datasets.lewisham(tmp.resolve("q").resolve("lewisham"));
            Datasets.edit(empty, "board.csv", "board,Lewisham", "board,");
            Datasets.edit(quoted, "board.csv", "board,Lewisham", "board," + blank);
            assertSameOutcome(Cli.run("review", empty.toString()), Cli.run("review", quoted.toString()), empty, quoted);
            Datasets.edit(empty, "board.csv", "board,", "board,Lewisham");
            Datasets.edit(quoted, "board.csv", "board," + blank, "board,Lewisham");
            Datasets.edit(empty, "metrics.csv", "long-term-care-home-admissions,2025/26,", "long-term-care-home-admissions,,");
            Datasets.edit(quoted, "metrics.csv", "long-term-care-home-admissions,2025/26,",
                    "long-term-care-home-admissions," + blank + ",");
            assertSameOutcome(Cli.run("review", empty.toString()), Cli.run("review", quoted.toString()), empty, quoted);
            Path emptyRisk = Files.writeString(tmp.resolve("empty.csv"), "id,likelihood,impact\nA,2,3\n,1,1\n");
            Path quotedRisk = Files.writeString(tmp.resolve("quoted.csv"), "id,likelihood,impact\nA,2,3\n" + blank + ",1,1\n");
            Cli.Result risk = Cli.run("risk", "--matrix", "4x4", quotedRisk.toString());
            assertBadInput(risk, "quoted.csv row 3, column id");
            assertSameOutcome(Cli.run("risk", "--matrix", "4x4", emptyRisk.toString()), risk, emptyRisk, quotedRisk);
            deleteTree(tmp.resolve("e"));
            deleteTree(tmp.resolve("q"));
        }
    }

    private static void assertSameOutcome(Cli.Result empty, Cli.Result quoted, Path emptyPath, Path quotedPath) {
        assertThat(quoted.exitCode()).as(quoted.err()).isNotEqualTo(ExitCode.INTERNAL_ERROR).isEqualTo(empty.exitCode());
        assertThat(quoted.err().replace(quotedPath.toString(), "X")).isEqualTo(empty.err().replace(emptyPath.toString(), "X"));
        assertThat(quoted.out().replace(quotedPath.toString(), "X")).isEqualTo(empty.out().replace(emptyPath.toString(), "X"));
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    // workbook datasets: one number reader ----------------------------------------------------------

    /** Rewrites the first worksheet part of a workbook that holds {@code from}. */
    private static void rewriteSheet(Path xlsx, String from, String to) throws IOException {
        Path copy = xlsx.resolveSibling(xlsx.getFileName() + ".tmp");
        boolean done = false;
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(xlsx));
             java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(copy))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
                if (!done && e.getName().startsWith("xl/worksheets/") && text.contains(from)) {
                    bytes = text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to))
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    done = true;
                }
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        assertThat(done).as("a sheet holds " + from).isTrue();
        Files.move(copy, xlsx, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void aHugeExponentInAWorkbookDatasetIsRefusedAtOnceNamingTheCell() throws IOException {
        Path dir = lewisham();
        Datasets.edit(dir, "contributions.csv", ",30000000,", ",30000001,");
        Path xlsx = Datasets.toWorkbook(dir, tmp.resolve("lewisham.xlsx"));
        rewriteSheet(xlsx, "<v>3.0000001E7</v>", "<v>1E-999999999</v>");
        long start = System.nanoTime();
        Cli.Result result = Cli.run("review", xlsx.toString());
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(5));
        assertBadInput(result, "lewisham.xlsx sheet contributions cell D2", "outside the range of numbers a spreadsheet saves");
        assertThat(result.err()).doesNotContain("corrupt").doesNotContain("BigInteger");
    }

    @Test
    void aWorkbookDateOutsideExcelsDaysIsRefusedNamingTheCell() throws IOException {
        for (String serial : new String[] {"2958466", "1E+300", "-1", "0"}) {
            Path dir = Datasets.lewisham(tmp.resolve("d" + serial.hashCode()));
            Datasets.edit(dir, "conditions.csv", "1,Yes,,", "1,Yes,2958466,");
            Path xlsx = Datasets.toWorkbook(dir, tmp.resolve("d" + serial.hashCode() + ".xlsx"));
            rewriteSheet(xlsx, ">2958466.0<", ">" + serial + "<");
            Cli.Result result = Cli.run("review", xlsx.toString());
            assertBadInput(result, "sheet conditions cell C2", "which is not a date");
            assertThat(result.err()).doesNotContain("corrupt").doesNotContain("java.");
        }
        Path dir = Datasets.lewisham(tmp.resolve("last"));
        Datasets.edit(dir, "conditions.csv", "1,Yes,,", "1,Yes,2958465,");
        Cli.Result last = Cli.run("review", Datasets.toWorkbook(dir, tmp.resolve("last.xlsx")).toString());
        assertThat(last.exitCode()).as(last.err()).isIn(ExitCode.OK, ExitCode.FINDINGS);
    }

    // messages that blamed the wrong thing --------------------------------------------------------

    @Test
    void aBadStandardPopulationIsNamedNotThePopulation() throws IOException {
        Path csv = Files.writeString(tmp.resolve("w.csv"), "age_band,count,population,standard_population\na,4,10,0\n");
        assertBadInput(Cli.run("dsr", csv.toString()), "w.csv row 2, column standard_population",
                "standard population of age band a (0.0) must be a positive number");
    }

    @Test
    void aQuotedBlankSchemeIdIsMissingAtItsColumn() {
        // a missing required value is an item of the review's checklist (issue 28, R-DS-1), named at its cell
        Path dir = lewisham();
        Datasets.edit(dir, "expenditure.csv", "S2,Carers'", "\" \",Carers'");
        Cli.Result result = Cli.run("review", dir.toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.FINDINGS);
        assertThat(result.err()).doesNotContain("Exception")
                .contains("WARNING R-DS-1 " + dir.resolve("expenditure.csv") + " row 3, column scheme_id: scheme_id is empty");
    }

    // cosmetic -------------------------------------------------------------------------------------

    @Test
    void aLineBreakInABoardNameStaysOnOneLineOfEveryTable() {
        Path boards = tmp.resolve("boards");
        Path a = Datasets.lewisham(boards.resolve("a"));
        Datasets.lewisham(boards.resolve("b"));
        Datasets.edit(a, "board.csv", "board,Lewisham", "board,\"Lewi\nsham\"");
        Cli.Result result = Cli.run("review", boards.toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
        assertThat(result.out()).contains("Lewi sham 2025/26 (dataset").contains("Lewi sham 2025/26: passes")
                .containsPattern("(?m)^board +Lewi sham$").containsPattern("(?m)^Lewi sham +2025/26 ");
        assertThat(result.out()).doesNotContainPattern("(?m)^sham");
    }

    @Test
    void aFormulaLikeBoardNameIsNeutralisedInTheHeadingAndSummary() {
        Path boards = tmp.resolve("boards");
        Path a = Datasets.lewisham(boards.resolve("a"));
        Datasets.lewisham(boards.resolve("b"));
        Datasets.edit(a, "board.csv", "board,Lewisham", "board,=1+2");
        Cli.Result result = Cli.run("review", boards.toString());
        assertThat(result.out()).as(result.err()).startsWith("'=1+2 2025/26 (dataset").contains("'=1+2 2025/26: passes")
                .containsPattern("(?m)^'=1\\+2 +2025/26 +£").doesNotContainPattern("(?m)^=1");
    }

    /** Every field of the fixture's first data rows, one at a time, as a megabyte: never echoed whole. */
    @Test
    void aHugeValueInAnyFieldIsNeverEchoedWhole() throws IOException {
        String huge = "9".repeat(500_000) + "x".repeat(500_000);
        List<String> failures = new ArrayList<>();
        for (String file : List.of("board.csv", "contributions.csv", "expenditure.csv", "conditions.csv", "metrics.csv")) {
            List<String> lines = Files.readAllLines(Datasets.lewisham(tmp.resolve("probe-" + file)).resolve(file));
            for (int row = 1; row < Math.min(lines.size(), 4); row++) {
                int columns = lines.get(row).split(",", -1).length;
                for (int c = 0; c < columns; c++) {
                    Path dir = Datasets.lewisham(tmp.resolve("huge-" + file + row + "-" + c));
                    List<String> edited = new ArrayList<>(lines);
                    String[] fields = edited.get(row).split(",", -1);
                    fields[c] = huge;
                    edited.set(row, String.join(",", fields));
                    Files.writeString(dir.resolve(file), String.join("\n", edited) + "\n");
                    Cli.Result result = Cli.run("review", dir.toString());
                    if (result.exitCode() == ExitCode.INTERNAL_ERROR || result.err().length() > 2_500
                            || result.exitCode() == ExitCode.BAD_INPUT && !result.err().contains("characters")) {
                        failures.add(file + " row " + (row + 1) + " column " + (c + 1) + ": exit " + result.exitCode() + ", "
                                + result.err().length() + " characters: " + result.err().substring(0, Math.min(200, result.err().length())));
                    }
                    deleteTree(dir);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void moneyPrintsWithTwoDecimalsHoweverItWasWritten() {
        Path dir = lewisham();
        Datasets.edit(dir, "contributions.csv", ",30000000,", ",30000000.000,");
        Datasets.edit(dir, "expenditure.csv", ",6000000,", ",6000000.0,");
        Cli.Result result = Cli.run("review", "--format", "csv", dir.toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
        assertThat(result.out()).contains("NHS minimum contribution,30000000.00,").doesNotContain("30000000.000")
                .doesNotContain("6000000.0,").doesNotContainPattern(",[0-9]+\\.[0-9]{3,},");
    }
}
