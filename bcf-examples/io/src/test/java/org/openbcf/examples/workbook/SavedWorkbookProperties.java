package org.openbcf.examples.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.openbcf.core.Generators;
import org.quicktheories.core.Gen;

/**
 * Laws of the streaming reader, against an oracle that is the generated grid itself: whatever a
 * sheet saved comes back exactly, in order, and reading up to a row gives a prefix of the whole.
 */
class SavedWorkbookProperties {

    private static final String[] ERRORS = {"#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!"};

    /** One generated cell: its kind and the text it saved. */
    private record Written(int column, CellKind kind, String text) {
    }

    private static Gen<Written> cells() {
        Gen<String> numbers = doubles().any().map(d -> Double.isFinite(d) ? Double.toString(d) : "0");
        Gen<String> texts = strings().basicLatinAlphabet().ofLengthBetween(0, 12);
        return integers().between(0, 40).zip(integers().between(0, 3), numbers, texts, (column, kind, number, text) ->
                switch (kind) {
                    case 0 -> new Written(column, CellKind.NUMBER, number);
                    case 1 -> new Written(column, CellKind.TEXT, text);
                    case 2 -> new Written(column, CellKind.BOOLEAN, text.length() % 2 == 0 ? "TRUE" : "FALSE");
                    default -> new Written(column, CellKind.ERROR, ERRORS[text.length() % ERRORS.length]);
                });
    }

    private static Gen<List<List<Written>>> grids() {
        return lists().of(lists().of(cells()).ofSizeBetween(0, 6)).ofSizeBetween(0, 12);
    }

    /** The rows as a sheet saves them: columns ascending and distinct, empty rows left out by the oracle. */
    private static List<List<SavedCell>> oracle(List<List<Written>> grid) {
        List<List<SavedCell>> rows = new ArrayList<>();
        for (int r = 0; r < grid.size(); r++) {
            List<SavedCell> row = new ArrayList<>();
            for (Written cell : normalised(grid.get(r))) {
                row.add(new SavedCell(CellAddress.columnLetters(cell.column()) + (r + 1), cell.column(), cell.kind(),
                        cell.text(), Optional.empty()));
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<Written> normalised(List<Written> row) {
        List<Written> sorted = new ArrayList<>();
        row.stream().sorted(java.util.Comparator.comparingInt(Written::column))
                .forEach(c -> {
                    if (sorted.isEmpty() || sorted.get(sorted.size() - 1).column() != c.column()) {
                        sorted.add(c);
                    }
                });
        return sorted;
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static Path write(List<List<Written>> grid) {
        StringBuilder rows = new StringBuilder();
        for (int r = 0; r < grid.size(); r++) {
            rows.append("<row r=\"").append(r + 1).append("\">");
            for (Written cell : normalised(grid.get(r))) {
                String ref = CellAddress.columnLetters(cell.column()) + (r + 1);
                rows.append(switch (cell.kind()) {
                    case NUMBER -> "<c r=\"" + ref + "\"><v>" + cell.text() + "</v></c>";
                    case TEXT -> "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">" + escaped(cell.text()) + "</t></is></c>";
                    case BOOLEAN -> "<c r=\"" + ref + "\" t=\"b\"><v>" + (cell.text().equals("TRUE") ? 1 : 0) + "</v></c>";
                    default -> "<c r=\"" + ref + "\" t=\"e\"><v>" + cell.text() + "</v></c>";
                });
            }
            rows.append("</row>");
        }
        try {
            Path file = Files.createTempFile("openbcf-property", ".xlsx");
            return new RawXlsx().sheet("S", rows.toString()).write(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<List<SavedCell>> readAll(Path file, int lastRow) {
        List<List<SavedCell>> rows = new ArrayList<>();
        try (SavedWorkbook workbook = SavedWorkbook.open(file)) {
            workbook.read("S", lastRow, (row, cells) -> {
                while (rows.size() < row - 1) {
                    rows.add(List.of());
                }
                rows.add(cells);
            });
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return rows;
    }

    private static List<List<SavedCell>> withoutTrailingEmptyRows(List<List<SavedCell>> rows) {
        List<List<SavedCell>> out = new ArrayList<>(rows);
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    @Test
    void everySavedValueIsReadBackExactlyInRowAndColumnOrder() {
        qt().withFixedSeed(Generators.SEED).withExamples(60).forAll(grids())
                .checkAssert(grid -> assertThat(readAll(write(grid), WorkbookLimits.EXCEL_MAX_ROWS))
                        .isEqualTo(withoutTrailingEmptyRows(oracle(grid))));
    }

    @Test
    void readingUpToARowGivesThatPrefixOfTheWholeSheet() {
        qt().withFixedSeed(Generators.SEED).withExamples(40).forAll(grids(), integers().between(1, 14))
                .checkAssert((grid, lastRow) -> {
                    List<List<SavedCell>> whole = withoutTrailingEmptyRows(oracle(grid));
                    List<List<SavedCell>> prefix = withoutTrailingEmptyRows(whole.subList(0, Math.min(lastRow, whole.size())));
                    assertThat(readAll(write(grid), lastRow)).isEqualTo(prefix);
                });
    }
}
