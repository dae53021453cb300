package org.openbcf.core.condition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openbcf.core.Generators;
import org.openbcf.core.time.FinancialYear;

class ConditionSetProperties {

    @Test
    void anInProgressDateIsFlaggedExactlyWhenItIsAfterTheYearEnd() {
        FinancialYear year = FinancialYear.parse("2015/16");
        qt().withFixedSeed(Generators.SEED).forAll(integers().between(-400, 400)).checkAssert(days -> {
            LocalDate date = year.lastDay().plusDays(days);
            List<ConditionResponse> answers = new ArrayList<>(ConditionSetTest.allYes(ConditionSet.BCF_2015_16));
            answers.set(2, ConditionResponse.of("3", ConditionAnswer.NO_IN_PROGRESS, date, "work under way"));
            boolean flagged = !ConditionSet.BCF_2015_16.check(year, answers)
                    .ofRule(ConditionSet.RULE_IN_PROGRESS_BY_YEAR_END).isEmpty();
            assertThat(flagged).isEqualTo(days > 0);
        });
    }

    @Test
    void allYesIsCleanInEveryEra() {
        qt().withFixedSeed(Generators.SEED).forAll(integers().between(0, 3)).checkAssert(i -> {
            ConditionSet set = ConditionSet.values()[i];
            FinancialYear year = List.of(FinancialYear.of(2015), FinancialYear.of(2016), FinancialYear.of(2022),
                    FinancialYear.of(2024)).get(i);
            assertThat(set.check(year, ConditionSetTest.allYes(set)).isEmpty()).isTrue();
        });
    }
}
