package org.openbcf.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.money.MonetaryAmount;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbcf.core.finding.Finding;
import org.openbcf.core.money.Gbp;
import org.openbcf.examples.dataset.DatasetReader;
import org.openbcf.examples.dataset.Datasets;
import org.openbcf.review.DatasetReview;

/** The review as a workbook, read back with POI: sheets, money as £-formatted numbers, frozen headers, findings. */
class ReviewXlsxTest {

    @TempDir
    Path dir;

    private List<DatasetReview> reviews() {
        Path first = Datasets.lewisham(dir.resolve("lewisham"));
        Datasets.edit(first, "board.csv", "pooled_fund,45650000", "pooled_fund,45600000");
        Path second = Datasets.lewisham(dir.resolve("greenwich"));
        Datasets.edit(second, "board.csv", "board,Lewisham", "board,Greenwich");
        return List.of(DatasetReview.of(DatasetReader.read(first)), DatasetReview.of(DatasetReader.read(second)));
    }

    @Test
    void aSheetPerSectionBetweenTheSummaryAndTheFindingsEachWithAFrozenBoldHeader() throws IOException {
        List<DatasetReview> reviews = reviews();
        Path file = dir.resolve("review.xlsx");
        ReviewXlsx.write(reviews, file);
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
            List<String> names = new ArrayList<>();
            book.forEach(s -> names.add(s.getSheetName()));
            List<String> expected = new ArrayList<>(List.of("Summary"));
            reviews.get(0).sections().forEach(s -> expected.add(ReviewXlsx.sheetName(s.title())));
            expected.add("Expenditure by scheme type");
            expected.add("Minimums against floors");
            expected.add("Findings");
            assertThat(names).isEqualTo(expected);
            for (Sheet sheet : book) {
                assertThat(sheet.getPaneInformation()).as(sheet.getSheetName()).isNotNull();
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
                Row header = sheet.getRow(0);
                assertThat(book.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
                assertThat(sheet.getColumnWidth(0)).isGreaterThan(sheet.getDefaultColumnWidth() * 256);
            }
        }
    }

