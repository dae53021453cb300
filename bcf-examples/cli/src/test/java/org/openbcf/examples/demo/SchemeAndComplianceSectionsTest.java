package org.openbcf.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;
import org.openbcf.examples.cli.Cli;

class SchemeAndComplianceSectionsTest {

    private static String print(DemoSection section) {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            section.print(out);
        }
        return text.toString();
    }

    // schemes spec 1.3/1.4; 2023-25 spec G2, G5, R7
    @Test
    void schemeSectionShowsRollUpsPrioritiesAndDischargeFundChecks() {
        String out = print(new SchemeSection());
        assertThat(out).contains("22 schemes; their priced lines add up to £26,905,657.00 (derived")
                .contains("NCH4  NCH 4").contains("£3,562,100.00 (agrees)")
                .contains("NCH                      £12,478,000.00").contains("SN                       £14,300,000.00")
                .contains("0 mismatches; 9 unpriced lines")
                .contains("WARNING R-PRI-1 priorities.line8.percent: 'Intermediate care beds' is stated as 2.68% but is 2.62%")
                .contains("difference -£95.00")
                .contains("24 of 47 rows where \"changed planned spending?\" disagrees with the figures; 0 LA + ICB mismatches")
                .contains("underspend £521,280.00 (5.39% of plan)")
                .contains("10 beds for 12 weeks = 120 bed-weeks");
    }

    // R-NC-4 on Norfolk's Q3 2015/16 grid (D-12; its Nos carry the commentary of seed 000 lines 1765-1771, so no
    // R-NC-3); 2022-23 answers all Yes
    @Test
    void theReviewsShowConditionFindingsAndNoHypotheticalPlanChecks() {
        String out = org.openbcf.examples.cli.Cli.run("demo").out();
        assertThat(out).contains("2015/16 national conditions")
                .contains("WARNING R-NC-4 conditions.csv row 4, column date")
                .contains("2022/23 national conditions")
                .doesNotContain("ERROR R-PC-1").doesNotContain("ERROR R-PC-2").doesNotContain("R-PC-4");
    }

    @Test
    void demoCommandPrintsTheSchemeSection() {
        Cli.Result result = Cli.run("demo");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Schemes, priorities and the ASC Discharge Fund");
    }
}
