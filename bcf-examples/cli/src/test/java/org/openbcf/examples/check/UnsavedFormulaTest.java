package org.openbcf.examples.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbcf.examples.cli.Cli;
import org.openbcf.examples.cli.ExitCode;
import org.openbcf.examples.io.BadInputException;
import org.openbcf.examples.workbook.Recalculation;
import org.w3c.dom.Element;

/**
 * Issue 28, "Workbooks written by programs": a workbook filled by openpyxl, POI or pandas holds its
 * formulas with no saved result ({@code <f>} and no {@code <v>}). Without {@code --recalculate} the
 * check refuses such a cell, saying that {@code --recalculate} would evaluate it; with it, the formula
 * is evaluated, compared with openbcf's value and reported with status {@code unsaved} (or
 * {@code disagrees}). The workbooks are Norfolk's income and expenditure sheet (G-11, G-12) written
 * with POI's {@code setCellFormula} and never evaluated.
 */
class UnsavedFormulaTest {

    /** Norfolk's annual income plan, C10:F10 summed by hand: 19,293,380 + 13,801,260 + 14,683,080 + 14,683,080. */
    private static final BigDecimal INCOME_PLAN = new BigDecimal(19_293_380 + 13_801_260 + 14_683_080 + 14_683_080);

    /** The first three quarters of the plan, what =SUM(C10:E10) gives. */
    private static final BigDecimal THREE_QUARTERS = new BigDecimal(19_293_380 + 13_801_260 + 14_683_080);

    /** Norfolk's balance, income actual less expenditure actual to date (G-12). */
    private static final BigDecimal BALANCE = new BigDecimal((17_272_933 + 15_846_950 + 13_519_950)
            - (16_738_383 + 14_054_502 + 13_519_950));

    @TempDir
    Path dir;

    private Path mapping() throws IOException {
        return Files.writeString(dir.resolve("ie.properties"), IncomeAndExpenditureSheet.MAPPING);
    }

    /** Norfolk's sheet, changed, written as a program writes it: no formula is calculated. */
    private Path unsaved(String name, Consumer<XSSFSheet> change) {
        return TestWorkbooks.write(dir.resolve(name), wb -> { }, wb -> {
            IncomeAndExpenditureSheet.fill(wb);
            change.accept(wb.getSheet(IncomeAndExpenditureSheet.SHEET));
        });
    }

    private static Consumer<XSSFSheet> formula(String address, String formula) {
        return sheet -> {
            CellReference ref = new CellReference(address);
            sheet.getRow(ref.getRow()).getCell(ref.getCol()).setCellFormula(formula);
        };
    }

    private static CellComparison at(CheckReport report, String cell) {
        return report.comparisons().stream().filter(c -> c.cell().toString().equals(cell)).findFirst().orElseThrow();
    }

    @Test
    void theWorkbookReallyHoldsNoSavedResults() throws IOException {
        String sheet;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(unsaved("raw.xlsx", s -> { }).toFile())) {
            sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
        }

