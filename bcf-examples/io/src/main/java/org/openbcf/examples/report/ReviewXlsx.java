package org.openbcf.examples.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.money.MonetaryAmount;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.openbcf.core.finding.Finding;
import org.openbcf.core.finding.Rule;
import org.openbcf.core.internal.Checks;
import org.openbcf.core.money.Gbp;
import org.openbcf.examples.io.OutputFailedException;
import org.openbcf.examples.io.OutputFile;
import org.openbcf.review.DatasetReview;

/**
 * Writes reviews as one workbook, {@code bcf review DATASET --format xlsx -o review.xlsx}: a
 * {@code Summary} sheet (one row per dataset), one sheet per section of the review (one row per
 * figure, each dataset's rows in turn), the expenditure plan by scheme type and the derived minimums against
 * their floors (when a review has them; {@value #SCHEME_TYPES}, {@value #MINIMUMS}) and a {@code Findings} sheet
 * (rule, severity, section, location, message and each amount as a number). Money is a number cell with a £ number format, never text;
 * whole numbers and other numbers are number cells; the header row is bold and frozen; the columns have
 * set widths. Written by streaming ({@link SXSSFWorkbook}, at most {@value #WINDOW} rows in memory per
 * sheet), so a folder of 150 datasets stays in bounded memory, and completely or not at all (a
 * temporary file beside the target, renamed over it).
 *
 * <p>An Excel cell holds a binary floating-point number: a money cell is the exact amount in pounds
 * converted at the edge, which for amounts of up to £1,000,000,000.00 shows and sums to the penny. It
 * formats only: every figure comes from the {@link DatasetReview}.
 *
 * @since 0.1.0
 */
public final class ReviewXlsx {

    /** The £ number format of money cells: {@code £1,234,567.00}, {@code -£200.00}. */
    public static final String MONEY_FORMAT = "\"£\"#,##0.00;-\"£\"#,##0.00";

    /** The sheet of the findings. */
    public static final String FINDINGS = "Findings";

    /** The sheet of the one-row-per-dataset summary. */
    public static final String SUMMARY = "Summary";

    /** The sheet of the expenditure plans by scheme type (one row per board and type), when a review has one. */
    public static final String SCHEME_TYPES = "Expenditure by scheme type";

    /** The sheet of the derived minimums against their floors (one row per board and minimum), when a review has them. */
    public static final String MINIMUMS = "Minimums against floors";

    /** The number format of a share: {@code 3.3%} (the cell holds the fraction, 0.033). */
    public static final String PERCENT_FORMAT = "0.0%";

    /** Rows held in memory per sheet while writing. */
    static final int WINDOW = 100;

    private ReviewXlsx() {
    }

