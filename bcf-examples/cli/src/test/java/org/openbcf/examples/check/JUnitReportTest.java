package org.openbcf.examples.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbcf.core.finding.Finding;
import org.openbcf.core.finding.Findings;
import org.openbcf.core.finding.Rule;
import org.openbcf.core.finding.Severity;
import org.openbcf.examples.cli.Cli;
import org.openbcf.examples.cli.ExitCode;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Issue 14, "reports test suites can consume": {@code --format junit} and the report as a value a test asserts on. */
class JUnitReportTest {

    @TempDir
    Path dir;

    /** The JDK's parser with document types and external entities off: a document that needs them fails. */
    static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setExpandEntityReferences(false);
            javax.xml.parsers.DocumentBuilder builder = factory.newDocumentBuilder();
            // a refused document is an exception for the test to check, not a "[Fatal Error]" line on stderr
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
        }
    }

    private static List<Element> elements(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagName(name);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    /** The attributes Surefire's report schema requires of a suite and of each test case, with their types. */
    private static void assertSurefireShape(Element suite) {
        assertThat(suite.getTagName()).isEqualTo("testsuite");
        for (String attribute : List.of("tests", "failures", "errors", "skipped")) {
            assertThat(suite.getAttribute(attribute)).as(attribute).matches("[0-9]+");
        }
        assertThat(suite.getAttribute("name")).isNotBlank();
        assertThat(suite.getAttribute("time")).matches("[0-9.]+");
        List<Element> cases = elements(suite, "testcase");
        assertThat(Integer.parseInt(suite.getAttribute("tests"))).isEqualTo(cases.size());
        assertThat(Integer.parseInt(suite.getAttribute("failures"))).isEqualTo(elements(suite, "failure").size());
        for (Element testcase : cases) {
            assertThat(testcase.getAttribute("name")).isNotBlank();
            assertThat(testcase.getAttribute("classname")).isNotBlank();
            assertThat(testcase.getAttribute("time")).matches("[0-9.]+");
        }
        for (Element failure : elements(suite, "failure")) {
            assertThat(failure.getAttribute("type")).isNotBlank();
            assertThat(failure.hasAttribute("message")).isTrue();
        }
    }

    @Test
    void everyCellAndEveryFindingIsATestCaseAndTheFailuresAreTheDisagreementsAndErrors() throws IOException {
        Path workbook = P4pSheet.writeChanged(dir.resolve("overpaid.xlsx"), sheet -> TestWorkbooks.set(sheet, "C19", 354_620));
        Path map = Files.writeString(dir.resolve("p4p.properties"), P4pSheet.MAPPING);

        Cli.Result result = Cli.run("check", workbook.toString(), "--map", map.toString(), "--format", "junit");

        assertThat(result.exitCode()).isEqualTo(ExitCode.FINDINGS);
        Element suite = parse(result.out()).getDocumentElement();
        assertSurefireShape(suite);
        assertThat(suite.getAttribute("tests")).isEqualTo("37");                 // 32 cells + 5 findings
        assertThat(suite.getAttribute("failures")).isEqualTo("5");
        assertThat(elements(suite, "testcase")).extracting(e -> e.getAttribute("name"))
                .contains("'4. P4P'!Q8 targetReduction", "'4. P4P'!AR8 suggestedPayment[4]");
        assertThat(elements(suite, "failure")).extracting(e -> e.getAttribute("type"))
                .containsExactly("R-P4P-14", "R-P4P-15", "R-P4P-14", "R-P4P-14", "R-P4P-14");
        assertThat(result.err().lines()).hasSize(5);
    }

    @Test
    void aDisagreeingCellIsAFailureWithBothValuesAndWarningsPassWithTheirText() throws IOException {
        Path workbook = IncomeAndExpenditureSheet.write(dir.resolve("wrong.xlsx"), sheet -> TestWorkbooks.setSavedResult(sheet, "G21", 60_160_000));
        CheckReport report = SpreadsheetCheck.run(workbook, Files.writeString(dir.resolve("ie.properties"), IncomeAndExpenditureSheet.MAPPING));

        Element suite = parse(JUnitReport.of(report)).getDocumentElement();

        assertSurefireShape(suite);
        assertThat(suite.getAttribute("tests")).isEqualTo("16");                 // 7 cells + 9 findings (D-1 to D-6)
        assertThat(elements(suite, "failure")).singleElement().satisfies(f -> {
            assertThat(f.getAttribute("type")).isEqualTo("disagreement");
            assertThat(f.getTextContent()).isEqualTo("'5. I&E'!G21 expenditure.forecast.annualTotal: spreadsheet 60160000.00, "
                    + "reference 60159800.00, difference 200.00");
        });
        assertThat(elements(suite, "system-out")).hasSize(9).first()
                .satisfies(out -> assertThat(out.getTextContent()).startsWith("WARNING R-IE-4 '5. I&E'!C10:F10"));
    }

    @Test
    void textThatLooksLikeMarkupOrControlCharactersStaysWellFormed() {
        SheetCell cell = new SheetCell("a<b>&\"c'", 0, 0);
        Finding finding = Finding.of(Rule.R_RISK_2, Severity.ERROR, "risk.<x>&]]>", "id \u0001\u0007 \"quoted\" <![CDATA[ & ]]>");
        CheckReport report = new CheckReport("workbook <&>.xlsx", "risk", BigDecimal.ZERO,
                List.of(new CellComparison(cell, "score[1]", BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ZERO)),
                Findings.of(finding), List.of());

        Document document = parse(JUnitReport.of(report));

        Element suite = document.getDocumentElement();
        assertThat(suite.getAttribute("name")).isEqualTo("bcf check workbook <&>.xlsx (risk)");
        assertThat(elements(suite, "testcase").get(0).getAttribute("name")).isEqualTo("'a<b>&\"c'''!A1 score[1]");
        assertThat(elements(suite, "failure").get(1).getTextContent()).contains("id \uFFFD\uFFFD \"quoted\" <![CDATA[ & ]]>");
    }

    @Test
    void aDocumentWithADoctypeIsRefusedByTheTestsParser() {
        assertThatThrownBy(() -> parse("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void theAssertionHelpersMessageListsEveryDisagreementAndFinding() throws IOException {
        Path workbook = IncomeAndExpenditureSheet.write(dir.resolve("wrong.xlsx"), sheet -> {
            TestWorkbooks.setSavedResult(sheet, "G10", 62_461_000);
            TestWorkbooks.setSavedResult(sheet, "G25", 2_326_998.5);
        });
        CheckReport report = SpreadsheetCheck.run(workbook, Files.writeString(dir.resolve("ie.properties"), IncomeAndExpenditureSheet.MAPPING));

        assertThatThrownBy(report::assertPasses).isInstanceOf(AssertionError.class)
                .hasMessageContaining("2 of 7 cells disagree")
                .hasMessageContaining("'5. I&E'!G10 income.plan.annualTotal: spreadsheet 62461000.00, reference 62460800.00")
                .hasMessageContaining("'5. I&E'!G25 balance: spreadsheet 2326998.50")
                .hasMessageContaining("WARNING R-IE-8 '5. I&E'!H20");
    }

    @Test
    void anUnknownFormatIsRefusedNamingTheFormatsAllowed() throws IOException {
        Path workbook = IncomeAndExpenditureSheet.write(dir.resolve("n.xlsx"), sheet -> { });
        Path map = Files.writeString(dir.resolve("ie.properties"), IncomeAndExpenditureSheet.MAPPING);

        Cli.Result result = Cli.run("check", workbook.toString(), "--map", map.toString(), "--format", "xml");
        Cli.Result toFile = Cli.run("check", workbook.toString(), "--map", map.toString(), "--format", "JUnit",
                "-o", dir.resolve("TEST-n.xml").toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.err()).contains("--format 'xml' must be one of csv, table, json, junit");
        assertThat(toFile.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(toFile.out()).isEmpty();
        assertSurefireShape(parse(Files.readString(dir.resolve("TEST-n.xml"))).getDocumentElement());
    }
}
