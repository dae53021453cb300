package org.openbcf.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Fills every row {@code bcf init} wrote with valid figures, as a board's finance officer would: each
 * empty value gets a value of its column's kind (a name, a partner type, pounds with pence, yes or no,
 * an answer, a fraction), from a seeded {@link Random}. The kinds are written out here from the
 * dataset format's README, independently of the reader. Files with a header only stay as they are.
 */
final class TemplateFiller {

    private static final List<String> PARTNER_TYPES = List.of("county council", "unitary authority", "London borough",
            "CCG", "ICB", "district council", "NHS trust", "other");
    private static final List<String> ANSWERS = List.of("Yes", "No", "No - In Progress", "yes", "No – In Progress");

    private final Random random;
    private int partner;

    TemplateFiller(long seed) {
        this.random = new Random(seed);
    }

    /** Fills every CSV file of a folder written by init. */
    void fillFolder(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path csv : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                String table = csv.getFileName().toString().replace(".csv", "");
                List<List<String>> rows = new ArrayList<>();
                try (CSVParser parser = CSVParser.parse(csv, StandardCharsets.UTF_8, CSVFormat.DEFAULT)) {
                    for (CSVRecord record : parser) {
                        rows.add(new ArrayList<>(record.toList()));
                    }
                }
                fill(table, rows);
                StringWriter text = new StringWriter();
                try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
                    for (List<String> row : rows) {
                        printer.printRecord(row);
                    }
                }
                Files.writeString(csv, text.toString(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fills every sheet of a workbook written by init; numbers become number cells. */
    void fillWorkbook(Path xlsx) {
        DataFormatter formatter = new DataFormatter();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Sheet sheet : workbook) {
                // README, and the hidden sheet of drop-down lists, are not tables
                if (sheet.getSheetName().equalsIgnoreCase("README") || workbook.isSheetHidden(workbook.getSheetIndex(sheet))) {
                    continue;
                }
                List<List<String>> rows = new ArrayList<>();
                List<Integer> rowNumbers = new ArrayList<>();
                int width = sheet.getRow(0).getLastCellNum();
                for (Row r : sheet) {
                    List<String> values = new ArrayList<>();
                    for (int c = 0; c < width; c++) {
                        Cell cell = r.getCell(c);
                        values.add(cell == null ? "" : formatter.formatCellValue(cell));
                    }
                    // the empty input rows below what init wrote are room for more rows, not rows to fill
                    if (values.stream().allMatch(String::isEmpty)) {
                        continue;
                    }
                    rows.add(values);
                    rowNumbers.add(r.getRowNum());
                }
                List<List<String>> before = rows.stream().map(r -> (List<String>) new ArrayList<>(r)).toList();
                fill(sheet.getSheetName(), rows);
                for (int r = 1; r < rows.size(); r++) {
                    for (int c = 0; c < width; c++) {
                        String value = rows.get(r).get(c);
                        if (value.equals(before.get(r).get(c))) {
                            continue;
                        }
                        Row row = sheet.getRow(rowNumbers.get(r));
                        Cell cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
                        if (value.matches("-?[0-9]+(\\.[0-9]+)?")) {
                            cell.setCellValue(Double.parseDouble(value));
                        } else {
                            cell.setCellValue(value);
                        }
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                workbook.write(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void fill(String table, List<List<String>> rows) {
        List<String> header = rows.get(0);
        for (List<String> row : rows.subList(1, rows.size())) {
            while (row.size() < header.size()) {
                row.add("");
            }
            if (table.equals("board")) {
                if (row.get(1).isEmpty()) {
                    row.set(1, boardValue(row.get(0)));
                }
                continue;
            }
            for (int c = 0; c < header.size(); c++) {
                if (row.get(c).isEmpty()) {
                    row.set(c, value(table, header.get(c)));
                }
            }
        }
    }

    private String boardValue(String field) {
        if (field.startsWith("metric.") && field.endsWith(".direction")) {
            return pick(List.of("lower", "higher", "lower is better"));
        }
        if (field.startsWith("metric.") && field.endsWith(".unit")) {
            return pick(List.of("count", "rate per 100,000", "percentage"));
        }
        if (field.startsWith("condition.")) {
            return pick(List.of("Plans to be jointly agreed", "NHS contribution to adult social care is maintained",
                    "Agreement to invest in NHS-commissioned out-of-hospital services, with a comma"));
        }
        if (field.startsWith("reporting.")) {
            return pick(List.of("2026-27 plan: 31 March 2026", "quarterly return: national conditions, metrics: quarterly",
                    "end-of-year return: after 31 March 2027"));
        }
        if (field.startsWith("sign_off.")) {
            return pick(List.of("Health and Wellbeing Board", "chief executive of every partner organisation",
                    "the council's section 151 officer"));
        }
        if (field.startsWith("national_total.") || field.equals("national_minimum_fund")) {
            return pounds(1, 10_000_000_000L);
        }
        return switch (field) {
            case "what_no_requires" -> pick(List.of("comment", "comment and date", "a comment explaining it",
                    "a comment and a target date"));
            case "ibcf_purposes" -> pick(List.of("social-care-needs; nhs-pressure; provider-market", "none", "nhs-pressure",
                    "meeting social care needs; c"));
            case "dfg_passed_to_districts" -> pick(List.of("yes", "no", "Y"));
            case "board" -> pick(List.of("Bexley", "Lewisham", "Norfolk", "Isle of Wight", "St. Helens", "Brighton & Hove"));
            case "section_75" -> pick(List.of("yes", "no", "Yes", "N"));
            case "risk_matrix" -> pick(List.of("4x4", "5x5"));
            case "p4p_cost_per_admission" -> pounds(1, 1_000_000);
            case "social_care_floor_uplift", "nhs_minimum_uplift" -> fraction();
            case "condition_answers" -> pick(List.of("Yes; No", "Yes; No; No - In Progress", "Yes"));
            case "nhs_minimum_must_fund" -> pick(List.of("reablement; carers; out-of-hospital", "none", "carers",
                    "reablement, out-of-hospital"));
            default -> pounds(0, 100_000_000);
        };
    }

    private String value(String table, String column) {
        return switch (column) {
            case "partner" -> "Partner " + (++partner) + " " + pick(List.of("Council", "ICB", "Trust"));
            case "partner_type" -> pick(PARTNER_TYPES);
            case "amount" -> pounds(0, 50_000_000);
            case "basis" -> table.equals("contributions") ? pick(List.of("plan", "actual")) : "";
            case "line" -> "";
            case "answer" -> pick(ANSWERS);
            case "date" -> String.format("%02d/%02d/20%02d", 1 + random.nextInt(28), 1 + random.nextInt(12), 15 + random.nextInt(12));
            case "comment", "note" -> pick(List.of("as agreed by the board", "see the narrative", "N/A"));
            case "plan", "actual" -> new BigDecimal(random.nextInt(100_000)).movePointLeft(random.nextInt(3)).toPlainString();
            case "numerator" -> Integer.toString(random.nextInt(10_000));
            case "denominator" -> Integer.toString(1 + random.nextInt(1_000_000));
            default -> "";
        };
    }

    private String pounds(long min, long max) {
        long pence = min * 100 + (long) (random.nextDouble() * (max - min) * 100);
        return BigDecimal.valueOf(pence, 2).toPlainString();
    }

    private String fraction() {
        return BigDecimal.valueOf(random.nextInt(200), 3).toPlainString();
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
