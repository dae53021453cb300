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
        assertThat(out).contains("22 schemes, £26,905,657.00 priced")
                .contains("NCH4  NCH 4").contains("£3,562,100.00 (agrees)")
                .contains("NCH                      £12,478,000.00").contains("SN                       £14,300,000.00")
                .contains("0 scheme and 0 area mismatches; 9 unpriced lines")
                .contains("WARNING R-PRI-1 priorities.line8.percent: 'Intermediate care beds' is stated as 2.68% but is 2.62%")
                .contains("difference -£95.00")
                .contains("24 of 47 rows where \"changed planned spending?\" disagrees with the figures; 0 LA + ICB mismatches")
                .contains("underspend £521,280.00 (5.39% of plan)")
                .contains("10 beds for 12 weeks = 120 bed-weeks");
    }

    // R-NC-3/R-NC-4 on Norfolk's Q3 2015/16 grid; G1, G9 for 2022-23
    @Test
    void complianceSectionShowsConditionFindingsAndPlanChecks() {
        String out = print(new ComplianceSection());
        assertThat(out).contains("2015/16 national conditions: 6 conditions, 8 questions")
                .contains("ERROR R-NC-3 nationalConditions.3.comment")
                .contains("WARNING R-NC-4 nationalConditions.3.date")
                .contains("2022/23 national conditions: 4 conditions, 4 questions").contains("no findings")
                .contains("council £36,048,000.00 (49.36%) + ICB £36,984,000.00 = £73,032,000.00")
                .contains("= £38,088,316.80")
                .contains("ERROR R-PC-1 nhsMinimum.total")
                .contains("ERROR R-PC-2 nhsMinimum.adultSocialCare").contains("shortfall £2,040,316.80")
                .doesNotContain("R-PC-3").doesNotContain("R-PC-4");
    }

    @Test
    void demoCommandPrintsBothSections() {
        Cli.Result result = Cli.run("demo");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Schemes, priorities and the ASC Discharge Fund")
                .contains("National conditions and plan compliance");
    }
}
