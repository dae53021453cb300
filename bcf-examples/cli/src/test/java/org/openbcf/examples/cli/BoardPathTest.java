package org.openbcf.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openbcf.examples.dataset.Datasets;

/**
 * The board's path through the command line (issue 28): an empty {@code init} dataset is a checklist
 * (R-DS-1, exit 1), not an error; findings go to standard error and JSON {@code findings} whatever the
 * format; a finding names the file, row and column the board can act on and states its amounts once;
 * the figures openbcf's sources do not give have a home in board.csv and are shown as the board's.
 */
class BoardPathTest {

    private static final String[] YEARS = {"2015/16", "2016/17", "2017/18", "2018/19", "2019/20", "2020/21", "2021/22",
        "2022/23", "2023/24", "2024/25", "2025/26", "2026/27"};

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"2015/16", "2016/17", "2017/18", "2018/19", "2019/20", "2020/21", "2021/22", "2022/23",
        "2023/24", "2024/25", "2025/26", "2026/27"})
    void anEmptyInitDatasetReviewsToAChecklistAndExitsOne(String year) {
        for (boolean workbook : new boolean[] {false, true}) {
            Path target = tmp.resolve(year.replace('/', '-') + (workbook ? ".xlsx" : ""));
            Cli.Result init = workbook ? Cli.run("init", "--year", year, "--xlsx", target.toString())
                    : Cli.run("init", "--year", year, target.toString());
            assertThat(init.exitCode()).as(init.err()).isZero();
            String board = workbook ? "sheet board" : "board.csv";
            Cli.Result review = Cli.run("review", target.toString());
            assertThat(review.exitCode()).as(review.err()).isEqualTo(ExitCode.FINDINGS);
            assertThat(review.out()).contains("Checklist").contains("items to fill in");
            // the empty section_75 is a checklist item, not an R-PC-5 "not pooled under section 75"
            assertThat(review.err()).doesNotContain("R-PC-5");
            String sep = workbook ? " " : "/";
            assertThat(review.err())
                    .contains("WARNING R-DS-1 " + target + sep + board + " row 2, column value" + (workbook ? " (cell B2)" : "")
                            + ": field board is empty")
                    .contains("WARNING R-DS-1 " + target + sep + board + " row 4, column value" + (workbook ? " (cell B4)" : "")
                            + ": field section_75 is empty");
            Cli.Result json = Cli.run("review", "--format", "json", target.toString());
            assertThat(json.exitCode()).isEqualTo(ExitCode.FINDINGS);
            assertThat(json.out()).contains("\"findings\":[{\"rule\":\"R-DS-1\"");
            assertThat(json.err()).isEqualTo(review.err());
        }
    }

    @Test
    void everyEmptyCellOfAStartedRowIsListedAtOnceAndTheRestIsReviewed() throws IOException {
        Path dir = tmp.resolve("bexley");
        Cli.run("init", "--year", "2025/26", dir.toString());
        Datasets.edit(dir, "board.csv", "board,,", "board,Bexley,");
        Datasets.edit(dir, "contributions.csv", ",,NHS minimum contribution,,,", ",,NHS minimum contribution,1000000,,");
        Datasets.edit(dir, "metrics.csv", "unplanned-admissions,2025/26,,,,,", "unplanned-admissions,2025/26,1200,,,,");
        Cli.Result review = Cli.run("review", dir.toString());
        assertThat(review.exitCode()).as(review.err()).isEqualTo(ExitCode.FINDINGS);
        assertThat(review.err())
                .contains("R-DS-1 " + dir + "/board.csv row 4, column value: field section_75 is empty")
                .contains("R-DS-1 " + dir + "/contributions.csv row 2, column partner_type: partner_type is empty")
                .contains("R-DS-1 " + dir + "/contributions.csv row 2, column partner: partner is empty")
                .contains("R-DS-1 " + dir + "/metrics.csv row 2, column metric: the definition of unplanned-admissions is "
                        + "not in openbcf's sources")
                .contains("metric.unplanned-admissions.direction");
        assertThat(review.out()).contains("Bexley 2025/26").contains("items to fill in      4");
    }

    @Test
    void whatCannotBeReadStillExitsTwoNamingFileRowAndColumn() {
        Path dir = tmp.resolve("bexley");
        Cli.run("init", "--year", "2025/26", dir.toString());
        Datasets.edit(dir, "contributions.csv", "\"\",,NHS minimum contribution,,,", "A,ICB,NHS minimum contribution,1.2.3,,");
        Cli.Result review = Cli.run("review", dir.toString());
        assertThat(review.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(review.out()).isEmpty();
        assertThat(review.err().strip()).doesNotContain("\n").contains("contributions.csv row 2, column amount");
    }

    @Test
    void aWarningIsOnStandardErrorAndInJsonFindingsAtItsRowAndColumn() throws IOException {
        Path dir = Datasets.lewisham(tmp.resolve("lewisham"));
        Files.writeString(dir.resolve("income-and-expenditure.csv"), "flow,basis,period,amount,differs_from_plan,comment\n"
                + "income,plan,year,45650000,,\nincome,actual,year,45000000,yes,\n");
        for (String format : new String[] {"table", "csv", "json"}) {
            Cli.Result review = Cli.run("review", "--format", format, dir.toString());
            assertThat(review.exitCode()).as(review.err()).isEqualTo(ExitCode.FINDINGS);
            // notes are findings too (on standard error, exit 0 on their own): here R-EXP-3 asks for nhs_minimum_must_fund
            assertThat(review.err().lines().filter(l -> !l.startsWith("INFO "))).containsExactly("WARNING R-IE-13 " + dir
                    + "/income-and-expenditure.csv row 3, column comment: income line 1 is flagged Yes (actual differs "
                    + "from plan) but has no comment explaining the change");
            assertThat(review.err()).contains("INFO R-EXP-3").contains("nhs_minimum_must_fund");
            if (format.equals("json")) {
                assertThat(review.out()).contains("{\"rule\":\"R-IE-13\",\"severity\":\"WARNING\",\"where\":\""
                        + dir + "/income-and-expenditure.csv row 3, column comment\"");
            }
        }
    }

    @Test
    void eachMessageStatesItsAmountsOnce() {
        Path dir = Datasets.lewisham(tmp.resolve("lewisham"));
        Datasets.edit(dir, "board.csv", "pooled_fund,45650000", "pooled_fund,45600000");
        Cli.Result review = Cli.run("review", dir.toString());
        String line = review.err().lines().filter(l -> l.contains("R-POOL-4")).findFirst().orElseThrow();
        assertThat(line).startsWith("ERROR R-POOL-4 " + dir + "/board.csv row 6, column value: ");
        Matcher amounts = Pattern.compile("-?£[0-9,]+\\.[0-9]{2}").matcher(line);
        java.util.List<String> seen = new java.util.ArrayList<>();
        while (amounts.find()) {
            seen.add(amounts.group().replace("-", ""));
        }
        assertThat(seen).containsExactly("£45,600,000.00", "£45,650,000.00", "£50,000.00");
    }

    @Test
    void aFigureTheSourcesDoNotGiveComesFromBoardCsvAndTheReviewSaysSo() throws IOException {
        Path dir = tmp.resolve("durham");
        Cli.run("init", "--year", "2021/22", dir.toString());
        assertThat(dir.resolve("board.csv")).content().contains("social_care_floor_uplift,,")
                .contains("the 2021/22 uplift of the NHS contribution to adult social care");
        assertThat(dir.resolve("README.md")).content().contains("`social_care_floor_uplift`");
        Datasets.edit(dir, "board.csv", "board,,", "board,Durham,");
        Datasets.edit(dir, "board.csv", "section_75,,", "section_75,yes,");
        Datasets.edit(dir, "board.csv", "asc_from_nhs_minimum_baseline,,", "asc_from_nhs_minimum_baseline,10000000,");
        Datasets.edit(dir, "board.csv", "asc_from_nhs_minimum,,", "asc_from_nhs_minimum,10400000,");
        Cli.Result without = Cli.run("review", dir.toString());
        assertThat(without.err()).contains("INFO R-PC-2").contains("supply the uplift (a dataset's social_care_floor_uplift)");
        Datasets.edit(dir, "board.csv", "social_care_floor_uplift,,", "social_care_floor_uplift,0.05,");
        Cli.Result with = Cli.run("review", dir.toString());
        // 10,000,000 x 1.05 = 10,500,000 > 10,400,000: below the floor the board supplied
        assertThat(with.out()).containsPattern("adult social care uplift \\(from the board: not in the national rules\\) +0.05")
                .containsPattern("adult social care floor \\(baseline \\+ the year's uplift from the board\\) +£10,500,000.00");
        assertThat(with.err()).contains("R-PC-2").doesNotContain("INFO R-PC-2");
    }

    @Test
    void theAnswersA2025ConditionAllowsComeFromBoardCsv() throws IOException {
        Path dir = Datasets.lewisham(tmp.resolve("lewisham"));
        Datasets.edit(dir, "conditions.csv", "2,Yes,,", "2,No - In Progress,,agreed late");
        Cli.Result without = Cli.run("review", dir.toString());
        assertThat(without.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(without.err()).contains("INFO R-NC-2").contains("condition_answers");
        Datasets.append(dir, "board.csv", "condition_answers,Yes; No");
        Cli.Result with = Cli.run("review", dir.toString());
        assertThat(with.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(with.err()).contains("ERROR R-NC-2 " + dir + "/conditions.csv row 3, column answer: condition 2 answer "
                + "'No - In Progress' is not one of the answers supplied for the year (Yes, No)");
        assertThat(with.out()).containsPattern("answers the conditions allow \\(from the board: not in the national rules\\) +Yes, No");
    }

    @Test
    void aNationalFigureCannotBeOverwrittenFromBoardCsv() throws IOException {
        Path dir = Datasets.lewisham(tmp.resolve("lewisham"));
        Datasets.append(dir, "board.csv", "social_care_floor_uplift,0.05");
        Cli.Result review = Cli.run("review", dir.toString());
        assertThat(review.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(review.err()).contains("board.csv row 8, column value").contains("is a national figure in this year")
                .contains("0.039");
    }

    @Test
    void everyYearsTemplateNamesOnlyMetricsTheReviewKnows() {
        for (String year : YEARS) {
            Path dir = tmp.resolve("m-" + year.replace('/', '-'));
            Cli.run("init", "--year", year, dir.toString());
            Datasets.edit(dir, "board.csv", "board,,", "board,Bexley,");
            Cli.Result review = Cli.run("review", dir.toString());
            assertThat(review.err()).as(year).doesNotContain("is not one of the").doesNotContain("catalogue");
            assertThat(review.exitCode()).as(year + review.err()).isEqualTo(ExitCode.FINDINGS);
        }
    }
}
