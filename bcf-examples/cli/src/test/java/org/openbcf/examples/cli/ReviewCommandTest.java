package org.openbcf.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbcf.examples.dataset.Datasets;

/** {@code bcf review}, {@code bcf init} and {@code bcf demo --export}: the command-line contract of datasets. */
class ReviewCommandTest {

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

    @Test
    void aCleanDatasetExitsZeroWithEverySection() {
        Cli.Result result = Cli.run("review", lewisham().toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
        assertThat(result.out()).contains("Lewisham 2025/26").contains("Pooled fund (plan)")
                .containsPattern("stream Disabled Facilities Grant +£2,150,000.00")
                .containsPattern("adult social care from the NHS minimum \\(derived\\) +£10,500,000.00")
                .contains("Expenditure plan and derived minimums").contains("National conditions")
                .contains("Lewisham 2025/26: passes (0 errors, 0 warnings");
    }

    @Test
    void aFindingExitsOne() {
        Path dir = lewisham();
        Datasets.edit(dir, "board.csv", "pooled_fund,45650000", "pooled_fund,45600000");
        Cli.Result result = Cli.run("review", dir.toString());
        assertThat(result.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(result.out()).contains("R-POOL-4").contains("does not pass (1 error");
    }

    @Test
    void csvHasOneRowPerFigureAndFinding() {
        Path dir = lewisham();
        Datasets.edit(dir, "board.csv", "pooled_fund,45650000", "pooled_fund,45600000");
        Cli.Result result = Cli.run("review", "--format", "csv", dir.toString());
        assertThat(result.out()).startsWith("board,year,section,item,value,severity,rule\n")
                .contains("Lewisham,2025/26,Pooled fund (plan),total,45650000.00,,\n")
                .contains(",error,R-POOL-4\n");
    }

    @Test
    void aFolderOfDatasetsGetsASummaryRowPerBoard() throws IOException {
        Path boards = tmp.resolve("boards");
        Datasets.lewisham(boards.resolve("a-lewisham"));
        Path other = Datasets.lewisham(boards.resolve("b-greenwich"));
        Datasets.edit(other, "board.csv", "board,Lewisham", "board,Greenwich");
        Datasets.edit(other, "board.csv", "pooled_fund,45650000", "pooled_fund,1");
        Cli.Result result = Cli.run("review", boards.toString());
        assertThat(result.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(result.out()).contains("Summary (2 boards)")
                .containsPattern("Lewisham +2025/26 +£45,650,000.00 +£10,500,000.00 +£17,250,000.00 +0 +0")
                .containsPattern("Greenwich +2025/26 +£45,650,000.00 .* +1 +0");
    }

    @Test
    void whatAFolderOfDatasetsHoldsBesidesDatasetsIsNamedNotSkippedSilently() throws IOException {
        // issue 25: a README beside the board folders, a folder without CSV files and a hidden file
        Path boards = tmp.resolve("boards");
        Datasets.lewisham(boards.resolve("lewisham"));
        Files.writeString(boards.resolve("README.md"), "our boards\n");
        Files.createDirectories(boards.resolve("minutes"));
        Files.writeString(boards.resolve(".DS_Store"), "x");
        Cli.Result table = Cli.run("review", "--format", "table", boards.toString());
        assertThat(table.exitCode()).as(table.err()).isIn(ExitCode.OK, ExitCode.FINDINGS);
        assertThat(table.out()).contains("Not read in " + boards + " (not datasets): README.md, minutes/")
                .doesNotContain(".DS_Store");
        Cli.Result csv = Cli.run("review", "--format", "csv", boards.toString());
        assertThat(csv.out()).contains(",,Summary,not read (not datasets),\"" + boards + ": README.md, minutes/\",,\n");
        // a folder holding only datasets has no such line
        Files.delete(boards.resolve("README.md"));
        Files.delete(boards.resolve("minutes"));
        assertThat(Cli.run("review", "--format", "table", boards.toString()).out()).doesNotContain("Not read in");
    }

    @Test
    void badDatasetsExitTwoWithOneLineNamingFileRowAndColumn() throws IOException {
        Path dir = lewisham();
        Files.delete(dir.resolve("board.csv"));
        assertBadInput(Cli.run("review", dir.toString()), "no board.csv");

        dir = Datasets.lewisham(tmp.resolve("year"));
        Datasets.edit(dir, "board.csv", "year,2025/26", "year,2031/32");
        assertBadInput(Cli.run("review", dir.toString()), "board.csv row 3, column value", "2031/32");

        dir = Datasets.lewisham(tmp.resolve("stream"));
        Datasets.edit(dir, "contributions.csv", "Local Authority Better Care Grant,12000000", "Better Care Grant,12000000");
        assertBadInput(Cli.run("review", dir.toString()), "contributions.csv row 3, column stream",
                "unknown funding stream 'Better Care Grant'");

        dir = Datasets.lewisham(tmp.resolve("duplicate"));
        Datasets.append(dir, "contributions.csv", "NHS South East London ICB,ICB,NHS minimum contribution,1,");
        assertBadInput(Cli.run("review", dir.toString()), "contributions.csv row 8, column stream", "repeats row 2");

        dir = Datasets.lewisham(tmp.resolve("penny"));
        Datasets.edit(dir, "contributions.csv", "30000000,", "30000000.005,");
        assertBadInput(Cli.run("review", dir.toString()), "contributions.csv row 2, column amount", "30000000.005");

        dir = Datasets.lewisham(tmp.resolve("file"));
        Files.writeString(dir.resolve("Contributions.csv"), "partner\n");
        assertBadInput(Cli.run("review", dir.toString()), "Contributions.csv", "rename it contributions.csv");

        dir = Datasets.lewisham(tmp.resolve("field"));
        Datasets.append(dir, "board.csv", "pooled_fnd,1");
        assertBadInput(Cli.run("review", dir.toString()), "board.csv row 8, column field", "did you mean pooled_fund?");
    }

    @Test
    void aWorkbookWithAWrongSheetNameExitsTwoNamingTheSheet() throws IOException {
        Path xlsx = tmp.resolve("bad.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            workbook.createSheet("board").createRow(0).createCell(0).setCellValue("field");
            workbook.createSheet("Contribs").createRow(0).createCell(0).setCellValue("partner");
            workbook.write(out);
        }
        Cli.Result result = Cli.run("review", xlsx.toString());
        assertBadInput(result, "bad.xlsx sheet board row 1", "missing column value");
        workbookWithAStraySheetIsReadWithANote();
    }

    private void workbookWithAStraySheetIsReadWithANote() {
        Path xlsx = Datasets.toWorkbook(lewisham(), tmp.resolve("stray.xlsx"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            workbook.createSheet("Contribs").createRow(0).createCell(0).setCellValue("partner");
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                workbook.write(out);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Cli.Result result = Cli.run("review", xlsx.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("sheets not read (not tables of the dataset format): Contribs");
    }

    @Test
    void aBadCellInAWorkbookNamesTheSheetAndRow() {
        Path dir = lewisham();
        Datasets.edit(dir, "contributions.csv", "ICB,NHS minimum contribution", "ICB,NHS maximum contribution");
        Path xlsx = Datasets.toWorkbook(dir, tmp.resolve("lewisham.xlsx"));
        assertBadInput(Cli.run("review", xlsx.toString()), "lewisham.xlsx sheet contributions row 2, column stream");
    }

    @Test
    void demoExportThenReviewPrintsTheSameFiguresAsTheDemo() {
        Path export = tmp.resolve("norfolk");
        Cli.Result exported = Cli.run("demo", "--export", export.toString());
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(export.resolve("norfolk-2022-23").resolve("SOURCES.md")).exists();
        Cli.Result review = Cli.run("review", export.toString());
        Cli.Result demo = Cli.run("demo");
        String reviews = review.out().substring(0, review.out().indexOf("Summary (Norfolk, 3 years)"));
        String demoReviews = demo.out().substring(demo.out().indexOf("Norfolk 2015/16"), demo.out().indexOf("Summary (Norfolk, 3 years)"));
        assertThat(strip(reviews)).isEqualTo(strip(demoReviews));
        assertThat(review.exitCode()).isEqualTo(ExitCode.FINDINGS);
    }

    /** The reviews without the lines that name where each dataset was read from, and without column padding. */
    private static String strip(String text) {
        return text.replaceAll("(?m)^Norfolk (\\S+) \\(dataset .*\\)$", "Norfolk $1")
                .replaceAll("\\S*/(?=[a-z0-9-]+\\.csv( row|,))", "").replaceAll("(?m)^[=-]+$", "")
                .replaceAll("(?m)^dataset .*$", "").replaceAll("(?m)^read +not read .*\n", "").replaceAll(" +", " ")
                .replaceAll("(?m)^ ", "").strip();
    }

    @Test
    void initWritesATemplateThatReviewsAsIncompleteUntilFilledIn() {
        Path dir = tmp.resolve("new-board");
        Cli.Result init = Cli.run("init", "--year", "2025/26", dir.toString());
        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(dir.resolve("README.md")).exists();
        assertThat(dir.resolve("contributions.csv")).content().contains("Local Authority Better Care Grant")
                .doesNotContain("iBCF");
        assertThat(dir.resolve("conditions.csv")).content().startsWith("condition,answer,date,comment\n1,,,\n");
        Cli.Result empty = Cli.run("review", dir.toString());
        assertThat(empty.exitCode()).as(empty.err()).isEqualTo(ExitCode.FINDINGS);
        assertThat(empty.err()).contains("R-DS-1").contains("board.csv row 2, column value: field board is empty");
        Datasets.edit(dir, "board.csv", "board,,", "board,Bexley,");
        Datasets.edit(dir, "board.csv", "section_75,,", "section_75,yes,");
        Cli.Result review = Cli.run("review", dir.toString());
        assertThat(review.out()).contains("R-NC-6").contains("R-PC-4");
        assertBadInput(Cli.run("init", "--year", "2025/26", dir.toString()), "never overwrites");
    }

    /**
     * The years bcf-2017-2027-by-year gave conditions, metrics or uplifts (2017/18 to 2021/22, 2024/25,
     * 2026/27): what {@code init} writes, filled with valid figures, reviews to exit 0 or 1, never 2.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"2017/18", "2018/19", "2019/20", "2020/21", "2021/22",
            "2024/25", "2026/27"})
    void initForAYearOfTheBySpecReviewsOnceFilledIn(String year) throws IOException {
        Path dir = tmp.resolve("board-" + year.replace('/', '-'));
        Cli.Result init = Cli.run("init", "--year", year, dir.toString());
        assertThat(init.exitCode()).as(init.err()).isZero();
        Datasets.edit(dir, "board.csv", "board,,", "board,Bexley,");
        Datasets.edit(dir, "board.csv", "section_75,,", "section_75,yes,");
        Path conditions = dir.resolve("conditions.csv");
        Files.writeString(conditions, Files.readString(conditions).replaceAll("(?m)^([0-9a-z]+),,,$", "$1,Yes,,"));
        Path metrics = dir.resolve("metrics.csv");
        Files.writeString(metrics, Files.readString(metrics).replaceAll("(?m)^([a-z-]+),([0-9/]+),,,,,$", "$1,$2,95.5,96.5,,,"));
        Cli.Result review = Cli.run("review", dir.toString());
        assertThat(review.exitCode()).as(review.err()).isIn(ExitCode.OK, ExitCode.FINDINGS);
        assertThat(review.out()).contains("Bexley " + year);
        boolean conditionsSourced = !year.equals("2020/21") && !year.equals("2026/27");
        if (conditionsSourced) {
            assertThat(Files.readString(conditions)).contains("1,Yes,,").contains("4,Yes,,");
            assertThat(review.out()).contains("National conditions").containsPattern("condition 4 .*Yes");
        }
        if (year.equals("2021/22")) {
            assertThat(review.out()).contains("length-of-stay 2021/22").contains("discharge-to-usual-residence 2021/22");
        }
    }

    @Test
    void initWritesAWorkbookTemplate() {
        Path xlsx = tmp.resolve("template.xlsx");
        Cli.Result init = Cli.run("init", "--year", "2022/23", "--xlsx", xlsx.toString());
        assertThat(init.exitCode()).as(init.err()).isZero();
        Cli.Result empty = Cli.run("review", xlsx.toString());
        assertThat(empty.exitCode()).as(empty.err()).isEqualTo(ExitCode.FINDINGS);
        assertThat(empty.err()).contains("template.xlsx sheet board row 2, column value (cell B2): field board is empty");
        assertBadInput(Cli.run("init", "--year", "2035/36", tmp.resolve("x").toString()), "--year", "2035/36");
    }

    @Test
    void aWorkbookTemplateFilledWithLewishamIsReviewed() {
        Path xlsx = tmp.resolve("lewisham-template.xlsx");
        Cli.Result init = Cli.run("init", "--year", "2025/26", "--xlsx", xlsx.toString());
        assertThat(init.exitCode()).as(init.err()).isZero();
        Path dir = lewisham();
        Datasets.fillTemplate(xlsx, dir);
        Cli.Result review = Cli.run("review", xlsx.toString());
        assertThat(review.exitCode()).as(review.err()).isIn(ExitCode.OK, ExitCode.FINDINGS);
        assertThat(review.err()).doesNotContain("sheets not read");
        assertThat(review.out()).contains("Lewisham").contains("2025/26").contains("£45,650,000.00")
                .doesNotContain("sheets not read");
        Cli.Result folder = Cli.run("review", dir.toString());
        assertThat(review.exitCode()).isEqualTo(folder.exitCode());
    }
}
