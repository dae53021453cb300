package org.openbcf.examples.dataset;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openbcf.core.condition.ConditionAnswer;
import org.openbcf.core.condition.NationalCondition;
import org.openbcf.core.discharge.DischargeSchemeType;
import org.openbcf.core.expenditure.AreaOfSpend;
import org.openbcf.core.expenditure.Commissioner;
import org.openbcf.core.fund.FundingStream;
import org.openbcf.core.fund.PartnerType;
import org.openbcf.core.ledger.LedgerFlow;
import org.openbcf.core.ledger.LedgerMeasure;
import org.openbcf.core.internal.Checks;
import org.openbcf.core.year.BcfYear;
import org.openbcf.examples.io.CsvText;
import org.openbcf.examples.io.OutputFailedException;
import org.openbcf.examples.io.OutputFile;
import org.openbcf.examples.io.Schema;
import org.openbcf.metrics.catalogue.MetricCatalogue;
import org.openbcf.metrics.catalogue.YearMetric;

/**
 * An empty dataset for one year, the template a board fills in ({@code bcf init}): every file's
 * header; the year's funding streams in {@code contributions.csv}, its national-condition questions
 * in {@code conditions.csv} and its metrics in {@code metrics.csv}, with the values left empty; and a
 * README describing every file and field. A row left as written (labels only) is skipped when the
 * dataset is read, so an unanswered question is reported as unanswered.
 *
 * <p>Written completely or not at all: into a temporary folder or file beside the target, then
 * renamed into place. An existing target is never overwritten.
 *
 * @since 0.1.0
 */
public final class DatasetTemplate {

    private DatasetTemplate() {
    }

    /**
     * The template's tables for a year, each with its header row first.
     *
     * @param year the year, not null
     * @return the tables by name, in format order, never null
     */
    public static Map<String, List<List<String>>> tables(BcfYear year) {
        Checks.notNull(year, "year");
        Map<String, List<List<String>>> tables = new LinkedHashMap<>();
        for (Map.Entry<String, Schema> file : DatasetFormat.FILES.entrySet()) {
            if (!DatasetFormat.isPartOf(file.getKey(), year)) {
                continue;
            }
            List<List<String>> rows = new ArrayList<>();
            rows.add(file.getValue().columns());
            tables.put(file.getKey(), rows);
        }
        List<List<String>> board = tables.get(DatasetFormat.BOARD);
        Map<String, String> supplied = DatasetFormat.suppliedFields(year);
        for (Map.Entry<String, String> field : DatasetFormat.BOARD_FIELDS.entrySet()) {
            if (DatasetFormat.isYearSupplied(field.getKey()) && !supplied.containsKey(field.getKey())) {
                continue;
            }
            String value = switch (field.getKey()) {
                case "year" -> year.toString();
                case "format_version" -> DatasetFormat.VERSION;
                default -> "";
            };
            String description = field.getValue() + (supplied.containsKey(field.getKey())
                    ? "; in this year: " + supplied.get(field.getKey()) : "");
            board.add(List.of(field.getKey(), value, description));
        }
        supplied.forEach((field, what) -> {
            if (DatasetFormat.isKeyedField(field)) {
                board.add(List.of(field, "", DatasetFormat.KEYED_FIELDS.get(DatasetFormat.keyOf(field).get(0))
                        + "; in this year: " + what));
            }
        });
        for (YearMetric metric : MetricCatalogue.forYear(year.year()).value().orElse(List.of())) {
            if (metric.definition().callerMustSupply()) {
                board.add(List.of(DatasetFormat.metricField(metric.id(), "direction"), "",
                        DatasetFormat.METRIC_DIRECTION + ": " + metric.definition().source()));
                board.add(List.of(DatasetFormat.metricField(metric.id(), "unit"), "",
                        DatasetFormat.METRIC_UNIT + ": " + metric.definition().source()));
            }
        }
        int columns = DatasetFormat.FILES.get(DatasetFormat.CONTRIBUTIONS).columns().size();
        for (FundingStream stream : year.streams().require()) {
            List<String> row = new ArrayList<>(java.util.Collections.nCopies(columns, ""));
            row.set(2, stream.label());
            tables.get(DatasetFormat.CONTRIBUTIONS).add(row);
        }
        year.conditions().value().orElse(List.of()).stream().map(NationalCondition::id)
                .forEach(id -> tables.get(DatasetFormat.CONDITIONS).add(List.of(id, "", "", "")));
        MetricCatalogue.forYear(year.year()).value().orElse(List.of()).stream().map(YearMetric::id)
                .forEach(id -> tables.get(DatasetFormat.METRICS).add(List.of(id, year.toString(), "", "", "", "", "")));
        return tables;
    }

