package org.openbcf.examples.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openbcf.examples.check.TestWorkbooks.set;

import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.DateUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbcf.core.finding.Finding;
import org.openbcf.examples.cli.Cli;
import org.openbcf.examples.cli.ExitCode;

/** {@code calculation = conditions}: Norfolk's Q3 2015/16 national conditions (D-12, R-NC-3, R-NC-4). */
class ConditionsCheckTest {

    static final String MAPPING = """
            calculation = conditions
            sheet = 3. National Conditions
            parameter.year = 2015/16
            input.condition = A8:A15
            input.answer = B8:B15
            input.date = C8:C15
            input.comment = D8:D15
            output.met = E8:E15
            output.conditionsMet = E17
            """;

    private static final String[] IDS = {"1", "2", "3", "4i", "4ii", "4iii", "5", "6"};
    private static final String IN_PROGRESS = "No \u2010 In Progress";

    @TempDir
    Path dir;

    /** Norfolk's answers, with a comment on each No when {@code commented}. */
    private KindCheck kind(boolean commented) {
        return kind(commented, "1", "0");
    }

    /**
     * Norfolk's answers, each {@code met} cell computing {@code =IF(B8="Yes",yes,no)}: {@code 1} and
     * {@code 0}, {@code "Yes"} and {@code "No"}, or {@code TRUE} and {@code FALSE}.
     */
    private KindCheck kind(boolean commented, String yes, String no) {
        return new KindCheck(dir, "3. National Conditions", MAPPING, sheet -> {
            for (int i = 0; i < IDS.length; i++) {
                int row = 8 + i;
                set(sheet, "A" + row, IDS[i]);
                set(sheet, "B" + row, "Yes");
                set(sheet, "E" + row, "=IF(B" + row + "=\"Yes\"," + yes + "," + no + ")");
            }
            set(sheet, "B10", IN_PROGRESS);
            set(sheet, "C10", DateUtil.getExcelDate(LocalDate.of(2017, 4, 30)));      // a date cell
            set(sheet, "B14", IN_PROGRESS);
            set(sheet, "C14", "31/03/2016");                                           // a date typed as text
            if (commented) {
                set(sheet, "D10", "Seven-day services are being phased in");
                set(sheet, "D14", "Data sharing agreement awaiting sign-off");
            }
            set(sheet, "E17", "=COUNTIF(B8:B15,\"Yes\")");
        });
    }

    @Test
    void norfolksAnswersWithTheirCommentsAgreeAndTheLateDateIsAWarning() {
        CheckReport report = kind(true).check(kind(true).agreeing());

        assertThat(report.passes()).as(report.toString()).isTrue();
        assertThat(report.comparisons()).extracting(c -> c.reference().intValue()).containsExactly(1, 1, 0, 1, 1, 1, 0, 1, 6);
        assertThat(report.findings()).singleElement().satisfies(f -> assertThat(f.toString())
                .contains("WARNING R-NC-4").contains("condition 3 is 'No - In Progress' but its target date 30/04/2017 is after 31/03/2016"));
    }

