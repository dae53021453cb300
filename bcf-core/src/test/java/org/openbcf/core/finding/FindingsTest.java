package org.openbcf.core.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.openbcf.core.money.CurrencyMismatchException;
import org.openbcf.core.money.Gbp;

class FindingsTest {

    private final Finding error = Finding.of(Rule.R_P4P_14, Severity.ERROR, "p4p.cumulativeAgreed", "not permitted")
            .withAmount("agreed", Gbp.of(10)).withAmount("suggested", Gbp.of(5));
    private final Finding warning = Finding.of(Rule.R_RISK_1, Severity.WARNING, "risks.NN2.score", "stated score differs")
            .withFigure("stated", BigDecimal.valueOf(12)).withFigure("computed", BigDecimal.valueOf(15));
    private final Finding info = Finding.of(Rule.R_IE_9, Severity.INFO, "income.actual", "differs");

    @Test
    void aFindingPrintsOnOneLineWithItsNumbers() {
        assertThat(error).hasToString("ERROR R-P4P-14 p4p.cumulativeAgreed: not permitted (agreed £10.00, suggested £5.00)");
        assertThat(warning).hasToString("WARNING R-RISK-1 risks.NN2.score: stated score differs (stated 12, computed 15)");
        assertThat(info).hasToString("INFO R-IE-9 income.actual: differs");
        assertThat(error.withFigure("quarters", BigDecimal.ONE)).hasToString(
                "ERROR R-P4P-14 p4p.cumulativeAgreed: not permitted (agreed £10.00, suggested £5.00, quarters 1)");
    }

    @Test
    void aReportFiltersBySeverityAndRule() {
        Findings report = Findings.of(error, warning, info);
        assertThat(report.size()).isEqualTo(3);
        assertThat(report.hasErrors()).isTrue();
        assertThat(report.ofSeverity(Severity.WARNING).list()).containsExactly(warning);
        assertThat(report.ofRule(Rule.R_IE_9).list()).containsExactly(info);
        assertThat(report.ofRule(Rule.R_PC_1).isEmpty()).isTrue();
        assertThat(Findings.of(warning, info).hasErrors()).isFalse();
        assertThat(Findings.of(warning).and(Findings.of(info))).isEqualTo(Findings.of(warning, info));
        assertThat(Stream.of(info, error).collect(Findings.toFindings()).list()).containsExactly(info, error);
        assertThat(report).containsExactly(error, warning, info);
        assertThat(report.stream().count()).isEqualTo(3);
        assertThat(report.toString()).hasLineCount(3);
        assertThat(Findings.of(List.of())).isSameAs(Findings.none());
        assertThat(Findings.of(warning)).hasSameHashCodeAs(Findings.of(warning)).isNotEqualTo(Findings.of(info));
    }

    @Test
    void badFindingsAreRejected() {
        assertThatThrownBy(() -> Finding.of(" ", Severity.INFO, "x", "y")).hasMessage("ruleId must not be blank");
        assertThatThrownBy(() -> Finding.of("R-XX-1", Severity.INFO, "x", "y")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("R-XX-1").hasMessageContaining("rule catalogue");
        assertThatThrownBy(() -> Finding.of((Rule) null, Severity.INFO, "x", "y")).hasMessage("rule must not be null");
        assertThatThrownBy(() -> Finding.of(Rule.R_IE_9, null, "x", "y")).hasMessage("severity must not be null");
        assertThatThrownBy(() -> Finding.of(Rule.R_IE_9, Severity.INFO, "", "y")).hasMessage("where must not be blank");
        assertThatThrownBy(() -> Finding.of(Rule.R_IE_9, Severity.INFO, "x", null)).hasMessage("message must not be null");
        assertThatThrownBy(() -> info.withAmount("euros", Money.of(1, "EUR"))).isInstanceOf(CurrencyMismatchException.class)
                .hasMessageContaining("amount euros");
        assertThatThrownBy(() -> info.withFigure("n", null)).hasMessage("figure n must not be null");
        assertThatThrownBy(() -> new Finding(Rule.R_IE_9, Severity.INFO, "x", "y", null, Map.of())).hasMessage("amounts must not be null");
        assertThatThrownBy(() -> Findings.of(Arrays.asList(info, null))).hasMessage("findings[1] must not be null");
    }

    @Test
    void findingsAreImmutable() {
        assertThatThrownBy(() -> error.amounts().put("x", Gbp.zero())).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> Findings.of(info).list().add(info)).isInstanceOf(UnsupportedOperationException.class);
    }
}
