package org.openbcf.core.expenditure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openbcf.core.expenditure.OtherBoard.line;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.openbcf.core.fund.FundingStream;
import org.openbcf.core.money.Gbp;

class ExpenditureLineTest {

    @Test
    void aLineKeepsItsPartsStrippedAndPrintsThem() {
        ExpenditureLine l = ExpenditureLine.of(" 1 ", " Norfolk First Response ", " Reablement in a Person's Own Home ",
                AreaOfSpend.SOCIAL_CARE, Commissioner.JOINT, new BigDecimal("40.0"), FundingStream.NHS_MINIMUM,
                Gbp.of(9_764_917));
        assertThat(l.schemeId()).isEqualTo("1");
        assertThat(l.schemeName()).isEqualTo("Norfolk First Response");
        assertThat(l.schemeType()).isEqualTo("Reablement in a Person's Own Home");
        assertThat(l.nhsSharePercent()).contains(new BigDecimal("40.0"));
        assertThat(l).hasToString("scheme 1 Norfolk First Response (Reablement in a Person's Own Home; Social Care; "
                + "Joint, NHS share 40%; NHS minimum contribution): £9,764,917.00");
        assertThat(line("2", "", "Carers Services", AreaOfSpend.SOCIAL_CARE, Commissioner.LA, null,
                FundingStream.NHS_MINIMUM, 5)).hasToString("scheme 2 (Carers Services; Social Care; LA; NHS minimum "
                + "contribution): £5.00");
        assertThat(l).isEqualTo(new ExpenditureLine("1", "Norfolk First Response", "Reablement in a Person's Own Home",
                AreaOfSpend.SOCIAL_CARE, Commissioner.JOINT, Optional.of(new BigDecimal("40.0")), FundingStream.NHS_MINIMUM,
                Gbp.of(9_764_917)));
    }

    @Test
    void theNhsCommissionedPartIsAllNoneOrTheJointShareExactly() {
        assertThat(line("1", "", "t", AreaOfSpend.ACUTE, Commissioner.NHS, null, FundingStream.NHS_MINIMUM, 1_000)
                .nhsCommissioned()).isEqualTo(Gbp.of(1_000));
        assertThat(line("1", "", "t", AreaOfSpend.ACUTE, Commissioner.LA, null, FundingStream.NHS_MINIMUM, 1_000)
                .nhsCommissioned()).isEqualTo(Gbp.zero());
        assertThat(line("1", "", "t", AreaOfSpend.ACUTE, Commissioner.JOINT, "62.5", FundingStream.NHS_MINIMUM, 4_000_000)
                .nhsCommissioned()).isEqualTo(Gbp.of(2_500_000));
        // 40% of £1,000.01 is £400.004: exact, not rounded
        ExpenditureLine pennies = ExpenditureLine.of("1", "", "t", AreaOfSpend.OTHER, Commissioner.JOINT, new BigDecimal("40"),
                FundingStream.NHS_MINIMUM, Gbp.parse("1000.01"));
        assertThat(Gbp.pounds(pennies.nhsCommissioned())).isEqualByComparingTo("400.004");
        assertThat(line("1", "", "t", AreaOfSpend.OTHER, Commissioner.JOINT, "0", FundingStream.NHS_MINIMUM, 7)
                .nhsCommissioned()).isEqualTo(Gbp.zero());
        assertThat(line("1", "", "t", AreaOfSpend.OTHER, Commissioner.JOINT, "100", FundingStream.NHS_MINIMUM, 7)
                .nhsCommissioned()).isEqualTo(Gbp.of(7));
    }

    @Test
    void aLineIsFromTheNhsMinimumWhenItsSourceIsTheNhsOrCcgMinimumContribution() {
        for (FundingStream stream : FundingStream.values()) {
            ExpenditureLine line = line("1", "", "t", AreaOfSpend.OTHER, Commissioner.LA, null, stream, 1);
            assertThat(line.isFromNhsMinimum()).as(stream.label())
                    .isEqualTo(stream == FundingStream.NHS_MINIMUM || stream == FundingStream.CCG_MINIMUM);
        }
    }

