package org.openbcf.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openbcf.examples.dataset.Datasets;

/**
 * Every caller-supplied value of a year has a home in board.csv (issue 28): the national conditions'
 * wording ({@code condition.<id>}), what a No requires, the iBCF purposes, DFG pass-through, the
 * reporting calendar ({@code reporting.<n>}), the sign-offs ({@code sign_off.<n>}) and the national
 * totals ({@code national_total.<stream>}, {@code national_minimum_fund}). {@code init} writes them in
 * the years whose sources are silent; {@code review} reads them strictly, refuses one the sources give,
 * uses them (the conditions are checked with the board's wording) and says they came from the board.
 */
class SuppliedValuesTest {

    private static final String FROM_BOARD = " \\(from the board: not in the national rules\\) +";

    @TempDir
    Path tmp;

    /** A 2026/27 dataset from init, named and pooled under section 75, with the given extra board.csv rows. */
    private Path y2026(String name, String... boardRows) throws IOException {
        Path dir = tmp.resolve(name);
        assertThat(Cli.run("init", "--year", "2026/27", dir.toString()).exitCode()).isZero();
        Datasets.edit(dir, "board.csv", "board,,", "board,Bexley,");
        Datasets.edit(dir, "board.csv", "section_75,,", "section_75,yes,");
        for (String row : boardRows) {
            String field = row.substring(0, row.indexOf(','));
            String text = Files.readString(dir.resolve("board.csv"));
            if (text.contains("\n" + field + ",,")) {
                Datasets.edit(dir, "board.csv", field + ",,", row + ",");
            } else {
                Datasets.append(dir, "board.csv", row + ",");
            }
        }
        return dir;
    }

    @Test
    void initWritesEveryValueTheYearsSourcesDoNotGiveAndNoneTheyDo() throws IOException {
        Path dir = tmp.resolve("bexley");
        Cli.run("init", "--year", "2026/27", dir.toString());
        // 2026/27: conditions, what a No requires, DFG pass-through, reporting and sign-offs are not in the sources,
        // nor the national totals of the NHS minimum and the mandatory fund; DFG (£723m, L278) and the LABCG are
        assertThat(dir.resolve("board.csv")).content().contains("\ncondition.1,,").contains("\nwhat_no_requires,,")
                .contains("\ndfg_passed_to_districts,,").contains("\nreporting.1,,").contains("\nsign_off.1,,")
                .contains("\nnational_total.nhs_minimum,,").contains("\nnational_minimum_fund,,")
                .doesNotContain("national_total.dfg,").doesNotContain("national_total.labcg,").doesNotContain("ibcf_purposes");
        assertThat(dir.resolve("README.md")).content().contains("`condition.<id>`").contains("`national_total.<stream>`")
                .contains("`sign_off.<n>`").contains("`reporting.<n>`").contains("`what_no_requires`");
        Path y2017 = tmp.resolve("norfolk");
        Cli.run("init", "--year", "2017/18", y2017.toString());
        // 2017/18: the conditions, sign-offs, reporting, iBCF purposes and DFG pass-through are sourced
        assertThat(y2017.resolve("board.csv")).content().doesNotContain("condition.1,").doesNotContain("sign_off.")
                .doesNotContain("reporting.").doesNotContain("ibcf_purposes").doesNotContain("dfg_passed_to_districts")
                .contains("\nwhat_no_requires,,").contains("\nnational_total.ccg_minimum,,");
        Path xlsx = tmp.resolve("bexley.xlsx");
        Cli.run("init", "--year", "2026/27", "--xlsx", xlsx.toString());
        assertThat(Cli.run("review", xlsx.toString()).out()).contains("Checklist");
        assertThat(rawBoardFields(xlsx)).contains("condition.1", "sign_off.1", "national_total.nhs_minimum",
                "national_minimum_fund");
    }

    private static List<String> rawBoardFields(Path xlsx) throws IOException {
        try (var in = Files.newInputStream(xlsx); var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            List<String> fields = new java.util.ArrayList<>();
            workbook.getSheet("board").forEach(row -> fields.add(row.getCell(0).getStringCellValue()));
            return fields;
        }
    }

