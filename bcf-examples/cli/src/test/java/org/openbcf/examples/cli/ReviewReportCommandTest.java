package org.openbcf.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbcf.examples.dataset.DatasetReader;
import org.openbcf.examples.dataset.Datasets;
import org.openbcf.examples.report.HtmlChecks;
import org.openbcf.review.DatasetReview;

/** {@code bcf review DATASET --format html|xlsx -o FILE}: the report is written whole, and other commands refuse it. */
class ReviewReportCommandTest {

    /** The demo's Norfolk datasets as files. */
    private static final Path NORFOLK = Path.of("src/main/resources/norfolk-data/datasets");

    @TempDir
    Path tmp;

    @Test
    void oneDatasetIsOnePageInTheFileAndNothingOnStandardOutput() throws IOException {
        Path dir = Datasets.lewisham(tmp.resolve("lewisham"));
        Datasets.edit(dir, "board.csv", "pooled_fund,45650000", "pooled_fund,45600000");
        Path file = tmp.resolve("report.html");
        Cli.Result result = Cli.run("review", dir.toString(), "--format", "html", "-o", file.toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.FINDINGS);
        assertThat(result.out()).isEmpty();
        Document page = HtmlChecks.parse(Files.readString(file, StandardCharsets.UTF_8));
        HtmlChecks.selfContained(page);
        HtmlChecks.accessible(page);
        HtmlChecks.complete(page, page.body(), DatasetReview.of(DatasetReader.read(dir)));
        assertThat(page.selectFirst("a[href=#rule-R-POOL-4]").text()).isEqualTo("R-POOL-4");
        assertThat(page.getElementById("rule-R-POOL-4").text()).contains("the stated pooled fund differs from the sum of the contributions");
    }

