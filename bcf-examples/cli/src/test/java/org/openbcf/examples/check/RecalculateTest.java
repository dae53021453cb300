package org.openbcf.examples.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
 * Issue 14, "Stale and broken formulas": {@code bcf check --recalculate} sets each mapped computed
 * cell's saved value beside what its own formula gives now (POI's evaluator) and openbcf's value.
 * The workbooks are Norfolk's income and expenditure sheet (G-11, G-12) with one formula changed after
 * Excel-style calculation, so the saved results are those of the old formula.
 */
class RecalculateTest {

    @TempDir
    Path dir;

    private Path mapping() throws IOException {
        return Files.writeString(dir.resolve("ie.properties"), IncomeAndExpenditureSheet.MAPPING);
    }

    /** Norfolk's sheet, then a change after its formulas were calculated: their saved results stay. */
    private Path norfolk(String name, Consumer<XSSFSheet> after) {
        return IncomeAndExpenditureSheet.write(dir.resolve(name), after);
    }

    /** Replaces a cell's formula, keeping the result saved for the old one (a stale cell). */
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
    void aWorkbookWhoseFormulasGiveTheirSavedValuesAgreesWithThreeValuesPerCell() throws IOException {
        CheckReport report = SpreadsheetCheck.recalculate(norfolk("norfolk.xlsx", sheet -> { }), mapping());

        assertThat(report.passes()).isTrue();
        assertThat(report.comparisons()).hasSize(7).allSatisfy(c -> {
            assertThat(c.status()).isEqualTo(CellStatus.AGREES);
            assertThat(c.recalculated()).get().extracting(r -> r.number().orElseThrow())
                    .satisfies(n -> assertThat(n).isEqualByComparingTo(c.spreadsheet()));
        });
        assertThat(at(report, "'5. I&E'!G10").recalculated()).contains(
                Recalculation.number("SUM(C10:F10)", new BigDecimal("62460800.0")));                     // G-11
        assertThat(report.toString()).startsWith("workbook norfolk.xlsx, income-and-expenditure: all 7 cells agree "
                + "(recalculated: every formula gives its saved value), 9 findings (0 errors)");
        assertThat(at(report, "'5. I&E'!G25")).hasToString("'5. I&E'!G25 balance: spreadsheet 2326998.00, reference 2326998.00, "
                + "difference 0.00; agrees: =G12-G22 gives 2326998");                                    // G-12
    }

