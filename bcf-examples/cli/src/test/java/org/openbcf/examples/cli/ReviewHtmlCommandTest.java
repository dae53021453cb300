package org.openbcf.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbcf.examples.dataset.DatasetReader;
import org.openbcf.examples.dataset.Datasets;
import org.openbcf.examples.report.HtmlChecks;
import org.openbcf.review.DatasetReview;

/** {@code bcf review DATASET --format html -o FILE}: the page is written whole, and other commands refuse html. */
class ReviewHtmlCommandTest {

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
}
