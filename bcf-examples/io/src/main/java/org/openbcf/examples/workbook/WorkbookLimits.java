package org.openbcf.examples.workbook;

/**
 * How much {@link SavedWorkbook} reads before refusing a workbook, so a huge file, a zip bomb or a
 * sheet of a million rows fails with one clear line in bounded time and memory. {@link #DEFAULT}
 * allows a 50 MiB file whose parts expand to at most 100 MiB each, by at most 100 times their
 * compressed size, and to at most 256 MiB in all across the parts read; a sheet may have Excel's
 * 1,048,576 rows and at most 16,777,216 cells (real BCF templates are 2–5 MiB with a few thousand
 * rows). Source: issue 17, "whole-workbook limits, not only per-part".
 *
 * <p>The parts read are the ones a caller asks for: the workbook's list of sheets, the shared
 * strings (when a sheet read uses them) and each sheet read; a sheet never read is never inflated
 * and counts nothing. This class is immutable and thread-safe.
 *
 * @param maxFileBytes     the largest workbook file, in bytes, at least 1, e.g. {@code 52428800}
 * @param maxPartBytes     the largest expanded part (a sheet's XML, say), in bytes, at least 1
 * @param maxExpansion     the most a part may expand when unzipped (100 means 1 KiB may become 100 KiB), at least 1
 * @param maxTotalBytes    the most all parts read from one open workbook may expand to together, in bytes, at least 1
 * @param maxRowsPerSheet  the most {@code <row>} elements one sheet may hold, at least 1
 * @param maxCellsPerSheet the most {@code <c>} elements one sheet may hold, at least 1
 * @since 0.1.0
 */
public record WorkbookLimits(long maxFileBytes, long maxPartBytes, int maxExpansion, long maxTotalBytes,
                             int maxRowsPerSheet, long maxCellsPerSheet) {

    /** The most rows a sheet of Excel 2007 or later can have: 1,048,576. */
    public static final int EXCEL_MAX_ROWS = 1_048_576;

    /** The most columns a sheet of Excel 2007 or later can have: 16,384 (A to XFD). */
    public static final int EXCEL_MAX_COLUMNS = 16_384;

    /** The most characters Excel keeps in one cell: 32,767. */
    public static final int EXCEL_MAX_CELL_TEXT = 32_767;

    /** The most characters of a formula Excel accepts: 8,192. */
    public static final int EXCEL_MAX_FORMULA = 8_192;

    /**
     * 50 MiB file, 100 MiB per part, expansion at most 100 times, 256 MiB across the parts read,
     * 1,048,576 rows and 16,777,216 cells per sheet.
     */
    public static final WorkbookLimits DEFAULT = new WorkbookLimits(50L << 20, 100L << 20, 100, 256L << 20,
            EXCEL_MAX_ROWS, 1L << 24);

    /**
     * Checks the components.
     *
     * @param maxFileBytes     the largest workbook file
     * @param maxPartBytes     the largest expanded part
     * @param maxExpansion     the most a part may expand
     * @param maxTotalBytes    the most all parts read may expand to
     * @param maxRowsPerSheet  the most rows in a sheet
     * @param maxCellsPerSheet the most cells in a sheet
     * @throws IllegalArgumentException naming the component and its value when one is below 1
     */
    public WorkbookLimits {
        atLeastOne("maxFileBytes", maxFileBytes);
        atLeastOne("maxPartBytes", maxPartBytes);
        atLeastOne("maxExpansion", maxExpansion);
        atLeastOne("maxTotalBytes", maxTotalBytes);
        atLeastOne("maxRowsPerSheet", maxRowsPerSheet);
        atLeastOne("maxCellsPerSheet", maxCellsPerSheet);
    }

    private static void atLeastOne(String field, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(field + " (" + value + ") must be at least 1");
        }
    }

    /**
     * These limits with another largest file, e.g. {@code DEFAULT.withMaxFileBytes(1 << 20)}.
     *
     * @param bytes the largest workbook file, at least 1
     * @return the limits, never null
     */
    public WorkbookLimits withMaxFileBytes(long bytes) {
        return new WorkbookLimits(bytes, maxPartBytes, maxExpansion, maxTotalBytes, maxRowsPerSheet, maxCellsPerSheet);
    }

    /**
     * These limits with another largest expanded part, e.g. {@code DEFAULT.withMaxPartBytes(10 << 20)}.
     *
     * @param bytes the largest expanded part, at least 1
     * @return the limits, never null
     */
    public WorkbookLimits withMaxPartBytes(long bytes) {
        return new WorkbookLimits(maxFileBytes, bytes, maxExpansion, maxTotalBytes, maxRowsPerSheet, maxCellsPerSheet);
    }

    /**
     * These limits with another largest expansion, e.g. {@code DEFAULT.withMaxExpansion(50)}.
     *
     * @param times the most a part may expand, at least 1
     * @return the limits, never null
     */
    public WorkbookLimits withMaxExpansion(int times) {
        return new WorkbookLimits(maxFileBytes, maxPartBytes, times, maxTotalBytes, maxRowsPerSheet, maxCellsPerSheet);
    }

    /**
     * These limits with another cap on all parts read, e.g. {@code DEFAULT.withMaxTotalBytes(64 << 20)}.
     *
     * @param bytes the most all parts read may expand to, at least 1
     * @return the limits, never null
     */
    public WorkbookLimits withMaxTotalBytes(long bytes) {
        return new WorkbookLimits(maxFileBytes, maxPartBytes, maxExpansion, bytes, maxRowsPerSheet, maxCellsPerSheet);
    }

    /**
     * These limits with another most rows per sheet, e.g. {@code DEFAULT.withMaxRowsPerSheet(100_000)}.
     *
     * @param rows the most rows in a sheet, at least 1
     * @return the limits, never null
     */
    public WorkbookLimits withMaxRowsPerSheet(int rows) {
        return new WorkbookLimits(maxFileBytes, maxPartBytes, maxExpansion, maxTotalBytes, rows, maxCellsPerSheet);
    }

    /**
     * These limits with another most cells per sheet, e.g. {@code DEFAULT.withMaxCellsPerSheet(1_000_000)}.
     *
     * @param cells the most cells in a sheet, at least 1
     * @return the limits, never null
     */
    public WorkbookLimits withMaxCellsPerSheet(long cells) {
        return new WorkbookLimits(maxFileBytes, maxPartBytes, maxExpansion, maxTotalBytes, maxRowsPerSheet, cells);
    }
}