    /**
     * The README of a year's template: what each file and field holds.
     *
     * @param year the year, not null
     * @return the text (Markdown), never null
     */
    public static String readme(BcfYear year) {
        StringBuilder text = new StringBuilder();
        text.append("# BCF dataset ").append(year).append(" (openbcf dataset format, version ").append(DatasetFormat.VERSION)
                .append(")\n\n");
        text.append("Fill in the values and run `bcf review` on this folder (or workbook). Only board.csv is required;\n"
                + "delete the files you do not report, and rows you leave as they are (labels only) are skipped.\n"
                + "Amounts are pounds with at most two decimals (`1234567.89`, thousands commas allowed in groups of three).\n\n");
        text.append("## board.csv (field,value,description)\n\n");
        text.append("`board`, `year` and `section_75` are required: `bcf review` lists whatever required item is still "
                + "empty as a checklist (rule R-DS-1).\n\n");
        DatasetFormat.BOARD_FIELDS.forEach((field, what) -> text.append("- `").append(field).append("`: ").append(what).append('\n'));
        text.append("- `metric.<id>.direction`, `metric.<id>.unit`: a metric's definition where openbcf's sources give none "
                + "(").append(DatasetFormat.METRIC_DIRECTION).append("; ").append(DatasetFormat.METRIC_UNIT).append(")\n");
        DatasetFormat.KEYED_FIELDS.forEach((kind, what) -> text.append("- `").append(kind).append(".<")
                .append(kind.equals(DatasetFormat.NATIONAL_TOTAL) ? "stream" : kind.equals(DatasetFormat.CONDITION) ? "id" : "n")
                .append(">`: ").append(what).append('\n'));
        text.append("\nFigures openbcf's sources do not give for ").append(year)
                .append(" (the review says which figures came from this board):\n\n");
        DatasetFormat.suppliedFields(year).forEach((field, what) -> text.append("- `").append(field).append("`: ")
                .append(what).append('\n'));
        text.append("\n## Files\n\n");
        DatasetFormat.FILES.forEach((table, schema) -> text.append("- `").append(DatasetFormat.fileName(table)).append("`: ")
                .append(schema.describe()).append('\n'));
        text.append("\nFunding streams in ").append(year).append(": ");
        text.append(String.join(", ", year.streams().require().stream().map(FundingStream::label).toList())).append(".\n");
        return text.toString();
    }

