package org.openbcf.examples.workbook;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one sheet's {@code <sheetData>} with SAX (ECMA-376 Part 1, §18.3.1.80), holding one row at a
 * time: a row's cells go to the {@link SheetVisitor} when the row ends, and nothing of the sheet is
 * kept after. Rows must ascend and cells within a row must ascend by column, as every spreadsheet
 * program writes them; anything else is refused, so the visitor sees the rows in order.
 */
final class SheetHandler extends DefaultHandler {

    /** Why the sheet cannot be used, in words; the reader adds the file, the sheet and the row. */
    static final class Problem extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Problem(String message) {
            super(message, null, false, false);
        }
    }

    /** Thrown to stop parsing once the rows asked for are read: not an error. */
    static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super("stop", null, false, false);
        }
    }

    private enum Text { NONE, VALUE, FORMULA, INLINE }

    private final SheetVisitor visitor;
    private final int lastRow;
    private final WorkbookLimits limits;
    private final IntFunction<String> sharedStrings;
    private final Map<String, String> sharedFormulas = new HashMap<>();

    private boolean inSheetData;
    private int rows;
    private long cellCount;
    private int rowNumber;
    private int lastColumn;
    private List<SavedCell> cells;

    private int column;
    private String reference;
    private String type;
    private final StringBuilder value = new StringBuilder();
    private boolean hasValue;
    private final StringBuilder formula = new StringBuilder();
    private boolean hasFormula;
    private String sharedIndex;
    private boolean sharedMaster;
    private final StringBuilder inline = new StringBuilder();
    private boolean hasInline;
    private boolean inInline;
    private int phoneticDepth;
    private Text collecting = Text.NONE;

    SheetHandler(SheetVisitor visitor, int lastRow, WorkbookLimits limits, IntFunction<String> sharedStrings) {
        this.visitor = visitor;
        this.lastRow = lastRow;
        this.limits = limits;
        this.sharedStrings = sharedStrings;
    }

    /** The row being read, from 1, or 0 before the first. */
    int rowNumber() {
        return rowNumber;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if (!inSheetData) {
            inSheetData = "sheetData".equals(localName);
            return;
        }
        switch (localName) {
            case "row" -> startRow(attributes.getValue("r"));
            case "c" -> startCell(attributes.getValue("r"), attributes.getValue("t"));
            case "v" -> {
                collecting = Text.VALUE;
                hasValue = true;
                value.setLength(0);
            }
            case "f" -> startFormula(attributes);
            case "is" -> {
                inInline = true;
                hasInline = true;
            }
            case "rPh" -> phoneticDepth++;
            case "t" -> {
                if (inInline && phoneticDepth == 0) {
                    collecting = Text.INLINE;
                }
            }
            default -> {
            }
        }
    }

    private void startRow(String r) {
        int number = rowNumber + 1;
        if (r != null) {
            number = parseRow(r);
            if (number <= rowNumber) {
                throw new Problem("row " + r + " comes after row " + rowNumber + "; rows must ascend");
            }
        }
        if (number > WorkbookLimits.EXCEL_MAX_ROWS) {
            throw new Problem("row " + number + " is beyond Excel's last row (" + WorkbookLimits.EXCEL_MAX_ROWS + ")");
        }
        if (++rows > limits.maxRowsPerSheet()) {
            throw new Problem("the sheet has more than " + limits.maxRowsPerSheet() + " rows, openbcf's limit for a sheet");
        }
        if (number > lastRow) {
            throw new Stop();
        }
        rowNumber = number;
        lastColumn = -1;
        cells = new ArrayList<>();
    }

    private static int parseRow(String r) {
        if (r.isEmpty() || r.length() > 7 || !r.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new Problem("a row is numbered '" + shortened(r) + "', not a row number");
        }
        int number = Integer.parseInt(r);
        if (number < 1) {
            throw new Problem("a row is numbered " + r + "; rows run from 1");
        }
        return number;
    }

    private void startCell(String r, String t) {
        if (cells == null) {
            throw new Problem("a cell lies outside any row");
        }
        if (++cellCount > limits.maxCellsPerSheet()) {
            throw new Problem("the sheet has more than " + limits.maxCellsPerSheet() + " cells, openbcf's limit for a sheet");
        }
        if (r != null) {
            int letters = CellAddress.letters(r);
            if (letters == 0) {
                throw new Problem("a cell is named '" + shortened(r) + "', not a cell address such as B7");
            }
            if (CellAddress.rowNumber(r, letters) != rowNumber) {
                throw new Problem("cell " + r + " lies in row " + rowNumber);
            }
            column = CellAddress.column(r, letters);
        } else {
            column = lastColumn + 1;
        }
        if (column >= WorkbookLimits.EXCEL_MAX_COLUMNS) {
            throw new Problem("a cell lies beyond Excel's last column (XFD)");
        }
        if (column <= lastColumn) {
            throw new Problem("cell " + (r != null ? r : CellAddress.columnLetters(column) + rowNumber)
                    + " comes after column " + CellAddress.columnLetters(lastColumn) + "; cells must ascend");
        }
        lastColumn = column;
        reference = r != null ? r : CellAddress.columnLetters(column) + rowNumber;
        type = t == null ? "n" : t;
        hasValue = false;
        hasFormula = false;
        hasInline = false;
        inInline = false;
        phoneticDepth = 0;
        sharedIndex = null;
        sharedMaster = false;
        value.setLength(0);
        formula.setLength(0);
        inline.setLength(0);
    }

    private void startFormula(Attributes attributes) {
        collecting = Text.FORMULA;
        hasFormula = true;
        formula.setLength(0);
        if ("shared".equals(attributes.getValue("t"))) {
            sharedIndex = attributes.getValue("si");
            sharedMaster = attributes.getValue("ref") != null;
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        switch (collecting) {
            case VALUE -> append(value, ch, start, length, WorkbookLimits.EXCEL_MAX_CELL_TEXT, "value");
            case FORMULA -> append(formula, ch, start, length, WorkbookLimits.EXCEL_MAX_FORMULA, "formula");
            case INLINE -> append(inline, ch, start, length, WorkbookLimits.EXCEL_MAX_CELL_TEXT, "text");
            default -> {
            }
        }
    }

    private void append(StringBuilder to, char[] ch, int start, int length, int max, String what) {
        if (to.length() + length > max) {
            throw new Problem("cell " + reference + " holds a " + what + " of more than " + max
                    + " characters, more than Excel keeps");
        }
        to.append(ch, start, length);
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (!inSheetData) {
            return;
        }
        switch (localName) {
            case "v", "f" -> collecting = Text.NONE;
            case "t" -> {
                if (collecting == Text.INLINE) {
                    collecting = Text.NONE;
                }
            }
            case "rPh" -> phoneticDepth--;
            case "is" -> inInline = false;
            case "c" -> endCell();
            case "row" -> endRow();
            case "sheetData" -> throw new Stop();
            default -> {
            }
        }
    }

    private void endCell() {
        Optional<String> formulaText = formula();
        CellKind kind;
        String text;
        switch (type) {
            case "n" -> {
                kind = CellKind.NUMBER;
                text = value.toString();
            }
            case "s" -> {
                kind = CellKind.TEXT;
                text = hasValue ? sharedString() : "";
            }
            case "str", "d" -> {
                kind = CellKind.TEXT;
                text = value.toString();
            }
            case "inlineStr" -> {
                kind = CellKind.TEXT;
                text = hasInline ? inline.toString() : value.toString();
                hasValue |= hasInline;
            }
            case "b" -> {
                kind = CellKind.BOOLEAN;
                text = bool();
            }
            case "e" -> {
                kind = CellKind.ERROR;
                text = value.toString();
            }
            default -> throw new Problem("cell " + reference + " has the unknown type '" + shortened(type) + "'");
        }
        boolean saved = hasValue && !(kind == CellKind.NUMBER && text.isEmpty());
        if (!saved) {
            if (formulaText.isEmpty()) {
                return;
            }
            kind = CellKind.BLANK;
            text = "";
        }
        cells.add(new SavedCell(reference, column, kind, text, formulaText));
    }

    private Optional<String> formula() {
        if (!hasFormula) {
            return Optional.empty();
        }
        String text = formula.toString();
        if (sharedIndex != null) {
            if (sharedMaster && !text.isEmpty()) {
                sharedFormulas.put(sharedIndex, text);
            } else if (text.isEmpty()) {
                text = sharedFormulas.getOrDefault(sharedIndex, "");
            }
        }
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private String sharedString() {
        String index = value.toString().strip();
        if (index.isEmpty() || index.length() > 10 || !index.chars().allMatch(c -> c >= '0' && c <= '9')
                || Long.parseLong(index) > Integer.MAX_VALUE) {
            throw new Problem("cell " + reference + " refers to shared string '" + shortened(index) + "', not a string's number");
        }
        return sharedStrings.apply(Integer.parseInt(index));
    }

    private String bool() {
        String text = value.toString().strip();
        return switch (text) {
            case "1", "true" -> "TRUE";
            case "0", "false" -> "FALSE";
            default -> {
                if (!hasValue) {
                    yield "";
                }
                throw new Problem("cell " + reference + " holds the boolean '" + shortened(text) + "', neither 1 nor 0");
            }
        };
    }

    private void endRow() {
        if (!cells.isEmpty()) {
            visitor.row(rowNumber, Collections.unmodifiableList(cells));
        }
        cells = null;
    }

    private static String shortened(String text) {
        String plain = text.length() > 20 ? text.substring(0, 20) + "…" : text;
        StringBuilder out = new StringBuilder(plain.length());
        plain.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return out.toString();
    }
}