    @Test
    void reablementAndCarersAreReadFromTheSchemeTypesWords() {
        assertThat(type("Reablement in a Person's Own Home").isReablement()).isTrue();
        assertThat(type("Bed based intermediate Care Services (Reablement, rehabilitation)").isReablement()).isTrue();
        assertThat(type("home-based RE-ABLEMENT").isReablement()).isTrue();
        assertThat(type("Prereablement").isReablement()).isFalse();
        assertThat(type("Reablements").isReablement()).isFalse();
        assertThat(type("Home Care or Domiciliary Care").isReablement()).isFalse();
        assertThat(type("Carers Services").isCarers()).isTrue();
        assertThat(type("Support for carer").isCarers()).isTrue();
        assertThat(type("carer's breaks").isCarers()).isTrue();
        assertThat(type("Carers' breaks").isCarers()).isTrue();
        assertThat(type("Carer\u2019s breaks").isCarers()).isTrue();
        assertThat(type("Caring").isCarers()).isFalse();
        assertThat(type("Careers advice").isCarers()).isFalse();
        assertThat(type("Supercarers").isCarers()).isFalse();
        assertThat(type("Carersville").isCarers()).isFalse();
        // the type decides, not the name
        assertThat(ExpenditureLine.of("1", "Live in Carers", "Home Care or Domiciliary Care", AreaOfSpend.SOCIAL_CARE,
                Commissioner.LA, null, FundingStream.NHS_MINIMUM, Gbp.of(1)).isCarers()).isFalse();
    }

