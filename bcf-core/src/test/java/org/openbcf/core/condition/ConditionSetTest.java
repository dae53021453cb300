package org.openbcf.core.condition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openbcf.core.finding.Finding;
import org.openbcf.core.finding.Findings;
import org.openbcf.core.finding.Severity;
import org.openbcf.core.time.FinancialYear;

class ConditionSetTest {

    private static final FinancialYear Y2015 = FinancialYear.parse("2015/16");
    private static final FinancialYear Y2022 = FinancialYear.parse("2022/23");

    @Test
    void eachEraHasItsConditionsAndQuestions() {
        assertThat(ConditionSet.BCF_2015_16.conditionCount()).isEqualTo(6);
        assertThat(ConditionSet.BCF_2015_16.questions()).hasSize(8);
        assertThat(ConditionSet.BCF_2016_17.conditionCount()).isEqualTo(8);
        assertThat(ConditionSet.BCF_2016_17.questions()).hasSize(8);
        assertThat(ConditionSet.BCF_2022_23.conditionCount()).isEqualTo(4);
        assertThat(ConditionSet.BCF_2023_25.conditionCount()).isEqualTo(4);
        assertThat(ConditionSet.BCF_2015_16.questions()).extracting(NationalCondition::id)
                .containsExactly("1", "2", "3", "4i", "4ii", "4iii", "5", "6");
        assertThat(ConditionSet.BCF_2015_16.questions().get(4).question())
                .isEqualTo("Are you pursuing open APIs (i.e. systems that speak to each other)?");
        assertThat(ConditionSet.BCF_2015_16.questions().get(4).number()).isEqualTo(4);
        assertThat(ConditionSet.BCF_2016_17.questions().get(7).title())
                .isEqualTo("Agreement on a local action plan to reduce Delayed transfers of care and improve patient flow");
        assertThat(ConditionSet.BCF_2022_23.questions().get(1).question())
                .isEqualTo("Planned contribution to social care from the NHS minimum contribution is agreed in line with the BCF policy?");
        assertThat(ConditionSet.BCF_2023_25.questions().get(1).title())
                .isEqualTo("Enabling people to stay well, safe and independent at home for longer");
    }

    @ParameterizedTest
    @CsvSource({"2015/16, BCF_2015_16", "2016/17, BCF_2016_17", "2022/23, BCF_2022_23", "2023/24, BCF_2023_25",
            "2024/25, BCF_2023_25"})
    void theSetFollowsTheYear(String year, ConditionSet set) {
        assertThat(ConditionSet.forYear(FinancialYear.parse(year))).isEqualTo(set);
    }

