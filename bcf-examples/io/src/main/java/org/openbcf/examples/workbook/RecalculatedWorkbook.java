package org.openbcf.examples.workbook;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.Objects;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.formula.CollaboratingWorkbooksEnvironment;
import org.apache.poi.ss.formula.eval.NotImplementedException;
import org.apache.poi.ss.formula.eval.NotImplementedFunctionException;
import org.apache.poi.ss.formula.functions.FreeRefFunction;
import org.apache.poi.ss.formula.udf.UDFFinder;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openbcf.examples.io.BadInputException;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An {@code .xlsx} workbook opened in POI's in-memory user model ({@link XSSFWorkbook}) so its own
 * formulas can be evaluated now by {@link XSSFFormulaEvaluator} ({@code bcf check --recalculate}):
 * {@link #recalculate(String, int, int)} gives what a cell's formula produces today, to set beside
 * the value the workbook saved. Source: issue 14, "Stale and broken formulas".
 *
 * <pre>
 * try (RecalculatedWorkbook workbook = RecalculatedWorkbook.open(Path.of("q3.xlsx"), WorkbookLimits.DEFAULT)) {
 *     workbook.recalculate("5. I&amp;E", 9, 6);   // G10: =SUM(C10:E10) gives 47777720
 * }
 * </pre>
 *
 * <p>The user model holds every cell in memory, so the workbook is refused before it is built unless
 * it passes every guard of {@link SavedWorkbook#open(Path, WorkbookLimits)} (file size, format,
 * encryption, document types in the package's XML, POI's zip limits tightened) and a streamed pass
 * over <em>every</em> part within the same {@link WorkbookLimits} (each part and all parts together
 * counted as inflated, zip bombs refused, every XML part parsed with document types refused, rows and
 * cells per sheet), and at most {@link #DEFAULT_MAX_CELLS} cells in all (about 650 bytes each in the
 * user model, measured with POI 5.5). A function POI does not implement, or one no program defines,
 * is reported as {@link Recalculation.Kind#UNSUPPORTED} naming it, never guessed and never logged.
 *
 * <p>An instance is not thread-safe; close it to release the file.
 *
 * @since 0.1.0
 */
public final class RecalculatedWorkbook implements AutoCloseable {

    /** The most cells, in all sheets together, a workbook may hold to be recalculated: 500,000 (about 325 MB). */
    public static final long DEFAULT_MAX_CELLS = 500_000;

    /** Any function name POI does not know becomes a function that reports itself unsupported (and is not logged). */
    private static final UDFFinder UNKNOWN_FUNCTIONS = new UDFFinder() {
        @Override
        public FreeRefFunction findFunction(String name) {
            return (args, context) -> {
                throw new NotImplementedFunctionException(name);
            };
        }
    };

    private final String name;
    private final XSSFWorkbook workbook;
    private final XSSFFormulaEvaluator evaluator;
    private boolean closed;

    private RecalculatedWorkbook(String name, XSSFWorkbook workbook) {
        this.name = name;
        this.workbook = workbook;
        this.evaluator = workbook.getCreationHelper().createFormulaEvaluator();
    }

    /**
     * Opens a workbook for recalculation with at most {@link #DEFAULT_MAX_CELLS} cells.
     *
     * @param file   the .xlsx file, not null
     * @param limits the limits, not null
     * @return the workbook, never null; close it
     * @throws BadInputException when the file cannot be read safely within the limits
     */
    public static RecalculatedWorkbook open(Path file, WorkbookLimits limits) {
        return open(file, limits, DEFAULT_MAX_CELLS);
    }

    /**
     * Opens a workbook for recalculation, refusing it with one line before the user model is built
     * when it fails a guard, e.g. {@code open(file, WorkbookLimits.DEFAULT, 100_000)}.
     *
     * @param file     the .xlsx file, not null
     * @param limits   the limits, not null
     * @param maxCells the most cells in all sheets together, at least 1
     * @return the workbook, never null; close it
     * @throws BadInputException when the file cannot be read safely within the limits
     * @throws IllegalArgumentException when {@code maxCells} is below 1
     */
    public static RecalculatedWorkbook open(Path file, WorkbookLimits limits, long maxCells) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(limits, "limits");
        if (maxCells < 1) {
            throw new IllegalArgumentException("maxCells (" + maxCells + ") must be at least 1");
        }
        String name;
        try (SavedWorkbook saved = SavedWorkbook.open(file, limits)) {
            name = saved.name();
        }
        scan(file, name, limits, maxCells);
        OPCPackage container = null;
        try {
            container = OPCPackage.open(new ZipFileZipEntrySource(new ZipSecureFile(file.toFile())));
            XSSFWorkbook workbook = new XSSFWorkbook(container);
            workbook.addToolPack(UNKNOWN_FUNCTIONS);
            return new RecalculatedWorkbook(name, workbook);
        } catch (Exception e) {
            if (container != null) {
                container.revert();
            }
            throw new BadInputException(name + ": " + Failures.reason(e, limits, Failures.WORKBOOK), e);
        }
    }

    /** Every part inflated once, streamed and counted; XML parsed with document types refused; cells counted. */
    private static void scan(Path file, String name, WorkbookLimits limits, long maxCells) {
        CountedPart.Budget budget = new CountedPart.Budget(limits);
        long cells = 0;
        String part = null;
        try (ZipSecureFile zip = new ZipSecureFile(file.toFile())) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                part = entry.getName();
                budget.expect(entry.getSize());
                try (InputStream in = new CountedPart(zip.getInputStream(entry), budget)) {
                    String lower = part.toLowerCase(Locale.ROOT);
                    if (lower.endsWith(".xml") || lower.endsWith(".rels")) {
                        Counter counter = new Counter(lower.startsWith("xl/worksheets/"), limits, maxCells - cells, maxCells);
                        SavedWorkbook.parse(in, counter);
                        cells += counter.cells;
                    } else {
                        in.transferTo(OutputStream.nullOutputStream());
                    }
                }
            }
        } catch (TooLarge e) {
            throw new BadInputException(name + ": refused: part " + part + " " + e.getMessage(), e);
        } catch (Exception e) {
            throw new BadInputException(name + ": " + Failures.reason(e, limits, Failures.WORKBOOK), e);
        }
    }

    /** A sheet or workbook beyond a count limit. */
    private static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message, null, false, false);
        }
    }

    /** Counts a worksheet's rows and cells against the limits while the parse checks the XML. */
    private static final class Counter extends DefaultHandler {
        private final boolean sheet;
        private final WorkbookLimits limits;
        private final long cellsLeft;
        private final long maxCells;
        private long rows;
        long cells;

        Counter(boolean sheet, WorkbookLimits limits, long cellsLeft, long maxCells) {
            this.sheet = sheet;
            this.limits = limits;
            this.cellsLeft = cellsLeft;
            this.maxCells = maxCells;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (!sheet) {
                return;
            }
            String element = localName.isEmpty() ? qName.substring(qName.indexOf(':') + 1) : localName;
            if (element.equals("row") && ++rows > limits.maxRowsPerSheet()) {
                throw new TooLarge("has more than " + limits.maxRowsPerSheet() + " rows, openbcf's limit for a sheet");
            }
            if (element.equals("c")) {
                cells++;
                if (cells > limits.maxCellsPerSheet()) {
                    throw new TooLarge("has more than " + limits.maxCellsPerSheet() + " cells, openbcf's limit for a sheet");
                }
                if (cells > cellsLeft) {
                    throw new TooLarge("takes the workbook beyond " + maxCells + " cells, the most openbcf recalculates "
                            + "(the user model holds every cell in memory); check it without recalculating, which streams");
                }
            }
        }
    }

    /**
     * The name used in messages, e.g. {@code workbook q3.xlsx}.
     *
     * @return the name, never null
     */
    public String name() {
        return name;
    }

    /**
     * What a cell's own formula gives now, evaluated with every formula it depends on (never their
     * saved results), e.g. {@code recalculate("5. I&E", 9, 6)} for G10: {@code =SUM(C10:F10) gives 62460800}.
     *
     * @param sheet  the sheet's name, in any case (as Excel compares sheet names), not null
     * @param row    the row from 0 (0 is row 1)
     * @param column the column from 0 (0 is A)
     * @return the recalculation, never null: {@link Recalculation.Kind#NO_FORMULA} for a cell without
     *         a formula, {@link Recalculation.Kind#UNSUPPORTED} naming what POI cannot evaluate
     * @throws BadInputException when the workbook has no such sheet
     * @throws IllegalStateException when the workbook is closed
     */
    public Recalculation recalculate(String sheet, int row, int column) {
        Objects.requireNonNull(sheet, "sheet");
        if (closed) {
            throw new IllegalStateException(name + " is closed");
        }
        XSSFSheet found = workbook.getSheet(sheet);
        if (found == null) {
            throw new BadInputException(name + ": no sheet named '" + sheet + "'");
        }
        XSSFRow cells = found.getRow(row);
        XSSFCell cell = cells == null ? null : cells.getCell(column);
        if (cell == null || cell.getCellType() != CellType.FORMULA) {
            return Recalculation.noFormula();
        }
        String formula = cell.getCellFormula();
        try {
            return result(formula, evaluator.evaluate(cell));
        } catch (NotImplementedException e) {
            return Recalculation.unsupported(formula, unsupported(e,
                    new CellReference(found.getSheetName(), row, column, false, false).formatAsString()));
        } catch (StackOverflowError e) {
            return Recalculation.unsupported(formula, "its chain of formulas is too deep for Apache POI to evaluate");
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
                if (t instanceof CollaboratingWorkbooksEnvironment.WorkbookNotFoundException) {
                    return Recalculation.unsupported(formula, "it refers to another workbook, which openbcf does not open");
                }
            }
            return Recalculation.unsupported(formula, "Apache POI cannot evaluate it (" + Failures.detail(e) + ")");
        }
    }

    private static Recalculation result(String formula, CellValue value) {
        return switch (value.getCellType()) {
            case NUMERIC -> Recalculation.number(formula, BigDecimal.valueOf(value.getNumberValue()));
            case STRING -> Recalculation.text(formula, value.getStringValue());
            case BOOLEAN -> Recalculation.text(formula, value.getBooleanValue() ? "TRUE" : "FALSE");
            case ERROR -> Recalculation.error(formula, FormulaError.forInt(value.getErrorValue()).getString());
            default -> Recalculation.text(formula, "");
        };
    }

    /** The function POI does not implement, and the cell whose formula uses it when that is another cell. */
    private static String unsupported(NotImplementedException e, String self) {
        String function = null;
        String where = null;
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof NotImplementedFunctionException f) {
                function = f.getFunctionName();
            } else if (t.getMessage() != null && t.getMessage().startsWith("Error evaluating cell ")) {
                where = t.getMessage().substring("Error evaluating cell ".length());
            }
        }
        if (function == null) {
            return "Apache POI cannot evaluate it (" + Failures.detail(e) + ")";
        }
        return "Apache POI does not implement the function " + function + (where == null || where.equals(self) ? "" : " (used by " + where + ")");
    }

    /** Releases the file without writing to it; closing twice does nothing. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            workbook.getPackage().revert();
        }
    }

    /**
     * The workbook for messages, e.g. {@code workbook q3.xlsx}.
     *
     * @return the name, never null
     */
    @Override
    public String toString() {
        return name;
    }
}
