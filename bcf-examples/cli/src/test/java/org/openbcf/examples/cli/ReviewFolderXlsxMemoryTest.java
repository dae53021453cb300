package org.openbcf.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbcf.examples.dataset.DatasetReader;
import org.openbcf.examples.dataset.Datasets;
import org.openbcf.examples.report.ReviewXlsx;
import org.openbcf.review.DatasetReview;

/**
 * {@code bcf review FOLDER --format xlsx} over a folder of 150 datasets in a fresh JVM with a 32 MiB heap
 * (issue 26: "a folder of 150 datasets stays in bounded memory"). Each dataset is a copy of the Lewisham
 * 2025/26 test dataset under its own board name, with its first scheme (£6,000,000 of reablement)
 * split into 200 lines of £30,000, so that a dataset is about 200 scheme lines and the same totals:
 * every copy still passes. Held all at once, as the review did before it streamed the workbook, the 150
 * datasets and their reviews do not fit in 32 MiB (that run ended "out of memory", exit 3, on
 * 2026-12-07); streamed, one dataset at a time into the writer, they do, and the workbook reads back with
 * a summary row per dataset and every finding.
 */
class ReviewFolderXlsxMemoryTest {

    /** The datasets in the folder. */
    static final int DATASETS = 150;

    /** The lines the first scheme is split into. */
    static final int LINES = 200;

    /** The child JVM's heap: the whole review of the folder held in memory needs more. */
    static final List<String> HEAP = List.of("-Xmx32m", "-XX:+UseSerialGC", "-Xshare:auto");

    @TempDir
    Path dir;

    @Test
    void aFolderOf150DatasetsIsWrittenAsAWorkbookInA32MegabyteHeap() throws Exception {
        Path folder = dir.resolve("boards");
        Path first = null;
        for (int i = 1; i <= DATASETS; i++) {
            Path dataset = Datasets.lewisham(folder.resolve(String.format("board-%03d", i)));
            Datasets.edit(dataset, "board.csv", "board,Lewisham", "board,Board " + i);
            splitFirstScheme(dataset.resolve("expenditure.csv"));
            first = first == null ? dataset : first;
        }
        DatasetReview one = DatasetReview.of(DatasetReader.read(first));
        assertThat(one.passes()).as("a copy passes as Lewisham does").isTrue();

        Path out = dir.resolve("review.xlsx");
        Cli.Result run = FreshJvm.run(HEAP, null, "review", folder.toString(), "--format", "xlsx", "-o", out.toString());
        assertThat(run.exitCode()).as("exit code; standard error: " + run.err()).isEqualTo(ExitCode.OK);

        try (InputStream in = Files.newInputStream(out); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet summary = book.getSheet(ReviewXlsx.SUMMARY);
            assertThat(summary.getLastRowNum()).as("summary rows after the header").isEqualTo(DATASETS);
            Set<String> boards = new HashSet<>();
            for (int r = 1; r <= DATASETS; r++) {
                Row row = summary.getRow(r);
                boards.add(row.getCell(0).getStringCellValue());
                assertThat(row.getCell(3).getStringCellValue()).isEqualTo("passes");
            }
            Set<String> expected = new HashSet<>();
            for (int i = 1; i <= DATASETS; i++) {
                expected.add("Board " + i);
            }
            assertThat(boards).isEqualTo(expected);
            assertThat(book.getSheet(ReviewXlsx.FINDINGS).getLastRowNum()).as("findings rows: each copy's, 150 times")
                    .isEqualTo(DATASETS * one.findings().size());
            // a sheet per section between the summary and the findings, each copy's figures on it, and the
            // expenditure plan by scheme type and the minimums, each copy's rows
            assertThat(one.spendBySchemeType()).isNotEmpty();
            assertThat(one.minimums()).isNotEmpty();
            assertThat(book.getNumberOfSheets()).isEqualTo(one.sections().size() + 4);
            assertThat(book.getSheet(ReviewXlsx.SCHEME_TYPES).getLastRowNum())
                    .isEqualTo(DATASETS * one.spendBySchemeType().size());
            assertThat(book.getSheet(ReviewXlsx.MINIMUMS).getLastRowNum()).isEqualTo(DATASETS * one.minimums().size());
            for (int s = 0; s < one.sections().size(); s++) {
                assertThat(book.getSheetAt(s + 1).getLastRowNum()).as(one.sections().get(s).title())
                        .isEqualTo(DATASETS * one.sections().get(s).lines().size());
            }
        }
    }

    /** Splits the first scheme line into {@link #LINES} lines of an equal share of its amount, the total unchanged. */
    private static void splitFirstScheme(Path expenditure) throws IOException {
        List<String> lines = Files.readAllLines(expenditure, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split(","));
        String[] scheme = lines.get(1).split(",", -1);
        int amountColumn = header.indexOf("amount");
        BigDecimal share = new BigDecimal(scheme[amountColumn]).divide(BigDecimal.valueOf(LINES));
        List<String> split = new ArrayList<>(List.of(lines.get(0)));
        for (int k = 1; k <= LINES; k++) {
            String[] part = scheme.clone();
            part[0] = scheme[0] + "-" + k;
            part[1] = scheme[1] + " " + k;
            part[amountColumn] = share.toPlainString();
            split.add(String.join(",", part));
        }
        split.addAll(lines.subList(2, lines.size()));
        Files.write(expenditure, split, StandardCharsets.UTF_8);
    }
}
