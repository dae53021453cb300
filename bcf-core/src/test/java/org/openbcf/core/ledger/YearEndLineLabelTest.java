package org.openbcf.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.openbcf.core.finding.Rule;
import org.openbcf.core.fund.FundingStream;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.time.FinancialYear;

/** Labels tell apart the year-end lines a stream does not name: Norfolk 2022-23's two expenditure lines (R5). */
class YearEndLineLabelTest {

    private final YearEndLine bcf = YearEndLine.of(LedgerFlow.EXPENDITURE, Optional.empty(), Gbp.of(121_808_441),
            Optional.of(true), Optional.of(Gbp.of(124_591_051)), "Expenditure to the ICES service for Social Care").withLabel("BCF");
    private final YearEndLine dischargeFund = YearEndLine.of(LedgerFlow.EXPENDITURE, Optional.empty(), Gbp.of(9_671_604),
            Optional.of(false), Optional.of(Gbp.of(73_032_095)), "").withLabel(" ASC Discharge Fund ");

    @Test
    void theLabelNamesTheLineInTextAndFindings() {
        assertThat(dischargeFund.label()).isEqualTo("ASC Discharge Fund");
        assertThat(dischargeFund.name()).isEqualTo("expenditure ASC Discharge Fund");
        assertThat(bcf.toString()).startsWith("expenditure BCF: plan £121,808,441.00, differs Yes");
        assertThat(YearEndStatement.of(FinancialYear.parse("2022/23"), List.of(bcf, dischargeFund)).check()
                .ofRule(Rule.R_IE_10).list()).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("expenditure line 2 (ASC Discharge Fund)"));
    }

    @Test
    void withoutALabelTheLineIsNamedByFlowAndStream() {
        YearEndLine line = new YearEndLine(LedgerFlow.INCOME, Optional.of(FundingStream.ADDITIONAL_LA), Gbp.zero(),
                Optional.of(true), Optional.of(Gbp.of(2_782_610)), "");
        assertThat(line.label()).isEmpty();
        assertThat(line.name()).isEqualTo("income additional LA contribution");
        assertThat(line.withLabel("ICES").equals(line)).isFalse();
        assertThatThrownBy(() -> line.withLabel(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("label");
    }

    @Test
    void anActualContradictsOnlyANoFlagAndOnlyWhenItDiffersFromThePlan() {
        assertThat(dischargeFund.actualContradictingNo()).contains(Gbp.of(73_032_095));
        assertThat(bcf.actualContradictingNo()).as("a Yes").isEmpty();
        assertThat(line(Optional.of(false), Optional.of(Gbp.of(500)))).as("No, actual equals plan").isEmpty();
        assertThat(line(Optional.of(false), Optional.empty())).as("No, no actual").isEmpty();
        assertThat(line(Optional.empty(), Optional.of(Gbp.of(501)))).as("no flag").isEmpty();
        assertThat(line(Optional.of(false), Optional.of(Gbp.parse("500.01")))).contains(Gbp.parse("500.01"));
    }

    private static Optional<javax.money.MonetaryAmount> line(Optional<Boolean> flag, Optional<javax.money.MonetaryAmount> actual) {
        return YearEndLine.of(LedgerFlow.INCOME, Optional.of(FundingStream.ADDITIONAL_LA), Gbp.of(500), flag, actual, "")
                .actualContradictingNo();
    }
}
