package org.openbcf.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbcf.examples.dataset.DatasetReader;
import org.openbcf.examples.dataset.Datasets;
import org.openbcf.examples.report.HtmlChecks;
import org.openbcf.review.DatasetReview;

/** {@code bcf review DATASET --format html|xlsx -o FILE}: the report is written whole, and other commands refuse it. */
class ReviewReportCommandTest {

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
}
