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
}
