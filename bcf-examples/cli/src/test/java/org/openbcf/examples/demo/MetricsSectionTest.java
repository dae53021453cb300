package org.openbcf.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

class MetricsSectionTest {

    private static String print() {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            new MetricsSection().print(out);
        }
        return text.toString().replace("\r\n", "\n");
    }

    @Test
    void showsThe2016To17TargetsOfG16ToG18() {
        String text = print();
        assertThat(text).contains("residential-admissions", "maximum 1308")
                .contains("delayed-transfers-of-care", "maximum 27252.48")
                .contains("reablement", "minimum 90");
    }

    @Test
    void showsTheWorkingDayProfileOfG22() {
        String text = print();
        assertThat(text).containsPattern("2016-04 +21 +108\n").containsPattern("2017-03 +23 +118\n")
                .containsPattern("total +255 +1308\n")
                .contains("quarters: Q1 2016/17 323; Q2 2016/17 334; Q3 2016/17 323; Q4 2016/17 328");
    }

    @Test
    void theReviewOf2022To23ShowsTheAssessmentsOfG8AllOnTrack() {
        String text = org.openbcf.examples.cli.Cli.run("demo").out();
        assertThat(text).containsPattern("avoidable-admissions 2022/23 target +maximum 728.3")
                .containsPattern("avoidable-admissions 2022/23 variance +-50.9")
                .containsPattern("discharge-to-usual-residence 2022/23 variance +0.5")
                .containsPattern("residential-admissions 2022/23 variance +-69")
                .containsPattern("reablement 2022/23 target +minimum 86.5")
                .containsPattern("reablement 2022/23 status +On track")
                .doesNotContain("Not on track");
    }

    @Test
    void isPartOfTheDemo() {
        assertThat(NorfolkDemo.sections()).anyMatch(section -> section instanceof MetricsSection);
    }
}
