package org.openbcf.core.expenditure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Optional;

import javax.money.MonetaryAmount;

import org.junit.jupiter.api.Test;
import org.openbcf.core.finding.Finding;
import org.openbcf.core.finding.Findings;
import org.openbcf.core.finding.Rule;
import org.openbcf.core.finding.Severity;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.year.BcfYear;

class AdultSocialCareFloorTest {

    private static final BcfYear Y2025 = BcfYear.parse("2025/26");
    private static final BcfYear Y2022 = BcfYear.parse("2022/23");

    @Test
    void in2025TheFloorIsTheBaselinePlusThreePointNinePerCent() {
        // R-25-1: £10,000,000 baseline needs £10,390,000
        assertThat(AdultSocialCareFloor.check(Y2025, baseline(10_000_000), Gbp.of(10_390_000))).isEqualTo(Findings.none());
        Finding f = single(AdultSocialCareFloor.check(Y2025, baseline(10_000_000), Gbp.of(10_389_000)));
        assertThat(f.rule()).isEqualTo(Rule.R_25_1);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.amounts()).containsEntry("shortfall", Gbp.of(1_000)).containsEntry("required", Gbp.of(10_390_000));
        // the other board's derived £10,500,000 against a £10,200,000 baseline: £10,597,800 required
        MonetaryAmount derived = OtherBoard.plan().adultSocialCareFromNhsMinimum();
        assertThat(AdultSocialCareFloor.check(Y2025, baseline(10_000_000), derived)).isEqualTo(Findings.none());
        assertThat(single(AdultSocialCareFloor.check(Y2025, baseline(10_200_000), derived)).amounts())
                .containsEntry("shortfall", Gbp.of(97_800));
    }

    @Test
    void in2022And2023TheFloorIsLastYearUpliftedByTheNhsMinimumUplift() {
        // G9 (hypothetical): £36,048,000 × 1.0566 = £38,088,316.80
        assertThat(AdultSocialCareFloor.check(Y2022, baseline(36_048_000), Gbp.parse("38088316.80"))).isEqualTo(Findings.none());
        Finding f = single(AdultSocialCareFloor.check(BcfYear.parse("2023/24"), baseline(36_048_000), Gbp.of(36_048_000)));
        assertThat(f.rule()).isEqualTo(Rule.R_PC_2);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.amounts()).containsEntry("required", Gbp.parse("38088316.80"))
                .containsEntry("shortfall", Gbp.parse("2040316.80"));
        assertThat(f.message()).doesNotContain("caller");
    }

    @Test
    void withoutABaselineTheFloorIsNotCheckedAndTheNoteSaysWhatToSupply() {
        Finding f2025 = single(AdultSocialCareFloor.check(Y2025, Optional.empty(), Gbp.of(1)));
        assertThat(f2025.rule()).isEqualTo(Rule.R_25_1);
        assertThat(f2025.severity()).isEqualTo(Severity.INFO);
        assertThat(f2025.where()).isEqualTo("nhsMinimum.adultSocialCare");
        assertThat(f2025.message()).isEqualTo("not checked: last year's adult social care spend from the NHS minimum "
                + "(the 2024-25 baseline) was not supplied; supply asc_from_nhs_minimum_baseline");
        Finding f2022 = single(AdultSocialCareFloor.check(Y2022, Optional.empty(), Gbp.of(1)));
        assertThat(f2022.rule()).isEqualTo(Rule.R_PC_2);
        assertThat(f2022.severity()).isEqualTo(Severity.INFO);
        assertThat(f2022.message()).isEqualTo("not checked: last year's adult social care spend from the NHS minimum was "
                + "not supplied; supply asc_from_nhs_minimum_baseline");
    }

    @Test
    void aYearWhoseUpliftIsTheCallersIsNotCheckedUntilTheCallerSuppliesIt() {
        // bcf-2017-2027-by-year L194, L212-215: 2021/22 condition 2 follows the area's CCG-minimum uplift
        BcfYear y2021 = BcfYear.parse("2021/22");
        Finding f = single(AdultSocialCareFloor.check(y2021, baseline(100), Gbp.of(1)));
        assertThat(f.rule()).isEqualTo(Rule.R_PC_2);
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.message()).startsWith("not checked: openbcf's sources do not give the 2021/22 uplift")
                .endsWith("supply the uplift (a dataset's social_care_floor_uplift) to check it");
        Finding supplied = single(AdultSocialCareFloor.check(y2021, baseline(100), Gbp.of(104),
                y2021.socialCareFloor().supply(new BigDecimal("0.05"))));
        assertThat(supplied.severity()).isEqualTo(Severity.ERROR);
        assertThat(supplied.rule()).isEqualTo(Rule.R_PC_2);
        assertThat(supplied.message()).endsWith("(uplift supplied by the caller)");
        assertThat(supplied.amounts()).containsEntry("required", Gbp.of(105)).containsEntry("shortfall", Gbp.of(1));
        assertThat(AdultSocialCareFloor.check(y2021, baseline(100), Gbp.of(105),
                y2021.socialCareFloor().supply(new BigDecimal("0.05")))).isEqualTo(Findings.none());
        // a sourced uplift is the sources' even when a caller offers another
        assertThat(AdultSocialCareFloor.check(Y2022, baseline(100), Gbp.parse("105.66"),
                Y2022.socialCareFloor().supply(new BigDecimal("0.5")))).isEqualTo(Findings.none());
    }

    /** bcf-2017-2027-by-year L233-234: every HWB's NHS contribution +5.66% for 2023-25, so 2024/25 too. */
    @Test
    void in2024TheFloorIsLastYearUpliftedByFivePointSixSixPerCent() {
        BcfYear y2024 = BcfYear.parse("2024/25");
        assertThat(AdultSocialCareFloor.check(y2024, baseline(36_048_000), Gbp.parse("38088316.80"))).isEqualTo(Findings.none());
        Finding f = single(AdultSocialCareFloor.check(y2024, baseline(36_048_000), Gbp.parse("38088316.79")));
        assertThat(f.rule()).isEqualTo(Rule.R_PC_2);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.amounts()).containsEntry("shortfall", Gbp.parse("0.01"));
    }

    /** R-PC-2 applies 2017/18-2019/20 and 2021/22-2024/25: its baseline note appears in those years only. */
    @Test
    void theBaselineNoteAppearsOnlyInTheYearsOfItsRule() {
        for (BcfYear y : BcfYear.all()) {
            Findings noBaseline = AdultSocialCareFloor.check(y, Optional.empty(), Gbp.of(1));
            Findings callerUplift = AdultSocialCareFloor.check(y, baseline(100), Gbp.of(1),
                    y.socialCareFloor().supply(new BigDecimal("0.05")));
            int start = y.year().startYear();
            boolean pc2 = start >= 2017 && start <= 2024 && start != 2020;
            if (pc2 || start == 2025) {
                assertThat(single(noBaseline).message()).as(y.toString()).contains("supply asc_from_nhs_minimum_baseline");
                assertThat(single(noBaseline).rule()).isEqualTo(start == 2025 ? Rule.R_25_1 : Rule.R_PC_2);
                assertThat(single(callerUplift).severity()).isEqualTo(Severity.ERROR);
            } else {
                assertThat(noBaseline).as(y.toString()).isEqualTo(Findings.none());
                assertThat(callerUplift).as(y.toString()).isEqualTo(Findings.none());
            }
        }
    }

    @Test
    void outOfHospitalSpendIsCheckedOnlyAgainstASuppliedMinimum() {
        Finding note = single(AdultSocialCareFloor.checkOutOfHospital(Y2025, Optional.empty(), Gbp.of(1)));
        assertThat(note.rule()).isEqualTo(Rule.R_PC_3);
        assertThat(note.severity()).isEqualTo(Severity.INFO);
        assertThat(note.where()).isEqualTo("nhsMinimum.outOfHospital");
        assertThat(note.message()).isEqualTo("not checked: the 2025/26 minimum NHS-commissioned out-of-hospital spend is "
                + "not in openbcf's sources; supply nhs_out_of_hospital_minimum");
        MonetaryAmount derived = OtherBoard.plan().nhsCommissionedOutOfHospital();
        assertThat(AdultSocialCareFloor.checkOutOfHospital(Y2025, Optional.of(Gbp.of(14_500_000)), derived)).isEqualTo(Findings.none());
        Finding below = single(AdultSocialCareFloor.checkOutOfHospital(Y2025, Optional.of(Gbp.of(14_500_001)), derived));
        assertThat(below.rule()).isEqualTo(Rule.R_PC_3);
        assertThat(below.severity()).isEqualTo(Severity.ERROR);
        assertThat(below.amounts()).containsEntry("shortfall", Gbp.of(1));
    }

    @Test
    void outOfHospitalSpendWithFractionsOfAPennyIsComparedExactly() {
        // £400.004 (40% of £1,000.01) meets £400.00 but not £400.01
        MonetaryAmount planned = Gbp.parse("400.004");
        assertThat(AdultSocialCareFloor.checkOutOfHospital(Y2022, Optional.of(Gbp.parse("400.00")), planned)).isEqualTo(Findings.none());
        Finding f = single(AdultSocialCareFloor.checkOutOfHospital(Y2022, Optional.of(Gbp.parse("400.01")), planned));
        assertThat(f.amounts()).containsEntry("planned", Gbp.parse("400.00")).containsEntry("shortfall", Gbp.parse("0.01"));
        assertThatThrownBy(() -> AdultSocialCareFloor.checkOutOfHospital(Y2022, Optional.of(Gbp.of(1)), Gbp.parse("-0.001")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NHS-commissioned out-of-hospital spend (-0.001)");
    }

    @Test
    void nullsAreNamed() {
        assertThatThrownBy(() -> AdultSocialCareFloor.check(null, Optional.empty(), Gbp.of(1)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("year");
        assertThatThrownBy(() -> AdultSocialCareFloor.check(Y2025, null, Gbp.of(1)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("baseline");
        assertThatThrownBy(() -> AdultSocialCareFloor.check(Y2025, Optional.empty(), null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("planned");
        assertThatThrownBy(() -> AdultSocialCareFloor.check(Y2025, Optional.empty(), Gbp.of(1), null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("uplift");
        assertThatThrownBy(() -> AdultSocialCareFloor.checkOutOfHospital(null, Optional.empty(), Gbp.of(1)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("year");
        assertThatThrownBy(() -> AdultSocialCareFloor.checkOutOfHospital(Y2025, null, Gbp.of(1)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("minimum");
        assertThatThrownBy(() -> AdultSocialCareFloor.checkOutOfHospital(Y2025, Optional.empty(), null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("planned");
    }

    private static Optional<MonetaryAmount> baseline(long pounds) {
        return Optional.of(Gbp.of(pounds));
    }

    private static Finding single(Findings findings) {
        assertThat(findings.size()).as(findings.toString()).isEqualTo(1);
        return findings.list().get(0);
    }
}
