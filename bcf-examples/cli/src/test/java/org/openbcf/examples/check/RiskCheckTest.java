package org.openbcf.examples.check;

import org.openbcf.examples.io.BadInputException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openbcf.examples.check.TestWorkbooks.set;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbcf.examples.cli.Cli;
import org.openbcf.examples.cli.ExitCode;

class RiskCheckTest {

    private static final String MAPPING = """
            calculation = risk
            sheet = Risk log
            parameter.matrix = 4x4
            input.id = A5:A9
            input.likelihood = C5:C9
            input.impact = D5:D9
            output.score = E5:E9
            """;

    /** Five of Norfolk's 2016 scheme risks; NN2-R3 has severity 5 on a 4-point register (off the matrix). */
    private static final Object[][] RISKS = {
        {"NN1-R1", 3, 4}, {"NN1-R2", 4, 3}, {"NN2-R1", 3, 3}, {"NN2-R2", 4, 4}, {"NN2-R3", 4, 5}};

    @TempDir
    Path dir;

    private Path workbook(String name, Consumer<XSSFSheet> after) {
        return TestWorkbooks.write(dir.resolve(name), wb -> {
            XSSFSheet sheet = wb.createSheet("Risk log");
            set(sheet, "A4", "Risk");
            for (int i = 0; i < RISKS.length; i++) {
                int row = 5 + i;
                set(sheet, "A" + row, RISKS[i][0]);
                set(sheet, "C" + row, RISKS[i][1]);
                set(sheet, "D" + row, RISKS[i][2]);
                set(sheet, "E" + row, "=C" + row + "*D" + row);
            }
        }, wb -> after.accept(wb.getSheet("Risk log")));
    }

    private Path mapping(String text) throws IOException {
        return Files.writeString(dir.resolve("risk.properties"), text);
    }

    @Test
    void scoresThatAreLikelihoodTimesImpactAgreeEvenOffTheMatrix() throws IOException {
        CheckReport report = SpreadsheetCheck.run(workbook("risks.xlsx", sheet -> { }), mapping(MAPPING));

        assertThat(report.agrees()).isTrue();
        assertThat(report.comparisons()).extracting(c -> c.reference().intValue()).containsExactly(12, 12, 9, 16, 20);
        assertThat(report.comparisons()).extracting(CellComparison::output)
                .containsExactly("score[1]", "score[2]", "score[3]", "score[4]", "score[5]");
    }

    /** Issue 28: NN2-R3's impact 5, off the 4x4 scale, is reported at its cell (row 9, column D), not risks.NN2-R3.impact. */
    @Test
    void aLevelOffTheScaleIsAFindingAtItsCell() throws IOException {
        Path workbook = workbook("norfolk.xlsx", sheet -> { });
        Cli.Result result = Cli.run("check", workbook.toString(), "--map", mapping(MAPPING).toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(result.err().lines()).containsExactly(
                "ERROR R-RISK-2 'Risk log'!D9: impact 5 is outside the impact scale 1-4");
    }

    @Test
    void aStatedScoreThatIsNotTheProductIsReported() throws IOException {
        Path workbook = workbook("typed.xlsx", sheet -> set(sheet, "E7", 6));

        CheckReport report = SpreadsheetCheck.run(workbook, mapping(MAPPING));

        assertThat(report.disagreements()).extracting(CellComparison::toString)
                .containsExactly("'Risk log'!E7 score[3]: spreadsheet 6.00, reference 9.00, difference -3.00");
    }

    @Test
    void rangesOfDifferentLengthsAreRefused() {
        assertThatThrownBy(() -> CheckMapping.parse(MAPPING.replace("E5:E9", "E5:E8"), "mapping risk.properties"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("mapping risk.properties: the register's ranges must all have the same number of rows; they have "
                        + "{input.id=5, input.impact=5, input.likelihood=5, output.score=4}");
    }

    @Test
    void anUnknownMatrixIsRefusedWithTheLibrarysReason() throws IOException {
        Path workbook = workbook("risks.xlsx", sheet -> { });

        assertThatThrownBy(() -> SpreadsheetCheck.run(workbook, mapping(MAPPING.replace("4x4", "3x3"))))
                .isInstanceOf(BadInputException.class)
                .hasMessage("workbook risks.xlsx: openbcf cannot compute risk from the workbook's inputs: "
                        + "risk matrix '3x3' must be 4x4 or 5x5");
    }

    @Test
    void aBlankIdIsNamedByItsCell() throws IOException {
        Path workbook = workbook("blank.xlsx", sheet -> set(sheet, "A6", null));

        assertThat(SpreadsheetCheck.run(workbook, mapping(MAPPING)).agrees()).isTrue();
    }
}
