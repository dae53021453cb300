package org.openbcf.core.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


import org.junit.jupiter.api.Test;
import org.openbcf.core.fund.FundingStream;
import org.openbcf.core.fund.PartnerType;
import org.openbcf.core.fund.SpendingCategory;
import org.openbcf.core.money.Gbp;

class SchemeTableTest {

    private static SchemeRegister read(String text) {
        SchemeTable.Builder builder = SchemeTable.builder();
        org.openbcf.core.NorfolkResource.split(text).forEach(builder::record);
        return builder.build();
    }

    @Test
    void readsEveryRecordKind() {
        SchemeRegister register = read("""
                # comment

                scheme\tNCH4\tNCH 4\tCommunity Assets\tD\tSocial Care
                objective\tNCH4\tStrong communities
                line\tNCH4\tReablement\t351,000\tfewer admissions
                line\tNCH4\tCarers\t?
                total\tNCH4\t£351,000
                efficiency\tNCH4\tSavings\tTo be confirmed
                metric\tNCH4\tREA E
                milestone\tNCH4\tCarers model\tDecember 2016
                milestone\tNCH4\tReview
                risk\tNCH4\tNCH4-R1
                """);
        Scheme s = register.schemes().get(0);
        assertThat(s.ref()).isEqualTo(SchemeRef.of("NCH", 4));
        assertThat(s.printedRef()).isEqualTo("NCH 4");
        assertThat(s.objective()).isEqualTo("Strong communities");
        assertThat(s.fundingSource()).contains(FundingSource.D);
        assertThat(s.spendingCategory()).contains(SpendingCategory.SOCIAL_CARE);
        assertThat(s.investmentLines()).containsExactly(
                new InvestmentLine("Reablement", LineAmount.parse("351,000"), "fewer admissions"),
                InvestmentLine.of("Carers", LineAmount.parse("?")));
        assertThat(s.statedTotal()).contains(Gbp.of(351_000));
        assertThat(s.efficiencies()).containsExactly(new Efficiency("Savings", LineAmount.parse("To be confirmed")));
        assertThat(s.metrics()).containsExactly(TargetedMetric.parse("REA E"));
        assertThat(s.milestones()).containsExactly(new Milestone("Carers model", "December 2016"), new Milestone("Review", ""));
        assertThat(s.risks()).containsExactly("NCH4-R1");
        assertThat(s).hasToString("NCH4 Community Assets: £351,000.00 in 2 lines (1 unpriced)");
        assertThat(Scheme.builder(s.ref(), "X").build()).hasToString("NCH4 X: £0.00 in 0 lines");
    }

    @Test
    void equalSchemesReadTwiceAreEqual() {
        String text = "scheme\tNN1\tNN1\tA\n line\tNN1\tx\t5\n".replace("\n line", "\nline");
        Scheme a = read(text).schemes().get(0);
        Scheme b = read(text).schemes().get(0);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(read("scheme\tNN1\tNN1\tB\n").schemes().get(0)).isNotEqualTo("NN1");
        assertThat(a).isNotEqualTo(read(text + "total\tNN1\t5\n").schemes().get(0));
    }

