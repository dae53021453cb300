package org.openbcf.examples.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a minimal {@code .xlsx} by hand, part by part, so a test knows every byte a sheet saved
 * (the exact {@code <v>} texts) independently of POI's writer, and can craft hostile parts.
 */
final class RawXlsx {

    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final Map<String, String> sheets = new LinkedHashMap<>();
    private String sharedStrings;
    private final Map<String, byte[]> overrides = new LinkedHashMap<>();

    /** Adds a sheet whose {@code <sheetData>} holds the given rows XML. */
    RawXlsx sheet(String name, String sheetDataRows) {
        sheets.put(name, sheetXml(sheetDataRows));
        return this;
    }

    /** Adds a sheet whose whole part is the given XML. */
    RawXlsx sheetPart(String name, String xml) {
        sheets.put(name, xml);
        return this;
    }

    /** The shared strings, each plain text. */
    RawXlsx sharedStrings(String... strings) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><sst xmlns=\"" + MAIN
                + "\" count=\"" + strings.length + "\" uniqueCount=\"" + strings.length + "\">");
        for (String s : strings) {
            xml.append("<si><t xml:space=\"preserve\">").append(s).append("</t></si>");
        }
        sharedStrings = xml.append("</sst>").toString();
        return this;
    }

    /** The shared strings part as given. */
    RawXlsx sharedStringsPart(String xml) {
        sharedStrings = xml;
        return this;
    }

    /** Replaces any entry by these bytes (written as is). */
    RawXlsx entry(String name, byte[] bytes) {
        overrides.put(name, bytes);
        return this;
    }

    static String sheetXml(String rows) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"" + MAIN + "\" xmlns:r=\""
                + RELS + "\"><dimension ref=\"A1\"/><sheetData>" + rows + "</sheetData><pageMargins left=\"0.7\" right=\"0.7\" "
                + "top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/></worksheet>";
    }

    Path write(Path file) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
        StringBuilder workbook = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><workbook xmlns=\""
                + MAIN + "\" xmlns:r=\"" + RELS + "\"><sheets>");
        StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        int i = 0;
        for (Map.Entry<String, String> sheet : sheets.entrySet()) {
            i++;
            types.append("<Override PartName=\"/xl/worksheets/sheet").append(i)
                    .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            workbook.append("<sheet name=\"").append(sheet.getKey().replace("&", "&amp;")).append("\" sheetId=\"").append(i)
                    .append("\" r:id=\"rId").append(i).append("\"/>");
            rels.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(RELS)
                    .append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
            parts.put("xl/worksheets/sheet" + i + ".xml", sheet.getValue().getBytes(StandardCharsets.UTF_8));
        }
        if (sharedStrings != null) {
            types.append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
            rels.append("<Relationship Id=\"rIdS\" Type=\"").append(RELS).append("/sharedStrings\" Target=\"sharedStrings.xml\"/>");
            parts.put("xl/sharedStrings.xml", sharedStrings.getBytes(StandardCharsets.UTF_8));
        }
        parts.put("[Content_Types].xml", types.append("</Types>").toString().getBytes(StandardCharsets.UTF_8));
        parts.put("_rels/.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + RELS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>").getBytes(StandardCharsets.UTF_8));
        parts.put("xl/workbook.xml", workbook.append("</sheets></workbook>").toString().getBytes(StandardCharsets.UTF_8));
        parts.put("xl/_rels/workbook.xml.rels", rels.append("</Relationships>").toString().getBytes(StandardCharsets.UTF_8));
        parts.putAll(overrides);
        try (OutputStream file_ = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(file_)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