        assertThat(sheet).contains("<f>SUM(C10:F10)</f>").doesNotContain("<v>62460800");
    }

    @Test
    void withoutRecalculateTheCellIsRefusedSayingThatRecalculateWouldEvaluateIt() throws IOException {
        Path workbook = unsaved("raw.xlsx", s -> { });

        assertThatThrownBy(() -> SpreadsheetCheck.run(workbook, mapping())).isInstanceOf(BadInputException.class)
                .hasMessage("workbook raw.xlsx: '5. I&E'!G10 holds the formula =SUM(C10:F10) with no saved result where the "
                        + "spreadsheet should have computed a number (income.plan.annualTotal); --recalculate would evaluate it "
                        + "(or open and save the workbook in Excel)");
        Cli.Result cli = Cli.run("check", workbook.toString(), "--map", mapping().toString());
        assertThat(cli.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err().lines()).singleElement().asString().contains("'5. I&E'!G10", "--recalculate would evaluate it");
    }

    @Test
    void recalculatedEveryUnsavedFormulaIsEvaluatedAndChecked() throws IOException {
        CheckReport report = SpreadsheetCheck.recalculate(unsaved("raw.xlsx", s -> { }), mapping());

        assertThat(report.passes()).isTrue();
        assertThat(report.comparisons()).hasSize(7).allSatisfy(c -> {
            assertThat(c.unsaved()).isTrue();
            assertThat(c.status()).isEqualTo(CellStatus.UNSAVED);
            assertThat(c.status().fails()).isFalse();
        });
        assertThat(at(report, "'5. I&E'!G10").spreadsheet()).isEqualByComparingTo(INCOME_PLAN);
        assertThat(at(report, "'5. I&E'!G25").spreadsheet()).isEqualByComparingTo(BALANCE);
        assertThat(at(report, "'5. I&E'!G10")).hasToString("'5. I&E'!G10 income.plan.annualTotal: spreadsheet not saved, "
                + "reference 62460800.00, difference 0.00; unsaved: =SUM(C10:F10) gives 62460800");
        assertThat(report.toString()).startsWith("workbook raw.xlsx, income-and-expenditure: all 7 cells agree "
                + "(recalculated: 7 unsaved)");
    }

    @Test
    void anUnsavedFormulaThatGivesAnotherValueDisagrees() throws IOException {
        CheckReport report = SpreadsheetCheck.recalculate(unsaved("short.xlsx", formula("G10", "SUM(C10:E10)")), mapping());

        assertThat(report.passes()).isFalse();
        assertThat(report.disagreements()).singleElement().satisfies(c -> {
            assertThat(c.unsaved()).isTrue();
            assertThat(c.status()).isEqualTo(CellStatus.DISAGREES);
            assertThat(c.spreadsheet()).isEqualByComparingTo(THREE_QUARTERS);
            assertThat(c.difference()).isEqualByComparingTo(THREE_QUARTERS.subtract(INCOME_PLAN));
            assertThat(c).hasToString("'5. I&E'!G10 income.plan.annualTotal: spreadsheet not saved, reference 62460800.00, "
                    + "difference -14683080.00; disagrees (not saved): =SUM(C10:E10) gives 47777720");
        });
        assertThat(report.toString()).startsWith("workbook short.xlsx, income-and-expenditure: 1 of 7 cells disagree "
                + "(recalculated: 7 unsaved)");
    }

    @Test
    void theCommandShowsStatusUnsavedInEveryFormatAndExitsZeroWhenItAgrees() throws IOException {
        Path workbook = unsaved("raw.xlsx", s -> { });
        String map = mapping().toString();

        Cli.Result csv = Cli.run("check", workbook.toString(), "--map", map, "--recalculate");
        assertThat(csv.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(csv.out().lines()).hasSize(8).first()
                .isEqualTo("cell,output,spreadsheet,recalculated,reference,difference,agrees,status");
        assertThat(csv.out()).contains("'5. I&E'!G10,income.plan.annualTotal,,62460800.00,62460800.00,0.00,true,unsaved\n",
                "'5. I&E'!G25,balance,,2326998.00,2326998.00,0.00,true,unsaved\n");

        Cli.Result json = Cli.run("check", workbook.toString(), "--map", map, "--recalculate", "--format", "json");
        assertThat(json.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(json.out()).contains("\"recalculated\":\"62460800.00\"").contains("\"status\":\"unsaved\"")
                .doesNotContain("\"status\":\"agrees\"");

        Cli.Result table = Cli.run("check", workbook.toString(), "--map", map, "--recalculate", "--format", "table");
        assertThat(table.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(table.out()).contains("unsaved");

        Cli.Result junit = Cli.run("check", workbook.toString(), "--map", map, "--recalculate", "--format", "junit");
        assertThat(junit.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(JUnitReportTest.parse(junit.out()).getDocumentElement().getAttribute("failures")).isEqualTo("0");
        assertThat(junit.out()).contains("<system-out>'5. I&amp;E'!G10 income.plan.annualTotal: spreadsheet not saved, "
                + "reference 62460800.00, difference 0.00; unsaved: =SUM(C10:F10) gives 62460800");
    }

    @Test
    void theCommandExitsOneWhenAnUnsavedFormulaDisagrees() throws IOException {
        Path workbook = unsaved("short.xlsx", formula("G10", "SUM(C10:E10)"));
        String map = mapping().toString();

        Cli.Result csv = Cli.run("check", workbook.toString(), "--map", map, "--recalculate");
        assertThat(csv.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(csv.out()).contains(
                "'5. I&E'!G10,income.plan.annualTotal,,47777720.00,62460800.00,-14683080.00,false,disagrees\n");
        assertThat(csv.err().lines()).contains("'5. I&E'!G10 income.plan.annualTotal: spreadsheet not saved, reference "
                + "62460800.00, difference -14683080.00; disagrees (not saved): =SUM(C10:E10) gives 47777720");

        Element suite = JUnitReportTest.parse(JUnitReport.of(SpreadsheetCheck.recalculate(workbook, mapping())))
                .getDocumentElement();
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        assertThat(((Element) suite.getElementsByTagName("failure").item(0)).getAttribute("type")).isEqualTo("disagreement");
    }

    @Test
    void anUnsavedFormulaThatGivesAnErrorIsRefusedNamingTheCell() throws IOException {
        Path workbook = unsaved("broken.xlsx", formula("G20", "SUM(#REF!)"));

        assertThatThrownBy(() -> SpreadsheetCheck.recalculate(workbook, mapping())).isInstanceOf(BadInputException.class)
                .hasMessage("workbook broken.xlsx: '5. I&E'!G20 holds the formula =SUM(#REF!) with no saved result, and "
                        + "recalculated =SUM(#REF!) gives the error #REF! where the spreadsheet should have computed a number "
                        + "(expenditure.plan.annualTotal)");
    }

    @Test
    void anUnsavedComparisonMustBeRecalculatedAndGiveANumberOrYesOrNo() {
        SheetCell cell = SheetCell.parse("G10", "5. I&E");

        assertThatThrownBy(() -> new CellComparison(cell, "x", BigDecimal.ONE, Optional.empty(), BigDecimal.ONE,
                BigDecimal.ZERO, Optional.empty(), true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CellComparison.unsaved(cell, "x", Recalculation.text("\"n/a\"", "n/a"), BigDecimal.ONE,
                BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
        CellComparison yes = CellComparison.unsaved(cell, "met", Recalculation.text("IF(1,\"Yes\",\"No\")", "Yes"),
                BigDecimal.ONE, BigDecimal.ZERO);
        assertThat(yes.spreadsheet()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(yes.status()).isEqualTo(CellStatus.UNSAVED);
    }
}