    @Test
    void aFolderOfDatasetsIsOnePageWithTheSummaryFirst() {
        Path boards = tmp.resolve("boards");
        Datasets.lewisham(boards.resolve("a-lewisham"));
        Path greenwich = Datasets.lewisham(boards.resolve("b-greenwich"));
        Datasets.edit(greenwich, "board.csv", "board,Lewisham", "board,Greenwich");
        Cli.Result result = Cli.run("review", "--format", "html", boards.toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
        Document page = HtmlChecks.parse(result.out());
        HtmlChecks.selfContained(page);
        HtmlChecks.accessible(page);
        assertThat(page.selectFirst("main h2").text()).isEqualTo("Summary");
        assertThat(page.select("#summary tbody th").eachText()).containsExactly("Lewisham 2025/26", "Greenwich 2025/26");
    }

    @Test
    void theExpenditurePlanByTypeAndTheMinimumsAreInTheReportOfEachNorfolkDatasetAndLewisham() throws IOException {
        Path boards = tmp.resolve("boards");
        for (String name : List.of("norfolk-2015-16", "norfolk-2016-17", "norfolk-2022-23")) {
            Path to = Files.createDirectories(boards.resolve(name));
            try (var files = Files.list(NORFOLK.resolve(name))) {
                for (Path file : files.toList()) {
                    Files.copy(file, to.resolve(file.getFileName()));
                }
            }
        }
        Path lewisham = Datasets.lewisham(boards.resolve("z-lewisham"));
        Cli.Result result = Cli.run("review", "--format", "html", boards.toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.FINDINGS);
        Document page = HtmlChecks.parse(result.out());
        HtmlChecks.accessible(page);
        assertThat(page.select("#summary tbody th").eachText())
                .containsExactly("Norfolk 2015/16", "Norfolk 2016/17", "Norfolk 2022/23", "Lewisham 2025/26");

        // Norfolk 2015/16 and 2016/17 have no expenditure plan and state no derived figure: no such section
        for (String d : List.of("d1", "d2")) {
            assertThat(boards.resolve(d.equals("d1") ? "norfolk-2015-16" : "norfolk-2016-17").resolve("expenditure.csv")).doesNotExist();
            assertThat(page.getElementById(d + "-scheme-types")).isNull();
            assertThat(page.getElementById(d + "-review").select("caption").eachText())
                    .doesNotContain("Derived minimums against their floors");
        }
        // Norfolk 2022/23 states its adult social care spend from the NHS minimum (board.csv) but has no plan by scheme
        Element norfolk = page.getElementById("d3-review");
        assertThat(page.getElementById("d3-scheme-types").text()).isEqualTo("Expenditure plan by scheme type");
        assertThat(norfolk.text()).contains("The dataset has no scheme-level expenditure plan (expenditure.csv)");
        String stated = Files.readAllLines(boards.resolve("norfolk-2022-23").resolve("board.csv")).stream()
                .filter(l -> l.startsWith("asc_from_nhs_minimum,")).findFirst().orElseThrow().split(",")[1];
        Element asc = row(norfolk, "Derived minimums against their floors", "Adult social care from the NHS minimum");
        // 2022/23 condition 2 (R-PC-2): no 2021-22 baseline in the source, so the floor is not known
        assertThat(asc.select("td").eachText()).startsWith("R-PC-2", HtmlChecks.pounds(new java.math.BigDecimal(stated)),
                "not given", "not given");
        assertThat(asc.select("td").last().text()).startsWith("not checked: ").contains("asc_from_nhs_minimum_baseline");
        assertThat(row(norfolk, "Derived minimums against their floors", "NHS-commissioned out-of-hospital spend")
                .select("td").last().text()).startsWith("not checked");

        // Lewisham 2025/26: its expenditure.csv rows added up by type
        Element lewishamSection = page.getElementById("d4-review");
        HtmlChecks.schemeTypes(lewishamSection, lewisham.resolve("expenditure.csv"), 9);
        assertThat(row(lewishamSection, "Derived minimums against their floors", "Adult social care from the NHS minimum")
                .select("td").last().text()).isEqualTo("met");
        assertThat(lewishamSection.select("figure svg title").eachText()).contains("Expenditure plan by scheme type");

        Path file = tmp.resolve("boards.xlsx");
        assertThat(Cli.run("review", boards.toString(), "--format", "xlsx", "-o", file.toString()).exitCode())
                .isEqualTo(ExitCode.FINDINGS);
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
            var types = book.getSheet("Expenditure by scheme type");
            assertThat(types.getLastRowNum()).isEqualTo(9);
            java.math.BigDecimal total = java.math.BigDecimal.ZERO;
            for (int r = 1; r <= 9; r++) {
                assertThat(types.getRow(r).getCell(0).getStringCellValue()).isEqualTo("Lewisham");
                assertThat(types.getRow(r).getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
                total = total.add(java.math.BigDecimal.valueOf(types.getRow(r).getCell(3).getNumericCellValue()));
            }
            assertThat(total).isEqualByComparingTo(HtmlChecks.spendByType(lewisham.resolve("expenditure.csv")).values().stream()
                    .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add));
            var minimums = book.getSheet("Minimums against floors");
            assertThat(minimums.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Norfolk");
            assertThat(minimums.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(Double.parseDouble(stated));
            assertThat(minimums.getRow(1).getCell(7).getStringCellValue()).isEqualTo("not checked");
        }
    }

    private static Element row(Element scope, String caption, String header) {
        Element table = scope.select("table").stream().filter(t -> t.selectFirst("caption").text().equals(caption))
                .findFirst().orElseThrow(() -> new AssertionError("no table captioned " + caption));
        return table.select("tbody tr").stream().filter(r -> r.selectFirst("th").text().equals(header)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + header + " in " + table.select("tbody th").eachText()));
    }

    @Test
    void commandsThatWriteRowsRefuseHtmlWithOneLine() {
        Cli.Result result = Cli.withInput("id,likelihood,impact\nR1,1,1\n".getBytes(StandardCharsets.UTF_8),
                "risk", "--matrix", "4x4", "--format", "html", "-");
        assertThat(result.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().strip()).doesNotContain("\n").contains("--format html is a report page: only bcf review and bcf demo");
    }

    @Test
    void xlsxIsAWorkbookInTheFileNamedAndNeedsOne() throws IOException {
        Path dir = Datasets.lewisham(tmp.resolve("lewisham"));
        Path file = tmp.resolve("review.xlsx");
        Cli.Result result = Cli.run("review", dir.toString(), "--format", "xlsx", "-o", file.toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
        assertThat(result.out()).isEmpty();
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(book.getSheetName(0)).isEqualTo("Summary");
            assertThat(book.getSheet("Findings")).isNotNull();
            assertThat(book.getSheet("Summary").getRow(1).getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(book.getSheet("Summary").getRow(1).getCell(4).getNumericCellValue()).isEqualTo(45_650_000.0);
        }

        Cli.Result toStandardOutput = Cli.run("review", dir.toString(), "--format", "xlsx");
        assertThat(toStandardOutput.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(toStandardOutput.out()).isEmpty();
        assertThat(toStandardOutput.err().strip()).doesNotContain("\n").endsWith("--format xlsx writes a workbook: name the file with -o FILE.xlsx");

        Cli.Result rows = Cli.withInput("id,likelihood,impact\nR1,1,1\n".getBytes(StandardCharsets.UTF_8),
                "risk", "--matrix", "4x4", "--format", "xlsx", "-");
        assertThat(rows.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(rows.err()).contains("--format xlsx is a workbook report: only bcf review writes it");
    }

    @Test
    void everyFindingIsOnStandardErrorWhateverTheFormatAndPrintedOnce() {
        Path boards = tmp.resolve("boards");
        Path lewisham = Datasets.lewisham(boards.resolve("a-lewisham"));
        Datasets.edit(lewisham, "board.csv", "pooled_fund,45650000", "pooled_fund,45600000");
        Path greenwich = Datasets.lewisham(boards.resolve("b-greenwich"));
        Datasets.edit(greenwich, "board.csv", "board,Lewisham", "board,Greenwich");
        Cli.Result csv = Cli.run("review", "--format", "csv", boards.toString());
        assertThat(csv.exitCode()).as(csv.err()).isEqualTo(ExitCode.FINDINGS);
        assertThat(csv.err()).contains("case Lewisham 2025/26: ERROR R-POOL-4");
        for (String format : List.of("html", "xlsx")) {
            Path file = tmp.resolve("review." + format);
            Cli.Result report = Cli.run("review", "--format", format, "-o", file.toString(), boards.toString());
            assertThat(report.exitCode()).as(format + ": " + report.err()).isEqualTo(ExitCode.FINDINGS);
            assertThat(report.out()).as(format).isEmpty();
            assertThat(report.err()).as(format).isEqualTo(csv.err());
            assertThat(Files.exists(file)).as(format).isTrue();
        }
    }
}
