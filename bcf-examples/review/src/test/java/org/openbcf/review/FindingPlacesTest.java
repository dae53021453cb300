package org.openbcf.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openbcf.core.finding.Finding;
import org.openbcf.core.finding.Rule;
import org.openbcf.core.finding.Severity;
import org.openbcf.core.money.Gbp;

/** Issue 28: a finding at the place its figure was read, the one lookup review, risk, p4p, delays and check share. */
class FindingPlacesTest {

    private static final Finding STATED = Finding.of(Rule.R_RISK_1, Severity.WARNING, "risks.A.statedScore", "stated score 5 differs")
            .withFigure("statedScore", BigDecimal.valueOf(5)).withAmount("spend", Gbp.of(new BigDecimal("12.50")));

    @Test
    void aPathWithAPlaceTakesItAndKeepsEverythingElse() {
        Finding located = FindingPlaces.locate(STATED, Map.of("risks.A.statedScore", "risks.csv row 2, column stated_score"));

        assertThat(located).isEqualTo(new Finding(Rule.R_RISK_1, Severity.WARNING, "risks.csv row 2, column stated_score",
                "stated score 5 differs", STATED.amounts(), STATED.figures()));
    }

    @Test
    void aPathWithoutOneTakesItsNearestParentsAndWithNoneKeepsItsForm() {
        Finding comment = Finding.of(Rule.R_IE_5, Severity.ERROR, "yearEnd.lines[7].comment", "a comment is required");

        assertThat(FindingPlaces.locate(comment, Map.of("yearEnd.lines", "a.csv, column amount, rows 2–9", "yearEnd", "a.csv"))
                .where()).isEqualTo("a.csv, column amount, rows 2–9");
        assertThat(FindingPlaces.locate(comment, Map.of("risks", "risks.csv"))).isSameAs(comment);
        assertThat(FindingPlaces.locate(List.of(STATED, comment), Map.of("risks.A", "risks.csv row 2, column id")))
                .extracting(Finding::where).containsExactly("risks.csv row 2, column id", "yearEnd.lines[7].comment");
    }

    @Test
    void aContextIsTriedFirst() {
        Map<String, String> places = Map.of("actual.pooledFund.total", "actual.csv row 3, column amount",
                "pooledFund.total", "board.csv row 5, column value");
        Finding total = Finding.of(Rule.R_POOL_4, Severity.ERROR, "pooledFund.total", "the stated pooled fund differs");

        assertThat(FindingPlaces.locate(total, places, "actual.").where()).isEqualTo("actual.csv row 3, column amount");
        assertThat(FindingPlaces.locate(total, places, "").where()).isEqualTo("board.csv row 5, column value");
    }
}