    /**
     * Writes the workbook.
     *
     * @param reviews the reviews, not null, at least one
     * @param file    the {@code .xlsx} file, not null; replaced when it exists
     * @throws OutputFailedException when the file cannot be written
     */
    public static void write(List<DatasetReview> reviews, Path file) {
        Checks.notNull(reviews, "reviews");
        Checks.notNull(file, "file");
        if (reviews.isEmpty()) {
            throw new IllegalArgumentException("a workbook needs at least one review");
        }
        if (Files.isDirectory(file)) {
            throw new OutputFailedException("cannot write " + file + ": it is a directory", null);
        }
        // the one way openbcf writes a file: atomically to a regular file or a new path, straight through
        // to anything else (a device or a pipe is never replaced), with the user's umask
        OutputFile.of(file).write(out -> {
            try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
                new Book(workbook).write(reviews);
                workbook.write(out);
            }
        });
    }

    /**
     * A sheet name Excel accepts: at most 31 characters, none of {@code []:*?/\}.
     *
     * @param title a section title
     * @return the name, never null
     */
    static String sheetName(String title) {
        String name = title.replaceAll("[\\[\\]:*?/\\\\]", "-").strip();
        return name.length() > 31 ? name.substring(0, 31) : name;
    }

    /** One workbook being written. */
    private static final class Book {
        private final SXSSFWorkbook workbook;
        private final CellStyle header;
        private final CellStyle money;
        private final CellStyle whole;
        private final CellStyle percent;
        private final CellStyle wrap;

        Book(SXSSFWorkbook workbook) {
            this.workbook = workbook;
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat(MONEY_FORMAT));
            whole = workbook.createCellStyle();
            whole.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat(PERCENT_FORMAT));
            wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
        }

        void write(List<DatasetReview> reviews) {
            summary(reviews);
            Set<String> titles = new LinkedHashSet<>();
            reviews.forEach(r -> r.sections().forEach(s -> titles.add(s.title())));
            Map<String, String> names = new LinkedHashMap<>();
            for (String title : titles) {
                String name = sheetName(title);
                int n = 2;
                while (names.containsValue(name) || name.equalsIgnoreCase(SUMMARY) || name.equalsIgnoreCase(FINDINGS)) {
                    String suffix = " " + n++;
                    name = sheetName(title).substring(0, Math.min(sheetName(title).length(), 31 - suffix.length())) + suffix;
                }
                names.put(title, name);
            }
            for (Map.Entry<String, String> entry : names.entrySet()) {
                section(entry.getKey(), entry.getValue(), reviews);
            }
            if (reviews.stream().anyMatch(r -> !r.spendBySchemeType().isEmpty())) {
                schemeTypes(reviews);
            }
            if (reviews.stream().anyMatch(r -> !r.minimums().isEmpty())) {
                minimums(reviews);
            }
            findings(reviews);
        }

        private Sheet sheet(String name, int[] widths, String... columns) {
            SXSSFSheet sheet = workbook.createSheet(name);
            Row row = sheet.createRow(0);
            for (int c = 0; c < columns.length; c++) {
                Cell cell = row.createCell(c);
                cell.setCellValue(columns[c]);
                cell.setCellStyle(header);
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            sheet.createFreezePane(0, 1);
            return sheet;
        }

        private void summary(List<DatasetReview> reviews) {
            Sheet sheet = sheet(SUMMARY, new int[] {24, 10, 22, 16, 18, 22, 22, 9, 10, 9},
                    "Board", "Year", "Dataset", "Result", "Pooled fund", "ASC from the NHS minimum", "NHS out-of-hospital",
                    "Errors", "Warnings", "Notes");
            int r = 1;
            for (DatasetReview review : reviews) {
                DatasetReview.Summary s = review.summary();
                Row row = sheet.createRow(r++);
                text(row, 0, s.board());
                text(row, 1, s.year().toString());
                text(row, 2, review.dataset().source());
                text(row, 3, review.passes() ? "passes" : "does not pass");
                money(row, 4, s.pool());
                money(row, 5, s.socialCare());
                money(row, 6, s.outOfHospital());
                number(row, 7, s.errors());
                number(row, 8, s.warnings());
                number(row, 9, s.infos());
            }
        }

        private void section(String title, String name, List<DatasetReview> reviews) {
            Sheet sheet = sheet(name, new int[] {24, 10, 60, 20}, "Board", "Year", "Item", "Value");
            int r = 1;
            for (DatasetReview review : reviews) {
                for (DatasetReview.Section section : review.sections()) {
                    if (!section.title().equals(title)) {
                        continue;
                    }
                    for (DatasetReview.Line line : section.lines()) {
                        Row row = sheet.createRow(r++);
                        text(row, 0, review.dataset().board().name());
                        text(row, 1, review.dataset().board().year().toString());
                        text(row, 2, line.item());
                        value(row, 3, line.value());
                    }
                }
            }
        }

        private void schemeTypes(List<DatasetReview> reviews) {
            Sheet sheet = sheet(SCHEME_TYPES, new int[] {24, 10, 60, 20, 18}, "Board", "Year", "Scheme type", "Planned spend",
                    "Share of the plan");
            int r = 1;
            for (DatasetReview review : reviews) {
                for (DatasetReview.SchemeTypeSpend type : review.spendBySchemeType()) {
                    Row row = boardRow(sheet, r++, review);
                    text(row, 2, type.schemeType());
                    money(row, 3, Optional.of(type.amount()));
                    if (type.percentOfPlan().isPresent()) {
                        Cell cell = row.createCell(4);
                        cell.setCellValue(type.percentOfPlan().get().movePointLeft(2).doubleValue());
                        cell.setCellStyle(percent);
                    }
                }
            }
        }

        private void minimums(List<DatasetReview> reviews) {
            Sheet sheet = sheet(MINIMUMS, new int[] {24, 10, 44, 11, 18, 18, 18, 16, 80}, "Board", "Year", "Minimum", "Rule",
                    "Spend", "Floor", "Difference", "Result", "Note");
            int r = 1;
            for (DatasetReview review : reviews) {
                for (DatasetReview.Minimum m : review.minimums()) {
                    Row row = boardRow(sheet, r++, review);
                    text(row, 2, m.name());
                    text(row, 3, m.rule().map(Rule::id).orElse(""));
                    money(row, 4, m.amount());
                    money(row, 5, m.floor());
                    money(row, 6, m.difference());
                    text(row, 7, m.status().label());
                    text(row, 8, m.note());
                    row.getCell(8).setCellStyle(wrap);
                }
            }
        }

        /** A new row starting with the review's board and year. */
        private Row boardRow(Sheet sheet, int r, DatasetReview review) {
            Row row = sheet.createRow(r);
            text(row, 0, review.dataset().board().name());
            text(row, 1, review.dataset().board().year().toString());
            return row;
        }

        private void findings(List<DatasetReview> reviews) {
            int amounts = 0;
            for (DatasetReview review : reviews) {
                for (Finding f : review.findings()) {
                    amounts = Math.max(amounts, f.amounts().size());
                }
            }
            List<String> columns = new ArrayList<>(List.of("Board", "Year", "Section", "Rule", "Severity", "Location",
                    "Message", "Other figures"));
            List<Integer> widths = new ArrayList<>(List.of(24, 10, 28, 11, 10, 40, 80, 24));
            for (int a = 1; a <= amounts; a++) {
                columns.add("Amount " + a);
                columns.add("Amount " + a + " (£)");
                widths.add(16);
                widths.add(18);
            }
            Sheet sheet = sheet(FINDINGS, widths.stream().mapToInt(Integer::intValue).toArray(), columns.toArray(String[]::new));
            int r = 1;
            for (DatasetReview review : reviews) {
                for (DatasetReview.Section section : review.sections()) {
                    for (Finding f : section.findings()) {
                        Row row = sheet.createRow(r++);
                        text(row, 0, review.dataset().board().name());
                        text(row, 1, review.dataset().board().year().toString());
                        text(row, 2, section.title());
                        text(row, 3, f.ruleId());
                        text(row, 4, f.severity().name().toLowerCase(Locale.ROOT));
                        text(row, 5, f.where());
                        text(row, 6, f.message());
                        row.getCell(6).setCellStyle(wrap);
                        List<String> others = new ArrayList<>();
                        f.figures().forEach((k, v) -> others.add(k + " " + v.toPlainString()));
                        text(row, 7, String.join(", ", others));
                        int c = 8;
                        for (Map.Entry<String, MonetaryAmount> amount : f.amounts().entrySet()) {
                            text(row, c++, amount.getKey());
                            money(row, c++, Optional.of(amount.getValue()));
                        }
                    }
                }
            }
        }

        private void text(Row row, int column, String text) {
            row.createCell(column).setCellValue(text);
        }

        private void money(Row row, int column, Optional<MonetaryAmount> amount) {
            if (amount.isPresent()) {
                Cell cell = row.createCell(column);
                cell.setCellValue(Gbp.pounds(amount.get()).doubleValue());
                cell.setCellStyle(money);
            }
        }

        private void number(Row row, int column, long n) {
            Cell cell = row.createCell(column);
            cell.setCellValue(n);
            cell.setCellStyle(whole);
        }

        private void value(Row row, int column, Object value) {
            if (value instanceof MonetaryAmount amount) {
                money(row, column, Optional.of(amount));
            } else if (value instanceof Long || value instanceof Integer) {
                number(row, column, ((Number) value).longValue());
            } else if (value instanceof java.math.BigDecimal decimal) {
                row.createCell(column).setCellValue(decimal.doubleValue());
            } else {
                text(row, column, value.toString());
            }
        }
    }
}
