package org.openbcf.examples.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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
 * sheet) from reviews made one at a time ({@link #write(Iterable, Path)}), so a folder of 150 datasets
 * stays in bounded memory, and completely or not at all (a temporary file beside the target, renamed
 * over it).
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
        write((Iterable<DatasetReview>) reviews, file);
    }

    /**
     * Writes the workbook from reviews made one at a time, so that a folder of many datasets stays in
     * bounded memory: the reviews are iterated twice, first to learn the sheets (every section title and
     * the most amounts a finding has), then to write each review's rows, and the workbook holds at most
     * {@value #WINDOW} rows per sheet in memory. Each iteration may read and review the datasets afresh
     * and must give the same reviews; none is kept. A review that fails (a bad dataset) fails the first
     * iteration, before any row is written, and no file is written.
     *
     * @param reviews the reviews, not null, at least one; iterated twice
     * @param file    the {@code .xlsx} file, not null; replaced when it exists
     * @throws OutputFailedException when the file cannot be written
     * @since 0.1.0
     */
    public static void write(Iterable<DatasetReview> reviews, Path file) {
        Checks.notNull(reviews, "reviews");
        Checks.notNull(file, "file");
        // a file that cannot be written (a folder) is refused before any review runs
        OutputFile target = OutputFile.of(file);
        Layout layout = new Layout();
        reviews.forEach(layout::add);
        if (layout.count == 0) {
            throw new IllegalArgumentException("a workbook needs at least one review");
        }
        // the one way openbcf writes a file: atomically to a regular file or a new path, straight through
        // to anything else (a device or a pipe is never replaced), with the user's umask
        target.write(out -> {
            try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
                Book book = new Book(workbook, layout);
                int written = 0;
                for (DatasetReview review : reviews) {
                    book.add(review);
                    written++;
                }
                if (written != layout.count) {
                    throw new IllegalStateException("the reviews gave " + layout.count + " reviews, then " + written);
                }
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

    /** What the first pass over the reviews learns: the section titles in order, the most amounts of a finding. */
    private static final class Layout {
        private final Set<String> titles = new LinkedHashSet<>();
        private int amounts;
        private int count;
        private boolean schemeTypes;
        private boolean minimums;

        void add(DatasetReview review) {
            review.sections().forEach(s -> titles.add(s.title()));
            for (Finding f : review.findings()) {
                amounts = Math.max(amounts, f.amounts().size());
            }
            schemeTypes |= !review.spendBySchemeType().isEmpty();
            minimums |= !review.minimums().isEmpty();
            count++;
        }
    }

    /** One workbook being written, a review at a time. */
    private static final class Book {
        private final SXSSFWorkbook workbook;
        private final CellStyle header;
        private final CellStyle money;
        private final CellStyle whole;
        private final CellStyle percent;
        private final CellStyle wrap;
        private final Sheet summary;
        private final Map<String, Sheet> sections = new LinkedHashMap<>();
        private final Sheet schemeTypes;
        private final Sheet minimums;
        private final Sheet findings;
        /** The next row of each sheet. */
        private final Map<Sheet, Integer> next = new HashMap<>();

        Book(SXSSFWorkbook workbook, Layout layout) {
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
            summary = sheet(SUMMARY, new int[] {24, 10, 22, 16, 18, 22, 22, 9, 10, 9},
                    "Board", "Year", "Dataset", "Result", "Pooled fund", "ASC from the NHS minimum", "NHS out-of-hospital",
                    "Errors", "Warnings", "Notes");
            Map<String, String> names = new LinkedHashMap<>();
            for (String title : layout.titles) {
                String name = sheetName(title);
                int n = 2;
                while (names.containsValue(name) || name.equalsIgnoreCase(SUMMARY) || name.equalsIgnoreCase(FINDINGS)) {
                    String suffix = " " + n++;
                    name = sheetName(title).substring(0, Math.min(sheetName(title).length(), 31 - suffix.length())) + suffix;
                }
                names.put(title, name);
                sections.put(title, sheet(name, new int[] {24, 10, 60, 20}, "Board", "Year", "Item", "Value"));
            }
            schemeTypes = layout.schemeTypes ? sheet(SCHEME_TYPES, new int[] {24, 10, 60, 20, 18}, "Board", "Year",
                    "Scheme type", "Planned spend", "Share of the plan") : null;
            minimums = layout.minimums ? sheet(MINIMUMS, new int[] {24, 10, 44, 11, 18, 18, 18, 16, 80}, "Board", "Year",
                    "Minimum", "Rule", "Spend", "Floor", "Difference", "Result", "Note") : null;
            List<String> columns = new ArrayList<>(List.of("Board", "Year", "Section", "Rule", "Severity", "Location",
                    "Message", "Other figures"));
            List<Integer> widths = new ArrayList<>(List.of(24, 10, 28, 11, 10, 40, 80, 24));
            for (int a = 1; a <= layout.amounts; a++) {
                columns.add("Amount " + a);
                columns.add("Amount " + a + " (£)");
                widths.add(16);
                widths.add(18);
            }
            findings = sheet(FINDINGS, widths.stream().mapToInt(Integer::intValue).toArray(), columns.toArray(String[]::new));
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
            next.put(sheet, 1);
            return sheet;
        }

        private Row row(Sheet sheet) {
            int r = next.merge(sheet, 1, Integer::sum) - 1;
            return sheet.createRow(r);
        }

        /** Writes one review's rows: its summary row, its figures on each section's sheet, its findings. */
        void add(DatasetReview review) {
            DatasetReview.Summary s = review.summary();
            Row row = row(summary);
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
            for (DatasetReview.Section section : review.sections()) {
                Sheet sheet = sections.get(section.title());
                if (sheet == null) {
                    throw new IllegalStateException("a section the first pass did not see: " + section.title());
                }
                for (DatasetReview.Line line : section.lines()) {
                    Row r = boardRow(sheet, review);
                    text(r, 2, line.item());
                    value(r, 3, line.value());
                }
            }
            for (DatasetReview.SchemeTypeSpend type : review.spendBySchemeType()) {
                Row r = boardRow(schemeTypes, review);
                text(r, 2, type.schemeType());
                money(r, 3, Optional.of(type.amount()));
                if (type.percentOfPlan().isPresent()) {
                    Cell cell = r.createCell(4);
                    cell.setCellValue(type.percentOfPlan().get().movePointLeft(2).doubleValue());
                    cell.setCellStyle(percent);
                }
            }
            for (DatasetReview.Minimum m : review.minimums()) {
                Row r = boardRow(minimums, review);
                text(r, 2, m.name());
                text(r, 3, m.rule().map(Rule::id).orElse(""));
                money(r, 4, m.amount());
                money(r, 5, m.floor());
                money(r, 6, m.difference());
                text(r, 7, m.status().label());
                text(r, 8, m.note());
                r.getCell(8).setCellStyle(wrap);
            }
            for (DatasetReview.Section section : review.sections()) {
                for (Finding f : section.findings()) {
                    Row r = boardRow(findings, review);
                    text(r, 2, section.title());
                    text(r, 3, f.ruleId());
                    text(r, 4, f.severity().name().toLowerCase(Locale.ROOT));
                    text(r, 5, f.where());
                    text(r, 6, f.message());
                    r.getCell(6).setCellStyle(wrap);
                    List<String> others = new ArrayList<>();
                    f.figures().forEach((k, v) -> others.add(k + " " + v.toPlainString()));
                    text(r, 7, String.join(", ", others));
                    int c = 8;
                    for (Map.Entry<String, MonetaryAmount> amount : f.amounts().entrySet()) {
                        text(r, c++, amount.getKey());
                        money(r, c++, Optional.of(amount.getValue()));
                    }
                }
            }
        }

        /** A new row of the sheet starting with the review's board and year. */
        private Row boardRow(Sheet sheet, DatasetReview review) {
            Row row = row(sheet);
            text(row, 0, review.dataset().board().name());
            text(row, 1, review.dataset().board().year().toString());
            return row;
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
