package org.openbcf.core.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openbcf.core.finding.Rule;
import org.openbcf.core.finding.Finding;
import org.openbcf.core.finding.Findings;
import org.openbcf.core.finding.Severity;
import org.openbcf.core.risk.NorfolkRisks2016;
import org.openbcf.core.risk.Risk;
import org.openbcf.core.risk.RiskMatrix;
import org.openbcf.core.risk.RiskRegister;
import org.openbcf.core.risk.ScoredRisk;

class SchemeRisksTest {

    private final SchemeRegister schemes = NorfolkSchemes.load();
    private final RiskRegister risks = RiskRegister.of(RiskMatrix.nhsFiveByFive(), NorfolkRisks2016.ROWS);

    @Test
    void norfolk2016SchemesAndTheir23RisksLinkWithoutFindings() {
        assertThat(SchemeRisks.check(schemes, risks)).isEqualTo(Findings.none());
        Scheme nn2 = schemes.scheme(SchemeRef.parse("NN2")).orElseThrow();
        assertThat(SchemeRisks.risksOf(nn2, risks)).extracting(r -> r.risk().id())
                .containsExactly("NN2-R1", "NN2-R2", "NN2-R3", "NN2-R4", "NN2-R5", "NN2-R6");
        assertThat(SchemeRisks.risksOf(nn2, risks)).extracting(ScoredRisk::score).contains(20, 20, 10, 15);
        int linked = schemes.schemes().stream().mapToInt(s -> SchemeRisks.risksOf(s, risks).size()).sum();
        assertThat(linked).isEqualTo(23);
    }

    @Test
    void aRiskMissingFromTheRegisterOrListedByAnotherSchemeIsAFinding() {
        List<Risk> rows = new ArrayList<>(NorfolkRisks2016.ROWS);
        Risk moved = rows.remove(0).withSchemeRef("NN3");          // NN1-R1 now claims scheme NN3
        rows.add(0, moved);
        rows.removeIf(r -> r.id().equals("NCH4-R1"));                // listed by NCH4, not in the register
        rows.add(Risk.of("XX9-R1", 1, 1).withSchemeRef("not a scheme"));   // listed by no scheme
        Findings findings = SchemeRisks.check(schemes, RiskRegister.of(RiskMatrix.nhsFiveByFive(), rows));
        assertThat(findings.list()).extracting(Finding::ruleId, Finding::where, Finding::severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple("R-SCH-5", "schemes.NN1.risks.NN1-R1", Severity.WARNING),
                org.assertj.core.groups.Tuple.tuple("R-SCH-4", "schemes.NCH4.risks.NCH4-R1", Severity.WARNING),
                org.assertj.core.groups.Tuple.tuple("R-SCH-6", "risks.XX9-R1", Severity.INFO));
        assertThat(findings.list().get(0).message()).contains("belongs to scheme 'NN3'").contains("listed by scheme NN1");
    }

    @Test
    void anUnreadableSchemeReferenceOnARiskIsAFinding() {
        List<Risk> rows = new ArrayList<>(NorfolkRisks2016.ROWS);
        rows.set(0, rows.get(0).withSchemeRef("???"));
        assertThat(SchemeRisks.check(schemes, RiskRegister.of(RiskMatrix.nhsFiveByFive(), rows)).ofRule(Rule.R_SCH_5).size())
                .isEqualTo(1);
    }

    @Test
    void nullsNameTheArgument() {
        assertThatThrownBy(() -> SchemeRisks.check(null, risks)).hasMessage("schemes must not be null");
        assertThatThrownBy(() -> SchemeRisks.check(schemes, null)).hasMessage("register must not be null");
        assertThatThrownBy(() -> SchemeRisks.risksOf(null, risks)).hasMessage("scheme must not be null");
    }
}
