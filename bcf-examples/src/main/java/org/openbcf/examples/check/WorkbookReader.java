package org.openbcf.examples.check;

import org.openbcf.examples.io.BadInputException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.util.IOUtils;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the values a workbook saved, with Apache POI, within {@link CheckLimits}. Nothing is
 * evaluated: a formula cell gives the result stored with it. Every failure becomes an
 * {@link BadInputException} naming the file.
 */
final class WorkbookReader implements AutoCloseable {

    private final String name;
    private final OPCPackage container;
    private final XSSFWorkbook workbook;

    private WorkbookReader(String name, OPCPackage container, XSSFWorkbook workbook) {
        this.name = name;
        this.container = container;
        this.workbook = workbook;
    }

    /**
     * Opens a workbook for reading, refusing it with one line when it cannot be read safely.
     *
     * @param file   the .xlsx file, not null
     * @param limits the limits, not null
     * @return the reader, never null
     */
    static WorkbookReader open(Path file, CheckLimits limits) {
        String name = "workbook " + file.getFileName();
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new BadInputException(name + ": no readable file at " + file);
        }
        long size = size(file, name);
        if (size > limits.maxFileBytes()) {
            throw new BadInputException(name + ": the file is " + size + " bytes; the largest openbcf checks is "
                    + limits.maxFileBytes() + " bytes");
        }
        FileMagic magic = magic(file, name);
        if (magic == FileMagic.OLE2) {
            throw new BadInputException(name + ": " + (isEncrypted(file) ? "the workbook is encrypted (password-protected); "
                    + "save an unprotected copy to check it" : "this is an Excel 97-2003 (.xls) workbook; save it as .xlsx to check it"));
        }
        if (magic != FileMagic.OOXML) {
            throw new BadInputException(name + ": not an .xlsx workbook (the file is corrupt or in another format)");
        }
        tighten(limits);
        OPCPackage container = null;
        try {
            container = OPCPackage.open(file.toFile(), PackageAccess.READ);
            return new WorkbookReader(name, container, new XSSFWorkbook(container));
        } catch (Exception | OutOfMemoryError e) {
            if (container != null) {
                container.revert();
            }
            throw new BadInputException(name + ": " + reason(e, limits), e);
        }
    }

    private static long size(Path file, String name) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new BadInputException(name + ": cannot read the file (" + e.getMessage() + ")", e);
        }
    }

    private static FileMagic magic(Path file, String name) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return FileMagic.valueOf(in);
        } catch (IOException e) {
            throw new BadInputException(name + ": cannot read the file (" + e.getMessage() + ")", e);
        }
    }

    private static boolean isEncrypted(Path file) {
        try (POIFSFileSystem container = new POIFSFileSystem(file.toFile(), true)) {
            return container.getRoot().hasEntryCaseInsensitive("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** POI's limits are process-wide: openbcf only ever makes them stricter, never looser. */
    private static synchronized void tighten(CheckLimits limits) {
        if (ZipSecureFile.getMaxEntrySize() > limits.maxPartBytes()) {
            ZipSecureFile.setMaxEntrySize(limits.maxPartBytes());
        }
        double ratio = 1.0 / limits.maxExpansion();
        if (ZipSecureFile.getMinInflateRatio() < ratio) {
            ZipSecureFile.setMinInflateRatio(ratio);
        }
        int bytes = (int) Math.min(limits.maxPartBytes(), Integer.MAX_VALUE);
        int current = IOUtils.getByteArrayMaxOverride();
        if (current < 0 || current > bytes) {
            IOUtils.setByteArrayMaxOverride(bytes);
        }
    }

    private static String reason(Throwable e, CheckLimits limits) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb") || message.contains("exceeds the max")
                    || message.contains("maximum") && message.contains("size") || t instanceof OutOfMemoryError) {
                return "refused: a part of the workbook expands beyond openbcf's limits (at most "
                        + limits.maxPartBytes() + " bytes, at most " + limits.maxExpansion()
                        + " times its compressed size); it may be a zip bomb";
            }
        }
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return "cannot read the workbook, it is corrupt or not an .xlsx file (" + detail.replace('\n', ' ') + ")";
    }

    /**
     * The sheet names in workbook order.
     *
     * @return the names, never null
     */
    List<String> sheetNames() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            names.add(workbook.getSheetName(i));
        }
        return names;
    }

    /**
     * The value a cell saved.
     *
     * @param cell the cell, not null
     * @return the value, never null
     * @throws BadInputException when the sheet does not exist
     */
    SavedValue read(SheetCell cell) {
        XSSFSheet sheet = workbook.getSheet(cell.sheet());
        if (sheet == null) {
            throw new BadInputException(name + ": no sheet named '" + cell.sheet() + "' (needed for " + cell
                    + "); its sheets are " + sheetNames());
        }
        XSSFRow row = sheet.getRow(cell.row());
        XSSFCell content = row == null ? null : row.getCell(cell.column());
        if (content == null) {
            return new SavedValue.Blank();
        }
        CellType type = content.getCellType();
        if (type == CellType.FORMULA) {
            if (content.getRawValue() == null) {
                return new SavedValue.Uncalculated(content.getCellFormula());
            }
            type = content.getCachedFormulaResultType();
        }
        return switch (type) {
            case NUMERIC -> number(name, cell, content.getRawValue());
            case STRING -> new SavedValue.Text(content.getStringCellValue());
            case BOOLEAN -> new SavedValue.Text(content.getBooleanCellValue() ? "TRUE" : "FALSE");
            case ERROR -> new SavedValue.Error(content.getErrorCellString());
            default -> new SavedValue.Blank();
        };
    }

    /** The longest saved number a workbook writes: 17 significant digits, a sign, a point and an exponent. */
    static final int MAX_NUMBER_LENGTH = 32;

    /** The largest decimal exponent a saved number may have: beyond a double's range (about 1E±308). */
    static final int MAX_EXPONENT = 400;

    /**
     * A saved numeric cell as an exact decimal. A spreadsheet stores a double, so its text is short and
     * its exponent within a double's range; anything longer or further out (a crafted
     * {@code 1E-999999999} would be a decimal with a billion zeros) is refused by its length and
     * exponent before it is converted, and quoted by a short prefix.
     *
     * @param name the workbook's name for the message
     * @param cell the cell
     * @param raw  the saved text
     * @return the number
     * @throws BadInputException when the text is not a number a spreadsheet saves
     */
    static SavedValue number(String name, SheetCell cell, String raw) {
        String text = raw.strip();
        if (text.length() > MAX_NUMBER_LENGTH) {
            throw new BadInputException(name + ": " + cell + " holds a number of " + text.length() + " characters ("
                    + org.openbcf.core.number.Numbers.shown(text) + "); a spreadsheet saves at most " + MAX_NUMBER_LENGTH);
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new BadInputException(name + ": " + cell + " holds a malformed number "
                    + org.openbcf.core.number.Numbers.shown(text), e);
        }
        long exponent = (long) value.precision() - value.scale() - 1;
        if (exponent > MAX_EXPONENT || exponent < -MAX_EXPONENT) {
            throw new BadInputException(name + ": " + cell + " holds " + org.openbcf.core.number.Numbers.shown(text)
                    + ", outside the range of numbers a spreadsheet saves (about 1E-308 to 1E+308)");
        }
        return new SavedValue.Number(value);
    }

    /**
     * The name used in messages, e.g. {@code workbook q3.xlsx}.
     *
     * @return the name, never null
     */
    String name() {
        return name;
    }

    @Override
    public void close() {
        container.revert();
    }
}