    @ParameterizedTest
    @CsvSource({"2014/15", "2017/18", "2021/22", "2025/26"})
    void yearsWithoutASetAreRejected(String year) {
        assertThatThrownBy(() -> ConditionSet.forYear(FinancialYear.parse(year)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(year).hasMessageContaining("BcfYear.of(");
    }

    @Test
    void erasDifferInTheAnswersTheyAllowAndWhatANoNeeds() {
        assertThat(ConditionSet.BCF_2015_16.allowedAnswers()).containsExactlyInAnyOrder(ConditionAnswer.values());
        assertThat(ConditionSet.BCF_2022_23.allowedAnswers()).containsExactlyInAnyOrder(ConditionAnswer.YES, ConditionAnswer.NO);
        assertThat(ConditionSet.BCF_2015_16.requiresDateForNo()).isTrue();
        assertThat(ConditionSet.BCF_2023_25.requiresDateForNo()).isFalse();
        assertThat(ConditionSet.BCF_2015_16).hasToString("2015/16 national conditions");
        assertThat(ConditionSet.BCF_2023_25).hasToString("2023-25 national conditions");
    }

    // Norfolk Q3 2015/16 grid (seed 000 lines 1659–1697, spec 1.5): conditions 3 and 5 'No - In Progress'
    // with dates 30/04/2017 and 31/03/2016; the rest Yes. Here without the commentary the return gives them
    // (lines 1765–1771), to show R-NC-3.
    @Test
    void norfolkQ3Grid2015Has2MissingCommentsAndALateInProgressDate() {
        List<ConditionResponse> q3 = List.of(ConditionResponse.yes("1"), ConditionResponse.yes("2"),
                ConditionResponse.of("3", ConditionAnswer.parse("No \u2010 In Progress"), LocalDate.of(2017, 4, 30), null),
                ConditionResponse.yes("4i"), ConditionResponse.yes("4ii"), ConditionResponse.yes("4iii"),
                ConditionResponse.of("5", ConditionAnswer.NO_IN_PROGRESS, LocalDate.of(2016, 3, 31), ""),
                ConditionResponse.yes("6"));
        Findings findings = ConditionSet.BCF_2015_16.check(Y2015, q3);
        assertThat(findings.list()).extracting(Finding::ruleId, Finding::where, Finding::severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple("R-NC-3", "nationalConditions.3.comment", Severity.ERROR),
                org.assertj.core.groups.Tuple.tuple("R-NC-4", "nationalConditions.3.date", Severity.WARNING),
                org.assertj.core.groups.Tuple.tuple("R-NC-3", "nationalConditions.5.comment", Severity.ERROR));
        assertThat(findings.list().get(1).message()).isEqualTo("condition 3 is 'No - In Progress' but its target date "
                + "30/04/2017 is after 31/03/2016; 'No' fits a condition not met by the year end");
        assertThat(findings.list().get(0).message()).isEqualTo("condition 3 is answered 'No - In Progress' without a comment");
    }

    @Test
    void aNoNeedsADateIn2015ButOnlyAnExplanationIn2022() {
        var no = ConditionResponse.of("1", ConditionAnswer.NO, null, "jointly agreed in May");
        List<ConditionResponse> answers2015 = new ArrayList<>(allYes(ConditionSet.BCF_2015_16));
        answers2015.set(0, no);
        assertThat(ConditionSet.BCF_2015_16.check(Y2015, answers2015).list()).extracting(Finding::where)
                .containsExactly("nationalConditions.1.date");
        List<ConditionResponse> answers2022 = new ArrayList<>(allYes(ConditionSet.BCF_2022_23));
        answers2022.set(0, no);
        assertThat(ConditionSet.BCF_2022_23.check(Y2022, answers2022)).isEqualTo(Findings.none());
        answers2022.set(0, ConditionResponse.of("1", ConditionAnswer.NO, null, null));
        assertThat(ConditionSet.BCF_2022_23.check(Y2022, answers2022).list()).extracting(Finding::where)
                .containsExactly("nationalConditions.1.comment");
    }

    // 2022-23 Norfolk: all four Yes (L2218–2221)
    @Test
    void norfolk2022AllYesHasNoFindingsAndInProgressIsNotAllowed() {
        assertThat(ConditionSet.BCF_2022_23.check(Y2022, allYes(ConditionSet.BCF_2022_23))).isEqualTo(Findings.none());
        List<ConditionResponse> answers = new ArrayList<>(allYes(ConditionSet.BCF_2022_23));
        answers.set(2, ConditionResponse.of("3", ConditionAnswer.NO_IN_PROGRESS, null, "under way"));
        Finding f = ConditionSet.BCF_2022_23.check(Y2022, answers).list().get(0);
        assertThat(f.ruleId()).isEqualTo("R-NC-2");
        assertThat(f.message()).isEqualTo("condition 3 answer 'No - In Progress' is not allowed in 2022/23 national conditions (Yes or No)");
    }

    @Test
    void unansweredQuestionsAreErrorsAndAnInProgressDateOnTheYearEndPasses() {
        Findings findings = ConditionSet.BCF_2015_16.check(Y2015, List.of(
                ConditionResponse.of("5", ConditionAnswer.NO_IN_PROGRESS, LocalDate.of(2016, 3, 31), "by March")));
        assertThat(findings.list()).extracting(Finding::where).containsExactly("nationalConditions.1",
                "nationalConditions.2", "nationalConditions.3", "nationalConditions.4i", "nationalConditions.4ii",
                "nationalConditions.4iii", "nationalConditions.6");
        assertThat(findings.list().get(0).message()).isEqualTo("condition 1 is not answered");
        assertThat(findings.hasErrors()).isTrue();
    }

    @Test
    void badResponsesAreRejected() {
        assertThatThrownBy(() -> ConditionSet.BCF_2022_23.check(Y2022, List.of(ConditionResponse.yes("5"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("response 1 answers condition '5'");
        assertThatThrownBy(() -> ConditionSet.BCF_2022_23.check(Y2022, List.of(ConditionResponse.yes("1"), ConditionResponse.yes("1"))))
                .hasMessageContaining("response 2 answers condition 1 again");
        assertThatThrownBy(() -> ConditionSet.BCF_2022_23.check(Y2015, List.of()))
                .hasMessageContaining("year 2015/16 is not in the era of 2022/23 national conditions");
        assertThatThrownBy(() -> ConditionSet.BCF_2022_23.check(null, List.of())).hasMessageContaining("year");
        assertThatThrownBy(() -> ConditionSet.BCF_2022_23.check(Y2022, null)).hasMessageContaining("responses");
        assertThatThrownBy(() -> ConditionAnswer.parse("<Please Select>"))
                .hasMessageContaining("'<Please Select>' must be one of Yes, No, No - In Progress");
        assertThatThrownBy(() -> new NationalCondition("x", "t", "q")).hasMessageContaining("condition id 'x'");
        assertThatThrownBy(() -> new NationalCondition("1", " ", "q")).hasMessageContaining("condition title");
        assertThatThrownBy(() -> ConditionResponse.of(" ", ConditionAnswer.YES, null, null)).hasMessageContaining("questionId");
        assertThatThrownBy(() -> ConditionResponse.of("1", null, null, null)).hasMessageContaining("answer to condition 1");
    }

    @ParameterizedTest
    @CsvSource({"yes, YES", "NO, NO", "No \u2013 In Progress, NO_IN_PROGRESS", "no-in progress, NO_IN_PROGRESS"})
    void answersParseFromTemplateSpellings(String text, ConditionAnswer answer) {
        assertThat(ConditionAnswer.parse(text)).isEqualTo(answer);
        assertThat(ConditionAnswer.parse(answer.toString())).isEqualTo(answer);
        assertThat(answer.isNo()).isEqualTo(answer != ConditionAnswer.YES);
    }

    static List<ConditionResponse> allYes(ConditionSet set) {
        return set.questions().stream().map(q -> ConditionResponse.yes(q.id())).toList();
    }
}
