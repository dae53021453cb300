package org.openbcf.examples.check;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.openbcf.core.finding.Finding;
import org.openbcf.core.finding.Severity;

/**
 * A {@link CheckReport} as JUnit XML, the report format of Maven Surefire that CI servers show as
 * tests ({@code bcf check --format junit}): one {@code <testsuite>} per workbook, one
 * {@code <testcase>} per checked cell and one per rule finding. A disagreeing cell and an
 * {@link Severity#ERROR} finding are a {@code <failure>}; a warning or note passes with its text in
 * {@code <system-out>}. Recalculated ({@code --recalculate}), a stale, broken or pasted cell is a
 * {@code <failure>} of that type ({@link CellStatus}), and a cell Apache POI cannot evaluate passes
 * with the reason in {@code <system-out>}. Example:
 *
 * <pre>{@code
 * <testsuite name="bcf check workbook q3.xlsx (p4p)" tests="37" failures="5" errors="0" skipped="0" time="0">
 *   <testcase classname="bcf.check.p4p" name="'4. P4P'!Q8 targetReduction" time="0"/>
 *   <testcase classname="bcf.check.p4p.findings" name="R-P4P-15 totalPaid" time="0">
 *     <failure type='R-P4P-15' message="ERROR R-P4P-15 totalPaid: ...">ERROR R-P4P-15 totalPaid: ...</failure>
 *   </testcase>
 * </testsuite>
 * }</pre>
 *
 * <p>Text is escaped by the JDK's XML writer, and characters XML 1.0 cannot carry (control
 * characters from a workbook's text) are written as U+FFFD, so the document is always well-formed.
 * This class is stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class JUnitReport {

    private JUnitReport() {
    }

    /**
     * The report as a JUnit XML document.
     *
     * @param report the report, not null
     * @return the XML, never null
     */
    public static String of(CheckReport report) {
        StringWriter out = new StringWriter();
        write(report, out);
        return out.toString();
    }

    /**
     * Writes the report as a JUnit XML document.
     *
     * @param report the report, not null
     * @param out    where to write, not null (not closed)
     * @throws UncheckedIOException when the writer fails
     */
    public static void write(CheckReport report, Writer out) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        int failures = report.disagreements().size() + report.errors().size();
        int tests = report.comparisons().size() + report.findings().size();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", clean("bcf check " + report.workbook() + " (" + report.calculation() + ")"));
            xml.writeAttribute("tests", Integer.toString(tests));
            xml.writeAttribute("failures", Integer.toString(failures));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", "0");
            xml.writeAttribute("time", "0");
            String classname = "bcf.check." + report.calculation();
            for (CellComparison cell : report.comparisons()) {
                CellStatus status = cell.status();
                String text = status == CellStatus.AGREES ? null : cell.toString();
                testcase(xml, classname, cell.cell() + " " + cell.output(), failureType(status), text);
            }
            for (Finding finding : report.findings()) {
                boolean fails = finding.severity() == Severity.ERROR;
                testcase(xml, classname + ".findings", finding.ruleId() + " " + finding.where(),
                        fails ? finding.ruleId() : null, finding.toString());
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.writeCharacters("\n");
            xml.flush();
            xml.close();
            out.flush();
        } catch (XMLStreamException e) {
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw new UncheckedIOException(new IOException("the JUnit report cannot be written: " + e.getMessage(), e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A failing cell's {@code <failure type>}: {@code disagreement}, {@code stale}, {@code broken}, {@code pasted}; else null. */
    private static String failureType(CellStatus status) {
        if (!status.fails()) {
            return null;
        }
        return status == CellStatus.DISAGREES ? "disagreement" : status.toString();
    }

    /** A test case; a failure when {@code failureType} is given, else passing with {@code text} as its output. */
    private static void testcase(XMLStreamWriter xml, String classname, String name, String failureType, String text)
            throws XMLStreamException {
        xml.writeCharacters("\n  ");
        if (text == null) {
            xml.writeEmptyElement("testcase");
        } else {
            xml.writeStartElement("testcase");
        }
        xml.writeAttribute("classname", clean(classname));
        xml.writeAttribute("name", clean(name));
        xml.writeAttribute("time", "0");
        if (text == null) {
            return;
        }
        xml.writeCharacters("\n    ");
        if (failureType != null) {
            xml.writeStartElement("failure");
            xml.writeAttribute("type", clean(failureType));
            xml.writeAttribute("message", clean(text));
        } else {
            xml.writeStartElement("system-out");
        }
        xml.writeCharacters(clean(text));
        xml.writeEndElement();
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    /** Replaces what XML 1.0 cannot hold (controls other than tab, newline and return; lone surrogates) with U+FFFD. */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                out.append(c).append(text.charAt(++i));
            } else if (c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD) {
                out.append(c);
            } else {
                out.append('\uFFFD');
            }
        }
        return out.toString();
    }
}
