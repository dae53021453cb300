package org.openbcf.core.year;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openbcf.core.finding.Finding;
import org.openbcf.core.finding.Rule;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.time.FinancialYear;

/** Golden figures of norfolk-2017-2019-progress (GC-06, GC-07, GC-09, FR-05, FR-11). */
class Progress2017Test {

    private static final FinancialYear Y2017 = FinancialYear.parse("2017/18");
    private static final IbcfPlan NORFOLK = IbcfPlan.of(Map.of(
            Y2017, Gbp.of(18_561_000), FinancialYear.parse("2018/19"), Gbp.of(11_901_000),
            FinancialYear.parse("2019/20"), Gbp.of(5_903_000)), List.of(
            new IbcfPlan.Line("Trusted Assessment Facilitators", Gbp.of(0), Set.of(IbcfPurpose.REDUCING_NHS_PRESSURE)),
            new IbcfPlan.Line("care market support", Gbp.of(9_100_000), Set.of(IbcfPurpose.STABILISING_PROVIDER_MARKET))));

    @Test
    void gc06TheSpringBudgetIbcfAddsUpTo36365000AndTheStated34mIsAFinding() {
        assertThat(NORFOLK.total()).isEqualTo(Gbp.of(36_365_000));
        assertThat(NORFOLK.check(Optional.of(Gbp.of(36_365_000))).isEmpty()).isTrue();
        Finding f = NORFOLK.check(Optional.of(Gbp.of(34_000_000))).list().get(0);   // F002:L148 "£34m"
        assertThat(f.rule()).isEqualTo(Rule.R_IBCF_2);
        assertThat(f.amounts().get("difference")).isEqualTo(Gbp.of(-2_365_000));
        assertThat(NORFOLK).hasToString("iBCF plan 2017/18 to 2019/20: £36,365,000.00, 2 schemes");
    }

    @Test
    void gc07TheCarryForwardAtPeriod10Is10971000() {
        assertThat(NORFOLK.carryForward(Y2017, Gbp.of(7_590_000))).isEqualTo(Gbp.of(10_971_000));
        assertThatThrownBy(() -> NORFOLK.carryForward(Y2017, Gbp.of(18_561_001))).hasMessageContaining("at most the grant");
        assertThatThrownBy(() -> NORFOLK.carryForward(FinancialYear.parse("2020/21"), Gbp.of(1)))
                .hasMessageContaining("no grant for 2020/21");
    }

    @Test
    void anIbcfSchemeWithoutAPurposeIsAFindingAndIbcfOutsideItsYearsIsRefused() {
        IbcfPlan untagged = IbcfPlan.of(Map.of(Y2017, Gbp.of(1)), List.of(new IbcfPlan.Line("x", Gbp.of(1), Set.of())));
        assertThat(untagged.check(Optional.empty()).list()).extracting(Finding::rule).containsExactly(Rule.R_IBCF_1);
        assertThatThrownBy(() -> IbcfPlan.of(Map.of(FinancialYear.parse("2025/26"), Gbp.of(1)), List.of()))
                .hasMessageContaining("2025/26").hasMessageContaining("2017/18 to 2024/25");
        assertThat(IbcfPurpose.MEETING_SOCIAL_CARE_NEEDS.label()).isEqualTo("meeting social care needs");
        assertThat(NORFOLK.grant(FinancialYear.parse("2018/19"))).contains(Gbp.of(11_901_000));
        assertThat(IbcfPlan.of(NORFOLK.grants(), NORFOLK.lines())).isEqualTo(NORFOLK).hasSameHashCodeAs(NORFOLK);
    }

    @Test
    void dfgIsPassedToTheDistrictsInFull() {
        // FR-11: "nearly £7m ... distributed by seven district councils"
        assertThat(new DfgPassThrough(Gbp.of(7_000_000), Gbp.of(7_000_000), false).check().isEmpty()).isTrue();
        Finding f = new DfgPassThrough(Gbp.of(7_000_000), Gbp.of(6_900_000), false).check().list().get(0);
        assertThat(f.rule()).isEqualTo(Rule.R_DFG_1);
        assertThat(f.amounts().get("notPassed")).isEqualTo(Gbp.of(100_000));
        assertThat(new DfgPassThrough(Gbp.of(7_000_000), Gbp.of(6_900_000), true).check().isEmpty()).isTrue();
    }
}
