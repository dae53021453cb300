package org.openbcf.examples.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Test fixtures: the illustrative Lewisham 2025/26 dataset, copied to a folder, edited, or saved as a workbook. */
public final class Datasets {

    /** The fixture's file names. */
    public static final List<String> LEWISHAM_FILES = List.of("board.csv", "contributions.csv", "expenditure.csv",
            "conditions.csv", "metrics.csv", "SOURCES.md");

    private Datasets() {
    }

    /**
     * Copies the Lewisham fixture into a new folder.
     *
     * @param dir the folder to create
     * @return the folder
     */
    public static Path lewisham(Path dir) {
        try {
            Files.createDirectories(dir);
            for (String file : LEWISHAM_FILES) {
                try (InputStream in = Datasets.class.getResourceAsStream("/datasets/lewisham-2025-26/" + file)) {
                    Files.copy(in, dir.resolve(file));
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Replaces text in one file of a dataset folder.
     *
     * @param dir  the folder
     * @param file the file name
     * @param from the text to replace (must occur)
     * @param to   the replacement
     */
    public static void edit(Path dir, String file, String from, String to) {
        try {
            String text = Files.readString(dir.resolve(file));
            if (!text.contains(from)) {
                throw new IllegalArgumentException(file + " has no '" + from + "'");
            }
            Files.writeString(dir.resolve(file), text.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Appends a line to a file of a dataset folder.
     *
     * @param dir  the folder
     * @param file the file name
     * @param line the line, without its line end
     */
    public static void append(Path dir, String file, String line) {
        try {
            Files.writeString(dir.resolve(file), Files.readString(dir.resolve(file)) + line + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Saves a dataset folder as one workbook with POI: a sheet per CSV file, numbers as number cells.
     *
     * @param dir  the folder
     * @param xlsx the workbook to write
     * @return the workbook path
     */
    public static Path toWorkbook(Path dir, Path xlsx) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); Stream<Path> files = Files.list(dir)) {
            for (Path csv : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                String name = csv.getFileName().toString();
                Sheet sheet = workbook.createSheet(name.substring(0, name.length() - 4));
                try (CSVParser parser = CSVParser.parse(csv, StandardCharsets.UTF_8, CSVFormat.DEFAULT)) {
                    int r = 0;
                    for (CSVRecord record : parser) {
                        Row row = sheet.createRow(r++);
                        for (int c = 0; c < record.size(); c++) {
                            String value = record.get(c);
                            if (value.isEmpty()) {
                                continue;
                            }
                            if (r > 1 && value.matches("-?[0-9]+(\\.[0-9]+)?")) {
                                row.createCell(c).setCellValue(Double.parseDouble(value));
                            } else {
                                row.createCell(c).setCellValue(value);
                            }
                        }
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                workbook.write(out);
            }
            return xlsx;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Fills a workbook template ({@code bcf init --xlsx}) with a dataset folder's values through POI, as a
     * finance officer would: board values typed beside their field names (a field the template lacks is
     * added below), every other sheet's rows typed over the template's rows from row 2 (a value under
     * its column's header, numbers as number cells; the template's left-over rows emptied, their input
     * style kept). The template's README and list sheets, styles and drop-down lists stay as they are.
     *
     * @param xlsx the template, filled in place
     * @param dir  the dataset folder
     * @return the workbook path
     */
    public static Path fillTemplate(Path xlsx, Path dir) {
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in);
                Stream<Path> files = Files.list(dir)) {
            for (Path csv : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                String name = csv.getFileName().toString();
                Sheet sheet = workbook.getSheet(name.substring(0, name.length() - 4));
                if (sheet == null) {
                    throw new IllegalArgumentException("the template has no sheet for " + name);
                }
                List<String> header = new java.util.ArrayList<>();
                sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
                try (CSVParser parser = CSVParser.parse(csv, StandardCharsets.UTF_8,
                        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build())) {
                    List<CSVRecord> records = parser.getRecords();
                    if (name.equals("board.csv")) {
                        for (CSVRecord record : records) {
                            Row row = boardRow(sheet, record.get("field"));
                            type(row, header.indexOf("value"), record.get("value"));
                        }
                        continue;
                    }
                    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                        Row row = sheet.getRow(r);
                        if (row != null) {
                            row.forEach(org.apache.poi.ss.usermodel.Cell::setBlank);
                        }
                    }
                    for (int r = 0; r < records.size(); r++) {
                        Row row = sheet.getRow(r + 1) == null ? sheet.createRow(r + 1) : sheet.getRow(r + 1);
                        for (String column : parser.getHeaderNames()) {
                            int c = header.indexOf(column);
                            if (c < 0) {
                                throw new IllegalArgumentException("the template's " + sheet.getSheetName() + " has no column " + column);
                            }
                            type(row, c, records.get(r).get(column));
                        }
                    }
                }
            }
            byte[] bytes;
            try (java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
                workbook.write(out);
                bytes = out.toByteArray();
            }
            Files.write(xlsx, bytes);
            return xlsx;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Row boardRow(Sheet sheet, String field) {
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getCell(0) != null && row.getCell(0).getStringCellValue().equals(field)) {
                return row;
            }
        }
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        row.createCell(0).setCellValue(field);
        return row;
    }

    private static void type(Row row, int column, String value) {
        org.apache.poi.ss.usermodel.Cell cell = row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
        if (value.isEmpty()) {
            cell.setBlank();
        } else if (value.matches("-?[0-9]+(\\.[0-9]+)?")) {
            cell.setCellValue(Double.parseDouble(value));
        } else {
            cell.setCellValue(value);
        }
    }
}