    @Test
    void aJointLineNeedsAShareFromZeroToAHundredAndNoOtherLineHasOne() {
        assertThatThrownBy(() -> line("S7", "", "t", AreaOfSpend.OTHER, Commissioner.JOINT, null, FundingStream.DFG, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nhsSharePercent of scheme S7 is missing")
                .hasMessageContaining("Joint");
        assertThatThrownBy(() -> line("S7", "", "t", AreaOfSpend.OTHER, Commissioner.JOINT, "100.01", FundingStream.DFG, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nhsSharePercent of scheme S7 (100.01)")
                .hasMessageContaining("at most 100");
        assertThatThrownBy(() -> line("S7", "", "t", AreaOfSpend.OTHER, Commissioner.JOINT, "-0.5", FundingStream.DFG, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nhsSharePercent of scheme S7 (-0.5)")
                .hasMessageContaining("negative");
        assertThatThrownBy(() -> line("S7", "", "t", AreaOfSpend.OTHER, Commissioner.JOINT, "1E-999999999", FundingStream.DFG, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nhsSharePercent of scheme S7")
                .hasMessageContaining("at most 10 decimal places");
        assertThat(line("S7", "", "t", AreaOfSpend.OTHER, Commissioner.JOINT, "33.3333333333", FundingStream.DFG, 1)
                .nhsSharePercent()).contains(new BigDecimal("33.3333333333"));
        assertThatThrownBy(() -> line("S8", "", "t", AreaOfSpend.OTHER, Commissioner.LA, "40", FundingStream.DFG, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nhsSharePercent of scheme S8 (40)")
                .hasMessageContaining("refused for commissioner LA");
        assertThatThrownBy(() -> line("S9", "", "t", AreaOfSpend.OTHER, Commissioner.NHS, "100", FundingStream.DFG, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("refused for commissioner NHS");
    }

    @Test
    void theAmountIsATemplateInputAndTheIdAndTypeAreNotBlank() {
        assertThatThrownBy(() -> line("3", "", "t", AreaOfSpend.OTHER, Commissioner.LA, null, FundingStream.DFG, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("amount of scheme 3 from Disabled "
                        + "Facilities Grant (-£1.00) must not be negative");
        assertThatThrownBy(() -> line("3", "", "t", AreaOfSpend.OTHER, Commissioner.LA, null, FundingStream.DFG, 1_000_000_001))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("amount of scheme 3")
                .hasMessageContaining("1000000001");
        assertThatThrownBy(() -> ExpenditureLine.of("3", "", "t", AreaOfSpend.OTHER, Commissioner.LA, null, FundingStream.DFG,
                Gbp.parse("1.005"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("amount of scheme 3");
        assertThatThrownBy(() -> line(" ", "", "t", AreaOfSpend.OTHER, Commissioner.LA, null, FundingStream.DFG, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("schemeId must not be blank");
        assertThatThrownBy(() -> line("3", "", "", AreaOfSpend.OTHER, Commissioner.LA, null, FundingStream.DFG, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("schemeType must not be blank");
        assertThatThrownBy(() -> line("3", null, "t", AreaOfSpend.OTHER, Commissioner.LA, null, FundingStream.DFG, 1))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("schemeName");
        assertThatThrownBy(() -> line("3", "", "t", null, Commissioner.LA, null, FundingStream.DFG, 1))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("area");
        assertThatThrownBy(() -> line("3", "", "t", AreaOfSpend.OTHER, null, null, FundingStream.DFG, 1))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("commissioner");
        assertThatThrownBy(() -> line("3", "", "t", AreaOfSpend.OTHER, Commissioner.LA, null, null, 1))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("source");
        assertThatThrownBy(() -> new ExpenditureLine("3", "", "t", AreaOfSpend.OTHER, Commissioner.LA, null,
                FundingStream.DFG, Gbp.of(1))).isInstanceOf(NullPointerException.class).hasMessageContaining("nhsSharePercent");
        assertThatThrownBy(() -> ExpenditureLine.of("3", "", "t", AreaOfSpend.OTHER, Commissioner.LA, null,
                FundingStream.DFG, null)).isInstanceOf(NullPointerException.class).hasMessageContaining("amount of scheme 3");
    }

    @Test
    void areasAndCommissionersAreFoundByTheTemplatesLabels() {
        assertThat(AreaOfSpend.ofLabel(" social care ")).isEqualTo(AreaOfSpend.SOCIAL_CARE);
        assertThat(AreaOfSpend.ofLabel("Continuing Care")).isEqualTo(AreaOfSpend.CONTINUING_CARE);
        assertThat(AreaOfSpend.ofLabel("PRIMARY_CARE")).isEqualTo(AreaOfSpend.PRIMARY_CARE);
        assertThat(AreaOfSpend.MENTAL_HEALTH.label()).isEqualTo("Mental Health");
        assertThatThrownBy(() -> AreaOfSpend.ofLabel("Hospital")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("area of spend 'Hospital' must be one of Social Care, Community Health, Acute, Mental Health, "
                        + "Primary Care, Continuing Care, Other");
        for (AreaOfSpend area : AreaOfSpend.values()) {
            assertThat(area.isOutOfHospital()).isEqualTo(area != AreaOfSpend.ACUTE);
            assertThat(AreaOfSpend.ofLabel(area.label())).isEqualTo(area);
        }
        assertThat(Commissioner.ofLabel("joint")).isEqualTo(Commissioner.JOINT);
        assertThat(Commissioner.ofLabel("Nhs")).isEqualTo(Commissioner.NHS);
        assertThat(Commissioner.LA.label()).isEqualTo("LA");
        assertThatThrownBy(() -> Commissioner.ofLabel("ICB")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("commissioner 'ICB' must be one of LA, NHS, Joint");
    }

    private static ExpenditureLine type(String schemeType) {
        return line("1", "", schemeType, AreaOfSpend.SOCIAL_CARE, Commissioner.LA, null, FundingStream.NHS_MINIMUM, 1);
    }
}