    @Test
    void badRecordsNameTheLine() {
        assertThatThrownBy(() -> read("scheme\tNN1\tNN1\n")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected at least 4");
        assertThatThrownBy(() -> read("line\tNN1\tx\t5\n")).hasMessageContaining("line record")
                .hasMessageContaining("comes before its scheme record");
        assertThatThrownBy(() -> read("scheme\tNN1\tNN1\tA\nscheme\tNN1\tNN1\tB\n"))
                .hasMessageContaining("declared twice");
        assertThatThrownBy(() -> read("scheme\tNN1\tNN1\tA\nfoo\tNN1\tx\n"))
                .hasMessageContaining("record kind 'foo'");
        assertThatThrownBy(() -> read("scheme\tNN1\tNN1\tA\nline\tNN1\tx\n")).hasMessageContaining("line REF DESCRIPTION AMOUNT");
        assertThatThrownBy(() -> read("scheme\tNN1\tNN1\tA\nefficiency\tNN1\tx\n")).hasMessageContaining("efficiency REF");
        assertThatThrownBy(() -> read("scheme\tNN1\tNN1\tA\nmetric\tNN1\tXYZ E\n")).hasMessageContaining("'XYZ'");
        assertThatThrownBy(() -> read("scheme\tNN1\tNN1\tA\tZ\n")).hasMessageContaining("funding source 'Z'");
        assertThatThrownBy(() -> read("scheme\tNN1\tNN2\tA\n")).hasMessageContaining("disagrees");
        assertThatThrownBy(() -> read("scheme\tNN1\tNN1\tA\nrisk\tNN1\n")).hasMessageContaining("at least 3");
        assertThatThrownBy(() -> SchemeTable.builder().record(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void targetedMetricsParseAndPrint() {
        assertThat(TargetedMetric.parse("DTOC i")).isEqualTo(new TargetedMetric(SchemeMetric.DTOC, false)).hasToString("DTOC i");
        assertThat(TargetedMetric.parse("nea")).hasToString("NEA E");
        assertThatThrownBy(() -> TargetedMetric.parse("NEA X")).hasMessageContaining("'NEA X'").hasMessageContaining("E (explicit)");
        assertThatThrownBy(() -> TargetedMetric.parse("NEA E i")).hasMessageContaining("'NEA E i'");
        assertThatThrownBy(() -> new TargetedMetric(null, true)).hasMessageContaining("metric");
    }

    // 2022-23 pack, F12: categories A–H name the stream and the partner whose share pays
    @Test
    void fundingSourcesNameStreamAndFunder() {
        assertThat(FundingSource.ofLetter(" h. ")).isEqualTo(FundingSource.H);
        assertThat(FundingSource.H.stream()).isEqualTo(FundingStream.IBCF);
        assertThat(FundingSource.E.stream()).isEqualTo(FundingStream.ASC_DISCHARGE_FUND_ICB);
        assertThat(FundingSource.F.stream()).isEqualTo(FundingStream.ASC_DISCHARGE_FUND_LA);
        assertThat(FundingSource.G.description()).isEqualTo("nationally determined DFG");
        assertThat(FundingSource.B.isFundedBy(PartnerType.ICB)).isTrue();
        assertThat(FundingSource.B.isFundedBy(PartnerType.COUNTY_COUNCIL)).isFalse();
        assertThat(FundingSource.C.isFundedBy(PartnerType.ICB)).isTrue();
        assertThat(FundingSource.C.isFundedBy(PartnerType.COUNTY_COUNCIL)).isTrue();
        assertThat(FundingSource.C.isFundedBy(PartnerType.CCG)).isFalse();
        assertThatThrownBy(() -> FundingSource.ofLetter("I")).hasMessageContaining("funding source 'I' must be one of A, B, C, D, E, F, G, H");
    }

    @Test
    void partsRejectBadInput() {
        assertThatThrownBy(() -> new InvestmentLine(" ", LineAmount.parse("1"), "")).hasMessageContaining("investment line description");
        assertThatThrownBy(() -> new InvestmentLine("x", null, "")).hasMessageContaining("amount of investment line 'x'");
        assertThatThrownBy(() -> new Efficiency("x", null)).hasMessageContaining("amount of efficiency 'x'");
        assertThatThrownBy(() -> new Milestone("", "x")).hasMessageContaining("milestone activity");
        assertThatThrownBy(() -> Scheme.builder(SchemeRef.of("NN", 1), " ")).hasMessageContaining("scheme name");
        assertThatThrownBy(() -> Scheme.builder(SchemeRef.of("NN", 1), "A").statedTotal(Gbp.of(-1)))
                .hasMessageContaining("stated total of scheme NN1 (-£1.00)");
        assertThatThrownBy(() -> Scheme.builder(SchemeRef.of("NN", 1), "A").risk(" ")).hasMessageContaining("risk reference");
    }
}