    /**
     * Writes a year's template as a folder of CSV files and a README.md.
     *
     * @param year the year, not null
     * @param dir  the folder to create, not null; must not exist (or be empty)
     */
    public static void writeFolder(BcfYear year, Path dir) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        tables(year).forEach((table, rows) -> files.put(DatasetFormat.fileName(table), csv(rows)));
        files.put("README.md", readme(year).getBytes(StandardCharsets.UTF_8));
        writeFiles(dir, files);
    }

    /**
     * Writes a year's template as one workbook a finance officer can fill: a first sheet
     * {@code README} with the README text, then one sheet per file. Header rows are bold and frozen;
     * the cells to fill are styled as inputs (a light fill and a thin border); the columns whose values
     * come from a fixed list have a drop-down list (data validation) of the values the reader accepts,
     * taken from the library: the year's funding streams, partner types, yes or no for
     * {@code section_75}, the condition answers the year allows, areas of spend, commissioners,
     * Discharge Fund scheme types, plan or actual, and the year's metric names. A list Excel cannot
     * hold as an explicit list (over 255 characters, or a value with a comma, such as the Discharge
     * Fund scheme types) is kept on a hidden sheet {@code Lists}; the reader ignores it as it ignores
     * {@code README}. Every sheet is protected without a password, so that only the input cells can be
     * changed (the README sheet says so, and how to unprotect a sheet).
     *
     * @param year the year, not null
     * @param file the {@code .xlsx} file to create, not null; must not exist
     */
    public static void writeWorkbook(BcfYear year, Path file) {
        Checks.notNull(year, "year");
        Checks.notNull(file, "file");
        if (Files.exists(file)) {
            throw new OutputFailedException("cannot write " + file + ": it exists (openbcf never overwrites a dataset)", null);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            new WorkbookTemplate(workbook, year).write();
            workbook.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] workbookBytes = bytes.toByteArray();
        OutputFile.of(file).write(out -> out.write(workbookBytes));
    }

    /**
     * The drop-down lists of a year's template: for each table, the columns whose values come from a
     * fixed list, with the values the reader accepts. The {@code board} table's list is for the
     * {@code section_75} value.
     *
     * @param year the year, not null
     * @return the lists by table, then by column, never null
     */
    static Map<String, Map<String, List<String>>> lists(BcfYear year) {
        List<String> streams = year.streams().require().stream().map(FundingStream::label).toList();
        List<String> answers = java.util.EnumSet.copyOf(year.allowedAnswers().value()
                .filter(allowed -> !allowed.isEmpty()).orElse(java.util.EnumSet.allOf(ConditionAnswer.class)))
                .stream().map(ConditionAnswer::toString).toList();
        Map<String, Map<String, List<String>>> lists = new LinkedHashMap<>();
        lists.put(DatasetFormat.BOARD, Map.of("value", List.of("yes", "no")));
        lists.put(DatasetFormat.CONTRIBUTIONS, ordered("partner_type", labels(PartnerType.values(), PartnerType::label),
                "stream", streams, "basis", List.of(LedgerMeasure.PLAN.label(), LedgerMeasure.ACTUAL.label())));
        lists.put(DatasetFormat.EXPENDITURE, ordered("area_of_spend", labels(AreaOfSpend.values(), AreaOfSpend::label),
                "commissioner", labels(Commissioner.values(), Commissioner::label), "source_of_funding", streams));
        lists.put(DatasetFormat.INCOME_AND_EXPENDITURE, ordered("flow", labels(LedgerFlow.values(), LedgerFlow::label),
                "basis", labels(LedgerMeasure.values(), LedgerMeasure::label), "stream", streams));
        lists.put(DatasetFormat.CONDITIONS, Map.of("answer", answers));
        lists.put(DatasetFormat.METRICS, Map.of("metric",
                MetricCatalogue.forYear(year.year()).value().orElse(List.of()).stream().map(YearMetric::id).toList()));
        lists.put(DatasetFormat.DISCHARGE_FUND, Map.of("scheme_type",
                labels(DischargeSchemeType.values(), DischargeSchemeType::label)));
        return lists;
    }

    private static Map<String, List<String>> ordered(String c1, List<String> l1, String c2, List<String> l2,
            String c3, List<String> l3) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        map.put(c1, l1);
        map.put(c2, l2);
        map.put(c3, l3);
        return map;
    }

    private static <E> List<String> labels(E[] values, java.util.function.Function<E, String> label) {
        return Stream.of(values).map(label).toList();
    }

    /** The workbook template being written: its styles and its hidden list sheet, made when needed. */
    private static final class WorkbookTemplate {

        /** Rows styled as inputs below the header in a table of any number of rows. */
        private static final int INPUT_ROWS = 100;
        /** The longest explicit list Excel accepts, in characters. */
        private static final int EXPLICIT_LIST_LIMIT = 255;
        private static final int MIN_WIDTH = 10;
        private static final int MAX_WIDTH = 60;
        private static final int README_WIDTH = 120;
        /** The README sheet's last line: why the sheets are protected and how to unprotect one. */
        static final String PROTECTION = "The sheets are protected without a password, so that only the input cells "
                + "(light yellow) can be changed and the labels, headers and lists stay as bcf review reads them. "
                + "To change anything else, unprotect the sheet (in Excel: Review > Unprotect Sheet; no password is asked).";

        private final XSSFWorkbook workbook;
        private final BcfYear year;
        private final CellStyle header;
        private final CellStyle input;
        private final CellStyle label;
        private Sheet lists;

        WorkbookTemplate(XSSFWorkbook workbook, BcfYear year) {
            this.workbook = workbook;
            this.year = year;
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            input = workbook.createCellStyle();
            input.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            input.setBorderTop(BorderStyle.THIN);
            input.setBorderBottom(BorderStyle.THIN);
            input.setBorderLeft(BorderStyle.THIN);
            input.setBorderRight(BorderStyle.THIN);
            input.setLocked(false);
            label = workbook.createCellStyle();
            label.setWrapText(false);
        }

        void write() {
            Sheet readme = workbook.createSheet(WorkbookDataset.README);
            String[] lines = readme(year).split("\n", -1);
            for (int r = 0; r < lines.length; r++) {
                if (!lines[r].isEmpty()) {
                    readme.createRow(r).createCell(0).setCellValue(lines[r]);
                }
            }
            readme.createRow(lines.length).createCell(0).setCellValue(PROTECTION);
            readme.setColumnWidth(0, README_WIDTH * 256);
            Map<String, Map<String, List<String>>> lists = lists(year);
            tables(year).forEach((table, rows) -> table(table, rows, lists.getOrDefault(table, Map.of())));
            for (Sheet sheet : workbook) {
                protect((XSSFSheet) sheet);
            }
        }

        /**
         * Protects a sheet without a password: only its unlocked cells (the inputs) can be changed in
         * Excel; columns and rows can still be resized. POI and the reader ignore the protection.
         */
        private static void protect(XSSFSheet sheet) {
            sheet.enableLocking();
            sheet.lockFormatColumns(false);
            sheet.lockFormatRows(false);
        }

        private void table(String table, List<List<String>> rows, Map<String, List<String>> columnLists) {
            Sheet sheet = workbook.createSheet(table);
            List<String> columns = rows.get(0);
            boolean board = table.equals(DatasetFormat.BOARD);
            int last = board ? rows.size() - 1 : Math.max(rows.size() - 1, INPUT_ROWS);
            int[] widths = new int[columns.size()];
            for (int r = 0; r <= last; r++) {
                Row row = sheet.createRow(r);
                List<String> values = r < rows.size() ? rows.get(r) : List.of();
                for (int c = 0; c < columns.size(); c++) {
                    String value = c < values.size() ? values.get(c) : "";
                    boolean isInput = r > 0 && isInput(table, columns.get(c));
                    if (!value.isEmpty() || isInput || r == 0) {
                        Cell cell = row.createCell(c);
                        if (!value.isEmpty()) {
                            cell.setCellValue(value);
                        }
                        cell.setCellStyle(r == 0 ? header : isInput ? input : label);
                    }
                    widths[c] = Math.max(widths[c], value.length());
                }
            }
            for (int c = 0; c < columns.size(); c++) {
                int longest = columnLists.getOrDefault(columns.get(c), List.of()).stream().mapToInt(String::length).max().orElse(0);
                int width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.max(widths[c], longest) + 2));
                sheet.setColumnWidth(c, width * 256);
            }
            sheet.createFreezePane(0, 1);
            columnLists.forEach((column, values) -> {
                int c = columns.indexOf(column);
                if (values.isEmpty()) {
                    return;
                }
                if (board) {
                    for (int r = 1; r < rows.size(); r++) {
                        if (rows.get(r).get(0).equals("section_75")) {
                            validate(sheet, r, r, c, values);
                        }
                    }
                } else if (c >= 0) {
                    validate(sheet, 1, last, c, values);
                }
            });
        }

        private static boolean isInput(String table, String column) {
            return switch (table) {
                case DatasetFormat.BOARD -> column.equals("value");
                case DatasetFormat.CONDITIONS -> !column.equals("condition");
                case DatasetFormat.METRICS -> !column.equals("metric") && !column.equals("period");
                default -> true;
            };
        }

        private void validate(Sheet sheet, int firstRow, int lastRow, int column, List<String> values) {
            DataValidationHelper helper = sheet.getDataValidationHelper();
            DataValidationConstraint constraint;
            if (String.join(",", values).length() <= EXPLICIT_LIST_LIMIT && values.stream().noneMatch(v -> v.contains(","))) {
                constraint = helper.createExplicitListConstraint(values.toArray(String[]::new));
            } else {
                constraint = helper.createFormulaListConstraint(listRange(values));
            }
            DataValidation validation = helper.createValidation(constraint,
                    new CellRangeAddressList(firstRow, lastRow, column, column));
            validation.setSuppressDropDownArrow(true);
            validation.setShowErrorBox(true);
            validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
            validation.createErrorBox("Not in the list", "Choose one of the values in the list.");
            sheet.addValidationData(validation);
        }

        /** Writes a list into the next column of the hidden sheet {@code Lists}, made when first needed. */
        private String listRange(List<String> values) {
            if (lists == null) {
                lists = workbook.createSheet(WorkbookDataset.LISTS);
                workbook.setSheetHidden(workbook.getSheetIndex(lists), true);
            }
            int column = lists.getRow(0) == null ? 0 : lists.getRow(0).getLastCellNum();
            for (int r = 0; r < values.size(); r++) {
                Row row = lists.getRow(r) == null ? lists.createRow(r) : lists.getRow(r);
                row.createCell(column).setCellValue(values.get(r));
            }
            String letter = CellReference.convertNumToColString(column);
            return WorkbookDataset.LISTS + "!$" + letter + "$1:$" + letter + "$" + values.size();
        }
    }

    /**
     * CSV text of rows, UTF-8, LF line ends.
     *
     * @param rows the rows, not null
     * @return the bytes, never null
     */
    static byte[] csv(List<List<String>> rows) {
        return CsvText.of(rows).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Writes files into a new folder, completely or not at all: into a temporary folder beside it,
     * then renamed into place.
     *
     * @param dir   the folder to create, not null; must not exist, or be empty
     * @param files the files by name, not null
     */
    public static void writeFiles(Path dir, Map<String, byte[]> files) {
        Checks.notNull(dir, "dir");
        Checks.notNull(files, "files");
        Path target = dir.toAbsolutePath();
        if (Files.exists(target) && !(Files.isDirectory(target) && isEmpty(target))) {
            throw new OutputFailedException("cannot write " + dir + ": it exists and is not an empty folder "
                    + "(openbcf never overwrites a dataset)", null);
        }
        Path temporary = null;
        try {
            if (Files.exists(target)) {
                // an empty folder, perhaps reached through a symbolic link: the link stays, the folder is filled
                target = target.toRealPath();
            }
            Files.createDirectories(target.getParent());
            temporary = OutputFile.createBeside(target, true);
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path path = temporary.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.write(path, file.getValue());
            }
            if (Files.exists(target)) {
                Files.delete(target);
            }
            OutputFile.move(temporary, target);
            temporary = null;
        } catch (IOException e) {
            throw new OutputFailedException("cannot write " + dir + " (" + e.getMessage() + ")", e);
        } finally {
            if (temporary != null) {
                deleteQuietly(temporary);
            }
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteQuietly(Path path) {
        try (Stream<Path> all = Files.walk(path)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // nothing more can be done: the temporary folder is hidden and named after the target
        }
    }
}