    @Test
    void aWrongCountOfConditionsMetExitsOne() {
        Path workbook = kind(true).workbook("wrong.xlsx", s -> TestWorkbooks.setSavedResult(s, "E17", 8));

        Cli.Result result = kind(true).command(workbook);

        assertThat(result.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(result.err()).contains("'3. National Conditions'!E17 conditionsMet: spreadsheet 8.00, reference 6.00, difference 2.00");
    }

    @Test
    void aConditionTheSheetDoesNotAnswerIsAtTheAnswersCells() {
        // the mapping leaves out row 15, condition 6: R-NC-6 about the set, at the answers' cells, not nationalConditions.6
        String seven = MAPPING.replace("8:A15", "8:A14").replace("8:B15", "8:B14").replace("8:C15", "8:C14")
                .replace("8:D15", "8:D14").replace("8:E15", "8:E14");
        CheckReport report = SpreadsheetCheck.run(kind(true).agreeing(), kind(true).mappingFile(seven));

        assertThat(report.errors().stream().filter(f -> f.message().equals("condition 6 is not answered")))
                .singleElement().satisfies(f -> assertThat(f.where()).isEqualTo("'3. National Conditions'!B8:B14"));
    }

    @Test
    void norfolksNoAnswersWithoutACommentAreR_NC_3AndExitOne() {
        Cli.Result result = kind(false).command(kind(false).agreeing());

        assertThat(result.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(result.out().lines().skip(1)).hasSize(9).allMatch(l -> l.endsWith(",true"));
        // issue 28: at the comment cells of conditions 3 and 5 (rows 10 and 14, column D), not nationalConditions.3.comment
        assertThat(result.err()).contains("ERROR R-NC-3 '3. National Conditions'!D10: condition 3 is answered 'No - In Progress' "
                + "without a comment").contains("ERROR R-NC-3 '3. National Conditions'!D14: condition 5 is answered")
                .contains("WARNING R-NC-4 '3. National Conditions'!C10: condition 3 is 'No - In Progress' but its target date")
                .doesNotContain("nationalConditions.");
    }

    @Test
    void noInProgressIsNotAnAnswerOf2022To23() {
        String mapping = MAPPING.replace("2015/16", "2022/23").replace("A8:A15", "A8:A11").replace("B8:B15", "B8:B11")
                .replace("C8:C15", "C8:C11").replace("D8:D15", "D8:D11").replace("E8:E15", "E8:E11");
        KindCheck y2022 = new KindCheck(dir, "3. National Conditions", mapping, sheet -> {
            for (int i = 0; i < 4; i++) {
                set(sheet, "A" + (8 + i), String.valueOf(i + 1));
                set(sheet, "B" + (8 + i), i == 1 ? "No - In Progress" : "Yes");
                set(sheet, "D" + (8 + i), "an explanation");
                set(sheet, "E" + (8 + i), "=IF(B" + (8 + i) + "=\"Yes\",1,0)");
            }
            set(sheet, "E17", "=COUNTIF(B8:B11,\"Yes\")");
        });

        CheckReport report = y2022.check(y2022.agreeing());

        assertThat(report.agrees()).isTrue();
        assertThat(report.errors().stream().map(Finding::ruleId)).containsExactly("R-NC-2");
    }

    @Test
    void aDateCellWithFloatNoiseIsItsDay() {
        Path workbook = kind(true).changed("noise.xlsx",
                s -> set(s, "C10", DateUtil.getExcelDate(LocalDate.of(2017, 4, 30)) + 1e-11));

        CheckReport report = kind(true).check(workbook);

        assertThat(report.findings().toString()).contains("target date 30/04/2017");
    }

    @Test
    void anAnswerOrDateThatIsNoneIsRefusedNamingTheCell() {
        Path answer = kind(true).workbook("answer.xlsx", s -> set(s, "B9", "<Please Select>"));
        Path date = kind(true).workbook("date.xlsx", s -> set(s, "C14", "31/02/2016"));

        Cli.Result result = kind(true).command(answer);

        assertThat(result.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.err()).startsWith("check: workbook answer.xlsx: openbcf cannot compute conditions from the workbook's "
                + "inputs: '3. National Conditions'!B9 (answer): ");
        assertThatThrownBy(() -> kind(true).check(date))
                .hasMessageContaining("'3. National Conditions'!C14 (date): date '31/02/2016' is not a date");
    }

    @Test
    void aYearWhoseConditionsOpenbcfLacksIsANote() {
        CheckReport report = SpreadsheetCheck.run(kind(true).agreeing(),
                kind(true).mappingFile(MAPPING.replace("2015/16", "2026/27")));

        assertThat(report.passes()).isTrue();
        assertThat(report.findings().stream().map(Finding::severity).distinct()).containsExactly(org.openbcf.core.finding.Severity.INFO);
    }

    @Test
    void metCellsThatSaveTheWordsOrBooleansAgreeAsOneAndZero() {
        for (String[] words : new String[][] {{"\"Yes\"", "\"No\"", "Yes", "No"}, {"TRUE", "FALSE", "TRUE", "FALSE"},
                {"\" yes \"", "\"NO\"", "yes", "NO"}}) {
            KindCheck kind = kind(true, words[0], words[1]);

            CheckReport report = kind.check(kind.agreeing());

            assertThat(report.passes()).as(report.toString()).isTrue();
            assertThat(report.comparisons()).hasSize(9);
            assertThat(report.comparisons().subList(0, 8)).extracting(c -> c.shown().orElseThrow())
                    .containsExactly(words[2], words[2], words[3], words[2], words[2], words[2], words[3], words[2]);
            assertThat(report.comparisons().subList(0, 8)).extracting(c -> c.spreadsheet().intValue())
                    .containsExactly(1, 1, 0, 1, 1, 1, 0, 1);
            assertThat(report.comparisons().get(8).shown()).isEmpty();
            assertThat(Cli.run("check", kind.agreeing().toString(), "--map", kind.mappingFile(MAPPING).toString())
                    .out().lines().skip(1)).hasSize(9).allMatch(l -> l.endsWith(",true"));
        }
    }

    @Test
    void aWrongYesInWordsExitsOneAndTheLineQuotesTheWords() {
        Path workbook = kind(true, "\"Yes\"", "\"No\"").workbook("wrong-words.xlsx",
                s -> s.getRow(9).getCell(4).setCellValue("Yes"));

        Cli.Result result = kind(true).command(workbook);

        assertThat(result.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(result.err()).contains("'3. National Conditions'!E10 met[3]: spreadsheet Yes (1.00), reference 0.00, "
                + "difference 1.00");
        assertThat(result.out()).contains("'3. National Conditions'!E10,met[3],1.00,0.00,1.00,false");
    }

    @Test
    void otherTextInAYesNoCellIsRefusedNamingTheCell() {
        Path workbook = kind(true, "\"Yes\"", "\"No\"").workbook("maybe.xlsx",
                s -> s.getRow(8).getCell(4).setCellValue("Maybe"));

        Cli.Result result = kind(true).command(workbook);

        assertThat(result.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.err().strip()).isEqualTo("check: workbook maybe.xlsx: '3. National Conditions'!E9 holds text "
                + "\"Maybe\" where the spreadsheet should have computed Yes or No (or 1 or 0) (met)");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void recalculatedAYesNoInWordsIsStaleUnlessItsFormulaStillGivesTheSameWords() {
        KindCheck words = kind(true, "\"Yes\"", "\"No\"");
        Path overridden = words.workbook("overridden.xlsx", s -> s.getRow(9).getCell(4).setCellValue("Yes"));
        Path asNumber = words.workbook("number.xlsx", s -> s.getRow(7).getCell(4).setCellValue(1.0));

        CheckReport agreeing = SpreadsheetCheck.recalculate(words.agreeing(), words.mappingFile(MAPPING));
        CheckReport stale = SpreadsheetCheck.recalculate(overridden, words.mappingFile(MAPPING));
        CheckReport number = SpreadsheetCheck.recalculate(asNumber, words.mappingFile(MAPPING));

        assertThat(agreeing.comparisons()).extracting(CellComparison::status).containsOnly(CellStatus.AGREES);
        assertThat(stale.comparisons().get(2).status()).isEqualTo(CellStatus.STALE);
        assertThat(stale.comparisons().get(2).toString()).contains("spreadsheet Yes (1.00)").contains("gives text \"No\"");
        assertThat(number.comparisons().get(0).shown()).isEmpty();
        assertThat(number.comparisons().get(0).agrees()).isTrue();
        assertThat(number.comparisons().get(0).status()).isEqualTo(CellStatus.STALE);
    }

    @Test
    void aStaleSavedValueIsCaughtOnlyWhenRecalculating() {
        kind(true).assertAStaleCellIsCaughtOnlyWhenRecalculating();
    }
}
