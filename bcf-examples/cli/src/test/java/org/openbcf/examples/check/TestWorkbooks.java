package org.openbcf.examples.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds workbooks with POI for the check tests, saved as Excel saves them: formulas with their
 * calculated results stored beside them.
 */
final class TestWorkbooks {

    private TestWorkbooks() {
    }

    /**
     * Sets a cell's number, text or formula ({@code "=SUM(C10:F10)"}).
     *
     * @param sheet   the sheet
     * @param address e.g. {@code G10}
     * @param value   a Number, a String (a leading {@code =} makes a formula) or null for blank
     */
    static void set(XSSFSheet sheet, String address, Object value) {
        CellReference ref = new CellReference(address);
        XSSFRow row = sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
        XSSFCell cell = row.createCell(ref.getCol());
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof String s && s.startsWith("=")) {
            cell.setCellFormula(s.substring(1));
        } else if (value instanceof String s) {
            cell.setCellValue(s);
        }
    }

    /**
     * Overwrites the saved result of a formula cell, keeping the formula: what a workbook with a
     * wrong formula (or a hand-typed override) saves.
     *
     * @param sheet   the sheet
     * @param address e.g. {@code G10}
     * @param value   the saved result
     */
    static void setSavedResult(XSSFSheet sheet, String address, double value) {
        CellReference ref = new CellReference(address);
        sheet.getRow(ref.getRow()).getCell(ref.getCol()).setCellValue(value);
    }

    /**
     * Builds a workbook, calculates its formulas (as Excel does on save) and writes it.
     *
     * @param file  where to write
     * @param build fills the workbook
     * @param after changes made after calculation (a wrong saved result, say)
     * @return the file
     */
    static Path write(Path file, Consumer<XSSFWorkbook> build, Consumer<XSSFWorkbook> after) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            build.accept(workbook);
            XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
            after.accept(workbook);
            workbook.write(out);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes an agile-encrypted (password-protected) copy of a workbook, as Excel does.
     *
     * @param plain     the workbook
     * @param encrypted where to write
     * @return the encrypted file
     */
    static Path encrypt(Path plain, Path encrypted) {
        try (POIFSFileSystem container = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OPCPackage opc = OPCPackage.open(plain.toFile()); OutputStream os = encryptor.getDataStream(container)) {
                opc.save(os);
            }
            try (OutputStream out = Files.newOutputStream(encrypted)) {
                container.writeFilesystem(out);
            }
            return encrypted;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Copies a workbook, replacing one sheet's XML with a part that expands far more than any real
     * sheet: {@code megabytes} of spaces that deflate to almost nothing (a zip bomb).
     *
     * @param plain     the workbook
     * @param bomb      where to write
     * @param megabytes how large the expanded part is
     * @return the zip bomb
     */
    static Path zipBomb(Path plain, Path bomb, int megabytes) {
        try (ZipFile zip = new ZipFile(plain.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>".getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
                    for (int i = 0; i < megabytes; i++) {
                        out.write(spaces);
                    }
                } else {
                    try (InputStream in = zip.getInputStream(entry)) {
                        in.transferTo(out);
                    }
                }
                out.closeEntry();
            }
            return bomb;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Copies a workbook, changing the text of some of its entries (the XML of a sheet, the shared
     * strings, the content types) and copying every other entry byte for byte.
     *
     * @param plain   the workbook
     * @param copy    where to write
     * @param changes the change for each entry name, e.g. {@code xl/worksheets/sheet1.xml}
     * @return the copy
     */
    static Path rewrite(Path plain, Path copy, java.util.Map<String, java.util.function.UnaryOperator<String>> changes) {
        try (ZipFile zip = new ZipFile(plain.toFile()); OutputStream file = Files.newOutputStream(copy);
             ZipOutputStream zipOut = new ZipOutputStream(file)) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                zipOut.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream in = zip.getInputStream(entry)) {
                    byte[] bytes = in.readAllBytes();
                    var change = changes.get(entry.getName());
                    zipOut.write(change == null ? bytes : change.apply(new String(bytes, StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8));
                }
                zipOut.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return copy;
    }
}
