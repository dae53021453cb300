package org.openbcf.core.condition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openbcf.core.finding.Finding;
import org.openbcf.core.finding.Findings;
import org.openbcf.core.finding.Rule;
import org.openbcf.core.time.FinancialYear;
import org.openbcf.core.year.BcfYear;

/** Answers to the 2025/26 conditions, whose wording the sources record but whose template openbcf lacks. */
class RecordedConditionsTest {

    private final List<NationalCondition> questions = BcfYear.parse("2025/26").conditions().require();

    @Test
    void threeYesAnswersPass() {
        assertThat(ConditionSet.checkAnswers(questions, List.of(ConditionResponse.yes("1"), ConditionResponse.yes("2"),
                ConditionResponse.yes("3"))).isEmpty()).isTrue();
    }

    @Test
    void aNoNeedsACommentAndEveryQuestionAnAnswer() {
        Findings findings = ConditionSet.checkAnswers(questions, List.of(ConditionResponse.yes("1"),
                ConditionResponse.of("2", ConditionAnswer.NO, null, null)));
        assertThat(findings.stream().map(Finding::rule)).containsExactly(Rule.R_NC_3, Rule.R_NC_6);
        assertThat(findings.list().get(0).where()).isEqualTo("nationalConditions.2.comment");
        assertThat(findings.list().get(1).where()).isEqualTo("nationalConditions.3");
        assertThat(ConditionSet.checkAnswers(questions, List.of(ConditionResponse.yes("1"),
                ConditionResponse.of("2", ConditionAnswer.NO, null, "agreed late with the ICB"), ConditionResponse.yes("3")))
                .isEmpty()).isTrue();
    }

    @Test
    void anAnswerOutsideTheSuppliedAnswersIsRNc2() {
        List<ConditionResponse> answers = List.of(ConditionResponse.yes("1"),
                ConditionResponse.of("2", ConditionAnswer.NO_IN_PROGRESS, null, "agreed late"), ConditionResponse.yes("3"));
        assertThat(ConditionSet.checkAnswers(questions, answers, java.util.EnumSet.allOf(ConditionAnswer.class)).isEmpty())
                .isTrue();
        Findings findings = ConditionSet.checkAnswers(questions, answers,
                java.util.EnumSet.of(ConditionAnswer.YES, ConditionAnswer.NO));
        assertThat(findings.stream().map(Finding::rule)).containsExactly(Rule.R_NC_2);
        assertThat(findings.list().get(0).where()).isEqualTo("nationalConditions.2");
        assertThat(findings.list().get(0).message()).isEqualTo("condition 2 answer 'No - In Progress' is not one of the "
                + "answers supplied for the year (Yes, No)");
        assertThatThrownBy(() -> ConditionSet.checkAnswers(questions, answers, java.util.Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("allowed answers");
    }

    @Test
    void anUnknownOrRepeatedQuestionIsRefused() {
        assertThatThrownBy(() -> ConditionSet.checkAnswers(questions, List.of(ConditionResponse.yes("4"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("condition '4'");
        assertThatThrownBy(() -> ConditionSet.checkAnswers(questions, List.of(ConditionResponse.yes("1"),
                ConditionResponse.yes("1")))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("again");
        assertThat(ConditionSet.find(FinancialYear.parse("2025/26"))).isEmpty();
    }
}