    @Test
    void theBoardsConditionsAreCheckedAndEverySuppliedFigureIsShownAsTheBoards() throws IOException {
        Path dir = y2026("bexley", "condition.1,Plans to be jointly agreed", "condition.2,Implementing the BCF objectives",
                "what_no_requires,comment and date", "dfg_passed_to_districts,yes",
                "reporting.1,2026-27 plan: 31 March 2026", "reporting.2,quarterly return: conditions: quarterly",
                "sign_off.2,the council's section 151 officer", "sign_off.1,Health and Wellbeing Board",
                "national_total.nhs_minimum,5900000000", "national_minimum_fund,9300000000");
        Files.writeString(dir.resolve("conditions.csv"), "condition,answer,date,comment\n1,Yes,,\n2,No,,not yet agreed\n");
        Cli.Result review = Cli.run("review", dir.toString());
        assertThat(review.exitCode()).as(review.err()).isEqualTo(ExitCode.FINDINGS);
        // condition 2 is a No with a comment but no date: the board says a No needs both
        assertThat(review.err()).contains("ERROR R-NC-3 " + dir + "/conditions.csv row 3, column date: condition 2 is "
                + "answered 'No' without a target date");
        assertThat(review.out())
                .containsPattern("national condition 1" + FROM_BOARD + "Plans to be jointly agreed")
                .containsPattern("a No to a national condition requires" + FROM_BOARD + "a comment and a target date")
                .containsPattern("DFG passed to district councils in full" + FROM_BOARD + "yes")
                .containsPattern("reporting" + FROM_BOARD + "quarterly return: conditions: quarterly")
                .containsPattern("sign-off" + FROM_BOARD + "Health and Wellbeing Board")
                .containsPattern("national total of NHS minimum contribution" + FROM_BOARD + "£5,900,000,000.00")
                .containsPattern("national total of the mandatory fund" + FROM_BOARD + "£9,300,000,000.00")
                .contains("2026/27 national conditions (wording from the board)");
        // the sign-offs in their order, 1 then 2, whatever the order of the rows
        assertThat(review.out().indexOf("Health and Wellbeing Board")).isLessThan(review.out().indexOf("section 151"));
        Cli.Result json = Cli.run("review", "--format", "json", dir.toString());
        assertThat(json.out()).contains("national total of NHS minimum contribution (from the board: not in the national rules)");
        // a condition the board did not word is not one of the year's
        Files.writeString(dir.resolve("conditions.csv"), "condition,answer,date,comment\n3,Yes,,\n");
        Cli.Result unknown = Cli.run("review", dir.toString());
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(unknown.err()).contains("conditions.csv row 2, column condition: condition '3' is not one of the 2026/27 "
                + "conditions (1, 2)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2026/27|national_total.dfg,723000000|national_total.dfg is a national figure in this year (£723,000,000.00, sourced: bcf-2017-2027-by-year L278",
        "2025/26|sign_off.1,the board|sign_off.1 is a national figure in this year (chief executive of every partner",
        "2025/26|condition.1,Plans|condition.1 is a national figure in this year (condition 1; condition 2; condition 3, sourced",
        "2017/18|ibcf_purposes,none|ibcf_purposes is a national figure in this year",
        "2017/18|dfg_passed_to_districts,no|dfg_passed_to_districts is a national figure in this year (true, sourced",
        "2015/16|what_no_requires,comment|what_no_requires is a national figure in this year (a comment and a target date",
        "2020/21|national_minimum_fund,6698000000|national_minimum_fund is a national figure in this year (£6,698,000,000.00",
        "2024/25|reporting.1,plan: June|reporting.1 is a national figure in this year"})
    void aValueTheYearsSourcesGiveIsRefused(String year, String row, String message) throws IOException {
        refused(year, row, "column value: " + message);
    }

    /** A board.csv of the year with the row as its row 5: refused, exit 2, one line naming the cell. */
    private Path refused(String year, String row, String message) throws IOException {
        Path dir = tmp.resolve("d");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("board.csv"), "field,value\nboard,Bexley\nyear," + year + "\nsection_75,yes\n" + row + "\n");
        Cli.Result review = Cli.run("review", dir.toString());
        assertThat(review.exitCode()).as(review.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(review.err().strip()).startsWith("review: " + dir + "/board.csv row 5, " + message).doesNotContain("\n");
        return dir;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2026/27|what_no_requires,maybe|column value: field what_no_requires: 'maybe' must be comment, or comment and date",
        "2020/21|ibcf_purposes,housing|column value: field ibcf_purposes: 'housing' is not social-care-needs, nhs-pressure or provider-market (or none)",
        "2026/27|dfg_passed_to_districts,perhaps|column value: field dfg_passed_to_districts: expected yes or no, not 'perhaps'",
        "2026/27|reporting.1,the plan|column value: field reporting.1: 'the plan' is not what: when",
        "2026/27|sign_off.first,the board|column field: field sign_off.first must end in a number from 1 to 99",
        "2026/27|national_total.nhs_minimum,0|column value: national_total.nhs_minimum '0' must be pounds and pence, more than £0.00",
        "2026/27|national_minimum_fund,9bn|column value: field national_minimum_fund: amount '9bn' is not a GBP amount",
        "2026/27|national_total.ibcf,2000000000|column field: funding stream iBCF does not exist in 2026/27",
        "2026/27|national_total.nhs,2000000000|column field: unknown funding stream 'nhs' in national_total.nhs; the streams of 2026/27 are",
        "2026/27|condition.x1,Plans|column field: condition id 'x1' must be a number"})
    void aBadValueIsRefusedNamingItsCell(String year, String row, String message) throws IOException {
        Path dir = refused(year, row, message);
        Path xlsx = Datasets.toWorkbook(dir, tmp.resolve("d.xlsx"));
        Cli.Result book = Cli.run("review", xlsx.toString());
        assertThat(book.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(book.err()).startsWith("review: " + xlsx + " sheet board row 5, column " + (message.contains("column field") ? "field (cell A5)"
                : "value (cell B5)"));
    }
}