    @Test
    void everyFigureIsARowAndMoneyIsANumberInPoundsWithAPoundFormat() throws IOException {
        List<DatasetReview> reviews = reviews();
        Path file = dir.resolve("review.xlsx");
        ReviewXlsx.write(reviews, file);
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
            for (DatasetReview.Section section : reviews.get(0).sections()) {
                Sheet sheet = book.getSheet(ReviewXlsx.sheetName(section.title()));
                assertThat(sheet.getLastRowNum()).as(section.title()).isEqualTo(2 * section.lines().size());
                for (int i = 0; i < section.lines().size(); i++) {
                    DatasetReview.Line line = section.lines().get(i);
                    Row row = sheet.getRow(1 + i);
                    assertThat(row.getCell(0).getStringCellValue()).isEqualTo("Lewisham");
                    assertThat(row.getCell(2).getStringCellValue()).isEqualTo(line.item());
                    if (line.value() instanceof MonetaryAmount amount) {
                        assertMoney(row.getCell(3), amount);
                    }
                }
                assertThat(sheet.getRow(1 + section.lines().size()).getCell(0).getStringCellValue()).isEqualTo("Greenwich");
            }
            Sheet summary = book.getSheet("Summary");
            assertThat(summary.getLastRowNum()).isEqualTo(2);
            assertMoney(summary.getRow(1).getCell(4), reviews.get(0).summary().pool().orElseThrow());
            assertThat(summary.getRow(1).getCell(3).getStringCellValue()).isEqualTo("does not pass");
            assertThat(summary.getRow(1).getCell(7).getNumericCellValue()).isEqualTo(1.0);
        }
    }

    @Test
    void theExpenditurePlanByTypeIsARowPerBoardAndTypeWithNumericMoneyAndShare() throws IOException {
        List<DatasetReview> reviews = reviews();
        Path file = dir.resolve("review.xlsx");
        ReviewXlsx.write(reviews, file);
        // an independent sum of Lewisham's expenditure.csv rows by scheme type (each type once, in any case)
        Map<String, BigDecimal> sums = HtmlChecks.spendByType(dir.resolve("lewisham").resolve("expenditure.csv"));
        BigDecimal total = sums.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(total).isEqualByComparingTo("45650000");
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet sheet = book.getSheet("Expenditure by scheme type");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Scheme type");
            assertThat(sheet.getLastRowNum()).isEqualTo(2 * sums.size());
            List<String> types = new ArrayList<>(sums.keySet());
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String type = types.get((r - 1) % types.size());
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(r <= types.size() ? "Lewisham" : "Greenwich");
                assertThat(row.getCell(2).getStringCellValue()).isEqualToIgnoringCase(type);
                assertMoney(row.getCell(3), Gbp.of(sums.get(type)));
                Cell share = row.getCell(4);
                assertThat(share.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(share.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
                assertThat(BigDecimal.valueOf(share.getNumericCellValue()).setScale(3, RoundingMode.HALF_UP))
                        .isEqualByComparingTo(sums.get(type).divide(total, 3, RoundingMode.HALF_UP));
            }
            Sheet minimums = book.getSheet("Minimums against floors");
            assertThat(minimums.getPaneInformation().isFreezePane()).isTrue();
            Row asc = minimums.getRow(1);
            assertThat(asc.getCell(2).getStringCellValue()).isEqualTo("Adult social care from the NHS minimum");
            assertThat(asc.getCell(3).getStringCellValue()).isEqualTo("R-25-1");
            // S1 + S2 + S3 = 10,500,000 against 10,000,000 + 3.9% = 10,390,000: met by 110,000
            assertMoney(asc.getCell(4), Gbp.of(10_500_000));
            assertMoney(asc.getCell(5), Gbp.of(10_390_000));
            assertMoney(asc.getCell(6), Gbp.of(110_000));
            assertThat(asc.getCell(7).getStringCellValue()).isEqualTo("met");
            assertThat(minimums.getRow(2).getCell(7).getStringCellValue()).isEqualTo("not checked");
        }
    }

    @Test
    void everyFindingIsARowWithItsRuleAndItsAmountsAsNumbers() throws IOException {
        List<DatasetReview> reviews = reviews();
        Path file = dir.resolve("review.xlsx");
        ReviewXlsx.write(reviews, file);
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet findings = book.getSheet("Findings");
            List<Finding> all = new ArrayList<>();
            reviews.forEach(r -> all.addAll(r.findings().list()));
            assertThat(findings.getLastRowNum()).isEqualTo(all.size());
            Row pool = null;
            for (int r = 1; r <= findings.getLastRowNum(); r++) {
                Row row = findings.getRow(r);
                Finding f = all.get(r - 1);
                assertThat(row.getCell(3).getStringCellValue()).isEqualTo(f.ruleId());
                assertThat(row.getCell(5).getStringCellValue()).isEqualTo(f.where());
                assertThat(row.getCell(6).getStringCellValue()).isEqualTo(f.message());
                if (f.ruleId().equals("R-POOL-4")) {
                    pool = row;
                }
            }
            // R-POOL-4: stated £45,600,000 against contributions of £45,650,000, difference -£50,000
            assertThat(pool).isNotNull();
            assertThat(pool.getCell(8).getStringCellValue()).isEqualTo("stated");
            assertMoney(pool.getCell(9), Gbp.of(45_600_000));
            assertMoney(pool.getCell(13), Gbp.of(-50_000));
        }
    }

    @Test
    void reviewsMadeOneAtATimeAreGoneOverTwiceAndABadOneWritesNoFile() throws IOException {
        List<DatasetReview> reviews = reviews();
        int[] passes = {0};
        Iterable<DatasetReview> made = () -> {
            passes[0]++;
            return reviews.iterator();
        };
        Path streamed = dir.resolve("streamed.xlsx");
        ReviewXlsx.write(made, streamed);
        assertThat(passes[0]).as("passes over the reviews: the sheets learnt, then the rows written").isEqualTo(2);
        Path listed = dir.resolve("listed.xlsx");
        ReviewXlsx.write(reviews, listed);
        try (XSSFWorkbook a = new XSSFWorkbook(Files.newInputStream(streamed));
             XSSFWorkbook b = new XSSFWorkbook(Files.newInputStream(listed))) {
            assertThat(a.getNumberOfSheets()).isEqualTo(b.getNumberOfSheets());
            for (int s = 0; s < a.getNumberOfSheets(); s++) {
                assertThat(a.getSheetAt(s).getSheetName()).isEqualTo(b.getSheetAt(s).getSheetName());
                assertThat(a.getSheetAt(s).getLastRowNum()).isEqualTo(b.getSheetAt(s).getLastRowNum());
            }
        }
        // a dataset that cannot be read fails the first pass: no file, not even a partial one
        Path bad = dir.resolve("bad.xlsx");
        Iterable<DatasetReview> failing = () -> java.util.stream.Stream.of(0, 1).map(i -> {
            if (i == 1) {
                throw new IllegalStateException("the second dataset is unreadable");
            }
            return reviews.get(0);
        }).iterator();
        assertThatThrownBy(() -> ReviewXlsx.write(failing, bad)).hasMessageContaining("unreadable");
        assertThat(bad).doesNotExist();
        assertThat(dir.toFile().list()).allMatch(n -> !n.startsWith("bad") && !n.startsWith(".bad"));
        assertThatThrownBy(() -> ReviewXlsx.write((Iterable<DatasetReview>) () -> List.<DatasetReview>of().iterator(), dir.resolve("none.xlsx")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sheetNamesAreOnesExcelAccepts() {
        assertThat(ReviewXlsx.sheetName("Income and expenditure (year end)")).isEqualTo("Income and expenditure (year en");
        assertThat(ReviewXlsx.sheetName("a/b: c?")).isEqualTo("a-b- c-");
    }

    private static void assertMoney(Cell cell, MonetaryAmount amount) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getCellStyle().getDataFormatString()).contains("£").contains("#,##0.00");
        assertThat(BigDecimal.valueOf(cell.getNumericCellValue()).compareTo(Gbp.pounds(amount))).isZero();
    }
}
