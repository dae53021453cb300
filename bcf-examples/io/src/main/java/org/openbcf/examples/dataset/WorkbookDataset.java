package org.openbcf.examples.dataset;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.openbcf.examples.io.BadInputException;
import org.openbcf.examples.io.CsvInput;
import org.openbcf.examples.io.Schema;
import org.openbcf.examples.workbook.CellKind;
import org.openbcf.examples.workbook.SavedCell;
import org.openbcf.examples.workbook.SavedNumbers;
import org.openbcf.examples.workbook.SavedWorkbook;

/**
 * A dataset held in one {@code .xlsx} workbook: one sheet per table, named as the file without
 * {@code .csv}, with the same header in row 1. Values are the ones the workbook saved (formulas are
 * not evaluated). A sheet whose name is not a table of the format is not read and is named in a note (with the nearest table name); the template's README and Lists sheets are skipped.
 *
 * <p>Numbers: Excel keeps 15 significant digits, and a saved double may carry binary noise beyond
 * them ({@code 0.30000000000000004} for 0.1 + 0.2). A number cell is read to 15 significant digits,
 * half-up, and each cell where that changed the saved value is listed in {@link #notes()}, so the
 * review says where it rounded and by how much. A date cell in a {@code date} column is read as the
 * date Excel shows.
 */
final class WorkbookDataset implements DatasetSource, AutoCloseable {

    /** The sheet {@code bcf init} writes with the format's description; ignored when reading. */
    static final String README = "README";

    /** The hidden sheet {@code bcf init} writes with the drop-down lists too long for Excel's explicit lists; ignored when reading. */
    static final String LISTS = "Lists";

    private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_UP);

    private final Path file;
    private final SavedWorkbook workbook;
    private final Set<String> sheets = new HashSet<>();
    private final List<String> notes = new ArrayList<>();

    private WorkbookDataset(Path file, SavedWorkbook workbook) {
        this.file = file;
        this.workbook = workbook;
        List<String> ignored = new ArrayList<>();
        for (String sheet : workbook.sheetNames()) {
            String table = sheet.strip().toLowerCase(java.util.Locale.ROOT);
            if (table.equalsIgnoreCase(README) || table.equalsIgnoreCase(LISTS)) {
                continue;
            }
            if (!DatasetFormat.FILES.containsKey(table)) {
                ignored.add(sheet + DatasetFormat.nearestTable(table).map(t -> " (did you mean " + t + "?)").orElse(""));
                continue;
            }
            if (!sheets.add(table)) {
                throw new BadInputException(name() + " sheet " + sheet + ": the table " + table + " has two sheets");
            }
        }
        if (!ignored.isEmpty()) {
            notes.add("sheets not read (not tables of the dataset format): " + String.join(", ", ignored));
        }
    }

    static WorkbookDataset open(Path file) {
        SavedWorkbook workbook = SavedWorkbook.open(file);
        try {
            return new WorkbookDataset(file, workbook);
        } catch (RuntimeException e) {
            workbook.close();
            throw e;
        }
    }

    @Override
    public String name() {
        return file.toString();
    }

    @Override
    public boolean has(String table) {
        return sheets.contains(table);
    }

    @Override
    public CsvInput open(String table) {
        String sheet = null;
        for (String name : workbook.sheetNames()) {
            if (name.strip().equalsIgnoreCase(table)) {
                sheet = name;
            }
        }
        String where = name() + " sheet " + sheet;
        List<CsvInput.SheetRow> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        workbook.read(sheet, (number, cells) -> {
            List<String> values = new ArrayList<>();
            for (SavedCell cell : cells) {
                while (values.size() < cell.column()) {
                    values.add("");
                }
                String column = cell.column() < header.size() ? header.get(cell.column()) : "";
                values.add(text(where, cell, column));
            }
            if (header.isEmpty()) {
                values.forEach(v -> header.add(Schema.canonical(v)));
            }
            rows.add(new CsvInput.SheetRow(number, values));
        });
        return CsvInput.of(rows, where, DatasetFormat.FILES.get(table));
    }

    private String text(String where, SavedCell cell, String column) {
        if (cell.kind() == CellKind.ERROR) {
            throw new BadInputException(where + " cell " + cell.reference() + ": the cell holds the error " + cell.text());
        }
        if (cell.kind() != CellKind.NUMBER) {
            return cell.text();
        }
        BigDecimal saved;
        try {
            saved = SavedNumbers.parse(cell.text());
            if (column.equals("date")) {
                return SavedNumbers.date(saved).toString();
            }
        } catch (IllegalArgumentException e) {
            throw new BadInputException(where + " cell " + cell.reference() + ": the cell holds " + e.getMessage(), e);
        }
        BigDecimal read = saved.round(EXCEL_DIGITS).stripTrailingZeros();
        if (read.compareTo(saved) != 0) {
            notes.add(where + " cell " + cell.reference() + ": the saved number " + cell.text() + " was read as "
                    + read.toPlainString() + " (15 significant digits, half-up; changed by "
                    + read.subtract(saved).toPlainString() + ")");
        }
        return read.scale() < 0 ? read.setScale(0).toPlainString() : read.toPlainString();
    }

    @Override
    public List<String> notes() {
        return List.copyOf(notes);
    }

    @Override
    public void close() {
        workbook.close();
    }
}