    @Test
    void aStaleSavedValueIsCaughtOnlyWhenRecalculating() throws IOException {
        Path workbook = norfolk("stale.xlsx", formula("G10", "SUM(C10:E10)"));

        assertThat(SpreadsheetCheck.run(workbook, mapping()).passes()).isTrue();
        CheckReport report = SpreadsheetCheck.recalculate(workbook, mapping());

        assertThat(report.passes()).isFalse();
        assertThat(report.disagreements()).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(CellStatus.STALE);
            assertThat(c.agrees()).isTrue();
            assertThat(c).hasToString("'5. I&E'!G10 income.plan.annualTotal: spreadsheet 62460800.00, reference 62460800.00, "
                    + "difference 0.00; stale: =SUM(C10:E10) gives 47777720");   // 19,293,380 + 13,801,260 + 14,683,080
        });
        assertThat(report.toString()).startsWith("workbook stale.xlsx, income-and-expenditure: 1 of 7 cells disagree "
                + "(recalculated: 1 stale)");
        assertThatThrownBy(report::assertPasses).hasMessageContaining("stale: =SUM(C10:E10) gives 47777720");
    }

    @Test
    void aStaleCellDependsOnItsPrecedentsFormulasNotOnTheirSavedResults() throws IOException {
        CheckReport report = SpreadsheetCheck.recalculate(norfolk("chain.xlsx", formula("G12", "SUM(C12:D12)")), mapping());

        assertThat(report.disagreements()).extracting(c -> c.cell().toString() + " " + c.status())
                .containsExactly("'5. I&E'!G12 stale", "'5. I&E'!G25 stale");
        assertThat(at(report, "'5. I&E'!G25").recalculated().flatMap(Recalculation::number).orElseThrow())
                .isEqualByComparingTo("-11192952");   // (17,272,933 + 15,846,950) - 44,312,835
    }

    @Test
    void aBrokenReferenceIsItsOwnKindOfDisagreement() throws IOException {
        Path workbook = norfolk("broken.xlsx", formula("G22", "SUM(#REF!)"));

        assertThat(SpreadsheetCheck.run(workbook, mapping()).passes()).isTrue();
        CheckReport report = SpreadsheetCheck.recalculate(workbook, mapping());

        assertThat(at(report, "'5. I&E'!G22").status()).isEqualTo(CellStatus.BROKEN);
        assertThat(at(report, "'5. I&E'!G22").recalculated()).contains(Recalculation.error("SUM(#REF!)", "#REF!"));
        assertThat(at(report, "'5. I&E'!G25").status()).isEqualTo(CellStatus.BROKEN);   // =G12-G22 is #REF! too
        assertThat(report.toString()).contains("(recalculated: 2 broken)");
    }

    @Test
    void aPastedValueWhereAFormulaBelongsIsItsOwnKindOfDisagreement() throws IOException {
        Path workbook = norfolk("pasted.xlsx", sheet -> TestWorkbooks.set(sheet, "G11", 60_159_800));

        assertThat(SpreadsheetCheck.run(workbook, mapping()).passes()).isTrue();
        CellComparison pasted = at(SpreadsheetCheck.recalculate(workbook, mapping()), "'5. I&E'!G11");

        assertThat(pasted.status()).isEqualTo(CellStatus.PASTED);
        assertThat(pasted.recalculated()).contains(Recalculation.noFormula());
        assertThat(pasted.toString()).endsWith("; pasted: no formula");
    }

    @Test
    void aFormulaThatNowGivesTextIsStale() throws IOException {
        CellComparison text = at(SpreadsheetCheck.recalculate(norfolk("text.xlsx", formula("G20", "\"n/a\"")), mapping()),
                "'5. I&E'!G20");

        assertThat(text.status()).isEqualTo(CellStatus.STALE);
        assertThat(text.recalculated()).contains(Recalculation.text("\"n/a\"", "n/a"));
    }

    @Test
    void anUnsupportedFunctionIsReportedNamingItAndDoesNotFailTheCheck() throws IOException {
        Path workbook = norfolk("sln.xlsx", formula("G25", "G12-G22+SLN(0,0,1)"));

        CheckReport report = SpreadsheetCheck.recalculate(workbook, mapping());

        assertThat(report.passes()).isTrue();
        assertThat(report.notRecalculated()).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(CellStatus.UNSUPPORTED);
            assertThat(c.recalculated()).contains(Recalculation.unsupported("G12-G22+SLN(0,0,1)",
                    "Apache POI does not implement the function SLN"));
        });
        assertThat(report.toString()).contains("(recalculated: 1 unsupported)")
                .endsWith("NOTE '5. I&E'!G25 balance not recalculated: =G12-G22+SLN(0,0,1) cannot be evaluated: "
                        + "Apache POI does not implement the function SLN");
    }

    @Test
    void anUnsupportedFunctionInAPrecedentNamesTheCellThatUsesIt() throws IOException {
        CheckReport report = SpreadsheetCheck.recalculate(norfolk("precedent.xlsx", formula("G22", "SUM(C22:F22)+SLN(0,0,1)")),
                mapping());

        assertThat(at(report, "'5. I&E'!G25").recalculated().map(Recalculation::detail))
                .contains("Apache POI does not implement the function SLN (used by '5. I&E'!G22)");
    }

    @Test
    void anUnsupportedFunctionWhoseSavedValueDisagreesStillDisagrees() throws IOException {
        Path workbook = norfolk("both.xlsx", formula("G25", "G12-G22+SLN(0,0,1)")
                .andThen(sheet -> TestWorkbooks.setSavedResult(sheet, "G25", 1)));

        CellComparison balance = at(SpreadsheetCheck.recalculate(workbook, mapping()), "'5. I&E'!G25");

        assertThat(balance.status()).isEqualTo(CellStatus.DISAGREES);
        assertThat(balance.recalculated().map(Recalculation::kind)).contains(Recalculation.Kind.UNSUPPORTED);
    }

    @Test
    void theCommandPrintsTheThreeValuesAndTheStatusAndExitsOneForAStaleCell() throws IOException {
        Path workbook = norfolk("stale.xlsx", formula("G10", "SUM(C10:E10)"));
        String map = mapping().toString();

        Cli.Result plain = Cli.run("check", workbook.toString(), "--map", map);
        Cli.Result csv = Cli.run("check", workbook.toString(), "--map", map, "--recalculate");

        assertThat(plain.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(plain.out()).startsWith("cell,output,spreadsheet,reference,difference,agrees\n");
        assertThat(csv.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(csv.out().lines()).hasSize(8).first().isEqualTo("cell,output,spreadsheet,recalculated,reference,difference,agrees,status");
        assertThat(csv.out()).contains("'5. I&E'!G10,income.plan.annualTotal,62460800.00,47777720.00,62460800.00,0.00,true,stale\n",
                "'5. I&E'!G25,balance,2326998.00,2326998.00,2326998.00,0.00,true,agrees\n");
        assertThat(csv.err().lines()).contains("'5. I&E'!G10 income.plan.annualTotal: spreadsheet 62460800.00, reference "
                + "62460800.00, difference 0.00; stale: =SUM(C10:E10) gives 47777720");

        Cli.Result json = Cli.run("check", workbook.toString(), "--map", map, "--recalculate", "--format", "json");
        assertThat(json.out()).contains("\"recalculated\":\"47777720.00\"").contains("\"status\":\"stale\"");
        Cli.Result table = Cli.run("check", workbook.toString(), "--map", map, "--recalculate", "--format", "table");
        assertThat(table.out()).contains("recalculated").contains("stale");
        assertThat(table.exitCode()).isEqualTo(ExitCode.FINDINGS);
    }

    @Test
    void theCommandShowsABrokenReferenceAndPastedValueAndExitsOne() throws IOException {
        Path workbook = norfolk("broken.xlsx", formula("G22", "SUM(#REF!)").andThen(sheet -> TestWorkbooks.set(sheet, "G11", 60_159_800)));

        Cli.Result result = Cli.run("check", workbook.toString(), "--map", mapping().toString(), "--recalculate");

        assertThat(result.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(result.out()).contains("'5. I&E'!G22,expenditure.actual.yearToDate,44312835.00,\"#REF!\",44312835.00,0.00,true,broken\n",
                "'5. I&E'!G11,income.forecast.annualTotal,60159800.00,,60159800.00,0.00,true,pasted\n");
    }

    @Test
    void anUnsupportedFunctionIsANoteLineAndExitsZero() throws IOException {
        Path workbook = norfolk("sln.xlsx", formula("G25", "G12-G22+SLN(0,0,1)"));

        Cli.Result result = Cli.run("check", workbook.toString(), "--map", mapping().toString(), "--recalculate");

        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(result.out()).contains("'5. I&E'!G25,balance,2326998.00,,2326998.00,0.00,true,unsupported\n");
        assertThat(result.err().lines()).last().isEqualTo("NOTE '5. I&E'!G25 balance not recalculated: =G12-G22+SLN(0,0,1) "
                + "cannot be evaluated: Apache POI does not implement the function SLN");
    }

    @Test
    void theJUnitReportGivesEachKindItsOwnFailureType() throws IOException {
        Path workbook = norfolk("kinds.xlsx", formula("G10", "SUM(C10:E10)").andThen(formula("G22", "SUM(#REF!)"))
                .andThen(sheet -> TestWorkbooks.set(sheet, "G11", 60_159_800)));

        Element suite = JUnitReportTest.parse(JUnitReport.of(SpreadsheetCheck.recalculate(workbook, mapping()))).getDocumentElement();

        assertThat(suite.getAttribute("failures")).isEqualTo("4");
        List<String> types = new java.util.ArrayList<>();
        for (int i = 0; i < suite.getElementsByTagName("failure").getLength(); i++) {
            types.add(((Element) suite.getElementsByTagName("failure").item(i)).getAttribute("type"));
        }
        assertThat(types).containsExactly("stale", "pasted", "broken", "broken");
    }

    @Test
    void anUnsupportedCellPassesInJUnitWithItsReason() throws IOException {
        Path workbook = norfolk("sln.xlsx", formula("G25", "G12-G22+SLN(0,0,1)"));

        String xml = JUnitReport.of(SpreadsheetCheck.recalculate(workbook, mapping()));

        assertThat(JUnitReportTest.parse(xml).getDocumentElement().getAttribute("failures")).isEqualTo("0");
        assertThat(xml).contains("<system-out>'5. I&amp;E'!G25 balance: spreadsheet 2326998.00, reference 2326998.00, "
                + "difference 0.00; unsupported: =G12-G22+SLN(0,0,1) cannot be evaluated: Apache POI does not implement the function SLN");
    }

    @Test
    void aDatasetWorkbookCannotBeRecalculatedWithoutAMapping() throws IOException {
        Path workbook = norfolk("norfolk.xlsx", sheet -> { });

        Cli.Result result = Cli.run("check", workbook.toString(), "--recalculate");

        assertThat(result.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.err()).contains("--recalculate evaluates the formulas of a mapping's computed cells: give --map FILE");
    }

    @Test
    void theRefusalsOfTheStreamingReaderHoldWhenRecalculating() throws IOException {
        Path plain = norfolk("norfolk.xlsx", sheet -> { });
        Path bomb = TestWorkbooks.zipBomb(plain, dir.resolve("bomb.xlsx"), 64);
        Path encrypted = TestWorkbooks.encrypt(plain, dir.resolve("locked.xlsx"));
        Path huge = dir.resolve("huge.xlsx");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(CheckLimits.DEFAULT.maxFileBytes() + 1);
        }
        Path map = mapping();

        assertThatThrownBy(() -> SpreadsheetCheck.recalculate(bomb, map)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("workbook bomb.xlsx: refused: a part of the workbook expands beyond openbcf's limits");
        assertThatThrownBy(() -> SpreadsheetCheck.recalculate(encrypted, map)).isInstanceOf(BadInputException.class)
                .hasMessage("workbook locked.xlsx: the workbook is encrypted (password-protected); save an unprotected copy to check it");
        assertThatThrownBy(() -> SpreadsheetCheck.recalculate(huge, map)).isInstanceOf(BadInputException.class)
                .hasMessage("workbook huge.xlsx: the file is 52428801 bytes; the largest openbcf checks is 52428800 bytes");
        Cli.Result cli = Cli.run("check", bomb.toString(), "--map", map.toString(), "--recalculate");
        assertThat(cli.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.err()).startsWith("check: workbook bomb.xlsx: refused: ").doesNotContain("\n ");
    }

    @Test
    void aPartTheStreamingCheckNeverReadsIsScannedBeforeTheUserModelIsBuilt() throws IOException {
        Path plain = norfolk("norfolk.xlsx", sheet -> { });
        Path styles = replace(plain, "styles.xlsx", "xl/styles.xml",
                xml -> xml.replaceFirst("\\?>", "?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"));
        Path map = mapping();

        assertThat(SpreadsheetCheck.run(styles, map).comparisons()).hasSize(7);   // the streaming check never reads the styles
        assertThatThrownBy(() -> SpreadsheetCheck.recalculate(styles, map)).isInstanceOf(BadInputException.class)
                .hasMessage("workbook styles.xlsx: refused: its XML declares a document type (DOCTYPE), which an .xlsx never has; "
                        + "openbcf expands no entities (this is how XXE and billion-laughs attacks begin)");
    }

    private Path replace(Path plain, String name, String entryName, java.util.function.UnaryOperator<String> change) {
        return TestWorkbooks.rewrite(plain, dir.resolve(name), java.util.Map.of(entryName, change));
    }
}
