package org.openbcf.examples.workbook;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.IOUtils;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.openbcf.examples.io.BadInputException;
import org.xml.sax.ContentHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An {@code .xlsx} workbook's saved values, streamed one sheet at a time with Apache POI's event
 * API ({@link XSSFReader} for the package's parts, SAX handlers for the sheets and shared strings), never POI's
 * in-memory {@code XSSFWorkbook}: reading a sheet holds one row at a time, and only the parts asked
 * for are inflated (the list of sheets, the shared strings when a sheet uses them, the sheets read).
 * Nothing is evaluated: a formula cell gives the result saved with it. Source: issue 16 ("a
 * streaming workbook reader for saved values") and issue 17 ("whole-workbook limits").
 *
 * <pre>
 * try (SavedWorkbook workbook = SavedWorkbook.open(Path.of("plan.xlsx"))) {
 *     workbook.sheetNames();                       // [Cover, 5. I&amp;E]
 *     workbook.read("5. I&amp;E", (row, cells) -&gt; ...); // row 7: [B7 NUMBER 62461000, D7 TEXT n/a, ...]
 * }
 * </pre>
 *
 * <p>Every failure is an {@link BadInputException} naming the file (and the sheet and row where
 * known), in words with no Java class names: a file that is not an {@code .xlsx}, an Excel 97-2003
 * {@code .xls}, an encrypted or truncated workbook, XML with a document type (XXE, billion laughs),
 * a zip bomb, anything beyond {@link WorkbookLimits}. An {@link OutOfMemoryError} is not bad input
 * and is never reported as one. The shared strings, when a sheet uses them, are held in memory
 * (bounded by {@link WorkbookLimits#maxPartBytes()}).
 *
 * <p>POI's zip limits are process-wide ({@link ZipSecureFile}, {@link IOUtils}): opening a workbook
 * makes them at least as strict as the limits given, never looser. An instance is not thread-safe;
 * close it to release the file.
 *
 * @since 0.1.0
 */
public final class SavedWorkbook implements AutoCloseable {

    private final String name;
    private final WorkbookLimits limits;
    private final OPCPackage container;
    private final Parts reader;
    private final List<String> sheetNames;
    private final Map<String, String> relationIds;
    private final Map<String, String> byLowerCase;
    private final CountedPart.Budget budget;
    private SharedStrings sharedStrings;
    private boolean closed;

    private SavedWorkbook(String name, WorkbookLimits limits, OPCPackage container, Parts reader,
                          SheetList sheets, CountedPart.Budget budget) {
        this.name = name;
        this.limits = limits;
        this.container = container;
        this.reader = reader;
        this.sheetNames = sheets.names();
        this.relationIds = sheets.relationIds();
        this.byLowerCase = sheets.byLowerCase();
        this.budget = budget;
    }

    /**
     * Opens a workbook within {@link WorkbookLimits#DEFAULT}, e.g. {@code SavedWorkbook.open(Path.of("plan.xlsx"))}.
     *
     * @param file the .xlsx file, not null
     * @return the workbook, never null; close it
     * @throws BadInputException when the file cannot be read safely as an .xlsx workbook
     */
    public static SavedWorkbook open(Path file) {
        return open(file, WorkbookLimits.DEFAULT);
    }

    /**
     * Opens a workbook and reads its list of sheets, refusing it with one line when it cannot be read
     * safely within the limits.
     *
     * @param file   the .xlsx file, not null
     * @param limits the limits, not null
     * @return the workbook, never null; close it
     * @throws BadInputException when the file cannot be read safely as an .xlsx workbook
     */
    public static SavedWorkbook open(Path file, WorkbookLimits limits) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(limits, "limits");
        String name = "workbook " + file.getFileName();
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new BadInputException(name + ": no readable file at " + file);
        }
        long size = size(file, name);
        if (size == 0) {
            throw new BadInputException(name + ": the file is empty (0 bytes), not an .xlsx workbook");
        }
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
            CountedPart.Budget budget = new CountedPart.Budget(limits);
            // the zip's central directory is required: POI's fallback for a damaged one would inflate every part at once
            prescan(file, budget);
            container = OPCPackage.open(new ZipFileZipEntrySource(new ZipSecureFile(file.toFile())));
            Parts reader = new Parts(container);
            SheetList sheets = new SheetList();
            try (InputStream in = new CountedPart(reader.getWorkbookData(), budget)) {
                parse(in, sheets);
            }
            return new SavedWorkbook(name, limits, container, reader, sheets, budget);
        } catch (SheetList.Problem e) {
            revert(container);
            throw new BadInputException(name + ": " + e.getMessage(), e);
        } catch (Exception e) {
            revert(container);
            throw new BadInputException(name + ": " + Failures.reason(e, limits, Failures.WORKBOOK), e);
        }
    }

    private static void revert(OPCPackage container) {
        if (container != null) {
            container.revert();
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
    private static synchronized void tighten(WorkbookLimits limits) {
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

    /**
     * Parses the package's own small parts (content types, relationships, document properties) with
     * SAX before POI reads them with its DOM parser, so a document type there is refused in words
     * here, and POI never logs a parser error with a stack trace.
     */
    private static void prescan(Path file, CountedPart.Budget budget) throws Exception {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                String entryName = entry.getName();
                if (entryName.endsWith(".rels") || entryName.equals("[Content_Types].xml") || entryName.startsWith("docProps/")) {
                    try (InputStream in = new CountedPart(zip.getInputStream(entry), budget)) {
                        parse(in, new DefaultHandler());
                    }
                }
            }
        }
    }

    /** Refuses what the parser finds wrong without logging it (POI's own handler logs each error with a stack trace). */
    private static final ErrorHandler SILENT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXParseException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            throw e;
        }
    };

    static void parse(InputStream in, ContentHandler handler) throws Exception {
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(handler);
        xml.setErrorHandler(SILENT);
        xml.parse(new InputSource(in));
    }

    /** POI's reader of the package's parts, which also finds a sheet's part so its declared size can be checked first. */
    private static final class Parts extends XSSFReader {

        Parts(OPCPackage container) throws IOException, OpenXML4JException {
            super(container);
        }

        PackagePart sheetPart(String relationId) throws InvalidFormatException {
            PackageRelationship relation = workbookPart.getRelationship(relationId);
            PackagePart part = relation == null ? null
                    : pkg.getPart(PackagingURIHelper.createPartName(relation.getTargetURI()));
            if (part == null) {
                throw new InvalidFormatException("the workbook lists the sheet but holds no part for it");
            }
            return part;
        }
    }

    /**
     * The name used in messages, e.g. {@code workbook plan.xlsx}.
     *
     * @return the name, never null
     */
    public String name() {
        return name;
    }

    /**
     * The sheet names in workbook order, hidden sheets included, e.g. {@code [Cover, 5. I&E]}.
     *
     * @return the names, unmodifiable, never null
     */
    public List<String> sheetNames() {
        return sheetNames;
    }

    /**
     * The sheet a name means, as {@link #sheetNames()} lists it: Excel's sheet names ignore case, so
     * {@code sheetName("5. i&e")} is {@code Optional[5. I&E]}.
     *
     * @param sheet the name, not null
     * @return the listed name, or empty when the workbook has no such sheet
     */
    public Optional<String> sheetName(String sheet) {
        Objects.requireNonNull(sheet, "sheet");
        return Optional.ofNullable(byLowerCase.get(sheet.toLowerCase(Locale.ROOT)));
    }

    /**
     * Streams one sheet's saved values to a visitor in row order; only that sheet's part (and the
     * shared strings, when it uses them) is inflated.
     *
     * @param sheet   the sheet's name, in any case ({@link #sheetName(String)}), not null
     * @param visitor receives each row with a value or a formula, not null
     * @throws BadInputException when there is no such sheet or it cannot be read within the limits,
     *                           naming the file, the sheet and the row; or what the visitor threw
     */
    public void read(String sheet, SheetVisitor visitor) {
        read(sheet, WorkbookLimits.EXCEL_MAX_ROWS, visitor);
    }

    /**
     * Streams a sheet's rows up to a last row and stops reading there, e.g. {@code read("P4P", 40, visitor)}
     * for the rows a mapping needs: the rest of the sheet is never inflated.
     *
     * @param sheet   the sheet's name, in any case ({@link #sheetName(String)}), not null
     * @param lastRow the last row wanted as Excel shows it, at least 1
     * @param visitor receives each row with a value or a formula, not null
     * @throws BadInputException when there is no such sheet or it cannot be read within the limits,
     *                           naming the file, the sheet and the row; or what the visitor threw
     * @throws IllegalArgumentException when {@code lastRow} is below 1
     * @throws IllegalStateException when the workbook is closed
     */
    public void read(String sheet, int lastRow, SheetVisitor visitor) {
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(visitor, "visitor");
        if (lastRow < 1) {
            throw new IllegalArgumentException("lastRow (" + lastRow + ") must be at least 1");
        }
        if (closed) {
            throw new IllegalStateException(name + " is closed");
        }
        String listed = sheetName(sheet).orElseThrow(() -> new BadInputException(name + ": no sheet named '" + sheet
                + "'; its sheets are " + sheetNames));
        String id = relationIds.get(listed);
        String where = name + ": sheet '" + listed + "'";
        SheetHandler handler = new SheetHandler(visitor, lastRow, limits, this::sharedString);
        try {
            PackagePart part = reader.sheetPart(id);
            budget.expect(part.getSize());
            try (InputStream in = new CountedPart(part.getInputStream(), budget)) {
                parse(in, handler);
            }
        } catch (SheetHandler.Stop stop) {
            return;
        } catch (SheetHandler.Problem e) {
            throw new BadInputException(where + at(handler) + ": " + e.getMessage(), e);
        } catch (Exception e) {
            BadInputException bad = Failures.badInput(e);
            if (bad != null) {
                throw bad;
            }
            if (stopped(e)) {
                return;
            }
            String reason = Failures.reason(e, limits, "the sheet");
            throw new BadInputException(reason.startsWith("refused:")
                    ? name + ": " + reason + " (reading sheet '" + listed + "'" + at(handler) + ")"
                    : where + at(handler) + ": " + reason, e);
        }
    }

    private static boolean stopped(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SheetHandler.Stop) {
                return true;
            }
        }
        return false;
    }

    private static String at(SheetHandler handler) {
        return handler.rowNumber() > 0 ? " row " + handler.rowNumber() : "";
    }

    private String sharedString(int index) {
        if (sharedStrings == null) {
            sharedStrings = loadSharedStrings();
        }
        if (index >= sharedStrings.size()) {
            throw new SheetHandler.Problem("a cell refers to shared string " + index + "; the workbook has " + sharedStrings.size());
        }
        return sharedStrings.get(index);
    }

    private SharedStrings loadSharedStrings() {
        SharedStrings strings = new SharedStrings();
        try {
            InputStream data = reader.getSharedStringsData();
            if (data != null) {
                try (InputStream in = new CountedPart(data, budget)) {
                    parse(in, strings);
                }
            }
            return strings;
        } catch (SheetHandler.Problem e) {
            throw new BadInputException(name + ": the shared strings: " + e.getMessage(), e);
        } catch (Exception e) {
            String reason = Failures.reason(e, limits, "the shared strings");
            throw new BadInputException(name + ": " + (reason.startsWith("refused:") ? reason + " (reading the shared strings)"
                    : "the shared strings: " + reason), e);
        }
    }

    /**
     * The bytes inflated so far from the parts read, e.g. {@code 5884} for the test workbook of Norfolk's
     * income and expenditure sheet once that sheet is read ({@code 3172} of them on opening): what
     * {@link WorkbookLimits#maxTotalBytes()} caps.
     *
     * @return the bytes, at least 0
     */
    public long inflatedBytes() {
        return budget.inflated();
    }

    /** Releases the file; reading after this is an {@link IllegalStateException}. Closing twice does nothing. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            container.revert();
        }
    }

    /**
     * The workbook for messages, e.g. {@code workbook plan.xlsx}.
     *
     * @return the name, never null
     */
    @Override
    public String toString() {
        return name;
    }
}
