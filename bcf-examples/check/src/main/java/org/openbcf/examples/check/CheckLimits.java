package org.openbcf.examples.check;

import org.openbcf.examples.workbook.WorkbookLimits;

/**
 * How much a spreadsheet check will read before refusing a workbook, so a huge file or a zip bomb
 * fails with a clear message within bounded memory. {@link #DEFAULT} allows a 50 MiB file whose
 * parts expand to at most 100 MiB each and by at most 100 times (real BCF templates are 2–5 MiB).
 * The streaming reader's whole-workbook limits ({@link #workbookLimits()}) come with them.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param maxFileBytes    the largest workbook file, in bytes, at least 1
 * @param maxPartBytes    the largest expanded part of the workbook (a sheet's XML, say), in bytes, at least 1
 * @param maxExpansion    the most a part may expand when unzipped (100 means 1 KiB may become 100 KiB), at least 1
 * @since 0.1.0
 */
public record CheckLimits(long maxFileBytes, long maxPartBytes, int maxExpansion) {

    /** 50 MiB file, 100 MiB per part, expansion at most 100 times. */
    public static final CheckLimits DEFAULT = new CheckLimits(50L << 20, 100L << 20, 100);

    /**
     * Checks the components.
     *
     * @param maxFileBytes the largest workbook file
     * @param maxPartBytes the largest expanded part
     * @param maxExpansion the most a part may expand
     */
    public CheckLimits {
        if (maxFileBytes < 1) {
            throw new IllegalArgumentException("maxFileBytes (" + maxFileBytes + ") must be at least 1");
        }
        if (maxPartBytes < 1) {
            throw new IllegalArgumentException("maxPartBytes (" + maxPartBytes + ") must be at least 1");
        }
        if (maxExpansion < 1) {
            throw new IllegalArgumentException("maxExpansion (" + maxExpansion + ") must be at least 1");
        }
    }

    /**
     * These limits with another largest file size, e.g. {@code DEFAULT.withMaxFileBytes(1 << 20)}.
     *
     * @param bytes the largest workbook file, at least 1
     * @return the limits, never null
     */
    public CheckLimits withMaxFileBytes(long bytes) {
        return new CheckLimits(bytes, maxPartBytes, maxExpansion);
    }

    /**
     * These limits as the streaming reader's, the limits on all parts, rows and cells taken from
     * {@link WorkbookLimits#DEFAULT} (256 MiB across the parts read, 1,048,576 rows and 16,777,216
     * cells a sheet), e.g. {@code DEFAULT.workbookLimits().maxFileBytes()} is {@code 52428800}.
     *
     * @return the limits, never null
     */
    public WorkbookLimits workbookLimits() {
        return WorkbookLimits.DEFAULT.withMaxFileBytes(maxFileBytes).withMaxPartBytes(maxPartBytes)
                .withMaxExpansion(maxExpansion);
    }
}
