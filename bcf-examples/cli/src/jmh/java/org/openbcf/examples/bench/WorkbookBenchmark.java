package org.openbcf.examples.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

import javax.xml.parsers.SAXParserFactory;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.openbcf.examples.workbook.SavedWorkbook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The streaming workbook reader against its floor (issue 16): {@link SavedWorkbook} reading every
 * saved value of a 100,000-row sheet (800,000 cells, written by POI's SXSSF writer), and, in the same
 * JMH group so both see the same load, a bare SAX pass over the same sheet's XML from the zip that
 * only counts its {@code <c>} elements: the least any reader of that sheet can do.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class WorkbookBenchmark {

    static final int ROWS = 100_000;
    static final String SHEET = "Data";

    private Path file;

    /** Writes the workbook once, to a temporary file. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        file = Files.createTempFile("openbcf-bench", ".xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            SXSSFSheet sheet = workbook.createSheet(SHEET);
            for (int r = 0; r < ROWS; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("case " + (r + 1));
                for (int c = 1; c < 8; c++) {
                    row.createCell(c).setCellValue(r * 8 + c + 0.25);
                }
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    /** Deletes the workbook. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    /** @return the cells {@link SavedWorkbook} read */
    @Benchmark
    @Group("sheet")
    @GroupThreads(1)
    public long savedWorkbook() {
        long[] cells = new long[1];
        try (SavedWorkbook workbook = SavedWorkbook.open(file)) {
            workbook.read(SHEET, (row, saved) -> cells[0] += saved.size());
        }
        return cells[0];
    }

    /** @return the {@code <c>} elements a bare SAX pass counted */
    @Benchmark
    @Group("sheet")
    @GroupThreads(1)
    public long rawSaxFloor() throws Exception {
        try (ZipFile zip = new ZipFile(file.toFile()); InputStream in = zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml"))) {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            XMLReader reader = factory.newSAXParser().getXMLReader();
            long[] cells = new long[1];
            reader.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    if ("c".equals(localName)) {
                        cells[0]++;
                    }
                }
            });
            reader.parse(new InputSource(in));
            return cells[0];
        }
    }
}
