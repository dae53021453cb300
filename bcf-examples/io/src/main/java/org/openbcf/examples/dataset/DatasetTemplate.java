package org.openbcf.examples.dataset;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openbcf.core.condition.NationalCondition;
import org.openbcf.core.fund.FundingStream;
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
                    ? "; openbcf's sources do not give it: " + supplied.get(field.getKey()) : "");
            board.add(List.of(field.getKey(), value, description));
        }
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
     * Writes a year's template as one workbook: one sheet per file and a README sheet.
     *
     * @param year the year, not null
     * @param file the {@code .xlsx} file to create, not null; must not exist
     */
    public static void writeWorkbook(BcfYear year, Path file) {
        Checks.notNull(file, "file");
        if (Files.exists(file)) {
            throw new OutputFailedException("cannot write " + file + ": it exists (openbcf never overwrites a dataset)", null);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            tables(year).forEach((table, rows) -> sheet(workbook, table, rows));
            List<List<String>> readme = new ArrayList<>();
            for (String line : readme(year).split("\n", -1)) {
                readme.add(List.of(line));
            }
            sheet(workbook, WorkbookDataset.README, readme);
            workbook.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] workbookBytes = bytes.toByteArray();
        OutputFile.of(file).write(out -> out.write(workbookBytes));
    }

    private static void sheet(XSSFWorkbook workbook, String name, List<List<String>> rows) {
        Sheet sheet = workbook.createSheet(name);
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r);
            List<String> values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
                if (!values.get(c).isEmpty()) {
                    row.createCell(c).setCellValue(values.get(c));
                }
            }
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
            move(temporary, target);
            temporary = null;
        } catch (IOException e) {
            throw new OutputFailedException("cannot write " + dir + " (" + e.getMessage() + ")", e);
        } finally {
            if (temporary != null) {
                deleteQuietly(temporary);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
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
