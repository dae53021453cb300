package org.openbcf.examples.check;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Hostile workbooks of issue 17, written by hand as zip files: a real workbook with extra sheets
 * whose XML expands to tens of megabytes each. One sheet's XML is deflated once and its compressed
 * bytes stored under every extra sheet's name, so a 1.9 GB workbook takes a second to write.
 */
final class HugeWorkbook {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private HugeWorkbook() {
    }

    /** One part, deflated. */
    private record Part(byte[] deflated, long crc, long size) {
    }

    /**
     * Copies a workbook written by POI, adding sheets {@code Big1}, {@code Big2}, ... each of
     * {@code rows} rows of {@code cellsPerRow} TRUE cells.
     *
     * @param base        the workbook to copy
     * @param out         where to write
     * @param sheets      how many sheets to add
     * @param rows        rows in each added sheet
     * @param cellsPerRow cells in each row
     * @return the expanded size of one added sheet, in bytes
     */
    static long addSheets(Path base, Path out, int sheets, int rows, int cellsPerRow) {
        return addSheets(base, out, sheets, rows, cellsPerRow, true);
    }

    /**
     * As {@link #addSheets(Path, Path, int, int, int)}, the zip's directory optionally lying that each
     * added sheet expands to 1,000 bytes.
     *
     * @param honest whether the declared sizes are the true ones
     */
    static long addSheets(Path base, Path out, int sheets, int rows, int cellsPerRow, boolean honest) {
        Map<String, Part> parts = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(base.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String text = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                StringBuilder extra = new StringBuilder();
                for (int s = 1; s <= sheets; s++) {
                    extra.append(switch (entry.getName()) {
                        case "[Content_Types].xml" -> "<Override PartName=\"/xl/worksheets/big" + s + ".xml\" ContentType=\""
                                + "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
                        case "xl/workbook.xml" -> "<sheet name=\"Big" + s + "\" sheetId=\"" + (100 + s) + "\" r:id=\"rIdBig" + s + "\"/>";
                        case "xl/_rels/workbook.xml.rels" -> "<Relationship Id=\"rIdBig" + s + "\" Type=\"" + RELS
                                + "/worksheet\" Target=\"worksheets/big" + s + ".xml\"/>";
                        default -> "";
                    });
                }
                String closing = switch (entry.getName()) {
                    case "[Content_Types].xml" -> "</Types>";
                    case "xl/workbook.xml" -> "</sheets>";
                    case "xl/_rels/workbook.xml.rels" -> "</Relationships>";
                    default -> null;
                };
                byte[] bytes = closing == null ? zip.getInputStream(entry).readAllBytes()
                        : text.replace(closing, extra + closing).getBytes(StandardCharsets.UTF_8);
                parts.put(entry.getName(), deflate(List.of(bytes)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Part big = deflate(sheetXml(rows, cellsPerRow));
        long trueSize = big.size();
        if (!honest) {
            big = new Part(big.deflated(), big.crc(), 1_000);
        }
        for (int s = 1; s <= sheets; s++) {
            parts.put("xl/worksheets/big" + s + ".xml", big);
        }
        write(out, parts);
        return trueSize;
    }

    private static Iterable<byte[]> sheetXml(int rows, int cellsPerRow) {
        String cells = "<c t=\"b\"><v>1</v></c>".repeat(cellsPerRow);
        return () -> new java.util.Iterator<>() {
            private int row = -1;

            @Override
            public boolean hasNext() {
                return row <= rows;
            }

            @Override
            public byte[] next() {
                row++;
                String text = row == 0 ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>"
                        : row <= rows ? "<row r=\"" + row + "\">" + cells + "</row>" : "</sheetData></worksheet>";
                return text.getBytes(StandardCharsets.US_ASCII);
            }
        };
    }

    private static Part deflate(Iterable<byte[]> chunks) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CRC32 crc = new CRC32();
        long size = 0;
        byte[] buffer = new byte[1 << 16];
        for (byte[] chunk : chunks) {
            crc.update(chunk);
            size += chunk.length;
            deflater.setInput(chunk);
            while (!deflater.needsInput()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return new Part(out.toByteArray(), crc.getValue(), size);
    }

    private static void write(Path file, Map<String, Part> parts) {
        ByteBuffer header = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
        ByteArrayOutputStream directory = new ByteArrayOutputStream();
        List<Long> offsets = new ArrayList<>();
        long offset = 0;
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            for (Map.Entry<String, Part> entry : parts.entrySet()) {
                byte[] name = entry.getKey().getBytes(StandardCharsets.UTF_8);
                Part part = entry.getValue();
                header.clear();
                header.putInt(0x04034b50).putShort((short) 20).putShort((short) 0).putShort((short) 8)
                        .putShort((short) 0).putShort((short) 0x21).putInt((int) part.crc())
                        .putInt(part.deflated().length).putInt((int) part.size())
                        .putShort((short) name.length).putShort((short) 0);
                out.write(header.array(), 0, header.position());
                out.write(name);
                out.write(part.deflated());
                offsets.add(offset);
                header.clear();
                header.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) 0).putShort((short) 8)
                        .putShort((short) 0).putShort((short) 0x21).putInt((int) part.crc())
                        .putInt(part.deflated().length).putInt((int) part.size())
                        .putShort((short) name.length).putShort((short) 0).putShort((short) 0).putShort((short) 0)
                        .putShort((short) 0).putInt(0).putInt((int) offset);
                directory.write(header.array(), 0, header.position());
                directory.write(name);
                offset += 30 + name.length + part.deflated().length;
            }
            out.write(directory.toByteArray());
            header.clear();
            header.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) parts.size())
                    .putShort((short) parts.size()).putInt(directory.size()).putInt((int) offset).putShort((short) 0);
            out.write(header.array(), 0, header.position());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
